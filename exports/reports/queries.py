"""The figures the printouts show, as SQL over the store (no layout, no words).

Definitions used on paper:
- an inspection counts when it is final and started within the period;
- findings *raised* were created within the period; *closed* were closed within it;
- *overdue*: not closed or withdrawn and the deadline before the reference day (the end of
  the period, or today when the period reaches today);
- *closure rate*: of the findings raised in the period and not withdrawn, the share
  closed by now.

Hotline complaints and campaign states are read by ``exports.report_hotline``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from exports.reports.pdf.common import Footer
from storage import clock
from storage.store import numbering
from storage.store.db import Store

OPEN_STATES = ("open", "in_progress", "awaiting_reinspection")


@dataclass(frozen=True)
class Period:
    """Local calendar days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    def utc_bounds(self) -> tuple[str, str]:
        """The store's UTC text for local midnight at the start and after the end."""
        begin = clock.assume_local(dt.datetime.combine(self.start, dt.time()))
        after = clock.assume_local(dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()))
        return clock.format_utc(begin), clock.format_utc(after)

    def year_before(self) -> Period:
        return Period(_shift_year(self.start), _shift_year(self.end))

    def reference_day(self) -> dt.date:
        return min(self.end, clock.today_local())

    def months(self) -> list[str]:
        """Every ``YYYY-MM`` the period touches, in order."""
        result, day = [], self.start.replace(day=1)
        while day <= self.end:
            result.append(f"{day:%Y-%m}")
            day = (day + dt.timedelta(days=32)).replace(day=1)
        return result


def _shift_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def quarter(text: str) -> Period:
    """``2026-Q3`` as its three months; ValueError for anything else."""
    year, _, number = text.upper().partition("-Q")
    q = int(number)
    if not 1 <= q <= 4 or len(year) != 4:
        raise ValueError(text)
    start = dt.date(int(year), 3 * q - 2, 1)
    end = dt.date(int(year) + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
    return Period(start, end)


def footer(store: Store) -> Footer:
    """The newest change the data holds (local time) and the name of this device."""
    stamps = [
        store.db.execute(f"SELECT max(updated_at) FROM {t}").fetchone()[0]
        for t in ("compounds", "inspections", "findings")
    ]
    newest = max((s for s in stamps if s), default=None)
    row = store.db.execute("SELECT name, officer FROM devices WHERE is_self = 1").fetchone()
    device = (row and (row[0] or row[1])) or numbering.device_tag(store.device_id)
    as_of = clock.local_naive(newest) or clock.now_local().replace(tzinfo=None)
    return Footer(as_of=as_of, device=device)


def _rows(
    store: Store, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
) -> list[dict[str, Any]]:
    cursor = store.db.execute(sql, dict(params) if isinstance(params, Mapping) else list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


_AREA_FILTER = {
    "all": "1",
    "district": "c.district = ?",
    "street": "c.street = ?",
    "compound": "c.id = ?",
}


def figures(store: Store, period: Period, where: str = "all", value: str = "") -> dict[str, Any]:
    """Key figures for the period, over all compounds or one district, street or compound."""
    begin, after = period.utc_bounds()
    area = _AREA_FILTER[where]
    extra = [value] if where != "all" else []
    inspections = store.db.execute(
        f"SELECT count(*) FROM inspections i JOIN compounds c ON c.id = i.compound_id"
        f" WHERE i.deleted = 0 AND i.status = 'final' AND i.started_at >= ?"
        f" AND i.started_at < ? AND {area}",
        [begin, after, *extra],
    ).fetchone()[0]
    raised, closed_of_raised, withdrawn = store.db.execute(
        f"SELECT count(*), sum(f.state = 'closed'), sum(f.state = 'withdrawn')"
        f" FROM findings f JOIN compounds c ON c.id = f.compound_id WHERE f.deleted = 0"
        f" AND f.created_at >= ? AND f.created_at < ? AND {area}",
        [begin, after, *extra],
    ).fetchone()
    closed = store.db.execute(
        f"SELECT count(*) FROM findings f JOIN compounds c ON c.id = f.compound_id"
        f" WHERE f.deleted = 0 AND f.state = 'closed' AND f.closed_at >= ?"
        f" AND f.closed_at < ? AND {area}",
        [begin, after, *extra],
    ).fetchone()[0]
    counted = (raised or 0) - (withdrawn or 0)
    return {
        "inspections": inspections,
        "raised": raised or 0,
        "closed": closed,
        "overdue": overdue_count(store, period.reference_day(), where, value),
        "open": open_count(store, where, value),
        "closure_rate": 100.0 * (closed_of_raised or 0) / counted if counted else None,
    }


def overdue_count(store: Store, day: dt.date, where: str = "all", value: str = "") -> int:
    return store.db.execute(
        f"SELECT count(*) FROM findings f JOIN compounds c ON c.id = f.compound_id"
        f" WHERE f.deleted = 0 AND f.state IN {OPEN_STATES} AND f.deadline < ?"
        f" AND {_AREA_FILTER[where]}",
        [day.isoformat(), *([value] if where != "all" else [])],
    ).fetchone()[0]


def open_count(store: Store, where: str = "all", value: str = "") -> int:
    return store.db.execute(
        f"SELECT count(*) FROM findings f JOIN compounds c ON c.id = f.compound_id"
        f" WHERE f.deleted = 0 AND f.state IN {OPEN_STATES} AND {_AREA_FILTER[where]}",
        [value] if where != "all" else [],
    ).fetchone()[0]


def by_area(
    store: Store, period: Period, group: str, where: str = "all", value: str = ""
) -> list[dict[str, Any]]:
    """Figures per district, street or compound (``group``), busiest first."""
    keys = {
        "district": "c.district",
        "street": "c.district, c.street",
        "compound": "c.id, c.name, c.district, c.street",
    }[group]
    begin, after = period.utc_bounds()
    day = period.reference_day().isoformat()
    sql = f"""
        SELECT {keys}, count(DISTINCT c.id) AS compounds,
          (SELECT count(*) FROM inspections i JOIN compounds c2 ON c2.id = i.compound_id
            WHERE i.deleted = 0 AND i.status = 'final' AND i.started_at >= :begin
            AND i.started_at < :after AND {_same(group)}) AS inspections,
          sum(f.created_at >= :begin AND f.created_at < :after) AS raised,
          sum(f.state = 'closed' AND f.closed_at >= :begin AND f.closed_at < :after)
            AS closed,
          sum(f.created_at >= :begin AND f.created_at < :after AND f.state = 'closed')
            AS closed_of_raised,
          sum(f.created_at >= :begin AND f.created_at < :after AND f.state = 'withdrawn')
            AS withdrawn,
          sum(f.state IN {OPEN_STATES}) AS open,
          sum(f.state IN {OPEN_STATES} AND f.deadline < :day) AS overdue
        FROM compounds c LEFT JOIN findings f ON f.compound_id = c.id AND f.deleted = 0
        WHERE c.deleted = 0 AND {_AREA_FILTER[where].replace("?", ":value")}
        GROUP BY {keys}"""
    rows = _rows(store, sql, {"begin": begin, "after": after, "day": day, "value": value})
    for row in rows:
        counted = (row["raised"] or 0) - (row["withdrawn"] or 0)
        row["closure_rate"] = 100.0 * (row["closed_of_raised"] or 0) / counted if counted else None
        for key in ("raised", "closed", "open", "overdue"):
            row[key] = row[key] or 0
    return sorted(rows, key=lambda r: (-r["overdue"], -r["open"], -r["raised"]))


def _same(group: str) -> str:
    if group == "district":
        return "c2.district = c.district"
    if group == "street":
        return "c2.district = c.district AND c2.street = c.street"
    return "c2.id = c.id"


def by_checklist(
    store: Store, period: Period, where: str = "all", value: str = ""
) -> list[tuple[str, int]]:
    """Findings raised in the period per checklist title (those without one: "")."""
    begin, after = period.utc_bounds()
    return [
        tuple(r)
        for r in store.db.execute(  # type: ignore[misc]
            f"SELECT coalesce(v.title, ''), count(*) FROM findings f"
            f" JOIN compounds c ON c.id = f.compound_id"
            f" LEFT JOIN inspections i ON i.id = f.inspection_id"
            f" LEFT JOIN checklist_versions v ON v.id = i.checklist_version_id"
            f" WHERE f.deleted = 0 AND f.created_at >= ? AND f.created_at < ?"
            f" AND {_AREA_FILTER[where]} GROUP BY 1 ORDER BY 2 DESC",
            [begin, after, *([value] if where != "all" else [])],
        ).fetchall()
    ]


def monthly(
    store: Store, period: Period, where: str = "all", value: str = ""
) -> list[dict[str, Any]]:
    """Per month of the period: inspections, findings raised and findings closed."""
    begin, after = period.utc_bounds()
    params = [begin, after, *([value] if where != "all" else [])]
    area = _AREA_FILTER[where]
    series = {m: {"month": m, "inspections": 0, "raised": 0, "closed": 0} for m in period.months()}
    queries = {
        "inspections": "SELECT substr(i.started_at, 1, 7), count(*) FROM inspections i"
        " JOIN compounds c ON c.id = i.compound_id WHERE i.deleted = 0"
        " AND i.status = 'final' AND i.started_at >= ? AND i.started_at < ?",
        "raised": "SELECT substr(f.created_at, 1, 7), count(*) FROM findings f"
        " JOIN compounds c ON c.id = f.compound_id WHERE f.deleted = 0"
        " AND f.created_at >= ? AND f.created_at < ?",
        "closed": "SELECT substr(f.closed_at, 1, 7), count(*) FROM findings f"
        " JOIN compounds c ON c.id = f.compound_id WHERE f.deleted = 0"
        " AND f.state = 'closed' AND f.closed_at >= ? AND f.closed_at < ?",
    }
    for key, sql in queries.items():
        for month, count in store.db.execute(f"{sql} AND {area} GROUP BY 1", params):
            if month in series:
                series[month][key] = count
    return list(series.values())


def competition_ranks(rows: Sequence[Any], key: Callable[[Any], Any]) -> list[tuple[int, Any]]:
    """Rows in the order of ``key`` with competition ranks: ties share a rank, the next
    rank skips (1, 1, 3), so every row tied at rank N is in the top N."""
    result: list[tuple[int, Any]] = []
    previous: Any = object()
    rank = 0
    for n, row in enumerate(sorted(rows, key=key), start=1):
        if key(row) != previous:
            rank, previous = n, key(row)
        result.append((rank, row))
    return result


def overdue(
    store: Store, day: dt.date, where: str = "all", value: str = "", limit: int = 2000
) -> list[dict[str, Any]]:
    """Open findings past their deadline on ``day``, the longest overdue first."""
    rows = _rows(
        store,
        (
            f"SELECT f.number, f.description, f.responsible_party, f.department, f.deadline,"
            f" f.state, c.name AS compound, c.district, c.street FROM findings f"
            f" JOIN compounds c ON c.id = f.compound_id WHERE f.deleted = 0"
            f" AND f.state IN {OPEN_STATES} AND f.deadline < ? AND {_AREA_FILTER[where]}"
            f" ORDER BY f.deadline, f.number LIMIT ?"
        ),
        [day.isoformat(), *([value] if where != "all" else []), limit],
    )
    for row in rows:
        row["days"] = (day - dt.date.fromisoformat(row["deadline"])).days
    return rows
