"""Hotline complaints and campaign states for the printouts.

12345 work orders live in ``work_orders`` (``compound_id``, ``received_at``); the campaign
state comes from ``storage.campaign``. A store into which no hotline export was imported
has no hotline section, rather than zeros that look like results.
``received_at`` is compared by its date (its first ten characters), which holds for ISO
text in UTC or local time alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from exports.reports.pdf.text import QT_TRANSLATE_NOOP
from exports.reports.queries import Period
from storage import clock
from storage.campaign import cohort, rankings, states
from storage.store.db import Store

STATE_NAMES = {
    "enrolled": QT_TRANSLATE_NOOP("reports", "enrolled"),
    "rectifying": QT_TRANSLATE_NOOP("reports", "under rectification"),
    "accepted": QT_TRANSLATE_NOOP("reports", "mid-term accepted"),
    "observation": QT_TRANSLATE_NOOP("reports", "observation period"),
    "closed": QT_TRANSLATE_NOOP("reports", "closed"),
    "relapsed": QT_TRANSLATE_NOOP("reports", "relapsed"),
}


def available(store: Store) -> bool:
    """Whether the store holds hotline work orders matched to compounds.

    The table exists in every store since the campaign's migration; a store into which
    no export was imported has no rows, and so no hotline section.
    """
    return store.db.execute(
        "SELECT 1 FROM work_orders WHERE compound_id IS NOT NULL LIMIT 1").fetchone() is not None


_GROUPS = {
    "district": "c.district",
    "street": "c.district, c.street",
    "compound": "c.id, c.name, c.district, c.street",
}
_AREAS = {
    "all": "1",
    "district": "c.district = :value",
    "street": "c.street = :value",
    "compound": "c.id = :value",
}


def counts(store: Store, period: Period, where: str = "all", value: str = "") -> dict[str, int]:
    """Complaints in the period and in the same period a year before."""
    if not available(store):
        return {}
    if where in _COUNTED_BY_AREA:  # the one count of a street's or district's complaints
        found = {key: sum(r.complaints for r in rankings.span(store, span.start, span.end,
                                                               where) if _named(r, where) == value)
                 for key, span in (("now", period), ("before", period.year_before()))}
        return _without_partial_base(store, period, found)
    sql = (
        "SELECT count(*) FROM work_orders w JOIN compounds c ON c.id = w.compound_id"
        f" WHERE substr(w.received_at, 1, 10) BETWEEN :start AND :end AND {_AREAS[where]}"
    )
    result = {}
    for key, span in (("now", period), ("before", period.year_before())):
        result[key] = store.db.execute(
            sql, {"start": span.start.isoformat(), "end": span.end.isoformat(), "value": value}
        ).fetchone()[0]
    return _without_partial_base(store, period, result)


def base_lacking(store: Store, period: Period) -> list[str]:
    """The months of the year before the period that the store lacks work orders for."""
    before = period.year_before()
    return cohort.gaps(store, before.start, before.end)


def _without_partial_base(store: Store, period: Period, found: dict[str, int]) -> dict[str, int]:
    """No base where the year before lacks data: a change on a partial base misleads."""
    return {**found, "before": 0} if base_lacking(store, period) else found


def by_area(
    store: Store, period: Period, group: str, where: str = "all", value: str = ""
) -> list[dict[str, Any]]:
    """Complaints per district, street or compound, now and a year before, most first."""
    if not available(store):
        return []
    if group in _COUNTED_BY_AREA and where == "all":
        return _areas(store, period, group)
    before = period.year_before()
    sql = f"""SELECT {_GROUPS[group]},
        sum(substr(w.received_at, 1, 10) BETWEEN :start AND :end) AS now,
        sum(substr(w.received_at, 1, 10) BETWEEN :b_start AND :b_end) AS before
        FROM work_orders w JOIN compounds c ON c.id = w.compound_id
        WHERE c.deleted = 0 AND {_AREAS[where]} GROUP BY {_GROUPS[group]}"""
    cursor = store.db.execute(
        sql,
        {
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "b_start": before.start.isoformat(),
            "b_end": before.end.isoformat(),
            "value": value,
        },
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    rows = [r | {"now": r["now"] or 0, "before": r["before"] or 0} for r in rows]
    if base_lacking(store, period):
        rows = [r | {"before": 0} for r in rows]
    return sorted([r for r in rows if r["now"] or r["before"]], key=lambda r: -r["now"])


def monthly(store: Store, period: Period, where: str = "all", value: str = "") -> dict[str, int]:
    """Complaints per ``YYYY-MM`` of the period."""
    if not available(store):
        return {}
    if where in _COUNTED_BY_AREA:
        return rankings.area_months(store, period.start, period.end, where, value)
    rows = store.db.execute(
        "SELECT substr(w.received_at, 1, 7), count(*) FROM work_orders w"
        " JOIN compounds c ON c.id = w.compound_id"
        f" WHERE substr(w.received_at, 1, 10) BETWEEN :start AND :end AND {_AREAS[where]}"
        " GROUP BY 1",
        {"start": period.start.isoformat(), "end": period.end.isoformat(), "value": value},
    ).fetchall()
    return {month: count for month, count in rows}


def campaign_states(store: Store, day: dt.date | None = None) -> dict[str, str]:
    """Each compound's campaign state code on ``day`` (today by default); compounds not
    in the campaign by then are absent."""
    return states.as_of(store, day or clock.today_local())


# Streets and districts count the work orders naming them but no compound we know,
# as the monthly ranking does (storage.campaign.rankings): one total everywhere.
_COUNTED_BY_AREA = ("street", "district")


def _named(row: rankings.RankRow, level: str) -> str:
    return row.street if level == "street" else row.district


def _areas(store: Store, period: Period, level: str) -> list[dict[str, Any]]:
    """Complaints per street or district, now and a year before, most first."""
    found: dict[str, dict[str, Any]] = {}
    before = period.year_before()
    for key, span in (("now", period), ("before", before)):
        for row in rankings.span(store, span.start, span.end, level):
            entry = found.setdefault(row.key, {"district": row.district, "street": row.street,
                                               "now": 0, "before": 0})
            entry[key] = row.complaints
    lacking = base_lacking(store, period)
    for entry in found.values():
        if level == "district":
            del entry["street"]
        if lacking:
            entry["before"] = 0
    return sorted(found.values(), key=lambda r: -r["now"])
