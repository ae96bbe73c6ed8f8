"""The import history: every file imported, what it did, and undo of the last import."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.sync import importer
from storage import clock
from storage.store import db
from ui import errors, tables
from ui.messages import sync as sync_messages

_IMPORTS = tables.Query(source="sync_imports", order="id DESC",
                        key="id, imported_at, file_name, counts, state, file_path")


class SyncHistoryDialog(QDialog):
    """The imports logged in ``store``, newest first, with undo of the last one."""

    undone = Signal()

    def __init__(self, store: db.Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Import history"))
        self.resize(800, 420)
        self.model = tables.QueryModel(
            store, _IMPORTS, [self.tr("Imported at"), self.tr("File"), self.tr("What it did"),
                              self.tr("State")], self._render, self)
        self.table = tables.table(self.model, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("Undo the last import"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.undo_button.clicked.connect(self._on_undo)
        close.clicked.connect(self.accept)
        self._update()

    def _render(self, row: tuple[Any, ...]) -> list[Any]:
        _, when, name, counts, state, path = row
        numbers = json.loads(counts)
        did = ", ".join(f"{n} {sync_messages.outcome(k)}" for k, n in numbers.items() if n)
        states = {"done": self.tr("imported"), "undone": self.tr("undone")}
        local = clock.local_text(when)
        return [local, name, did, states.get(state, state)]

    def _update(self) -> None:
        self.undo_button.setEnabled(any(i.state == "done"
                                        for i in importer.history(self._store)[:50]))

    def _confirm_force(self, refused: importer.UndoRefused) -> bool:
        """The store changed since the import: say what, and undo only if asked again."""
        answer = QMessageBox.warning(
            self, self.tr("Undo the last import"),
            self.tr("The store changed after this import: {changes}. Undoing the import "
                    "also discards those changes. Undo anyway?").format(
                changes=sync_messages.changes_since(refused.changes)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_undo(self) -> None:
        last = next((i for i in importer.history(self._store) if i.state == "done"), None)
        if last is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo the last import"),
            self.tr("Put the store back as it was before importing {file} ({when})?").format(
                file=last.file_name, when=last.imported_at))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            importer.undo_last(self._store)
        except importer.UndoRefused as refused:
            if refused.reason != "changed_since":
                errors.show(self, refused)
                return
            if not self._confirm_force(refused) or errors.attempt(
                    self, lambda: importer.undo_last(self._store, force=True)) is None:
                return
        self.model.refresh()
        self._update()
        self.undone.emit()
