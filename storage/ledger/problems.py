"""The ledger's own problems: raised from a work order, at a review, by a helper or by hand.

States: open → in_progress → closed (销号, with the proof: who verified, when, photos
after rectification) or withdrawn; a closed or withdrawn problem can be reopened.
Overdue is not a state: it comes from the deadline.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from storage import clock
from storage.campaign import hotline
from storage.ledger import routing
from storage.manual.items import Item
from storage.manual.links import Router
from storage.store import edits, numbering, records, versioning
from storage.store.db import Store

SOURCES = ("work_order", "review", "helper", "other")
STATES = ("open", "in_progress", "closed", "withdrawn")
DONE = ("closed", "withdrawn")
DEFAULT_DAYS = 15  # when the manual gives no time limit
_NEXT = {"open": {"in_progress", "withdrawn"}, "in_progress": {"open", "withdrawn"},
         "closed": {"open"}, "withdrawn": {"open"}}
MAX_TEXT = 5000


@dataclass
class Problem:
    compound_id: str
    description: str
    source: str = "other"
    source_ref: str = ""  # the work order's number, the review, the visit's id
    manual_item: str = ""  # the manual item's code
    lead_department: str = ""
    supporting: str = ""
    responsible_party: str = ""
    raised_by: str = ""
    raised_on: str = ""  # ISO date, local
    deadline: str | None = None
    state: str = "open"
    verified_by: str = ""
    verified_at: str | None = None  # UTC text, set by closing
    closing_note: str = ""
    note: str = ""
    number: str = ""
    deleted: bool = False
    attachments: list[dict[str, str]] = field(default_factory=list)  # item before|after
    id: str = ""

    def content(self) -> dict[str, Any]:
        return versioning.content_of(self)

    def photos(self, when: str) -> list[dict[str, str]]:
        """The photos taken ``before`` or ``after`` rectification."""
        return [a for a in self.attachments if a.get("item") == when]


KIND = versioning.Kind("problem", "problems",
                       tuple(f.name for f in fields(Problem) if f.name not in ("id",
                                                                               "attachments")),
                       has_attachments=True, references=(("compound_id", "compound"),))


class LedgerError(ValueError):
    """A problem that cannot be saved or moved: the field or step, and why."""

    def __init__(self, field: str, reason: str, value: str = "") -> None:
        super().__init__(f"{field}: {reason} {value!r}")
        self.field = field
        self.reason = reason  # required | bad_source | bad_date | too_long | bad_step | …
        self.value = value


def route(problem: Problem, item: Item | None, today: dt.date | None = None) -> Problem:
    """Fill the manual item, lead and supporting departments and deadline from ``item``."""
    if item is None:
        return problem
    problem.manual_item = item.code
    problem.lead_department = item.lead
    problem.supporting = item.supporting
    days = item.time_limit_days or DEFAULT_DAYS
    start = dt.date.fromisoformat(problem.raised_on) if problem.raised_on else (
        today or clock.today_local())
    problem.deadline = problem.deadline or (start + dt.timedelta(days=days)).isoformat()
    return problem


def check(problem: Problem) -> None:
    """Refuse a problem typed input could not make (dates normalised in place)."""
    if problem.source not in SOURCES:
        raise LedgerError("source", "bad_source", problem.source)
    if problem.state not in STATES:
        raise LedgerError("state", "bad_state", problem.state)
    problem.description = problem.description.strip()
    if not problem.description:
        raise LedgerError("description", "required")
    for name in ("description", "responsible_party", "note", "closing_note"):
        if len(getattr(problem, name)) > MAX_TEXT:
            raise LedgerError(name, "too_long", getattr(problem, name)[:20])
    for name in ("raised_on", "deadline"):
        value = getattr(problem, name)
        if value:
            try:
                setattr(problem, name, dt.date.fromisoformat(value.strip()).isoformat())
            except ValueError:
                raise LedgerError(name, "bad_date", value) from None


def raise_problem(store: Store, problem: Problem,
                  origin: versioning.Origin = versioning.TYPED) -> Problem:
    """Save a new problem with its number (WT-2026-…)."""
    problem.raised_on = problem.raised_on or clock.today_local().isoformat()
    check(problem)
    with store.atomic():
        problem.id = problem.id or str(uuid.uuid4())
        problem.number = problem.number or numbering.next_number(
            store, "problem", int(problem.raised_on[:4]))
        edits.write(store, KIND, problem.id, problem.content(), origin)
    return problem


def update(store: Store, problem: Problem) -> Problem:
    check(problem)
    edits.write(store, KIND, problem.id, problem.content())
    return problem


def move(store: Store, problem: Problem, state: str, *, note: str = "") -> Problem:
    """Take a problem to another state; closing goes through :func:`close` (with proof)."""
    if state not in _NEXT.get(problem.state, set()):
        raise LedgerError("state", "bad_step", f"{problem.state} -> {state}")
    problem.state = state
    if note:
        problem.note = note
    if state == "open":
        problem.verified_by, problem.verified_at, problem.closing_note = "", None, ""
    return update(store, problem)


def close(store: Store, problem: Problem, *, verified_by: str, photos: Iterable[dict[str, str]],
          note: str = "", require_photo: bool = True) -> Problem:
    """销号: close a problem with the proof of its rectification.

    Who verified it is required, and (unless waived) at least one photo after
    rectification; the photos join the problem's own as ``after``.
    """
    if problem.state in DONE:
        raise LedgerError("state", "bad_step", f"{problem.state} -> closed")
    if not verified_by.strip():
        raise LedgerError("verified_by", "required")
    after = [{**p, "item": "after"} for p in photos]
    if require_photo and not after:
        raise LedgerError("photos", "no_proof")
    problem.attachments = [*problem.attachments, *after]
    problem.state = "closed"
    problem.verified_by = verified_by.strip()
    problem.verified_at = clock.now()
    problem.closing_note = note.strip()
    return update(store, problem)


def get(store: Store, problem_id: str) -> Problem:
    data = records.content(store, KIND, problem_id)
    if data is None:
        raise KeyError(problem_id)
    return Problem(**{**data, "deleted": bool(data["deleted"]), "id": problem_id})


def find(store: Store, reference: str) -> Problem:
    """A problem of the ledger's own by its number or id (a finding's number is refused:
    findings are closed by re-inspection)."""
    text = reference.strip()
    row = store.db.execute("SELECT id FROM problems WHERE number = ? OR id = ?",
                           [text, text]).fetchone()
    if row is not None:
        return get(store, row[0])
    if store.db.execute("SELECT 1 FROM findings WHERE number = ? OR id = ?",
                        [text, text]).fetchone():
        raise LedgerError("number", "is_finding", text)
    raise UnknownProblem(reference)


class UnknownProblem(LookupError):
    def __init__(self, reference: str) -> None:
        super().__init__(reference)
        self.reference = reference


class UnknownWorkOrder(LookupError):
    def __init__(self, number: str, reason: str = "unknown") -> None:
        super().__init__(f"{number}: {reason}")
        self.number = number
        self.reason = reason  # unknown | no_compound


def for_source(store: Store, source: str, ref: str) -> Problem | None:
    """The problem already raised from this work order (or review, visit)."""
    row = store.db.execute("SELECT id FROM problems WHERE source = ? AND source_ref = ?"
                           " AND deleted = 0", [source, ref]).fetchone()
    return get(store, row[0]) if row else None


def from_work_order(store: Store, number: str, *, raised_by: str = "",
                    router: Router | None = None, raised_on: str | None = None) -> Problem:
    """A problem for a work order, routed by the manual (not saved); raised today unless
    ``raised_on`` says otherwise (the deadline counts from that day)."""
    order = hotline.get(store, number.strip())
    if order is None:
        raise UnknownWorkOrder(number)
    if not order.compound_id:
        raise UnknownWorkOrder(number, "no_compound")
    problem = Problem(
        compound_id=order.compound_id, source="work_order", source_ref=order.number,
        description="：".join(p for p in (order.category, order.content) if p) or order.number,
        raised_by=raised_by, raised_on=raised_on or clock.today_local().isoformat())
    return route(problem, routing.work_order(order, router or Router(store)))


@dataclass
class Raised:
    """What turning work orders into problems did."""

    created: list[Problem] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # numbers already in the ledger
    unmatched: list[str] = field(default_factory=list)  # numbers without a compound
    unknown: list[str] = field(default_factory=list)


def raise_from_work_orders(store: Store, numbers: Iterable[str], *,
                           raised_by: str = "") -> Raised:
    """Turn work orders into problems, all in one transaction; known ones are skipped."""
    router, done = Router(store), Raised()
    with store.atomic():
        for number in dict.fromkeys(n.strip() for n in numbers if n.strip()):
            if for_source(store, "work_order", number) is not None:
                done.already.append(number)
                continue
            try:
                problem = from_work_order(store, number, raised_by=raised_by, router=router)
            except UnknownWorkOrder as missing:
                (done.unmatched if missing.reason == "no_compound" else done.unknown).append(
                    number)
                continue
            done.created.append(raise_problem(store, problem))
    return done
