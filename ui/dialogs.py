"""What the small record dialogs share: a form whose Save closes it only when the record
was saved (a refusal is shown and the dialog stays), and a day never in the future."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from storage import clock
from ui import errors


def date_edit(parent: QWidget) -> QDateEdit:
    """A day, today by default, never in the future."""
    edit = QDateEdit(QDate(clock.today_local()), parent)
    edit.setMaximumDate(QDate(clock.today_local()))
    edit.setCalendarPopup(True)
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    return dt.date.fromisoformat(edit.date().toString(Qt.DateFormat.ISODate))


class SaveDialog(QDialog):
    """A form: add rows to ``form``, call :meth:`finish`; Save runs :meth:`save`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)

    def rows(self, rows: list[tuple[str, QWidget]]) -> None:
        for label, widget in rows:
            self.form.addRow(label, widget)

    def finish(self) -> None:
        """The Save and Cancel buttons, under the rows added so far."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def save(self) -> Any:
        """Save the record; None when nothing was saved (the refusal was shown)."""
        raise NotImplementedError

    def attempt(self, action: Callable[[], Any]) -> Any:
        return errors.attempt(self, action)

    def _on_save(self) -> None:
        if self.save() is not None:
            self.accept()
