"""Re-inspection: a compound's open findings one by one; close with photo proof or extend."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.inspection import findings, reinspection
from storage.inspection.compounds import Compound
from storage.store.db import Store
from ui import errors
from ui.form.photo_strip import PhotoStrip
from ui.lists.models import party_text
from ui.officer.finding_dialog import severity_names

SKIP, CLOSE, EXTEND = 0, 1, 2


class ReinspectionDialog(QDialog):
    """Walks the open findings of one compound; Finish records the re-inspection."""

    def __init__(self, store: Store, compound: Compound, *, officer: str = "",
                 parent: QWidget | None = None, today: dt.date | None = None,
                 language: str = "zh") -> None:
        super().__init__(parent)
        self.store = store
        self.compound = compound
        self.officer = officer
        self.language = language
        self.today = today or clock.today_local()
        self.findings = findings.open_for_compound(store, compound.id)
        self.choices: dict[str, int] = {f.id: SKIP for f in self.findings}
        self.deadlines: dict[str, str] = {}
        self.notes: dict[str, str] = {}
        self.proofs: dict[str, list[dict[str, str]]] = {f.id: [] for f in self.findings}
        self.position = 0
        self.record_id = ""  # the re-inspection recorded, once finished
        self.setWindowTitle(self.tr("Re-inspection: {compound}").format(compound=compound.name))
        self._build()
        self.show_finding(0)

    def _build(self) -> None:
        self._make_outcome_fields()
        self._make_buttons()
        self._make_layout()

    def _make_outcome_fields(self) -> None:
        self.counter = QLabel(self)
        self.counter.setStyleSheet("font-weight: bold;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.original = PhotoStrip(self.store, "", self)
        self.original.set_read_only(True)
        self.skip = QRadioButton(self.tr("Not &checked this time"), self)
        self.close_radio = QRadioButton(self.tr("&Rectified: close the finding"), self)
        self.extend = QRadioButton(self.tr("Not rectified: &keep open with a new deadline"),
                                   self)
        self.group = QButtonGroup(self)
        for number, button in ((SKIP, self.skip), (CLOSE, self.close_radio),
                               (EXTEND, self.extend)):
            self.group.addButton(button, number)
        self.group.idToggled.connect(self._on_choice)
        self.deadline = QDateEdit(self)
        self.deadline.setMinimumWidth(130)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.dateChanged.connect(self._on_deadline)
        self.note = QLineEdit(self)
        self.note.textEdited.connect(self._on_note)
        self.proof = PhotoStrip(self.store, "", self)
        self.proof.changed.connect(self._on_proof)
        self.proof.failed.connect(lambda text: errors.warn(self, text))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")

    def _make_buttons(self) -> None:
        self.previous = QPushButton(self.tr("&Previous"), self)
        self.previous.clicked.connect(lambda: self.show_finding(self.position - 1))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.clicked.connect(lambda: self.show_finding(self.position + 1))
        self.finish = QPushButton(self.tr("&Finish re-inspection"), self)
        self.finish.clicked.connect(self.accept)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self.reject)

    def _make_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Photos then:"), self.original)
        form.addRow(self.tr("Outcome:"), self.skip)
        form.addRow("", self.close_radio)
        form.addRow("", self.extend)
        form.addRow(self.tr("New &deadline:"), self.deadline)
        form.addRow(self.tr("N&ote:"), self.note)
        after = QLabel(self.tr("Photos &after:"), self)
        after.setBuddy(self.proof.add_button)
        form.addRow(after, self.proof)
        buttons = QHBoxLayout()
        for push in (self.previous, self.next_button):
            buttons.addWidget(push)
        buttons.addStretch(1)
        buttons.addWidget(self.finish)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(680, 500)

    def current(self) -> findings.Finding | None:
        return self.findings[self.position] if self.findings else None

    def show_finding(self, position: int) -> None:
        if not self.findings:
            self.counter.setText(self.tr("This compound has no open findings."))
            for widget in (self.skip, self.close_radio, self.extend, self.deadline,
                           self.note, self.proof, self.next_button, self.previous, self.finish):
                widget.setEnabled(False)
            return
        self.position = max(0, min(position, len(self.findings) - 1))
        finding = self.findings[self.position]
        self.counter.setText(self.tr("Finding {n} of {total}: {number}").format(
            n=self.position + 1, total=len(self.findings), number=finding.number))
        overdue = self.tr(" (overdue)") if finding.is_overdue(self.today) else ""
        self.summary.setText(self.tr(
            "{description}\nSeverity: {severity} · responsible: {party} · deadline: "
            "{deadline}{overdue}\nAction: {action}").format(
            description=findings.describe(self.store, finding, self.language),
            severity=severity_names().get(finding.severity, finding.severity),
            party=party_text(finding.responsible_party) or "—",
            deadline=finding.deadline or "—", overdue=overdue, action=finding.action or "—"))
        self.problem.clear()
        self.original.set_entries(finding.attachments)
        self.group.button(self.choices[finding.id]).setChecked(True)
        default = self.deadlines.get(finding.id) or findings.default_deadline(
            finding.severity, self.today)
        self.deadline.blockSignals(True)
        self.deadline.setDate(QDate.fromString(default, "yyyy-MM-dd"))
        self.deadline.blockSignals(False)
        self.note.setText(self.notes.get(finding.id, ""))
        self.proof.set_entries(self.proofs[finding.id])
        self._update_enabled()
        self.previous.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.findings) - 1)

    def _update_enabled(self) -> None:
        finding = self.current()
        choice = self.choices.get(finding.id, SKIP) if finding else SKIP
        self.deadline.setEnabled(choice == EXTEND)

    def _on_choice(self, number: int, checked: bool) -> None:
        finding = self.current()
        if checked and finding is not None:
            self.problem.clear()
            self.choices[finding.id] = number
            if number == EXTEND:
                self.deadlines.setdefault(finding.id, self.deadline.date().toString(
                    "yyyy-MM-dd"))
            self._update_enabled()

    def _on_deadline(self, date: QDate) -> None:
        finding = self.current()
        if finding is not None:
            self.deadlines[finding.id] = date.toString("yyyy-MM-dd")

    def _on_note(self, text: str) -> None:
        finding = self.current()
        if finding is not None:
            self.notes[finding.id] = text

    def _on_proof(self) -> None:
        finding = self.current()
        if finding is not None:
            self.proofs[finding.id] = list(self.proof.entries)
            if self.proofs[finding.id]:
                self.problem.clear()  # the photo asked for is there

    def outcomes(self) -> list[reinspection.Outcome]:
        return [reinspection.Outcome(
            finding_id=f.id, rectified=self.choices[f.id] == CLOSE,
            new_deadline=self.deadlines.get(f.id) if self.choices[f.id] == EXTEND else None,
            note=self.notes.get(f.id, "").strip(), photos=self.proofs[f.id])
            for f in self.findings if self.choices[f.id] != SKIP]

    def accept(self) -> None:
        if self.proof.pending:
            self.problem.setText(self.tr("Photos are still being added; try again in a moment."))
            return
        outcomes = self.outcomes()
        if not outcomes:
            self.problem.setText(self.tr("Choose an outcome for at least one finding."))
            return
        try:
            made = reinspection.record(self.store, self.compound.id, outcomes,
                                       officer=self.officer)
            assert made is not None  # outcomes is not empty
        except reinspection.MissingProof as missing:
            self.show_finding(next(n for n, f in enumerate(self.findings)
                                   if f.id == missing.finding_id))
            self.problem.setText(self.tr(
                "A finding closed as rectified needs at least one photo of the result."))
            return
        except Exception as error:  # noqa: BLE001 - shown, or re-raised as a bug
            errors.show(self, error)
            return
        self.record_id = made.id
        super().accept()
