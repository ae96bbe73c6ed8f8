"""The three lists of the main window as lazily fetched models: compounds, inspections, findings.

Filters narrow the *key query*, which reads only the listed table and its indexes;
joins for display happen in the row query, for one page of rowids at a time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from storage import clock
from storage.forms import validate
from storage.store.db import Store
from ui.tables import Query, SqlTableModel

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#a4000f")
DRAFT_FOREGROUND = QColor("#7a5b00")
ROLE_ID = Qt.ItemDataRole.UserRole + 1  # the record's UUID, for opening it


def like(text: str) -> str:
    """A LIKE pattern that matches ``text`` anywhere, with its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass
class InspectionFilter:
    form_id: str = ""
    status: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    officer: str = ""
    compound_id: str = ""
    text: str = ""


class CompoundsModel(SqlTableModel):
    """Compounds by district, street and name; searched by name, district, street."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        self.text = ""
        super().__init__(store, parent)

    def headers(self) -> list[str]:
        return [self.tr("Compound"), self.tr("District"), self.tr("Street"),
                self.tr("Community"), self.tr("Open findings"), self.tr("Last inspection")]

    def build_query(self) -> Query:
        query = Query(
            source="compounds c", key="c.rowid",
            order="c.district, c.street, c.name",
            where=["c.deleted = 0"],
            rows="SELECT c.rowid, c.name, c.district, c.street, c.community,"
                 " (SELECT count(*) FROM findings f WHERE f.compound_id = c.id"
                 "  AND f.deleted = 0 AND f.state NOT IN ('closed', 'withdrawn')),"
                 " (SELECT max(started_at) FROM inspections i WHERE i.compound_id = c.id"
                 "  AND i.deleted = 0), c.id"
                 " FROM compounds c WHERE c.rowid IN ({ids})")
        if self.text.strip():
            query.where.append(
                "(c.name LIKE ? ESCAPE '\\' OR c.district LIKE ? ESCAPE '\\'"
                " OR c.street LIKE ? ESCAPE '\\' OR c.community LIKE ? ESCAPE '\\')")
            query.params += [like(self.text.strip())] * 4
        return query

    def display(self, row: tuple[Any, ...], column: int) -> Any:
        if column == 5:
            return clock.local_text(row[6])[:10]
        return row[column + 1]

    def decorate(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        if role == ROLE_ID:
            return row[7]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_text(self, text: str) -> None:
        self.text = text
        self.refresh()


class InspectionsModel(SqlTableModel):
    """Inspections, newest first, with the filters of the inspections tab."""

    def __init__(self, store: Store, language: str = "zh", parent: Any = None) -> None:
        self.filter = InspectionFilter()
        self.language = language
        super().__init__(store, parent)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Started"), self.tr("Compound"),
                self.tr("Checklist"), self.tr("Officer"), self.tr("Place"),
                self.tr("State"), self.tr("Score")]

    def build_query(self) -> Query:
        title = "v.title_en" if self.language == "en" else "v.title"
        query = Query(
            source="inspections i", key="i.rowid", order="i.started_at DESC, i.rowid DESC",
            where=["i.deleted = 0"],
            rows="SELECT i.rowid, i.number, i.started_at, c.name, "
                 f"CASE WHEN {title} = '' THEN v.title ELSE {title} END, i.officer, i.place,"
                 " i.status, i.score, i.id FROM inspections i"
                 " JOIN compounds c ON c.id = i.compound_id"
                 " JOIN checklist_versions v ON v.id = i.checklist_version_id"
                 " WHERE i.rowid IN ({ids})")
        self._narrow(query, self.filter)
        return query

    @staticmethod
    def _narrow(query: Query, wanted: InspectionFilter) -> None:
        conditions: list[tuple[bool, str, list[Any]]] = [
            (bool(wanted.form_id), "i.checklist_version_id IN (SELECT id FROM"
             " checklist_versions WHERE form_id = ?)", [wanted.form_id]),
            (bool(wanted.status), "i.status = ?", [wanted.status]),
            (wanted.date_from is not None, "i.started_at >= ?",
             [clock.local_midnight(wanted.date_from)] if wanted.date_from else []),
            (wanted.date_to is not None, "i.started_at < ?",
             [clock.local_midnight(wanted.date_to + dt.timedelta(days=1))]
             if wanted.date_to else []),
            (bool(wanted.officer), "i.officer = ?", [wanted.officer]),
            (bool(wanted.compound_id), "i.compound_id = ?", [wanted.compound_id]),
        ]
        text = wanted.text.strip()
        if text:
            conditions.append((True, "(i.number LIKE ? ESCAPE '\\' OR i.officer LIKE ?"
                               " ESCAPE '\\' OR i.place LIKE ? ESCAPE '\\' OR i.note LIKE ?"
                               " ESCAPE '\\' OR i.compound_id IN (SELECT id FROM compounds"
                               " WHERE name LIKE ? ESCAPE '\\' OR district LIKE ? ESCAPE '\\'"
                               " OR street LIKE ? ESCAPE '\\'))", [like(text)] * 7))
        for active, sql, params in conditions:
            if active:
                query.where.append(sql)
                query.params += params

    def display(self, row: tuple[Any, ...], column: int) -> Any:
        if column == 1:
            return clock.local_text(row[2])
        if column == 6:
            return self.tr("Final") if row[7] == "final" else self.tr("Draft")
        if column == 7:
            return validate.score_text(row[8], "")
        return row[column + 1]

    def decorate(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        if role == ROLE_ID:
            return row[9]
        if role == Qt.ItemDataRole.ForegroundRole and row[7] == "draft":
            return QBrush(DRAFT_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_filter(self, wanted: InspectionFilter) -> None:
        self.filter = wanted
        self.refresh()


class FindingsModel(SqlTableModel):
    """Findings: open ones first, by deadline, so the overdue are on top and highlighted."""

    SHOW_OPEN, SHOW_ALL, SHOW_CLOSED = "open", "all", "closed"

    def __init__(self, store: Store, parent: Any = None, *,
                 today: dt.date | None = None) -> None:
        self.show = self.SHOW_OPEN
        self.compound_id = ""
        self.text = ""
        self.today = today
        super().__init__(store, parent)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Compound"), self.tr("Finding"),
                self.tr("Severity"), self.tr("Department"), self.tr("Responsible party"),
                self.tr("Deadline"), self.tr("State")]

    def build_query(self) -> Query:
        query = Query(
            source="findings f", key="f.rowid",
            order="f.state IN ('closed', 'withdrawn'), f.deadline IS NULL, f.deadline,"
                  " f.number",
            where=["f.deleted = 0"],
            rows="SELECT f.rowid, f.number, c.name, f.description, f.severity, f.department,"
                 " f.responsible_party, f.deadline, f.state, f.id FROM findings f"
                 " JOIN compounds c ON c.id = f.compound_id WHERE f.rowid IN ({ids})")
        done = "f.state IN ('closed', 'withdrawn')"
        if self.show == self.SHOW_OPEN:
            query.where.append(f"NOT {done}")
        elif self.show == self.SHOW_CLOSED:
            query.where.append(done)
        if self.compound_id:
            query.where.append("f.compound_id = ?")
            query.params.append(self.compound_id)
        if self.text.strip():
            query.where.append(
                "(f.number LIKE ? ESCAPE '\\' OR f.description LIKE ? ESCAPE '\\'"
                " OR f.responsible_party LIKE ? ESCAPE '\\' OR f.department LIKE ? ESCAPE '\\'"
                " OR f.compound_id IN (SELECT id FROM compounds WHERE name LIKE ? ESCAPE '\\'))")
            query.params += [like(self.text.strip())] * 5
        return query

    def severity_text(self, severity: str) -> str:
        return {"critical": self.tr("Critical"), "major": self.tr("Major"),
                "minor": self.tr("Minor")}.get(severity, severity)

    def state_text(self, state: str) -> str:
        return {"open": self.tr("Open"), "in_progress": self.tr("In progress"),
                "awaiting_reinspection": self.tr("Awaiting re-inspection"),
                "closed": self.tr("Closed"), "withdrawn": self.tr("Withdrawn")}.get(state, state)

    def is_overdue(self, row: tuple[Any, ...]) -> bool:
        today = (self.today or clock.today_local()).isoformat()
        return row[8] not in ("closed", "withdrawn") and bool(row[7]) and row[7] < today

    def display(self, row: tuple[Any, ...], column: int) -> Any:
        if column == 3:
            return self.severity_text(row[4])
        if column == 7:
            text = self.state_text(row[8])
            return self.tr("{state}, overdue").format(state=text) if self.is_overdue(row) \
                else text
        return row[column + 1]

    def decorate(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        if role == ROLE_ID:
            return row[9]
        overdue = self.is_overdue(row)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and overdue and column in (6, 7):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row[3]
        return None

    def set_options(self, *, show: str | None = None, compound_id: str | None = None,
                    text: str | None = None) -> None:
        self.show = self.show if show is None else show
        self.compound_id = self.compound_id if compound_id is None else compound_id
        self.text = self.text if text is None else text
        self.refresh()
