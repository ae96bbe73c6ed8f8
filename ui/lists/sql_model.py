"""A read-only table model over one SQL query, fetched page by page as the view scrolls.

The query is split in two so that any page is cheap, even the last of 200,000 rows:
the *key query* walks an index for the rowids of one page (``LIMIT … OFFSET …``), and
the *row query* fetches the displayed columns for just those rowids. ``fetchMore`` grows
the row count a page at a time; :meth:`reveal_all` makes every row known at once (for a
jump to the end) and rows are read only when the view paints them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storage.store.db import Store

PAGE = 200
_CACHED_PAGES = 64
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Query:
    """What to list: the table's rowids in order (filtered), and how to read a row.

    The key query selects ``key`` (a rowid) from ``source`` with ``where`` and ``order``;
    ``rows`` selects the columns shown, the first being the rowid, for rowids bound as
    ``{ids}``.
    """

    source: str
    key: str
    order: str
    rows: str
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def where_sql(self) -> str:
        return " WHERE " + " AND ".join(self.where) if self.where else ""


class SqlTableModel(QAbstractTableModel):
    """Subclasses give the headers, the query and how a row is displayed."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = self.build_query()
        self._total = 0
        self._shown = 0
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._reset_rows()

    # -- for subclasses -------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def build_query(self) -> Query:
        raise NotImplementedError

    def display(self, row: tuple[Any, ...], column: int) -> Any:
        raise NotImplementedError

    def decorate(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        """Other roles (colours, fonts, tooltips); None by default."""
        return None

    # -- the model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = self.headers()
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        return self.decorate(row, index.column(), role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._shown >= self._total:
            return
        self._grow(min(self._total, self._shown + PAGE))

    def reveal_all(self) -> None:
        """Make every row known to the view (rows are still read only when painted)."""
        self._grow(self._total)

    @property
    def total(self) -> int:
        """How many rows the query has, shown or not yet."""
        return self._total

    def refresh(self) -> None:
        """Run the query again (after a filter changed or the store was written)."""
        self.beginResetModel()
        self._query = self.build_query()
        self._reset_rows()
        self.endResetModel()

    def row_at(self, number: int) -> tuple[Any, ...] | None:
        """The raw row shown at ``number`` (its first column is the rowid)."""
        if not 0 <= number < self._shown:
            return None
        page = self._page(number // PAGE)
        offset = number % PAGE
        return page[offset] if offset < len(page) else None

    # -- paging -------------------------------------------------------------------------

    def _reset_rows(self) -> None:
        self._pages.clear()
        query = self._query
        (self._total,) = self._store.db.execute(
            f"SELECT count(*) FROM {query.source}{query.where_sql()}", query.params).fetchone()
        self._shown = min(self._total, PAGE)

    def _grow(self, target: int) -> None:
        if target <= self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, target - 1)
        self._shown = target
        self.endInsertRows()

    def _page(self, number: int) -> list[tuple[Any, ...]]:
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
            self._pages[number] = page
            while len(self._pages) > _CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def _read_page(self, number: int) -> list[tuple[Any, ...]]:
        query = self._query
        keys = [row[0] for row in self._store.db.execute(
            f"SELECT {query.key} FROM {query.source}{query.where_sql()}"
            f" ORDER BY {query.order} LIMIT ? OFFSET ?",
            [*query.params, PAGE, number * PAGE])]
        if not keys:
            return []
        found = {row[0]: row for row in self._fetch_rows(keys)}
        # A row deleted between the two queries is skipped rather than shown empty.
        return [found[key] for key in keys if key in found]

    def _fetch_rows(self, keys: Sequence[int]) -> list[tuple[Any, ...]]:
        marks = ", ".join("?" * len(keys))
        return self._store.db.execute(
            self._query.rows.format(ids=marks), list(keys)).fetchall()
