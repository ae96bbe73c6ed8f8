"""The ledger as one list: findings read where they are, and the ledger's own problems.

One SQL query joins both sources in the same columns (findings routed by their
checklist item through the manual's link index), so lists filter, count and page it
like any table. States are the ledger's: open, in_progress, awaiting (a finding waiting
for its re-inspection), closed, withdrawn.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from storage import clock
from storage.manual import links
from storage.store.db import Store

COLUMNS = ("kind", "id", "number", "source", "source_ref", "compound_id", "compound",
           "district", "street", "description", "manual_item", "category", "lead_department",
           "supporting", "responsible_party", "raised_on", "deadline", "state", "closed_on",
           "verified_by", "severity")
STATES = ("open", "in_progress", "awaiting", "closed", "withdrawn")
DONE = ("closed", "withdrawn")
SOURCES = ("inspection", "work_order", "review", "helper", "other")

_FINDINGS = """
SELECT 'finding' AS kind, f.id, f.number, 'inspection' AS source,
    coalesce(i.number, '') AS source_ref, f.compound_id, c.name AS compound, c.district,
    c.street, f.description, coalesce(mi.code, '') AS manual_item,
    coalesce(mi.category, '') AS category, coalesce(mi.lead, f.department) AS lead_department,
    coalesce(mi.supporting, '') AS supporting, f.responsible_party,
    date(f.created_at, :offset) AS raised_on, f.deadline,
    CASE f.state WHEN 'awaiting_reinspection' THEN 'awaiting' ELSE f.state END AS state,
    date(f.closed_at, :offset) AS closed_on, coalesce(closer.officer, '') AS verified_by,
    f.severity
FROM findings f JOIN compounds c ON c.id = f.compound_id
LEFT JOIN inspections i ON i.id = f.inspection_id
LEFT JOIN checklist_versions v ON v.id = i.checklist_version_id
LEFT JOIN manual_links l ON l.kind = 'checklist' AND l.ref = v.form_id || '.' || f.item
LEFT JOIN manual_items mi ON mi.id = l.item_id AND mi.deleted = 0
LEFT JOIN reinspections closer ON closer.id = f.closed_by_inspection_id
WHERE f.deleted = 0 AND c.deleted = 0"""
_PROBLEMS = """
SELECT 'problem', p.id, p.number, p.source, p.source_ref, p.compound_id, c.name, c.district,
    c.street, p.description, p.manual_item, coalesce(mi.category, ''), p.lead_department,
    p.supporting, p.responsible_party, p.raised_on, p.deadline, p.state,
    date(p.verified_at, :offset), p.verified_by, ''
FROM problems p JOIN compounds c ON c.id = p.compound_id
LEFT JOIN manual_items mi ON mi.code = p.manual_item AND mi.deleted = 0
WHERE p.deleted = 0 AND c.deleted = 0"""
SOURCE = f"({_FINDINGS}\nUNION ALL{_PROBLEMS}) AS ledger"


@dataclass
class Filter:
    """What to show; empty fields do not filter."""

    compound_id: str = ""
    district: str = ""
    street: str = ""
    department: str = ""  # the lead department
    category: str = ""  # the manual category's code
    manual_item: str = ""
    source: str = ""
    state: str = ""  # one of STATES, or "pending" (not closed or withdrawn)
    overdue: bool = False
    text: str = ""  # in the number, description, party or compound
    closed_from: dt.date | None = None
    closed_to: dt.date | None = None
    raised_from: dt.date | None = None
    raised_to: dt.date | None = None
    today: dt.date | None = None

    def where(self) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("compound_id", self.compound_id), ("district", self.district),
                              ("street", self.street), ("lead_department", self.department),
                              ("category", self.category), ("manual_item", self.manual_item),
                              ("source", self.source)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if self.state == "pending" or self.overdue:
            where.append("state NOT IN ('closed', 'withdrawn')")
        elif self.state:
            where.append("state = ?")
            params.append(self.state)
        if self.overdue:
            where.append("deadline IS NOT NULL AND deadline < ?")
            params.append((self.today or clock.today_local()).isoformat())
        if self.text.strip():
            # instr, not LIKE: what is typed is found as typed (% and _ are no wildcards).
            where.append("(instr(number, ?) OR instr(description, ?) OR"
                         " instr(responsible_party, ?) OR instr(compound, ?) OR"
                         " instr(source_ref, ?))")
            params += [self.text.strip()] * 5
        _between(where, params, "closed_on", self.closed_from, self.closed_to)
        _between(where, params, "raised_on", self.raised_from, self.raised_to)
        return where, params


def _between(where: list[str], params: list[Any], column: str, start: dt.date | None,
             end: dt.date | None) -> None:
    if start:
        where.append(f"{column} >= ?")
        params.append(start.isoformat())
    if end:
        where.append(f"{column} <= ?")
        params.append(end.isoformat())


def offset() -> str:
    """SQLite's modifier from UTC to local wall-clock time (Linyi: no summer time)."""
    delta = clock.now_local().utcoffset() or dt.timedelta()
    return f"{int(delta.total_seconds() // 60):+d} minutes"


def prepared(store: Store, flt: Filter) -> tuple[str, list[str], list[Any]]:
    """(source, where clauses, parameters) of the ledger with a filter, for any query.

    The parameters start with the time-zone modifier the source itself binds.
    """
    links.refresh(store)
    where, params = flt.where()
    source = SOURCE.replace(":offset", "?")
    return source, where, [*([offset()] * source.count("?")), *params]


@dataclass(frozen=True)
class Entry:
    """One line of the ledger."""

    kind: str  # finding | problem
    id: str
    number: str
    source: str
    source_ref: str
    compound_id: str
    compound: str
    district: str
    street: str
    description: str
    manual_item: str
    category: str
    lead_department: str
    supporting: str
    responsible_party: str
    raised_on: str
    deadline: str | None
    state: str
    closed_on: str | None
    verified_by: str
    severity: str

    def overdue(self, today: dt.date | None = None) -> bool:
        day = (today or clock.today_local()).isoformat()
        return self.state not in DONE and bool(self.deadline) and str(self.deadline) < day


ORDER = ("state IN ('closed', 'withdrawn'), deadline IS NULL, deadline, closed_on DESC,"
         " number")


def search(store: Store, flt: Filter | None = None, limit: int | None = None) -> list[Entry]:
    """The entries a filter selects: pending first, by deadline."""
    source, where, params = prepared(store, flt or Filter())
    sql = (f"SELECT {', '.join(COLUMNS)} FROM {source}"
           f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {ORDER}")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [Entry(*row) for row in store.db.execute(sql, params).fetchall()]


def find(store: Store, reference: str) -> Entry | None:
    """The entry with this number or id (a finding's or a problem's), or None."""
    source, _, params = prepared(store, Filter())
    row = store.db.execute(f"SELECT {', '.join(COLUMNS)} FROM {source}"
                           " WHERE number = ? OR id = ?",
                           [*params, reference.strip(), reference.strip()]).fetchone()
    return Entry(*row) if row else None


def photos_after(store: Store, entry: Entry) -> list[dict[str, str]]:
    """The photos proving a closed entry was rectified: a problem's ``after`` photos, a
    finding's photos taken at the re-inspection that closed it."""
    if entry.kind == "problem":
        rows = store.db.execute(
            "SELECT photo_sha256, caption FROM attachments WHERE owner_kind = 'problem'"
            " AND owner_id = ? AND item = 'after' ORDER BY position", [entry.id])
    else:
        rows = store.db.execute(
            "SELECT a.photo_sha256, a.caption FROM findings f JOIN attachments a"
            " ON a.owner_kind = 'reinspection' AND a.owner_id = f.closed_by_inspection_id"
            " AND a.item = f.id WHERE f.id = ? ORDER BY a.position", [entry.id])
    return [{"photo": sha, "caption": caption} for sha, caption in rows.fetchall()]


def count(store: Store, flt: Filter | None = None) -> int:
    source, where, params = prepared(store, flt or Filter())
    return int(store.db.execute(f"SELECT count(*) FROM {source}"
                                f"{' WHERE ' + ' AND '.join(where) if where else ''}",
                                params).fetchone()[0])


def pending_by_compound(store: Store, today: dt.date | None = None
                        ) -> dict[str, tuple[int, int]]:
    """Per compound: entries not closed, and of them overdue (for the campaign board)."""
    source, where, params = prepared(store, Filter(state="pending"))
    day = (today or clock.today_local()).isoformat()
    rows = store.db.execute(
        f"SELECT compound_id, count(*), sum(deadline IS NOT NULL AND deadline < ?)"
        f" FROM {source} WHERE {' AND '.join(where)} GROUP BY compound_id",
        [day, *params]).fetchall()  # the ? of the select list is bound first
    return {ident: (pending, int(overdue or 0)) for ident, pending, overdue in rows}


@dataclass
class Solved:
    """Problems closed (销号) in a period and area: the article's "1.6 万 problems solved"."""

    start: str | None
    end: str | None
    district: str
    street: str
    total: int = 0
    by_source: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_department: dict[str, int] = field(default_factory=dict)
    pending: int = 0  # still open at the time of asking, in the area
    overdue: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def solved(store: Store, *, start: dt.date | None = None, end: dt.date | None = None,
           district: str = "", street: str = "", today: dt.date | None = None) -> Solved:
    """How many problems were closed from ``start`` to ``end`` (any time when None)."""
    result = Solved(start.isoformat() if start else None, end.isoformat() if end else None,
                    district, street)
    closed = Filter(district=district, street=street, state="closed", closed_from=start,
                    closed_to=end)
    source, where, params = prepared(store, closed)
    groups = store.db.execute(
        f"SELECT source, category, lead_department, count(*) FROM {source}"
        f" WHERE {' AND '.join(where)} GROUP BY 1, 2, 3", params).fetchall()
    tallies: tuple[Counter[str], ...] = (Counter(), Counter(), Counter())
    for *keys, number in groups:
        for tally, key in zip(tallies, keys, strict=True):
            tally[key] += number
    result.total = sum(tallies[0].values())
    result.by_source, result.by_category, result.by_department = (
        dict(t.most_common()) for t in tallies)
    result.pending = count(store, Filter(district=district, street=street, state="pending"))
    result.overdue = count(store, Filter(district=district, street=street, overdue=True,
                                         today=today))
    return result
