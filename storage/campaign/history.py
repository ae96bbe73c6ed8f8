"""A compound's course through the campaign: every step, its months by complaints and
rank, the relapses found, and the years its nomination was dismissed."""

from __future__ import annotations

from dataclasses import dataclass

from storage.campaign import nominations, rankings, relapse, states
from storage.campaign.nominations import MonthPlace
from storage.store.db import Store


@dataclass
class History:
    compound_id: str
    steps: list[states.Event]
    months: list[MonthPlace]  # every month with complaints: count and monthly rank
    relapses: list[relapse.Relapse]
    dismissals: list[tuple[int, str, str]]  # year, who, why


def of_compound(store: Store, compound_id: str) -> History:
    """The compound's history (empty lists for a compound never in the campaign)."""
    span = rankings.month_range(store)
    placed = nominations.places(store, *span, top=1_000_000_000).get(compound_id, []) \
        if span else []
    return History(
        compound_id, states.events(store, compound_id), placed,
        [r for r in relapse.find(store) if r.compound_id == compound_id],
        store.db.execute("SELECT year, who, why FROM nomination_dismissals"
                         " WHERE compound_id = ? ORDER BY year", [compound_id]).fetchall())
