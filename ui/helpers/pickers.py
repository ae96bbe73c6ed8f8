"""Choosing a compound or a helper by typing part of a name, and typed dates."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from storage.helpers import people
from storage.inspection import compounds
from storage.store.db import Store
from ui.messages import helpers as helper_text


class CompoundPicker(QWidget):
    """A search field and the compounds whose name contains what was typed."""

    chosen = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 compound_id: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search compounds by name"))
        self.search.textChanged.connect(self._on_search)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(24)
        self.combo.currentIndexChanged.connect(lambda *_: self.chosen.emit(self.value()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.combo, 1)
        if compound_id:
            found = compounds.get(store, compound_id)
            self.combo.addItem(f"{found.name} ({found.district} {found.street})", found.id)

    def _on_search(self, text: str) -> None:
        self.combo.clear()
        for found in compounds.search(self.store, text.strip(), limit=50) if text.strip() \
                else []:
            self.combo.addItem(f"{found.name} ({found.district} {found.street})", found.id)

    def value(self) -> str:
        return str(self.combo.currentData() or "")


class HelperPicker(QWidget):
    """A search field and the people or units (of a role) it finds."""

    def __init__(self, store: Store, parent: QWidget | None = None, role: str = "",
                 helper_id: str | None = None) -> None:
        super().__init__(parent)
        self.store, self.role = store, role
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search people and units"))
        self.search.textChanged.connect(self._on_search)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(24)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.combo, 1)
        self._offer(people.search(store, role=role, limit=200))
        if helper_id:
            self.combo.setCurrentIndex(max(0, self.combo.findData(helper_id)))

    def set_role(self, role: str) -> None:
        self.role = role
        self._on_search(self.search.text())

    def _on_search(self, text: str) -> None:
        self._offer(people.search(self.store, text.strip(), role=self.role, limit=200))

    def _offer(self, found: list[people.Helper]) -> None:
        self.combo.clear()
        self.combo.addItem(self.tr("(nobody)"), None)
        for helper in found:
            self.combo.addItem(f"{helper.label()} · {helper_text.role_name(helper.role)}",
                               helper.id)
        self.combo.setCurrentIndex(1 if found else 0)

    def value(self) -> str | None:
        return self.combo.currentData() or None


def optional_date(parent: QWidget, day: str | None) -> QLineEdit:
    """A date that may stay empty, typed as YYYY-MM-DD (checked when saved)."""
    edit = QLineEdit(day or "", parent)
    edit.setPlaceholderText("YYYY-MM-DD")
    edit.setMaxLength(10)
    return edit
