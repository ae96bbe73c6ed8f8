"""A compound's work orders, newest first, read from SQL a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from storage.store.db import Store
from ui.messages import campaign as campaign_text
from ui.tables import Query, SqlTableModel

_COLUMNS = ("number", "received_at", "category_key", "category", "compound_text", "content",
            "satisfaction", "state")


class WorkOrdersModel(SqlTableModel):
    """Work orders of one compound, the latest received first."""

    def __init__(self, store: Store, compound_id: str, parent: QObject | None = None) -> None:
        self.compound_id = compound_id
        super().__init__(store, parent)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Received"), self.tr("Checklist"),
                self.tr("Category"), self.tr("Written as"), self.tr("Content"),
                self.tr("Rating"), self.tr("State")]

    def build_query(self) -> Query:
        return Query(source="work_orders", key="id", order="received_at DESC, id DESC",
                     rows=f"SELECT id, {', '.join(_COLUMNS)} FROM work_orders"
                          " WHERE id IN ({ids})",
                     where=["compound_id = ?"], params=[self.compound_id])

    def display(self, row: tuple[Any, ...], column: int) -> Any:
        value = row[column + 1]
        if _COLUMNS[column] == "category_key":
            return campaign_text.category_name(value)
        return "" if value is None else str(value)

    def decorate(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        return self.display(row, column) if role == Qt.ItemDataRole.ToolTipRole else None
