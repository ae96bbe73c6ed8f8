"""The rectification campaign: each key compound's state, with dates, who and why.

    enrolled → rectifying → accepted (mid-term) → observation → closed
                    ↑                                  │
                    └──────────── relapsed ←───────────┘

A relapsed compound is back under rectification (it is accepted again from there).
A closed compound can be enrolled again. Every step is a row of ``campaign_events``;
the latest row is the compound's state. The settings (top N, K months, observation
months) live in the ``settings`` table with the defaults below.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from storage import clock
from storage.store.db import Store

STATES = ("enrolled", "rectifying", "accepted", "observation", "closed", "relapsed")
ACTIVE = ("enrolled", "rectifying", "accepted", "observation", "relapsed")
NEXT: dict[str | None, tuple[str, ...]] = {
    None: ("enrolled",),
    "enrolled": ("rectifying", "closed"),
    "rectifying": ("accepted",),
    "relapsed": ("accepted",),
    "accepted": ("observation", "relapsed"),
    "observation": ("closed", "relapsed"),
    "closed": ("enrolled",),
}
DEFAULTS = {"campaign.top_n": 50, "campaign.min_months": 2,
            "campaign.observation_months": 3}


class CampaignError(Exception):
    """A step the campaign does not allow; ``reason`` says which, for the message."""

    def __init__(self, reason: str, compound_id: str, current: str | None = None,
                 wanted: str = "", detail: str = "") -> None:
        super().__init__(f"{reason}: {compound_id} {current} → {wanted} {detail}".strip())
        # bad_step | before_last_step | observation_running | unknown_compound | future
        # | reason_required
        self.reason = reason
        self.compound_id = compound_id
        self.current = current
        self.wanted = wanted
        self.detail = detail


@dataclass(frozen=True)
class Event:
    id: int
    compound_id: str
    state: str
    on_date: str
    until_date: str | None
    who: str
    why: str
    by_rank: bool
    recorded_at: str


_EVENT_COLUMNS = "id, compound_id, state, on_date, until_date, who, why, by_rank, recorded_at"


def setting(store: Store, key: str) -> int:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return int(row[0]) if row else int(DEFAULTS[key])


def set_setting(store: Store, key: str, value: int) -> None:
    if key not in DEFAULTS or value < 1:
        raise ValueError(f"{key} = {value}")
    with store.atomic():
        store.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         [key, str(int(value))])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def current(store: Store, compound_id: str) -> Event | None:
    """The compound's latest step, or None if it was never in the campaign."""
    row = store.db.execute(
        f"SELECT {_EVENT_COLUMNS} FROM campaign_events WHERE compound_id = ?"
        " ORDER BY id DESC LIMIT 1", [compound_id]).fetchone()
    return Event(*row) if row else None


def events(store: Store, compound_id: str) -> list[Event]:
    """Every step of the compound, oldest first."""
    rows = store.db.execute(
        f"SELECT {_EVENT_COLUMNS} FROM campaign_events WHERE compound_id = ? ORDER BY id",
        [compound_id]).fetchall()
    return [Event(*row) for row in rows]


def move(store: Store, compound_id: str, state: str, *, who: str, why: str = "",
         on: dt.date | None = None, by_rank: bool = False, force: bool = False) -> Event:
    """Take the compound to ``state``; refuses a step the campaign does not allow.

    Entering observation sets its end (``campaign.observation_months`` later);
    closing before that end needs ``force`` and a reason. A day in the future is refused.
    """
    on = on or clock.today_local()
    if on > clock.today_local():
        raise CampaignError("future", compound_id, wanted=state, detail=on.isoformat())
    if force and not why.strip():
        raise CampaignError("reason_required", compound_id, wanted=state)
    if store.db.execute("SELECT 1 FROM compounds WHERE id = ?", [compound_id]).fetchone() \
            is None:
        raise CampaignError("unknown_compound", compound_id, wanted=state)
    with store.atomic():
        last = current(store, compound_id)
        was = last.state if last else None
        if state not in NEXT[was]:
            raise CampaignError("bad_step", compound_id, was, state)
        if last is not None and on.isoformat() < last.on_date:
            raise CampaignError("before_last_step", compound_id, was, state, last.on_date)
        if state == "closed" and was == "observation" and last and last.until_date and \
                on.isoformat() < last.until_date and not force:
            raise CampaignError("observation_running", compound_id, was, state,
                                last.until_date)
        until = None
        if state == "observation":
            until = add_months(on, setting(store, "campaign.observation_months")).isoformat()
        cursor = store.db.execute(
            "INSERT INTO campaign_events (compound_id, state, on_date, until_date, who, why,"
            " by_rank, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [compound_id, state, on.isoformat(), until, who, why, int(by_rank), clock.now()])
    event = current(store, compound_id)
    assert event is not None and event.id == cursor.lastrowid
    return event


@dataclass(frozen=True)
class BoardEntry:
    compound_id: str
    name: str
    district: str
    street: str
    state: str
    since: str
    until: str | None
    who: str
    why: str


def board(store: Store, state: str | None = None) -> list[BoardEntry]:
    """Every compound that has been in the campaign, with its current state."""
    where = "WHERE e.state = ?" if state else ""
    rows = store.db.execute(
        "SELECT c.id, c.name, c.district, c.street, e.state, e.on_date, e.until_date, e.who,"
        " e.why FROM campaign_events AS e JOIN compounds AS c ON c.id = e.compound_id"
        " WHERE e.id IN (SELECT max(id) FROM campaign_events GROUP BY compound_id)"
        f" {where.replace('WHERE', 'AND')} ORDER BY c.district, c.street, c.name",
        [state] if state else []).fetchall()
    return [BoardEntry(*row) for row in rows]


def as_of(store: Store, day: dt.date) -> dict[str, str]:
    """Each compound's state on ``day``: its latest step on or before it (compounds not
    in the campaign by then are absent)."""
    return dict(store.db.execute(
        "SELECT compound_id, state FROM campaign_events WHERE id IN (SELECT max(id)"
        " FROM campaign_events WHERE on_date <= ? GROUP BY compound_id)",
        [day.isoformat()]).fetchall())


def counts(store: Store) -> dict[str, int]:
    """How many compounds are in each state now (every state present, zeros included)."""
    result = dict.fromkeys(STATES, 0)
    for state, number in store.db.execute(
            "SELECT state, count(*) FROM campaign_events WHERE id IN"
            " (SELECT max(id) FROM campaign_events GROUP BY compound_id) GROUP BY state"):
        result[state] = number
    return result
