"""The finding dialog: a violation pre-filled from its checklist item, edited, then raised."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.inspection import findings
from storage.ledger import routing
from storage.store.db import Store
from ui import errors
from ui.form.photo_strip import PhotoStrip
from ui.manual.route import RouteCard


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def state_names() -> dict[str, str]:
    return {"open": tr("Open"), "in_progress": tr("In progress"),
            "awaiting_reinspection": tr("Awaiting re-inspection"), "closed": tr("Closed"),
            "withdrawn": tr("Withdrawn")}


def severity_names() -> dict[str, str]:
    return {"critical": tr("Critical"), "major": tr("Major"), "minor": tr("Minor")}


class FindingDialog(QDialog):
    """Edit a (new) finding: description, party, department, basis, action, deadline, photos."""

    def __init__(self, store: Store, finding: findings.Finding, *, compound_name: str = "",
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.finding = finding
        self.today = today or clock.today_local()
        self._deadline_touched = False
        self.setWindowTitle(self.tr("Record a finding") if not finding.id
                            else self.tr("Finding {number}").format(number=finding.number))
        self._make_fields(finding)
        self._make_layout(compound_name)
        self.party.setFocus()

    def _make_fields(self, finding: findings.Finding) -> None:
        self.description = QPlainTextEdit(finding.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.severity = QComboBox(self)
        for key, text in severity_names().items():
            self.severity.addItem(text, key)
        self.severity.setCurrentIndex(max(0, self.severity.findData(finding.severity)))
        self.severity.currentIndexChanged.connect(self._on_severity_changed)
        self.party = QLineEdit(finding.responsible_party, self)
        self.party.setPlaceholderText(self.tr("e.g. the property company, owner of 3-2-501"))
        self.department = QLineEdit(finding.department, self)
        self.legal_basis = QPlainTextEdit(finding.legal_basis, self)
        self.legal_basis.setTabChangesFocus(True)
        self.legal_basis.setFixedHeight(54)
        self.action = QPlainTextEdit(finding.action, self)
        self.action.setTabChangesFocus(True)
        self.action.setFixedHeight(54)
        self.deadline = QDateEdit(self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setDate(QDate.fromString(finding.deadline or findings.default_deadline(
            finding.severity, self.today), "yyyy-MM-dd"))
        self.deadline.dateChanged.connect(self._on_deadline_edited)
        self.note = QLineEdit(finding.note, self)
        self.state = QComboBox(self)
        for key, text in state_names().items():
            # Closing needs a re-inspection with photo proof, so it is not offered here.
            if key != "closed" or finding.state == "closed":
                self.state.addItem(text, key)
        self.state.setCurrentIndex(max(0, self.state.findData(finding.state)))
        self.photos = PhotoStrip(self.store, "", self)
        self.photos.set_entries(finding.attachments)
        self.photos.failed.connect(lambda text: errors.warn(self, text))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.route = RouteCard(self, full=False)  # who leads and supports, from the manual
        self.route.show_item(routing.finding(self.store, finding))

    def _make_layout(self, compound_name: str) -> None:
        form = QFormLayout()
        if compound_name:
            form.addRow(self.tr("Compound:"), QLabel(compound_name, self))
        form.addRow(self.tr("&Finding:"), self.description)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("&Responsible party:"), self.party)
        form.addRow(self.tr("De&partment:"), self.department)
        form.addRow(self.tr("&Legal basis:"), self.legal_basis)
        form.addRow(self.tr("&Action required:"), self.action)
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow(self.tr("&Note:"), self.note)
        if self.finding.id:
            form.addRow(self.tr("S&tate:"), self.state)
        else:
            self.state.hide()  # a new finding is open
        form.addRow(self.tr("Photos:"), self.photos)
        form.addRow(self.tr("Manual:"), self.route)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 600)

    def _on_severity_changed(self) -> None:
        # The deadline follows the severity until the officer sets one by hand.
        if not self._deadline_touched:
            self.deadline.blockSignals(True)
            self.deadline.setDate(QDate.fromString(findings.default_deadline(
                str(self.severity.currentData()), self.today), "yyyy-MM-dd"))
            self.deadline.blockSignals(False)

    def _on_deadline_edited(self) -> None:
        self._deadline_touched = True

    def collect(self) -> findings.Finding:
        """The finding as edited (not saved)."""
        finding = self.finding
        finding.description = self.description.toPlainText().strip()
        finding.severity = str(self.severity.currentData())
        finding.responsible_party = self.party.text().strip()
        finding.department = self.department.text().strip()
        finding.legal_basis = self.legal_basis.toPlainText().strip()
        finding.action = self.action.toPlainText().strip()
        finding.deadline = self.deadline.date().toString("yyyy-MM-dd")
        finding.note = self.note.text().strip()
        finding.attachments = self.photos.entries
        return finding

    def accept(self) -> None:
        finding = self.collect()
        if not finding.description:
            self.problem.setText(self.tr("Describe the finding."))
            self.description.setFocus()
            return
        if self.photos.pending:
            self.problem.setText(self.tr("Photos are still being added; try again in a moment."))
            return
        state = str(self.state.currentData() or finding.state)
        try:
            with self.store.atomic():
                if not finding.id:
                    findings.raise_finding(self.store, finding)
                elif state != finding.state:
                    findings.move(self.store, finding, state)
                else:
                    findings.update(self.store, finding)
        except findings.BadTransition:
            self.problem.setText(self.tr("A finding cannot go from {old} to {new}.").format(
                old=state_names().get(finding.state, finding.state),
                new=state_names().get(state, state)))
            return
        except Exception as error:  # noqa: BLE001 - shown, or re-raised as a bug
            errors.show(self, error)
            return
        super().accept()
