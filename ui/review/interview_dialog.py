"""Record an interview (约谈) of a street's secretary, or follow one up at the next review."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from storage.review import interviews
from storage.review.interviews import Interview
from storage.review.plans import Plan
from storage.store.db import Store
from ui.messages import review as review_text
from ui.record_dialog import RecordDialog, date_edit, day_of


class InterviewDialog(RecordDialog):
    """Who was interviewed (the street's secretary by default), by whom, when, why, and
    what they committed to."""

    def __init__(self, store: Store, plan: Plan, street_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Interview of a street's secretary"), parent)
        self.store, self.plan = store, plan
        self.street = QComboBox(self)
        for street in plan.streets:
            self.street.addItem(street.label, street.id)
        self.street.setCurrentIndex(max(0, self.street.findData(street_id)))
        self.interviewee = QLineEdit(self)
        self.interviewer = QLineEdit(store.officer, self)
        self.day = date_edit(self)
        self.reason = QLineEdit(self)
        self.commitments = QPlainTextEdit(self)
        self.street.currentIndexChanged.connect(self._on_street)
        self._on_street()
        self.rows([(self.tr("Street"), self.street), (self.tr("Interviewed"), self.interviewee),
                   (self.tr("Interviewed by"), self.interviewer), (self.tr("Day"), self.day),
                   (self.tr("Reason"), self.reason), (self.tr("Commitments"), self.commitments)])

    def _on_street(self) -> None:
        found = next((s for s in self.plan.streets if s.id == self.street.currentData()), None)
        self.interviewee.setText(found.secretary if found else "")

    def save(self) -> Interview:
        return interviews.hold(
            self.store, self.plan.quarter, self.street.currentData(),
            interviewer=self.interviewer.text(), held_on=day_of(self.day),
            interviewee=self.interviewee.text(), reason=self.reason.text(),
            commitments=self.commitments.toPlainText())


class FollowUpDialog(RecordDialog):
    """What became of an interview's commitments, and whether they were kept."""

    def __init__(self, store: Store, interview: Interview,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up of an interview"), parent)
        self.store, self.interview = store, interview
        self.outcome = QComboBox(self)
        for outcome in interviews.OUTCOMES[1:]:
            self.outcome.addItem(review_text.outcome_name(outcome), outcome)
        self.text = QPlainTextEdit(interview.follow_up, self)
        self.day = date_edit(self)
        self.rows([(self.tr("Commitments"), QLineEdit(interview.commitments, self)),
                   (self.tr("Outcome"), self.outcome), (self.tr("What was done"), self.text),
                   (self.tr("Day"), self.day)])

    def save(self) -> Interview:
        return interviews.follow_up(
            self.store, self.interview.id, text=self.text.toPlainText(),
            outcome=self.outcome.currentData(), on=day_of(self.day))
