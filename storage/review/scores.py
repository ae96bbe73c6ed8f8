"""Departments' scores of the streets, one record per department, street and criterion.

A department hands in its whole sheet at once: :func:`record_sheet` makes the store
hold exactly that sheet for the department and quarter (a second sheet replaces the
first; scores it no longer gives are deleted). Each score has one id on every machine
(quarter, department, street, criterion), so sheets imported on two laptops merge.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from storage.review import plans
from storage.review.plans import Criterion, Plan
from storage.store import typed, versioning
from storage.store.db import Store

DECIMALS = 2  # scores are kept to two decimals (18.25); more is rounded
Cell = tuple[str, str]  # (street id, criterion id)


@dataclass
class Score:
    quarter: str
    department_id: str
    street_id: str
    criterion_id: str
    score: float | None
    deleted: bool = False
    id: str = ""


SCORE = typed.kind(Score, "review_score", "review_scores", (
    ("department_id", "review_department"), ("street_id", "review_street"),
    ("criterion_id", "review_criterion")))


class ScoreProblem(ValueError):
    """A value that is no score of its criterion; ``reason``: type | range | required."""

    def __init__(self, reason: str, value: object, maximum: float) -> None:
        super().__init__(f"{reason}: {value!r} (0 … {maximum:g})")
        self.reason = reason
        self.value = value
        self.maximum = maximum


def score_id(quarter: str, department_id: str, street_id: str, criterion_id: str) -> str:
    return SCORE.id_for(quarter, department_id, street_id, criterion_id)


def check(value: object, criterion: Criterion) -> float:
    """A score of the criterion: a number from 0 to its maximum, kept to two decimals.

    Text such as ``18.5`` or ``１８`` (full-width) is read as its number; ``18分`` and an
    empty value are refused (ScoreProblem), as are NaN and infinities.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ScoreProblem("required", value, criterion.max_score)
    if isinstance(value, str):
        text = value.strip().translate(_FULL_WIDTH)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        text = str(value)
    else:
        raise ScoreProblem("type", value, criterion.max_score)
    try:
        number = float(text) if "_" not in text else math.nan
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise ScoreProblem("type", value, criterion.max_score)
    if number < 0:
        raise ScoreProblem("range", value, criterion.max_score)
    number = round(number, DECIMALS) + 0.0  # -0.0 becomes 0.0
    if number > criterion.max_score:
        raise ScoreProblem("range", value, criterion.max_score)
    return number


_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


@dataclass
class SheetChange:
    """What recording a department's sheet does: scores new, changed, unchanged, removed."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    replaces: bool = False  # the department had scores of the quarter before
    records: list[Score] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "changed": self.changed, "unchanged": self.unchanged,
                "removed": self.removed}


def department_scores(store: Store, quarter: str, department_id: str) -> dict[Cell, Score]:
    """The department's scores of the quarter now (deleted ones left out)."""
    found = typed.select(store, SCORE, Score, "quarter = ? AND department_id = ? AND deleted = 0",
                         [quarter, department_id])
    return {(s.street_id, s.criterion_id): s for s in found}


def plan_sheet(store: Store, plan: Plan, department_id: str,
               sheet: Mapping[Cell, float]) -> SheetChange:
    """What :func:`record_sheet` would do, written nowhere."""
    now = department_scores(store, plan.quarter, department_id)
    change = SheetChange(replaces=bool(now))
    for (street, criterion), value in sheet.items():
        old = now.pop((street, criterion), None)
        if old is not None and old.score == value:
            change.unchanged += 1
            continue
        if old is None:
            change.new += 1
        else:
            change.changed += 1
        change.records.append(Score(plan.quarter, department_id, street, criterion, value,
                                    id=score_id(plan.quarter, department_id, street, criterion)))
    for old in now.values():
        old.deleted = True
        change.records.append(old)
        change.removed += 1
    return change


def record_sheet(store: Store, plan: Plan, department_id: str, sheet: Mapping[Cell, float],
                 origin: versioning.Origin = versioning.TYPED) -> SheetChange:
    """Make the store hold exactly ``sheet`` as the department's scores of the quarter."""
    change = plan_sheet(store, plan, department_id, sheet)
    with store.atomic():
        for record in change.records:
            typed.save(store, SCORE, record, origin)
    return change


def set_score(store: Store, plan: Plan, department_id: str, street_id: str,
              criterion: Criterion, value: object) -> Score:
    """One score typed by hand (checked like a cell); None or "" deletes it."""
    ident = score_id(plan.quarter, department_id, street_id, criterion.id)
    if value is None or (isinstance(value, str) and not value.strip()):
        old = typed.get(store, SCORE, Score, ident)
        if old is not None and not old.deleted:
            old.deleted = True
            typed.save(store, SCORE, old)
        return old or Score(plan.quarter, department_id, street_id, criterion.id, None,
                            True, ident)
    record = Score(plan.quarter, department_id, street_id, criterion.id,
                   check(value, criterion), id=ident)
    with store.atomic():
        return typed.save(store, SCORE, record)


def matrix(store: Store, quarter: str) -> dict[str, dict[Cell, float]]:
    """Every score of the quarter: department id → (street id, criterion id) → score."""
    result: dict[str, dict[Cell, float]] = {}
    for department, street, criterion, value in store.db.execute(
            "SELECT department_id, street_id, criterion_id, score FROM review_scores"
            " WHERE quarter = ? AND deleted = 0 AND score IS NOT NULL", [quarter]):
        result.setdefault(department, {})[(street, criterion)] = value
    return result


@dataclass(frozen=True)
class Coverage:
    """How much of its sheet a department has handed in for the quarter."""

    department: plans.Department
    given: int
    expected: int

    @property
    def complete(self) -> bool:
        return self.given >= self.expected > 0

    @property
    def missing(self) -> bool:
        return self.given == 0


def coverage(store: Store, plan: Plan) -> list[Coverage]:
    """Each department's scores given of those expected (every street × criterion)."""
    cells = {(s.id, c.id) for s in plan.streets for c in plan.criteria}
    given = matrix(store, plan.quarter)
    return [Coverage(d, len(cells & set(given.get(d.id, {}))), len(cells))
            for d in plan.departments]
