"""One input widget per XLSForm item type, all with the same small interface.

An editor reports raw values (text, a list of choice names, an ISO date); the form turns
them into typed answers with ``storage.validate.coerce`` so there is one way to do it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from storage import clock
from storage.forms.xlsform import Item

RADIO_LIMIT = 4  # more choices than this become a combo box, which keeps the form short
_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


def shown_text(label: str) -> str:
    """A checklist's label as button text: an ``&`` in it is a character, not a shortcut."""
    return label.replace("&", "&&")
_EMPTY_DATE = QDate(1900, 1, 1)
# Dates and times of answers are wall-clock values: no zone is applied (in Asia/Shanghai
# the year 1900 has an odd local offset, which turned the empty date into 1899-12-31).
WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)


class Editor(QWidget):
    """The common interface: ``value()``, ``set_value()``, ``changed`` and read-only mode."""

    changed = Signal()

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.language = language

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def focus_target(self) -> QWidget:
        return self


class ChoiceEditor(Editor):
    """select_one: radio buttons in a row, or a combo for long lists.

    The arrow keys choose the previous or next answer (Qt's radio buttons would only move
    the focus while nothing is chosen); Delete or Backspace clears the answer.
    """

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo: QComboBox | None = None
        self.group = QButtonGroup(self)
        if len(item.choices) > RADIO_LIMIT:
            self.combo = QComboBox(self)
            self.combo.addItem("", "")
            for choice in item.choices:
                self.combo.addItem(choice.label(language), choice.name)
            self.combo.currentIndexChanged.connect(self._on_changed)
            layout.addWidget(self.combo)
        else:
            for choice in item.choices:
                button = QRadioButton(shown_text(choice.label(language)), self)
                button.setProperty("choice", choice.name)
                button.setProperty("compliance", choice.compliance)
                button.installEventFilter(self)
                self.group.addButton(button)
                layout.addWidget(button)
            self.group.buttonToggled.connect(self._on_toggled)
        layout.addStretch(1)

    def _on_changed(self, *_: Any) -> None:
        self.changed.emit()

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(watched, QAbstractButton) and watched.isEnabled()):
            return super().eventFilter(watched, event)
        # Radio buttons cannot be unchecked by clicking: Delete or Backspace clears.
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.value():
            self.set_value("")
            self.changed.emit()
            return True
        step = _ARROWS.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            buttons = self.buttons()
            target = buttons[(buttons.index(watched) + step) % len(buttons)]
            target.setFocus(Qt.FocusReason.TabFocusReason)
            target.click()  # checks it; the group's toggled signal reports the change
            return True
        return super().eventFilter(watched, event)

    def value(self) -> str:
        if self.combo is not None:
            return str(self.combo.currentData() or "")
        checked = self.group.checkedButton()
        return str(checked.property("choice")) if checked else ""

    def set_value(self, value: Any) -> None:
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(str(value or ""))))
            return
        self.group.setExclusive(False)  # lets "no answer" uncheck every button
        for button in self.group.buttons():
            button.setChecked(button.property("choice") == value)
        self.group.setExclusive(True)

    def buttons(self) -> list[QAbstractButton]:
        return list(self.group.buttons())

    def focus_target(self) -> QWidget:
        if self.combo is not None:
            return self.combo
        buttons = self.buttons()
        return self.group.checkedButton() or (buttons[0] if buttons else self)


class MultiEditor(Editor):
    """select_multiple: a checkbox per choice, three to a row."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for number, choice in enumerate(item.choices):
            box = QCheckBox(shown_text(choice.label(language)), self)
            box.setProperty("choice", choice.name)
            box.toggled.connect(self._on_toggled)
            layout.addWidget(box, number // 3, number % 3)
            self.boxes.append(box)

    def _on_toggled(self, _checked: bool) -> None:
        self.changed.emit()

    def value(self) -> list[str]:
        return [str(box.property("choice")) for box in self.boxes if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for box in self.boxes:
            box.blockSignals(True)
            box.setChecked(box.property("choice") in chosen)
            box.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.boxes[0] if self.boxes else self


class LineEditor(Editor):
    """integer, decimal and short text: a line edit, with a validator for numbers."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        if item.type == "integer":
            self.line.setValidator(QIntValidator(self.line))
            self.line.setMaximumWidth(160)
        elif item.type == "decimal":
            validator = QDoubleValidator(self.line)
            validator.setLocale(QLocale.c())  # a dot, whatever the system's decimal sign
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            self.line.setValidator(validator)
            self.line.setMaximumWidth(160)
        self.line.textEdited.connect(self._on_edited)
        layout.addWidget(self.line)
        if item.type in ("integer", "decimal"):
            layout.addStretch(1)

    def _on_edited(self, _text: str) -> None:
        self.changed.emit()

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    def focus_target(self) -> QWidget:
        return self.line


class TextEditor(Editor):
    """text: a few lines; Tab moves on rather than typing a tab."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 14)
        self.text.textChanged.connect(self.changed)
        layout.addWidget(self.text)

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText("" if value is None else str(value))
        self.text.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)

    def focus_target(self) -> QWidget:
        return self.text


class DateEditor(Editor):
    """date and datetime: a calendar pop-up; the earliest date stands for "no answer"."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        with_time = item.type == "datetime"
        self.edit: QDateTimeEdit = QDateTimeEdit(self) if with_time else QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.edit.setTimeZone(WALL_CLOCK)
        self.edit.setMinimumDateTime(QDateTime(_EMPTY_DATE, QTime(0, 0), WALL_CLOCK))
        self.edit.setSpecialValueText("—")
        self.edit.setMinimumWidth(170)
        self.edit.setDateTime(self.edit.minimumDateTime())
        self.edit.dateTimeChanged.connect(self._on_changed)
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date is the year 1900 inside: open the calendar on this month instead.
        if event.type() == QEvent.Type.Show and not self.value():
            today = QDate(clock.today_local())
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        # Typing a digit into the empty field ("—") starts a date: today's, year selected,
        # so "20270105" types over it section by section.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and event.text().isdigit() and \
                not self.value() and not self.edit.isReadOnly():
            self.set_today()
            self.edit.setCurrentSection(QDateTimeEdit.Section.YearSection)
            self.edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
        return super().eventFilter(watched, event)

    def _on_changed(self, *_: Any) -> None:
        self.changed.emit()

    def value(self) -> str:
        moment = self.edit.dateTime()
        if moment.date() == _EMPTY_DATE:
            return ""
        if self.item.type == "datetime":
            return moment.toString("yyyy-MM-ddTHH:mm")
        return moment.date().toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        text = str(value or "")
        if not text:
            self.edit.setDateTime(self.edit.minimumDateTime())
        elif self.item.type == "datetime":
            moment = QDateTime.fromString(text[:16], "yyyy-MM-ddTHH:mm")
            self.edit.setDateTime(QDateTime(moment.date(), moment.time(), WALL_CLOCK))
        else:
            self.edit.setDate(QDate.fromString(text[:10], "yyyy-MM-dd"))
        self.edit.blockSignals(False)

    def set_today(self) -> None:
        """Fill in now (bound to a button beside the field)."""
        now = clock.now_local()
        self.edit.setDateTime(QDateTime(QDate(now.date()), QTime(now.hour, now.minute), WALL_CLOCK))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_target(self) -> QWidget:
        return self.edit


def create(item: Item, language: str, parent: QWidget | None = None) -> Editor | None:
    """The editor for an item, or None for notes and images (handled by the form)."""
    kinds: dict[str, type[Editor]] = {
        "select_one": ChoiceEditor, "select_multiple": MultiEditor, "integer": LineEditor,
        "decimal": LineEditor, "text": TextEditor, "date": DateEditor, "datetime": DateEditor,
    }
    kind = kinds.get(item.type)
    return kind(item, language, parent) if kind else None
