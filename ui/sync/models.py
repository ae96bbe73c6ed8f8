"""Table models of the sync windows: lazily fetched lists over SQL, and plain row lists.

``SqlListModel`` reads its query in pages (``canFetchMore`` / ``fetchMore``), so the
import history and the conflicts stay quick however long they grow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storage.store import db

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class SqlListModel(QAbstractTableModel):
    """Rows of a query, fetched a page at a time; ``render`` turns a row into cells."""

    def __init__(self, store: db.Store, sql: str, headers: Sequence[str],
                 render: Callable[[tuple[Any, ...]], list[Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._store, self._sql, self._headers, self._render = store, sql, list(headers), render
        self._rows: list[tuple[Any, ...]] = []
        self._cells: list[list[Any]] = []
        self._exhausted = False

    def reload(self) -> None:
        """Read the query again; the first page is read inside the reset."""
        self.beginResetModel()
        self._rows, self._cells = [], []
        page = self._page()
        self._rows, self._cells = page, [self._render(row) for row in page]
        self.endResetModel()

    def _page(self) -> list[tuple[Any, ...]]:
        page = self._store.db.execute(f"{self._sql} LIMIT ? OFFSET ?",
                                      [PAGE, len(self._rows)]).fetchall()
        self._exhausted = len(page) < PAGE
        return page

    def row(self, number: int) -> tuple[Any, ...]:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._page()
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows += page
        self._cells += [self._render(row) for row in page]
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        value = self._cells[index.row()][index.column()]
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class ListModel(QAbstractTableModel):
    """A small fixed list of rows (the preview of a few files)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[Any]] = []

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        value = self._rows[index.row()][index.column()]
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
