"""One input widget per XLSForm item type, all with the same small interface.

An editor reports raw values (text, a list of choice names, an ISO date); the form turns
them into typed answers with ``storage.validate.coerce`` so there is one way to do it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QRegularExpression,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QDoubleValidator, QIntValidator, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from storage import clock
from storage.forms.xlsform import Choice, Item

RADIO_LIMIT = 4  # more choices than this become a combo box, which keeps the form short
_EMPTY_DATE = QDate(1900, 1, 1)
# Dates and times of answers are wall-clock values: no zone is applied (in Asia/Shanghai
# the year 1900 has an odd local offset, which turned the empty date into 1899-12-31).
WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)


def choice_text(choice: Choice, language: str) -> str:
    """A choice's label; the "Other" pyxform adds for or_other in the user's language."""
    if choice.name == "other" and choice.label(language) == "Other":
        return QCoreApplication.translate("editors", "Other")
    return choice.label(language)


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
    """select_one: radio buttons in a row (keyboard: arrows), or a combo for long lists.

    A cascading select (``choice_filter``) always gets a combo, whose choices follow
    the answers it depends on (:meth:`set_choices`).
    """

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo: QComboBox | None = None
        self.group = QButtonGroup(self)
        self.offered: tuple[Choice, ...] = item.choices
        if len(item.choices) > RADIO_LIMIT or item.choice_filter is not None:
            self.combo = QComboBox(self)
            self._fill_combo(item.choices)
            self.combo.currentIndexChanged.connect(self._on_changed)
            layout.addWidget(self.combo)
        else:
            for choice in item.choices:
                button = QRadioButton(choice_text(choice, language), self)
                button.setProperty("choice", choice.name)
                button.setProperty("compliance", choice.compliance)
                button.installEventFilter(self)
                self.group.addButton(button)
                layout.addWidget(button)
            self.group.buttonToggled.connect(self._on_toggled)
        layout.addStretch(1)

    def _fill_combo(self, choices: Sequence[Choice]) -> None:
        assert self.combo is not None
        self.combo.addItem("", "")
        for choice in choices:
            self.combo.addItem(choice_text(choice, self.language), choice.name)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer only these choices; an answer no longer offered stays shown, marked."""
        if self.combo is None or tuple(choices) == self.offered:
            return
        self.offered = tuple(choices)
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        self._fill_combo(choices)
        if current and self.combo.findData(current) < 0:
            self.combo.addItem(f"{current} ?", current)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)

    def _on_changed(self, *_: Any) -> None:
        self.changed.emit()

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Radio buttons cannot be unchecked by clicking: Delete or Backspace clears.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.value():
            self.set_value("")
            self.changed.emit()
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
            box = QCheckBox(choice_text(choice, language), self)
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

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Show only the boxes of these choices (and those ticked already)."""
        offered = {c.name for c in choices}
        for box in self.boxes:
            box.setVisible(box.property("choice") in offered or box.isChecked())


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
        if item.type in ("integer", "decimal", "time"):
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
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date is the year 1900 inside: open the calendar on this month instead.
        if event.type() == QEvent.Type.Show and not self.value():
            today = QDate(clock.today_local())
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
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


class TimeEditor(LineEditor):
    """time: typed as 08:30 (a time box has no "no answer")."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.line.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"([01]?[0-9]|2[0-3]):[0-5][0-9]"), self.line))
        self.line.setPlaceholderText("08:30")
        self.line.setMaximumWidth(100)


class LocationEditor(LineEditor):
    """geopoint, geotrace, geoshape: a laptop has no GPS, so coordinates are typed
    (latitude longitude, points separated by ;), or the place in words."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        self.line.setPlaceholderText(self.tr(
            "Latitude longitude (35.1 118.3), or building / unit"))


class RangeEditor(Editor):
    """range: a spin box from start to end by step; below start means no answer."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        low, high, step = (float(item.parameters.get(k, d))
                           for k, d in (("start", "1"), ("end", "10"), ("step", "1")))
        self.whole = all(x.is_integer() for x in (low, high, step))
        self.spin = QDoubleSpinBox(self)
        self.spin.setDecimals(0 if self.whole else 3)
        self.spin.setSingleStep(abs(step))
        self.spin.setRange(min(low, high) - abs(step), max(low, high))
        self.spin.setSpecialValueText("—")
        self.spin.setMinimumWidth(90)
        self.spin.setValue(self.spin.minimum())
        self.spin.valueChanged.connect(self._on_changed)
        layout.addWidget(self.spin)
        layout.addStretch(1)

    def _on_changed(self, *_: Any) -> None:
        self.changed.emit()

    def value(self) -> str:
        if self.spin.value() <= self.spin.minimum():
            return ""
        number = self.spin.value()
        return str(int(number)) if self.whole else f"{number:g}"

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        try:
            self.spin.setValue(float(value) if str(value).strip() else self.spin.minimum())
        except ValueError:
            self.spin.setValue(self.spin.minimum())
        self.spin.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.spin.setReadOnly(read_only)

    def focus_target(self) -> QWidget:
        return self.spin


class AcknowledgeEditor(Editor):
    """acknowledge (and the old trigger type): one box to tick."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(self.tr("OK"), self)
        self.box.toggled.connect(self._on_toggled)
        layout.addWidget(self.box)
        layout.addStretch(1)

    def _on_toggled(self, _checked: bool) -> None:
        self.changed.emit()

    def value(self) -> str:
        return "OK" if self.box.isChecked() else ""

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)

    def focus_target(self) -> QWidget:
        return self.box


class DerivedView(Editor):
    """A calculated value, shown where the form labels it; never typed."""

    def __init__(self, item: Item, language: str, parent: QWidget | None = None) -> None:
        super().__init__(item, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.shown = QLabel("—", self)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.shown)
        layout.addStretch(1)
        self.current: Any = ""

    def value(self) -> Any:
        return self.current

    def set_value(self, value: Any) -> None:
        self.current = value
        self.shown.setText(self.text_of(value) or "—")

    def text_of(self, value: Any) -> str:
        if isinstance(value, list):
            return "、".join(self.choice_label(v) for v in value)
        if isinstance(value, float):
            return f"{value:.6g}"
        return self.choice_label(str(value)) if self.item.choices else str(value)

    def choice_label(self, name: str) -> str:
        choice = self.item.choice(name)
        return choice.label(self.language) if choice else name

    def set_read_only(self, read_only: bool) -> None:
        return None


def create(item: Item, language: str, parent: QWidget | None = None) -> Editor | None:
    """The editor for an item, or None for notes, images and media (the form shows them)."""
    if item.derived:
        return DerivedView(item, language, parent) if item.shown else None
    kinds: dict[str, type[Editor]] = {
        "select_one": ChoiceEditor, "select_multiple": MultiEditor, "integer": LineEditor,
        "decimal": LineEditor, "text": TextEditor, "date": DateEditor, "datetime": DateEditor,
        "time": TimeEditor, "range": RangeEditor, "geopoint": LocationEditor,
        "geotrace": LocationEditor, "geoshape": LocationEditor, "barcode": LineEditor,
        "acknowledge": AcknowledgeEditor,
    }
    kind = kinds.get(item.type)
    return kind(item, language, parent) if kind else None
