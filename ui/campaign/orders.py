"""A compound's work orders, newest first, fetched from SQL a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from storage.store.db import Store
from ui.messages import campaign as campaign_text

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
_COLUMNS = ("number", "received_at", "category_key", "category", "compound_text", "content",
            "satisfaction", "state")


class WorkOrdersModel(QAbstractTableModel):
    """Work orders of one compound, the latest received first, a page at a time."""

    def __init__(self, store: Store, compound_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.compound_id = compound_id
        self._rows: list[tuple[Any, ...]] = []
        self._last: tuple[str, int] | None = None
        self._done = False
        self._headers = [self.tr("Number"), self.tr("Received"), self.tr("Checklist"),
                         self.tr("Category"), self.tr("Written as"), self.tr("Content"),
                         self.tr("Rating"), self.tr("State")]
        self.total = int(store.db.execute(
            "SELECT count(*) FROM work_orders WHERE compound_id = ?", [compound_id]
        ).fetchone()[0])
        self.fetchMore()

    def _page(self) -> list[tuple[Any, ...]]:
        # Keyset paging on (received_at, id): each page starts where the last one ended.
        after = "" if self._last is None else "AND (received_at, id) < (?, ?)"
        params: list[Any] = [self.compound_id, *(self._last or ())]
        return self.store.db.execute(
            f"SELECT id, {', '.join(_COLUMNS)} FROM work_orders WHERE compound_id = ? {after}"
            " ORDER BY received_at DESC, id DESC LIMIT ?", [*params, PAGE]).fetchall()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        page = self._page()
        self._done = len(page) < PAGE
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self._last = (page[-1][2], page[-1][0])
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        value = self._rows[index.row()][index.column() + 1]
        if _COLUMNS[index.column()] == "category_key":
            return campaign_text.category_name(value)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
