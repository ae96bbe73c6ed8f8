"""The one way a list is shown: table models fetched lazily, and the table view they go in.

``SqlTableModel`` is a read-only model over one SQL query, read page by page as the view
scrolls. The query is split in two so that any page is cheap, even the last of 200,000
rows: the *key query* walks an index for the rowids of one page (``LIMIT … OFFSET …``),
and the *row query* fetches the displayed columns for just those rowids (a table without
rowids lets the key query read the rows itself). ``fetchMore`` grows the row count a
page at a time; :meth:`SqlTableModel.reveal_all` makes every row known at once (for a
jump to the end) and rows are read only when the view paints them.

``RowsModel`` shows rows already computed (a ranking, a preview), handed to the view in
chunks. Both report ``total``, the number of rows whether shown yet or not.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from storage.store.db import Store

PAGE = 200  # rows read (SqlTableModel) or handed to the view (RowsModel) at a time
_CACHED_PAGES = 64
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Query:
    """What to list: the table's rowids in order (filtered), and how to read a row.

    The key query selects ``key`` (a rowid) from ``source`` with ``where`` and ``order``;
    ``rows`` selects the columns shown, the first being the rowid, for rowids bound as
    ``{ids}``. Without ``rows``, ``key`` lists the columns and the key query reads them.
    """

    source: str
    key: str
    order: str
    rows: str = ""
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

    def prepare(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """A row as read, made ready to display (once per page read); itself by default."""
        return row

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
        read = self._store.db.execute(
            f"SELECT {query.key} FROM {query.source}{query.where_sql()}"
            f" ORDER BY {query.order} LIMIT ? OFFSET ?",
            [*query.params, PAGE, number * PAGE]).fetchall()
        if not query.rows:
            return [self.prepare(tuple(row)) for row in read]
        keys = [row[0] for row in read]
        if not keys:
            return []
        found = {row[0]: row for row in self._fetch_rows(keys)}
        # A row deleted between the two queries is skipped rather than shown empty.
        return [self.prepare(found[key]) for key in keys if key in found]

    def _fetch_rows(self, keys: Sequence[int]) -> list[tuple[Any, ...]]:
        marks = ", ".join("?" * len(keys))
        return self._store.db.execute(
            self._query.rows.format(ids=marks), list(keys)).fetchall()


Column = tuple[str, Callable[[Any], Any]]  # header, value of a row


class RowsModel(QAbstractTableModel):
    """Rows of any kind, shown through ``columns``; ``row_at`` gives the object back."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[Any] = []
        self._shown = 0

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._shown = min(PAGE, len(self._all))
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._all[row]

    @property
    def total(self) -> int:
        """How many rows there are, shown or not yet."""
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(PAGE, len(self._all) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        value = self._columns[index.column()][1](self._all[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return section + 1 if orientation == Qt.Orientation.Vertical else None


def table(model: QAbstractTableModel, parent: QWidget | None = None, *,
          fit_columns: bool = False) -> QTableView:
    """A list's table: read-only, one whole row selected, fast however many rows it has.

    ``fit_columns`` sizes the columns to their contents (for short computed lists); long
    lists keep fixed widths, so the view never measures its rows.
    """
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # Fixed row heights: the view never measures 200,000 rows to lay them out.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    if fit_columns:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return view


class QueryModel(SqlTableModel):
    """A ``SqlTableModel`` given its query, headers and how a row becomes cells.

    ``render`` runs once per row read (it may look things up); :meth:`raw` gives back
    the row as the query read it.
    """

    def __init__(self, store: Store, query: Query, headers: Sequence[str],
                 render: Callable[[tuple[Any, ...]], Sequence[Any]],
                 parent: QObject | None = None) -> None:
        self._fixed_query, self._headers, self._render = query, list(headers), render
        super().__init__(store, parent)

    def headers(self) -> list[str]:
        return self._headers

    def build_query(self) -> Query:
        return self._fixed_query

    def prepare(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        return (row, tuple(self._render(row)))

    def display(self, row: tuple[Any, ...], column: int) -> Any:
        value = row[1][column]
        return "" if value is None else str(value)

    def decorate(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        return self.display(row, column) if role == Qt.ItemDataRole.ToolTipRole else None

    def set_query(self, query: Query) -> None:
        """List another query (a filter changed) in the same model."""
        self._fixed_query = query
        self.refresh()

    def raw(self, number: int) -> tuple[Any, ...]:
        """The row at ``number`` as the query read it."""
        prepared = self.row_at(number)
        if prepared is None:
            raise IndexError(number)
        return tuple(prepared[0])
