"""The one way a record is edited in a dialog: a form, the reason it was refused, Save.

A subclass fills ``form`` and writes in :meth:`RecordDialog.save`; an error the lower
layers raise is worded (``ui.messages``) under the form and the dialog stays open, a
bug fails loudly. :func:`date_edit` and :func:`day_of` are the form's day field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from ui import messages


def date_edit(parent: QWidget, day: str | None = None, *, future: bool = False) -> QDateEdit:
    """A day with a calendar, showing ``day`` (ISO; today by default), never after today
    unless ``future``."""
    today = QDate(clock.today_local())
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if not future:
        edit.setMaximumDate(today)
    edit.setDate(QDate(dt.date.fromisoformat(day)) if day else today)
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    return dt.date.fromisoformat(edit.date().toString(Qt.DateFormat.ISODate))


class RecordDialog(QDialog):
    """A form (in a scroll area when long), a line for what is wrong, Save and Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 scrollable: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if scrollable:
            inner = QWidget(self)
            inner.setLayout(self.form)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(inner)
            layout.addWidget(scroll, 1)
        else:
            layout.addLayout(self.form)
            layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def rows(self, rows: list[tuple[str, QWidget]]) -> None:
        """Add labelled rows to the form, in order."""
        for label, widget in rows:
            self.form.addRow(label, widget)

    def save(self) -> object:
        """Write the record as edited and return it; raise a known error to refuse it."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except Exception as error:  # noqa: BLE001 - worded below, or a bug raised again
            text = messages.describe(error)
            if text is None:
                raise
            self.problem.setText(text)
            return
        super().accept()
