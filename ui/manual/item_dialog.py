"""Editing one item of the manual: every field, checked as the workbook import checks it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from storage.manual import items
from storage.manual.items import Item
from storage.store.db import Store
from ui.messages import manual as manual_text
from ui.record_dialog import RecordDialog

_LONG = ("demand", "what", "how", "cooperation", "legal_basis")
_SHORT = ("title", "title_en", "lead", "supporting", "checklist_items", "hotline_categories",
          "hotline_keywords")


class ItemDialog(RecordDialog):
    """An item's fields; Save checks them and writes a new version."""

    def __init__(self, store: Store, item: Item, parent: QWidget | None = None) -> None:
        super().__init__("", parent, scrollable=True)
        self.store, self.item = store, item
        self.setWindowTitle(self.tr("Manual item {code}").format(code=item.code))
        self.code = QLineEdit(item.code, self)
        self.category = QComboBox(self)
        for category in items.categories(store):
            self.category.addItem(f"{category.code} {category.title}", category.code)
        self.category.setCurrentIndex(max(0, self.category.findData(item.category)))
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in _SHORT:
            self.fields[name] = QLineEdit(getattr(item, name), self)
        for name in _LONG:
            editor = QPlainTextEdit(getattr(item, name), self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(90 if name == "how" else 60)
            self.fields[name] = editor
        self.days = QSpinBox(self)
        self.days.setRange(0, items.MAX_TIME_LIMIT_DAYS)
        self.days.setSpecialValueText(self.tr("none"))
        self.days.setValue(item.time_limit_days or 0)
        self._layout()

    def _layout(self) -> None:
        form = self.form
        form.addRow(manual_text.field_name("code"), self.code)
        form.addRow(manual_text.field_name("category"), self.category)
        order = ("title", "title_en", "demand", "lead", "supporting", "what", "how",
                 "cooperation")
        for name in order:
            form.addRow(manual_text.field_name(name), self.fields[name])
        form.addRow(manual_text.field_name("time_limit_days"), self.days)
        for name in ("legal_basis", "checklist_items", "hotline_categories",
                     "hotline_keywords"):
            form.addRow(manual_text.field_name(name), self.fields[name])
        self.resize(720, 760)

    def collect(self) -> Item:
        """The item as edited (not saved)."""
        item = self.item
        item.code = self.code.text().strip()
        item.category = str(self.category.currentData() or "")
        for name, editor in self.fields.items():
            text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            setattr(item, name, text.strip())
        item.time_limit_days = self.days.value() or None
        return item

    def save(self) -> None:
        items.save_item(self.store, self.collect())
