"""Record an interview (约谈) of a street's secretary, or follow one up at the next review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from storage import clock
from storage.review import interviews
from storage.review.interviews import Interview
from storage.review.plans import Plan
from storage.store.db import Store
from ui import errors
from ui.messages import review as review_text


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(clock.today_local()), parent)
    edit.setMaximumDate(QDate(clock.today_local()))  # never in the future
    edit.setCalendarPopup(True)
    return edit


def _day(edit: QDateEdit) -> dt.date:
    return dt.date.fromisoformat(edit.date().toString(Qt.DateFormat.ISODate))


class InterviewDialog(QDialog):
    """Who was interviewed (the street's secretary by default), by whom, when, why, and
    what they committed to."""

    def __init__(self, store: Store, plan: Plan, street_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.plan = store, plan
        self.setWindowTitle(self.tr("Interview of a street's secretary"))
        self.street = QComboBox(self)
        for street in plan.streets:
            self.street.addItem(street.label, street.id)
        self.street.setCurrentIndex(max(0, self.street.findData(street_id)))
        self.interviewee = QLineEdit(self)
        self.interviewer = QLineEdit(store.officer, self)
        self.day = _date_edit(self)
        self.reason = QLineEdit(self)
        self.commitments = QPlainTextEdit(self)
        self.street.currentIndexChanged.connect(self._on_street)
        self._on_street()
        form = QFormLayout(self)
        form.addRow(self.tr("Street"), self.street)
        form.addRow(self.tr("Interviewed"), self.interviewee)
        form.addRow(self.tr("Interviewed by"), self.interviewer)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Commitments"), self.commitments)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_street(self) -> None:
        found = next((s for s in self.plan.streets if s.id == self.street.currentData()), None)
        self.interviewee.setText(found.secretary if found else "")

    def save(self) -> Interview | None:
        return errors.attempt(self, lambda: interviews.hold(
            self.store, self.plan.quarter, self.street.currentData(),
            interviewer=self.interviewer.text(), held_on=_day(self.day),
            interviewee=self.interviewee.text(), reason=self.reason.text(),
            commitments=self.commitments.toPlainText()))

    def _on_save(self) -> None:
        if self.save() is not None:
            self.accept()


class FollowUpDialog(QDialog):
    """What became of an interview's commitments, and whether they were kept."""

    def __init__(self, store: Store, interview: Interview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.interview = store, interview
        self.setWindowTitle(self.tr("Follow-up of an interview"))
        self.outcome = QComboBox(self)
        for outcome in interviews.OUTCOMES[1:]:
            self.outcome.addItem(review_text.outcome_name(outcome), outcome)
        self.text = QPlainTextEdit(interview.follow_up, self)
        self.day = _date_edit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Commitments"), QLineEdit(interview.commitments, self))
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("What was done"), self.text)
        form.addRow(self.tr("Day"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> Interview | None:
        return errors.attempt(self, lambda: interviews.follow_up(
            self.store, self.interview.id, text=self.text.toPlainText(),
            outcome=self.outcome.currentData(), on=_day(self.day)))

    def _on_save(self) -> None:
        if self.save() is not None:
            self.accept()
