"""The finding dialog: a violation pre-filled from its checklist item, edited, then raised.

The responsible party is required; when it is not known yet the officer says so
explicitly (待查明). The party can sign on the laptop; the notice prints the signature.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.inspection import findings, reinspection
from storage.ledger import routing
from storage.store import photos
from storage.store.db import Store
from ui import errors
from ui.form.photo_strip import PhotoStrip, thumbnail_pixmap
from ui.manual.route import RouteCard
from ui.officer.signature_pad import SignatureDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def state_names() -> dict[str, str]:
    return {"open": tr("Open"), "in_progress": tr("In progress"),
            "awaiting_reinspection": tr("Awaiting re-inspection"), "closed": tr("Closed"),
            "withdrawn": tr("Withdrawn")}


def severity_names() -> dict[str, str]:
    return {"critical": tr("Critical"), "major": tr("Major"), "minor": tr("Minor")}


class FindingDialog(QDialog):
    """Edit a (new) finding: description, party, department, basis, action, deadline, photos.

    ``reason`` is the amendment a finding added to a final inspection belongs to.
    """

    open_reinspection = Signal(str)

    def __init__(self, store: Store, finding: findings.Finding, *, compound_name: str = "",
                 parent: QWidget | None = None, today: dt.date | None = None,
                 language: str = "zh", reason: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.finding = finding
        self.language = language
        self.reason = reason
        self.today = today or clock.today_local()
        self._deadline_touched = False
        self._item, self._stored_language = findings.source_item(store, finding)
        self._signature = finding.signature
        self.setWindowTitle(self.tr("Record a finding") if not finding.id
                            else self.tr("Finding {number}").format(number=finding.number))
        self._make_fields(finding)
        self._make_layout(compound_name)
        self.party.setFocus()

    def _make_fields(self, finding: findings.Finding) -> None:
        self.description = QPlainTextEdit(findings.shown(
            finding.description, self._item, self._stored_language, self.language), self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.severity = QComboBox(self)
        for key, text in severity_names().items():
            self.severity.addItem(text, key)
        self.severity.setCurrentIndex(max(0, self.severity.findData(finding.severity)))
        self.severity.currentIndexChanged.connect(self._on_severity_changed)
        unknown = finding.responsible_party == findings.PARTY_UNKNOWN
        self.party = QLineEdit("" if unknown else finding.responsible_party, self)
        self.party.setPlaceholderText(self.tr("e.g. the property company, owner of 3-2-501"))
        self.party_unknown = QCheckBox(self.tr("Not yet &known (待查明)"), self)
        self.party_unknown.setChecked(unknown)
        self.party_unknown.toggled.connect(self._on_party_unknown)
        self.party.setEnabled(not unknown)
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
        self.photos.set_entries(finding.photos)
        self.photos.failed.connect(lambda text: errors.warn(self, text))
        self.sign_button = QPushButton(self.tr("Si&gn on site…"), self)
        self.sign_button.clicked.connect(self.ask_signature)
        self.signature_view = QLabel(self)
        self._show_signature()
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
        party = QHBoxLayout()
        party.addWidget(self.party, 1)
        party.addWidget(self.party_unknown)
        party_label = QLabel(self.tr("&Responsible party:"), self)
        party_label.setBuddy(self.party)
        form.addRow(party_label, party)
        form.addRow(self.tr("De&partment:"), self.department)
        form.addRow(self.tr("&Legal basis:"), self.legal_basis)
        form.addRow(self.tr("&Action required:"), self.action)
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow(self.tr("&Note:"), self.note)
        if self.finding.id:
            form.addRow(self.tr("S&tate:"), self.state)
        else:
            self.state.hide()  # a new finding is open
        photos_label = QLabel(self.tr("P&hotos:"), self)
        photos_label.setBuddy(self.photos.add_button)
        form.addRow(photos_label, self.photos)
        signature = QHBoxLayout()
        signature.addWidget(self.signature_view)
        signature.addWidget(self.sign_button)
        signature.addStretch(1)
        form.addRow(self.tr("Signature:"), signature)
        visits = self._visits()
        if visits is not None:
            form.addRow(self.tr("Re-inspected:"), visits)
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
        self.resize(660, 680)

    def _visits(self) -> QVBoxLayout | None:
        """A link to each re-inspection that checked the finding, with what it found."""
        visits = reinspection.for_finding(self.store, self.finding.id) if self.finding.id \
            else []
        if not visits:
            return None
        links = QVBoxLayout()
        for visit in visits:
            outcome = next(o for o in visit.outcomes if o.finding_id == self.finding.id)
            found = self.tr("rectified, closed") if outcome.rectified else self.tr(
                "not rectified, kept open until {date}").format(date=outcome.new_deadline)
            button = QPushButton(self.tr("{number}, {date}: {found}").format(
                number=visit.number, date=clock.local_text(visit.started_at)[:10],
                found=found), self)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; color: #1a56b0;")
            button.clicked.connect(lambda _c=False, ident=visit.id:
                                   self.open_reinspection.emit(ident))
            links.addWidget(button)
        return links

    def _on_party_unknown(self, unknown: bool) -> None:
        self.party.setEnabled(not unknown)
        if not unknown:
            self.party.setFocus()

    def party_value(self) -> str:
        """The party as stored: the name typed, or the explicit unknown."""
        return findings.PARTY_UNKNOWN if self.party_unknown.isChecked() \
            else self.party.text().strip()

    # -- signature ---------------------------------------------------------------------

    def ask_signature(self) -> SignatureDialog:
        """Open the signature pad (returned for tests); a saved signature replaces the last."""
        dialog = SignatureDialog(self.party_value(), self)
        dialog.accepted.connect(lambda: self.set_signature(dialog.png()))
        dialog.open()
        return dialog

    def set_signature(self, png: bytes) -> None:
        photo = errors.attempt(self, lambda: photos.add_bytes(self.store, png, "signature.png"))
        if photo is None:
            return
        self._signature = {"photo": photo.sha256, "item": findings.SIGNATURE,
                           "caption": self.tr("{party}, signed {when}").format(
                               party=self.party_value(),
                               when=clock.now_local().strftime("%Y-%m-%d %H:%M"))}
        self._show_signature()

    def _show_signature(self) -> None:
        if self._signature is None:
            self.signature_view.setText(self.tr("not signed"))
            return
        pixmap = thumbnail_pixmap(self.store, self._signature["photo"])
        self.signature_view.setPixmap(pixmap.scaledToHeight(
            48, Qt.TransformationMode.SmoothTransformation))
        self.signature_view.setToolTip(self._signature.get("caption", ""))

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
        finding.description = findings.to_store(
            self.description.toPlainText().strip(), self._item, self._stored_language,
            self.language)
        finding.severity = str(self.severity.currentData())
        finding.responsible_party = self.party_value()
        finding.department = self.department.text().strip()
        finding.legal_basis = self.legal_basis.toPlainText().strip()
        finding.action = self.action.toPlainText().strip()
        finding.deadline = self.deadline.date().toString("yyyy-MM-dd")
        finding.note = self.note.text().strip()
        finding.attachments = [*self.photos.entries,
                               *([self._signature] if self._signature else [])]
        return finding

    def accept(self) -> None:
        finding = self.collect()
        if not finding.description:
            self.problem.setText(self.tr("Describe the finding."))
            self.description.setFocus()
            return
        if not finding.responsible_party:
            self.problem.setText(self.tr(
                "Name the responsible party, or tick “Not yet known” if it is still to be "
                "found out."))
            self.party.setFocus()
            return
        if self.photos.pending:
            self.problem.setText(self.tr("Photos are still being added; try again in a moment."))
            return
        state = str(self.state.currentData() or finding.state)
        try:
            with self.store.atomic():
                if not finding.id:
                    findings.raise_finding(self.store, finding, reason=self.reason)
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
