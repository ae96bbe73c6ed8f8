"""Who the hotline proposes for the campaign: the monthly top N, by all complaints or one category.

The nomination rule of the article: a compound ranked in the top N by monthly
complaints (competition ranking, so every compound tied at rank N is in) in at least
K months of the year is proposed for enrolment; N = 50, K = 2 by default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storage import clock
from storage.campaign import rankings, states
from storage.store.db import Store

_TOP_SQL = """
WITH monthly AS (SELECT month, compound_id, count(*) AS n FROM work_orders
                 WHERE month BETWEEN ? AND ? AND compound_id IS NOT NULL {only}
                 GROUP BY month, compound_id),
ranked AS (SELECT month, compound_id, n,
                  rank() OVER (PARTITION BY month ORDER BY n DESC) AS place FROM monthly)
SELECT compound_id, month, place, n FROM ranked WHERE place <= ? ORDER BY compound_id, month
"""


@dataclass(frozen=True)
class MonthPlace:
    month: str
    rank: int
    complaints: int


@dataclass(frozen=True)
class Nomination:
    compound_id: str
    name: str
    district: str
    street: str
    months: tuple[MonthPlace, ...]
    state: str | None  # the compound's campaign state now, None if never enrolled
    dismissed: bool

    @property
    def pending(self) -> bool:
        """Still to decide: neither in the campaign now nor dismissed for the year."""
        return not self.dismissed and self.state in (None, "closed")


def places(store: Store, first: str, last: str, top: int,
           category: str | None = None) -> dict[str, list[MonthPlace]]:
    """Each compound's months from ``first`` to ``last`` (``YYYY-MM``) in which it ranked
    in the top ``top`` by complaints (of one category, or all), with rank and count."""
    if top < 1:
        raise ValueError(f"top {top}")
    rankings.check_category(category)
    only, extra = ("AND category_key = ?", [category]) if category else ("", [])
    found: dict[str, list[MonthPlace]] = {}
    for compound_id, month, place, count in store.db.execute(
            _TOP_SQL.format(only=only), [first, last, *extra, top]):
        found.setdefault(compound_id, []).append(MonthPlace(month, place, count))
    return found


def nominate(store: Store, year: int, top: int | None = None, months: int | None = None,
             category: str | None = None) -> list[Nomination]:
    """The compounds in the top ``top`` in at least ``months`` months of ``year``, by all
    complaints or one category's (the article ranks property complaints)."""
    top = states.setting(store, "campaign.top_n") if top is None else top
    months = states.setting(store, "campaign.min_months") if months is None else months
    if months < 1:
        raise ValueError(f"months {months}")
    found = places(store, f"{year:04d}-01", f"{year:04d}-12", top, category)
    chosen = {k: v for k, v in found.items() if len(v) >= months}
    result = [_nomination(store, year, k, v) for k, v in chosen.items()]
    result.sort(key=lambda n: (-len(n.months), -sum(m.complaints for m in n.months),
                               n.district, n.street, n.name))
    return result


def _nomination(store: Store, year: int, compound_id: str,
                months: list[MonthPlace]) -> Nomination:
    name, district, street = store.db.execute(
        "SELECT name, district, street FROM compounds WHERE id = ?", [compound_id]).fetchone()
    last = states.current(store, compound_id)
    dismissed = store.db.execute(
        "SELECT 1 FROM nomination_dismissals WHERE compound_id = ? AND year = ?",
        [compound_id, year]).fetchone() is not None
    return Nomination(compound_id, name, district, street, tuple(months),
                      last.state if last else None, dismissed)


def accept(store: Store, nomination: Nomination, year: int, *, who: str,
           on: dt.date | None = None) -> states.Event:
    """Enrol a nominated compound, saying which months put it in the top N."""
    # Kept language-neutral: the reason is data, shown in whatever language reads it.
    months = ", ".join(f"{m.month} #{m.rank} ({m.complaints})" for m in nomination.months)
    return states.move(store, nomination.compound_id, "enrolled", who=who, on=on,
                         by_rank=True, why=f"12345 top {year}: {months}")


def dismiss(store: Store, compound_id: str, year: int, *, who: str, why: str) -> None:
    """Do not propose the compound again for ``year``; the reason is required."""
    if not why.strip():
        raise states.CampaignError("reason_required", compound_id, wanted="dismissed")
    with store.atomic():
        store.db.execute(
            "INSERT OR REPLACE INTO nomination_dismissals (compound_id, year, who, why,"
            " dismissed_at) VALUES (?, ?, ?, ?, ?)",
            [compound_id, year, who, why, clock.now()])
