"""Measures against property companies and their outcomes: supervision orders (督办),
interviews (约谈), manager replacements (更换项目经理) and expulsion (清退).

Every measure has a day (never in the future) and a reason. Replacing the manager
appoints the new one; expelling the company ends its project in that compound.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from storage.property import companies, projects
from storage.property.companies import PropertyError, clean
from storage.store import typed
from storage.store.db import Store

MEASURES = ("supervision", "interview", "manager_replacement", "expulsion")
_NEEDS_PROJECT = ("manager_replacement", "expulsion")


@dataclass
class Measure:
    company_id: str
    measure: str
    taken_on: str
    reason: str
    project_id: str | None = None
    issued_by: str = ""
    outcome: str = ""
    outcome_on: str | None = None
    deleted: bool = False
    id: str = ""


MEASURE = typed.kind(Measure, "property_measure", "property_measures",
                     (("company_id", "property_company"), ("project_id", "property_project")))


def take(store: Store, measure: str, company_id: str, *, on: dt.date, reason: str,
         project_id: str | None = None, issued_by: str = "", new_manager: str = "",
         phone: str = "") -> Measure:
    """Take a measure against a company (in one of its projects, for some measures)."""
    if measure not in MEASURES:
        raise PropertyError("bad_measure", measure)
    company = companies.get(store, company_id)
    project = projects.get(store, project_id) if project_id else None
    if project is not None and project.company_id != company.id:
        raise PropertyError("not_its_project", company.name)
    if measure in _NEEDS_PROJECT and project is None:
        raise PropertyError("needs_project", measure)
    record = Measure(company.id, measure, projects.check_day(on),
                     clean(reason, "reason", required=True, long=True),
                     project.id if project else None, clean(issued_by, "issued_by"))
    with store.atomic():
        if measure == "manager_replacement":
            projects.appoint(store, record.project_id or "", new_manager, on, phone=phone)
        elif measure == "expulsion":
            projects.end(store, record.project_id or "", on, record.reason)
        return typed.save(store, MEASURE, record)


def record_outcome(store: Store, measure_id: str, outcome: str, on: dt.date) -> Measure:
    """What came of a measure (rectified, the company left …), and when."""
    record = get(store, measure_id)
    record.outcome = clean(outcome, "outcome", required=True, long=True)
    record.outcome_on = projects.check_day(on, record.taken_on)
    with store.atomic():
        return typed.save(store, MEASURE, record)


def get(store: Store, measure_id: str) -> Measure:
    found = typed.get(store, MEASURE, Measure, measure_id)
    if found is None or found.deleted:
        raise PropertyError("no_measure", measure_id)
    return found


def of_company(store: Store, company_id: str) -> list[Measure]:
    """The company's measures, newest first."""
    return typed.select(store, MEASURE, Measure, "company_id = ? AND deleted = 0",
                        [company_id], "taken_on DESC, id")


def between(store: Store, first: dt.date, last: dt.date) -> list[Measure]:
    """Every measure taken from ``first`` to ``last``, oldest first."""
    return typed.select(store, MEASURE, Measure, "deleted = 0 AND taken_on BETWEEN ? AND ?",
                        [first.isoformat(), last.isoformat()], "taken_on, id")


def tally(found: list[Measure]) -> dict[str, int]:
    """The article's figures: managers replaced, and companies interviewed or expelled
    (a company interviewed twice counts once)."""
    counts = Counter(m.measure for m in found if m.measure in ("supervision",
                                                                "manager_replacement"))
    for kind in ("interview", "expulsion"):
        counts[kind] = len({m.company_id for m in found if m.measure == kind})
    return {kind: counts.get(kind, 0) for kind in MEASURES}
