"""Who helps which key compound, since when and until when; a change keeps both.

A compound has one leader and one secretary at a time: assigning a new one ends the
assignment of the one before on the same day, with the reason. Units may be several
(the article counts more units than compounds); a unit is replaced only when asked.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, fields
from typing import Any

from storage import clock
from storage.helpers import people
from storage.helpers.people import HelperError
from storage.store import edits, records, versioning
from storage.store.db import Store

SINGLE = ("leader", "secretary")  # one at a time per compound


@dataclass
class Assignment:
    compound_id: str
    helper_id: str
    role: str
    since: str  # ISO date, local
    until: str | None = None  # the last day, or None while it lasts
    reason: str = ""  # why it started, or why it ended
    deleted: bool = False
    id: str = ""

    def content(self) -> dict[str, Any]:
        return versioning.content_of(self)

    def active(self, on: dt.date) -> bool:
        day = on.isoformat()
        return not self.deleted and self.since <= day and (self.until is None
                                                            or day <= self.until)


KIND = versioning.Kind("helper_assignment", "helper_assignments",
                       tuple(f.name for f in fields(Assignment) if f.name != "id"),
                       references=(("compound_id", "compound"), ("helper_id", "helper")))


def check_date(field: str, value: str | None, *, optional: bool = False) -> str | None:
    """An ISO date as typed, or HelperError."""
    if not value:
        if optional:
            return None
        raise HelperError(field, "required")
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise HelperError(field, "bad_date", value) from None


def _get(store: Store, assignment_id: str) -> Assignment:
    data = records.content(store, KIND, assignment_id)
    if data is None:
        raise KeyError(assignment_id)
    return Assignment(**{**data, "deleted": bool(data["deleted"]), "id": assignment_id})


def check(assignment: Assignment) -> None:
    """Refuse an assignment typed input could not make (dates normalised in place)."""
    if assignment.role not in people.ROLES:
        raise HelperError("role", "bad_role", assignment.role)
    assignment.since = check_date("since", assignment.since) or ""
    assignment.until = check_date("until", assignment.until, optional=True)
    if assignment.until is not None and assignment.until < assignment.since:
        raise HelperError("until", "before_start", assignment.until)


def save(store: Store, assignment: Assignment,
         origin: versioning.Origin = versioning.TYPED) -> Assignment:
    check(assignment)
    assignment.id = assignment.id or str(uuid.uuid4())
    edits.write(store, KIND, assignment.id, assignment.content(), origin)
    return assignment


def assign(store: Store, compound_id: str, helper_id: str, *, since: str | None = None,
           reason: str = "", replace: bool = False,
           origin: versioning.Origin = versioning.TYPED, ident: str = "") -> Assignment:
    """Assign a helper to a compound from ``since`` (today by default).

    A leader or secretary ends the assignment of the one before (the day before
    ``since``); a unit does so only with ``replace``. Assigning the one already there
    changes nothing. ``ident`` gives the new assignment its id (the demo's are seeded).
    """
    helper = people.get(store, helper_id)
    day = check_date("since", since or clock.today_local().isoformat()) or ""
    with store.atomic():
        for old in current(store, compound_id, dt.date.fromisoformat(day)):
            if old.role != helper.role:
                continue
            if old.helper_id == helper_id:
                return old
            if helper.role in SINGLE or replace:
                _supersede(store, old, day, reason, origin)
        return save(store, Assignment(compound_id, helper_id, helper.role, day, reason=reason,
                                      id=ident), origin)


def _supersede(store: Store, old: Assignment, day: str, reason: str,
               origin: versioning.Origin) -> None:
    """End the assignment before ``day``; one that started that day (a correction made the
    same day) never was, and is deleted."""
    if old.since >= day:
        old.deleted = True
        old.reason = reason or old.reason
        save(store, old, origin)
        return
    end(store, old, (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat(), reason,
        origin)


def end(store: Store, assignment: Assignment, until: str, reason: str = "",
        origin: versioning.Origin = versioning.TYPED) -> Assignment:
    """End an assignment on ``until`` (its last day), saying why."""
    assignment.until = max(until, assignment.since)
    if reason:
        assignment.reason = reason
    return save(store, assignment, origin)


def for_compound(store: Store, compound_id: str) -> list[Assignment]:
    """Every assignment of a compound, past ones included, newest first per role."""
    rows = store.db.execute(
        "SELECT id FROM helper_assignments WHERE compound_id = ? AND deleted = 0"
        " ORDER BY CASE role WHEN 'leader' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END,"
        " since DESC", [compound_id]).fetchall()
    return [_get(store, row[0]) for row in rows]


def current(store: Store, compound_id: str, on: dt.date | None = None) -> list[Assignment]:
    """The assignments in force on a day (today by default)."""
    day = on or clock.today_local()
    return [a for a in for_compound(store, compound_id) if a.active(day)]
