"""The manual in a tab: categories and items as a tree, the chosen item's card beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exports.manual import manual_file
from storage.manual import items
from storage.manual.items import Item
from storage.store.db import Store
from ui import errors
from ui.manual.import_dialog import ManualImportDialog
from ui.manual.item_dialog import ItemDialog
from ui.manual.route import RouteCard

ROLE_ITEM = Qt.ItemDataRole.UserRole


class ManualView(QWidget):
    """Find an item by any word; edit it; export the manual for a department, import it."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None,
                 language: str = "zh") -> None:
        super().__init__(parent)
        self.store, self.language = store, language
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find by code, demand, department or word"))
        self.search.textChanged.connect(self._on_search)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Lead"), self.tr("Days")])
        self.tree.setColumnWidth(0, 380)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda *_: self.edit_current())
        self.card = RouteCard(self, language=language)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        self.count = QLabel(self)
        buttons = [(self.tr("&Edit item…"), self.edit_current),
                   (self.tr("&New item…"), self.new_item),
                   (self.tr("&Delete item…"), self.delete_current),
                   (self.tr("E&xport workbook…"), self._on_export),
                   (self.tr("&Import workbook…"), self._on_import)]
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for text, slot in buttons:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        split = QSplitter(self)
        split.addWidget(self.tree)
        split.addWidget(scroll)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        self.refresh()

    def refresh(self) -> None:
        """Read the manual again (after an edit or an import)."""
        chosen = self.current_item()
        self.tree.clear()
        found = items.all_items(self.store)
        for category in items.categories(self.store):
            title = category.title_en if self.language == "en" and category.title_en \
                else category.title
            parent = QTreeWidgetItem(self.tree, [f"{category.code} {title}"])
            for item in (i for i in found if i.category == category.code):
                child = QTreeWidgetItem(parent, [item.label(self.language), item.lead,
                                                 str(item.time_limit_days or "")])
                child.setData(0, ROLE_ITEM, item.id)
                child.setToolTip(0, item.demand)
            parent.setExpanded(True)
        self.count.setText(self.tr("{items} items in {categories} categories").format(
            items=len(found), categories=self.tree.topLevelItemCount()))
        self._on_search(self.search.text())
        if chosen is not None:
            self.select(chosen.code)

    def _children(self) -> list[QTreeWidgetItem]:
        found = []
        for n in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(n)
            if parent is not None:
                found += [c for k in range(parent.childCount()) if (c := parent.child(k))]
        return found

    def select(self, code: str) -> bool:
        """Show the item with this code (False if there is none)."""
        for child in self._children():
            if child.text(0).split(" ", 1)[0] == code:
                self.tree.setCurrentItem(child)
                return True
        return False

    def current_item(self) -> Item | None:
        node = self.tree.currentItem()
        ident = node.data(0, ROLE_ITEM) if node is not None else None
        return items.get(self.store, ident) if ident else None

    def _on_current(self, *_: object) -> None:
        self.card.show_item(self.current_item())

    def _on_search(self, text: str) -> None:
        words = text.strip()
        for child in self._children():
            item = items.get(self.store, child.data(0, ROLE_ITEM))
            haystack = " ".join(str(v) for v in item.content().values())
            child.setHidden(bool(words) and words not in haystack)

    def edit_current(self) -> None:
        item = self.current_item()
        if item is not None and ItemDialog(self.store, item, self).exec():
            self._edited()

    def new_item(self) -> None:
        current = self.current_item()
        category = current.category if current else "1"
        fresh = Item(code=_next_code(self.store, category), category=category, title="",
                     lead="")
        if ItemDialog(self.store, fresh, self).exec():
            self._edited()
            self.select(fresh.code)

    def delete_current(self, confirmed: bool = False) -> None:
        """Mark the chosen item deleted (a version like any change; it stays in history)."""
        item = self.current_item()
        if item is None:
            return
        if not confirmed and QMessageBox.question(
                self, self.tr("Delete item"), self.tr(
                    "Delete {item}? Findings and work orders it routes will show no manual "
                    "item until another covers them.").format(item=item.label(self.language))
        ) != QMessageBox.StandardButton.Yes:
            return
        item.deleted = True
        if errors.attempt(self, lambda: items.save_item(self.store, item)) is not None:
            self._edited()

    def _edited(self) -> None:
        self.refresh()
        self.changed.emit()

    def _on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the manual"),
                                              self.tr("Responsibility manual.xlsx"),
                                              self.tr("Workbooks (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int | None:
        return errors.attempt(self, lambda: manual_file.export(self.store, path))

    def _on_import(self) -> None:
        dialog = ManualImportDialog(self.store, self)
        dialog.imported.connect(self._edited)
        dialog.exec()


def _next_code(store: Store, category: str) -> str:
    taken = [int(i.code.split(".")[1]) for i in items.all_items(store, category=category,
                                                                 deleted=True)]
    return f"{category}.{max(taken, default=0) + 1:02d}"
