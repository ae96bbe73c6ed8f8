"""The inspection editor: a header, the rendered checklist, autosave, finalise and amend.

Nothing typed is lost: every change starts a timer (never restarted by further typing)
that saves the draft at most ``AUTOSAVE_MS`` after the first unsaved change. A final
inspection is read-only until the officer gives a reason to change it; saving then
validates and writes a new version with that reason in the history.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.forms import checklists, validate
from storage.inspection import compounds, findings, inspections, reinspection
from storage.store.db import Store
from ui import errors
from ui.form.renderer import FormView
from ui.officer.finding_dialog import FindingDialog

AUTOSAVE_MS = 1500  # under the promised two seconds, with room for the write itself


class InspectionEditor(QWidget):
    """Edits one inspection; the main window shows it in a tab."""

    saved = Signal(str)  # the inspection's id, after any write
    finding_raised = Signal(str)  # the finding's id

    def __init__(self, store: Store, inspection_id: str, language: str = "zh",
                 parent: QWidget | None = None, *, today: dt.date | None = None,
                 default_department: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.default_department = default_department
        self.language = language
        self.today = today
        self.inspection = inspections.get(store, inspection_id)
        self.checklist = checklists.load(store, self.inspection.checklist_version_id)
        self.compound = compounds.get(store, self.inspection.compound_id)
        self.dirty = False
        self.amend_reason = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_draft)
        self._build()
        self.form.today = today
        self.form.context = inspections.context(store, self.inspection, today)
        self.form.recorded_findings = self._recorded_findings()
        self.form.load(self.inspection.answers, self.inspection.attachments)
        self._show_state()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.details = QLabel(self)
        self.place = QLineEdit(self.inspection.place, self)
        self.place.setPlaceholderText(self.tr("Where in the compound: building, unit, yard"))
        self.place.textEdited.connect(self._on_header_edited)
        self.score = QLabel(self)
        self.score.setStyleSheet("font-size: 15px;")
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #555555;")
        self.form = FormView(self.store, self.checklist, self.language, self)
        self.form.answers_changed.connect(self._on_changed)
        self.form.score_changed.connect(self._on_score)
        self.form.finding_requested.connect(self.raise_finding_for)
        self.form.photo_failed.connect(lambda text: errors.warn(self, text))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.next_button = QPushButton(self.tr("Next &unanswered"), self)
        self.next_button.setToolTip(self.tr("F3 or Ctrl+J"))
        self.next_button.clicked.connect(self.form.focus_next_unanswered)
        self.finalise_button = QPushButton(self.tr("&Finalise…"), self)
        self.finalise_button.clicked.connect(self.finalise)
        self.amend_button = QPushButton(self.tr("&Change…"), self)
        self.amend_button.clicked.connect(self.start_amending)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        header.addWidget(self.score)
        place = QHBoxLayout()
        place_label = QLabel(self.tr("&Place:"), self)
        place_label.setBuddy(self.place)
        place.addWidget(place_label)
        place.addWidget(self.place, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.next_button, self.save_button, self.amend_button,
                       self.finalise_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(place)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.place, self.form)

    def title(self) -> str:
        return f"{self.compound.name} · {self.checklist.display_title(self.language)}"

    def _show_state(self) -> None:
        final = self.inspection.status == "final"
        locked = final and not self.amend_reason
        # A re-inspection record answers only the items re-inspected: it is a record of
        # that visit, not a checklist to complete, so it is not amended here.
        amendable = not reinspection.is_reinspection(self.inspection)
        self.heading.setText(self.title())
        state = self.tr("final") if final else self.tr("draft")
        self.details.setText(self.tr("{number} · {state} · officer {officer} · started {start}")
                             .format(number=self.inspection.number, state=state,
                                     officer=self.inspection.officer or "—",
                                     start=clock.local_text(self.inspection.started_at)))
        self.form.set_read_only(locked)
        self.place.setReadOnly(locked)
        self.finalise_button.setVisible(not final)
        self.amend_button.setVisible(locked and amendable)
        self.save_button.setEnabled(not locked)
        if locked and not amendable:
            self.status.setText(self.tr("Re-inspection record: final."))
        elif locked:
            self.status.setText(self.tr("Final: locked. Use Change… to amend with a reason."))

    def _on_score(self, value: Any) -> None:
        self.score.setText(self.tr("Score: {score}").format(
            score=validate.score_text(value)))

    # -- saving -------------------------------------------------------------------------

    def _on_header_edited(self) -> None:
        self._on_changed()

    def _on_changed(self) -> None:
        self.dirty = True
        if self.inspection.status == "final":
            self.status.setText(self.tr("Changed; save to record the amendment."))
            return
        self.status.setText(self.tr("Unsaved changes…"))
        if not self.timer.isActive():
            self.timer.start()

    def _collect(self) -> None:
        self.inspection.answers = {k: v for k, v in self.form.answers.items()
                                   if not validate.is_empty(v)}
        self.inspection.attachments = self.form.attachments()
        self.inspection.place = self.place.text().strip()

    def save_draft(self) -> bool:
        """Write the draft if anything changed; True when nothing is left unsaved."""
        self.timer.stop()
        if not self.dirty or self.inspection.status == "final":
            return not self.dirty
        self._collect()
        if errors.attempt(self, lambda: inspections.save_draft(self.store, self.inspection)) \
                is None:
            return False
        self.dirty = False
        self.status.setText(self.tr("Draft saved at {time}").format(
            time=clock.now_local().strftime("%H:%M:%S")))
        self.saved.emit(self.inspection.id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed with its window: a pending draft is written now, never by a timer later."""
        self.save_draft()
        super().closeEvent(event)

    def save(self) -> bool:
        """Ctrl+S: save the draft now, or record the amendment of a final inspection."""
        if self.inspection.status == "final":
            return self._save_amendment()
        return self.save_draft()

    def _save_amendment(self) -> bool:
        if not self.amend_reason:
            return True
        self._collect()
        try:
            inspections.amend(self.store, self.inspection, self.amend_reason, today=self.today)
        except inspections.InvalidAnswers as invalid:
            self._show_invalid(invalid.problems)
            return False
        except Exception as error:  # noqa: BLE001 - shown, or re-raised as a bug
            errors.show(self, error)
            return False
        self.amend_reason = ""
        self.dirty = False
        self._show_state()
        self.saved.emit(self.inspection.id)
        return True

    def finalise(self) -> bool:
        """Validate everything; if it passes, lock the inspection as final."""
        if self.form.photos_pending():
            errors.warn(self, self.tr("Photos are still being added; try again in a moment."))
            return False
        self._collect()
        problems = validate.validate(self.checklist, self.inspection.answers,
                                     attached=self.form.attached_items(), today=self.today)
        if problems:
            self._show_invalid(problems)
            return False
        if not self._confirm_unrecorded_findings():
            return False
        try:
            inspections.finalise(self.store, self.inspection, today=self.today)
        except Exception as error:  # noqa: BLE001
            errors.show(self, error)
            return False
        self.dirty = False
        self.timer.stop()
        self._show_state()
        self.status.setText(self.tr("Finalised."))
        self.saved.emit(self.inspection.id)
        return True

    def _show_invalid(self, problems: list[validate.Problem]) -> None:
        self.form.show_problems({p.item: p for p in problems})
        self.form.focus_item(problems[0].item)
        self.status.setText(self.tr("Answers needing attention before finalising: {count}")
                            .format(count=len(problems)))

    def _confirm_unrecorded_findings(self) -> bool:
        failing = validate.failing(self.checklist, self.inspection.answers, self.today)
        missing = [item for where, item in failing if item.severity
                   and where not in self.form.recorded_findings]
        if not missing:
            return True
        names = "\n".join(f"• {item.label(self.language)}" for item in missing[:8])
        answer = QMessageBox.question(self, self.tr("Finalise"), self.tr(
            "These non-compliant answers have no finding yet:\n{items}\n\nFinalise anyway?")
            .format(items=names))
        return answer == QMessageBox.StandardButton.Yes

    # -- amending ----------------------------------------------------------------------------

    def start_amending(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Change a final inspection"), self.tr(
            "Why does this final inspection change? The reason is kept in its history."))
        self.begin_amendment(reason if ok else "")

    def begin_amendment(self, reason: str) -> bool:
        if not reason.strip():
            return False
        self.amend_reason = reason.strip()
        self._show_state()
        self.status.setText(self.tr("Amending: {reason}").format(reason=self.amend_reason))
        return True

    # -- findings ------------------------------------------------------------------------------

    def _recorded_findings(self) -> dict[str, str]:
        rows = self.store.db.execute(
            "SELECT item, number FROM findings WHERE inspection_id = ? AND deleted = 0"
            " ORDER BY created_at", [self.inspection.id]).fetchall()
        return {item: number for item, number in rows if item}

    def raise_finding_for(self, item_name: str) -> FindingDialog:
        """Open the finding dialog pre-filled from the item (returned for tests)."""
        self.save_draft()
        finding = findings.from_item(self.inspection.compound_id, self.inspection.id,
                                     self.checklist.item(item_name), self.language,
                                     today=self.today, where=self.form.place_of(item_name))
        finding.department = finding.department or self.default_department
        dialog = FindingDialog(self.store, finding, compound_name=self.compound.name,
                               parent=self, today=self.today)
        dialog.accepted.connect(lambda: self._on_finding_saved(item_name, dialog.finding))
        dialog.open()
        return dialog

    def _on_finding_saved(self, item_name: str, finding: findings.Finding) -> None:
        self.form.recorded_findings[item_name] = finding.number
        self.form.refresh()
        self.finding_raised.emit(finding.id)

    # -- closing ----------------------------------------------------------------------------

    def close_editor(self) -> bool:
        """Save what can be saved before the tab closes; False keeps it open."""
        if self.inspection.status != "final":
            return self.save_draft()
        if self.dirty and self.amend_reason:
            answer = QMessageBox.question(self, self.tr("Change a final inspection"), self.tr(
                "Save the amendment before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Save:
                return self._save_amendment()
            return answer == QMessageBox.StandardButton.Discard
        return True
