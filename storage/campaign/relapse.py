"""Relapse (反弹), found by rank: a compound in its observation period, or after it left the
campaign, that re-enters the monthly top N of complaints.

Watched months are whole months that begin within the watch: during observation, from
the observation step to the day before its end (``until_date``, three months later);
after exit, from that end or the closing step on, for as long as the compound stays out.
Each flag names the month, the rank and whether it came during observation or after
exit. N is the campaign's ``top_n`` (50 by default), the rank the competition rank of
the month (so every compound tied at rank N is in), by all complaints or one category.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storage import clock
from storage.campaign import nominations, rankings, states
from storage.store.db import Store

PHASES = ("observation", "after_exit")


@dataclass(frozen=True)
class Relapse:
    compound_id: str
    name: str
    month: str
    rank: int
    complaints: int
    phase: str  # observation | after_exit
    since: str  # the day the watch began (observation step, or its end, or closing)
    state: str  # the compound's state now


@dataclass(frozen=True)
class Watch:
    """A span of days in which a compound is watched for relapse."""

    phase: str
    first: dt.date
    last: dt.date


def watches(events: list[states.Event], today: dt.date) -> list[Watch]:
    """The spans of a compound's course in which re-entering the top N is a relapse."""
    found = []
    for n, event in enumerate(events):
        following = events[n + 1] if n + 1 < len(events) else None
        stop = dt.date.fromisoformat(following.on_date) if following else today
        start = dt.date.fromisoformat(event.on_date)
        if event.state == "observation":  # until_date is the first day after it
            until = dt.date.fromisoformat(event.until_date or event.on_date)
            found.append(Watch("observation", start, min(stop, until - dt.timedelta(days=1))))
            if following is None and until <= today:  # observation over, not closed yet
                found.append(Watch("after_exit", until, today))
        elif event.state == "closed":
            found.append(Watch("after_exit", start, stop))
    return [w for w in found if w.first <= w.last]


def _months(watch: Watch) -> list[str]:
    """The whole months beginning within the watch."""
    first = watch.first if watch.first.day == 1 else \
        (watch.first.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    if first > watch.last:
        return []
    return rankings.months_between(f"{first:%Y-%m}", f"{watch.last:%Y-%m}")


def find(store: Store, top: int | None = None, category: str | None = None,
         today: dt.date | None = None) -> list[Relapse]:
    """Every relapse of every compound that has been in observation, oldest first."""
    top = states.setting(store, "campaign.top_n") if top is None else top
    today = today or clock.today_local()
    span = rankings.month_range(store)
    if span is None:
        return []
    placed = nominations.places(store, span[0], span[1], top, category)
    found = []
    for entry in states.board(store):
        months = {m.month: m for m in placed.get(entry.compound_id, [])}
        if not months:
            continue
        for watch in watches(states.events(store, entry.compound_id), today):
            found += [Relapse(entry.compound_id, entry.name, month, months[month].rank,
                              months[month].complaints, watch.phase, watch.first.isoformat(),
                              entry.state)
                      for month in _months(watch) if month in months]
    return sorted(found, key=lambda r: (r.month, r.rank, r.name))


def pending(store: Store, top: int | None = None, category: str | None = None) -> list[Relapse]:
    """The relapses not yet answered: the compound is still in observation or out of the
    campaign (a later step back into rectification answers them)."""
    return [r for r in find(store, top, category) if r.state in ("observation", "closed")]


def apply(store: Store, found: list[Relapse], *, who: str,
          on: dt.date | None = None) -> list[states.Event]:
    """Take each compound with a pending relapse back in: from observation to relapsed,
    from closed to enrolled again, saying which month and rank (by rank)."""
    steps = []
    by_compound: dict[str, list[Relapse]] = {}
    for item in found:
        by_compound.setdefault(item.compound_id, []).append(item)
    with store.atomic():
        for compound_id, items in by_compound.items():
            now = states.current(store, compound_id)
            if now is None or now.state not in ("observation", "closed"):
                continue
            why = "12345 relapse: " + ", ".join(f"{r.month} #{r.rank} ({r.complaints})"
                                                for r in items)
            target = "relapsed" if now.state == "observation" else "enrolled"
            steps.append(states.move(store, compound_id, target, who=who, why=why, on=on,
                                     by_rank=True))
    return steps
