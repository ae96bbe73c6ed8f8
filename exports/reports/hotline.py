"""Hotline complaints and campaign states for the printouts.

12345 work orders live in ``work_orders`` (``compound_id``, ``received_at``); the campaign
state comes from ``storage.campaign``. A store into which no hotline export was imported
has no hotline section, rather than zeros that look like results.
``received_at`` is compared by its date (its first ten characters), which holds for ISO
text in UTC or local time alike.
"""

from __future__ import annotations

from typing import Any

from exports.reports.pdf.text import QT_TRANSLATE_NOOP
from exports.reports.queries import Period
from storage.campaign import states
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
    sql = (
        "SELECT count(*) FROM work_orders w JOIN compounds c ON c.id = w.compound_id"
        f" WHERE substr(w.received_at, 1, 10) BETWEEN :start AND :end AND {_AREAS[where]}"
    )
    result = {}
    for key, span in (("now", period), ("before", period.year_before())):
        result[key] = store.db.execute(
            sql, {"start": span.start.isoformat(), "end": span.end.isoformat(), "value": value}
        ).fetchone()[0]
    return result


def by_area(
    store: Store, period: Period, group: str, where: str = "all", value: str = ""
) -> list[dict[str, Any]]:
    """Complaints per district, street or compound, now and a year before, most first."""
    if not available(store):
        return []
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
    return sorted([r for r in rows if r["now"] or r["before"]], key=lambda r: -r["now"])


def monthly(store: Store, period: Period, where: str = "all", value: str = "") -> dict[str, int]:
    """Complaints per ``YYYY-MM`` of the period."""
    if not available(store):
        return {}
    rows = store.db.execute(
        "SELECT substr(w.received_at, 1, 7), count(*) FROM work_orders w"
        " JOIN compounds c ON c.id = w.compound_id"
        f" WHERE substr(w.received_at, 1, 10) BETWEEN :start AND :end AND {_AREAS[where]}"
        " GROUP BY 1",
        {"start": period.start.isoformat(), "end": period.end.isoformat(), "value": value},
    ).fetchall()
    return {month: count for month, count in rows}


def campaign_states(store: Store) -> dict[str, str]:
    """Each compound's current campaign state code (compounds never enrolled are absent)."""
    return {entry.compound_id: entry.state for entry in states.board(store)}
