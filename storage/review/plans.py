"""A quarter's review as configured: departments, criteria (weight, maximum), reporting streets.

Each quarter has its own configuration, so changing next quarter's criteria never
changes a past ranking. A quarter, a department of a quarter (by name), a criterion (by
name) and a reporting street (by district and name) each have one id on every machine
(``Kind.id_for``): two supervisors who set up the same quarter make the same records.
A new quarter starts as a copy of the one before it, or from the defaults below.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from storage import quarters
from storage.store import typed, versioning
from storage.store.db import Store

# The ten city departments of the article (组织、政法、民政、住建、信访、12345热线中心 …).
DEFAULT_DEPARTMENTS = (
    "市委组织部", "市委政法委", "市民政局", "市住房城乡建设局", "市信访局",
    "市12345热线中心", "市城市管理局", "市公安局", "市市场监管局", "市财政局",
)
# (name, weight, maximum score): the report, the results, the hotline, the answers.
DEFAULT_CRITERIA = (
    ("述职报告", 20.0, 20.0),
    ("重点小区整治成效", 40.0, 40.0),
    ("12345热线诉求办理", 25.0, 25.0),
    ("现场答辩", 15.0, 15.0),
)
DEFAULT_LAGGING = 3  # the last three streets are named as lagging in the circular
MAX_NAME = 60


class PlanError(ValueError):
    """A configuration the review cannot use; ``reason`` names why, ``detail`` what."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}".strip())
        self.reason = reason  # no_quarter | bad_name | duplicate | bad_weight | bad_maximum …
        self.detail = detail


@dataclass
class ReviewQuarter:
    quarter: str
    meeting_date: str | None = None  # ISO date of the review meeting
    drop_extremes: bool = False  # drop each street's highest and lowest department score
    lagging: int = DEFAULT_LAGGING
    note: str = ""
    deleted: bool = False
    id: str = ""


@dataclass
class Department:
    quarter: str
    name: str
    position: int = 0
    deleted: bool = False
    id: str = ""


@dataclass
class Criterion:
    quarter: str
    name: str
    weight: float
    max_score: float
    position: int = 0
    deleted: bool = False
    id: str = ""


@dataclass
class Street:
    quarter: str
    street: str
    district: str = ""
    secretary: str = ""  # the street party working committee's secretary
    position: int = 0
    deleted: bool = False
    id: str = ""

    @property
    def label(self) -> str:
        return f"{self.district} {self.street}".strip()


_Part = TypeVar("_Part", Department, Criterion, Street)
QUARTER = typed.kind(ReviewQuarter, "review_quarter", "review_quarters")
DEPARTMENT = typed.kind(Department, "review_department", "review_departments")
CRITERION = typed.kind(Criterion, "review_criterion", "review_criteria")
STREET = typed.kind(Street, "review_street", "review_streets")


@dataclass
class Plan:
    """A quarter's review with its departments, criteria and streets in their order."""

    settings: ReviewQuarter
    departments: list[Department] = field(default_factory=list)
    criteria: list[Criterion] = field(default_factory=list)
    streets: list[Street] = field(default_factory=list)

    @property
    def quarter(self) -> str:
        return self.settings.quarter


def quarter_id(quarter: str) -> str:
    return QUARTER.id_for(quarters.normal(quarter))


def department_id(quarter: str, name: str) -> str:
    return DEPARTMENT.id_for(quarters.normal(quarter), name.strip())


def criterion_id(quarter: str, name: str) -> str:
    return CRITERION.id_for(quarters.normal(quarter), name.strip())


def street_id(quarter: str, district: str, street: str) -> str:
    return STREET.id_for(quarters.normal(quarter), district.strip(), street.strip())


def get(store: Store, quarter: str) -> Plan | None:
    """The quarter's review, or None if it was never set up (or was deleted)."""
    quarter = quarters.normal(quarter)
    settings = typed.get(store, QUARTER, ReviewQuarter, quarter_id(quarter))
    if settings is None or settings.deleted:
        return None
    where, order = "quarter = ? AND deleted = 0", "position, id"
    return Plan(settings,
                typed.select(store, DEPARTMENT, Department, where, [quarter], order),
                typed.select(store, CRITERION, Criterion, where, [quarter], order),
                typed.select(store, STREET, Street, where, [quarter], order))


def require(store: Store, quarter: str) -> Plan:
    """The quarter's review; PlanError ``no_quarter`` if it was never set up."""
    plan = get(store, quarter)
    if plan is None:
        raise PlanError("no_quarter", quarters.normal(quarter))
    return plan


def known_quarters(store: Store) -> list[str]:
    """Every quarter with a review, newest first."""
    return [r[0] for r in store.db.execute(
        "SELECT quarter FROM review_quarters WHERE deleted = 0 ORDER BY quarter DESC")]


def check_name(text: str, what: str = "name") -> str:
    """A name as stored: trimmed, one line, not empty, not too long; PlanError otherwise."""
    name = typed.one_line(text)
    if not name or len(name) > MAX_NAME:
        raise PlanError("bad_name", f"{what}: {text!r}")
    return name


def check_criterion(name: str, weight: float, max_score: float) -> tuple[str, float, float]:
    """A criterion's name, weight (> 0) and maximum score (> 0), or PlanError."""
    name = check_name(name, "criterion")
    if not weight > 0 or weight > 1000:
        raise PlanError("bad_weight", f"{name}: {weight}")
    if not max_score > 0 or max_score > 1000:
        raise PlanError("bad_maximum", f"{name}: {max_score}")
    return name, float(weight), float(max_score)


def parse_criterion(text: str) -> tuple[str, float, float]:
    """``名称:权重:满分`` (or with ``，`` ``,`` ``：`` or spaces between) as a criterion."""
    parts = re.split(r"\s*[:：,，\s]\s*", text.strip())
    try:
        weight, maximum = float(parts[-2]), float(parts[-1])
    except (IndexError, ValueError):
        raise PlanError("bad_criterion", text) from None
    return check_criterion(" ".join(parts[:-2]), weight, maximum)


def parse_street(text: str) -> tuple[str, str, str]:
    """``县区/街道[/书记]`` as a reporting street (``/街道/书记``: no district); without a
    slash, words apart (spaces or ``，``), and one word alone is a street."""
    if "/" in text or "／" in text:
        parts = [p.strip() for p in re.split(r"[/／]", text.strip())]
    else:
        parts = [p for p in re.split(r"\s*[,，\s]\s*", text.strip()) if p]
        parts = ["", *parts] if len(parts) == 1 else parts
    if len(parts) < 2 or len(parts) > 3 or not parts[1]:
        raise PlanError("bad_street", text)
    return parts[0], parts[1], parts[2] if len(parts) == 3 else ""


def setup(store: Store, quarter: str, *, departments: Sequence[str] | None = None,
          criteria: Sequence[tuple[str, float, float]] | None = None,
          streets: Sequence[tuple[str, str, str]] | None = None,
          drop_extremes: bool | None = None, lagging: int | None = None,
          meeting_date: dt.date | None = None) -> Plan:
    """Set up (or change) a quarter's review; what is not given is kept, or copied from
    the quarter before, or the defaults. ``streets`` are (district, street, secretary).

    Departments, criteria and streets left out of a new list are deleted (their
    scores stay in the history); those kept keep their ids.
    """
    quarter = quarters.normal(quarter)
    base = draft(store, quarter)
    settings = base.settings
    settings.drop_extremes = settings.drop_extremes if drop_extremes is None else drop_extremes
    settings.lagging = settings.lagging if lagging is None else lagging
    if meeting_date is not None:
        settings.meeting_date = meeting_date.isoformat()
    if settings.lagging < 0:
        raise PlanError("bad_lagging", str(settings.lagging))
    names = list(departments) if departments is not None else [d.name for d in base.departments]
    rows = list(criteria) if criteria is not None else [
        (c.name, c.weight, c.max_score) for c in base.criteria]
    places = list(streets) if streets is not None else [
        (s.district, s.street, s.secretary) for s in base.streets]
    wanted = Plan(settings, _departments(quarter, names), _criteria(quarter, rows),
                  _streets(quarter, places))
    with store.atomic():
        typed.save(store, QUARTER, settings)
        _replace(store, DEPARTMENT, Department, quarter, wanted.departments)
        _replace(store, CRITERION, Criterion, quarter, wanted.criteria)
        _replace(store, STREET, Street, quarter, wanted.streets)
    return require(store, quarter)


def draft(store: Store, quarter: str) -> Plan:
    """The quarter's review as set up, or what setting it up would start from."""
    return get(store, quarter) or _inherited(store, quarters.normal(quarter))


def _inherited(store: Store, quarter: str) -> Plan:
    """A new quarter's starting point: the latest earlier quarter's, else the defaults."""
    earlier = [q for q in known_quarters(store) if q < quarter]
    settings = ReviewQuarter(quarter, id=quarter_id(quarter))
    if earlier:
        before = require(store, earlier[0])
        settings.drop_extremes, settings.lagging = (before.settings.drop_extremes,
                                                    before.settings.lagging)
        return Plan(settings, before.departments, before.criteria, before.streets)
    criteria = [Criterion(quarter, n, w, m) for n, w, m in DEFAULT_CRITERIA]
    return Plan(settings, [Department(quarter, n) for n in DEFAULT_DEPARTMENTS], criteria, [])


def _departments(quarter: str, names: Sequence[str]) -> list[Department]:
    result = [Department(quarter, check_name(n, "department"), position)
              for position, n in enumerate(names)]
    _unique([d.name for d in result])
    for d in result:
        d.id = department_id(quarter, d.name)
    return result


def _criteria(quarter: str, rows: Sequence[tuple[str, float, float]]) -> list[Criterion]:
    result = [Criterion(quarter, *check_criterion(*row), position=position)
              for position, row in enumerate(rows)]
    _unique([c.name for c in result])
    for c in result:
        c.id = criterion_id(quarter, c.name)
    return result


def _streets(quarter: str, rows: Sequence[tuple[str, str, str]]) -> list[Street]:
    result = []
    for position, (district, street, secretary) in enumerate(rows):
        district = typed.one_line(district)
        result.append(Street(quarter, check_name(street, "street"), district,
                             typed.one_line(secretary), position,
                             id=street_id(quarter, district, street)))
    _unique([s.label for s in result])
    return result


def _unique(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise PlanError("duplicate", name)
        seen.add(name)


def _replace(store: Store, kind: versioning.Kind, cls: type[_Part], quarter: str,
             wanted: Sequence[_Part]) -> None:
    """Save the wanted records; delete the quarter's others (a tombstone each)."""
    keep = {r.id for r in wanted}
    for record in wanted:
        typed.save(store, kind, record)
    for old in typed.select(store, kind, cls, "quarter = ? AND deleted = 0", [quarter]):
        if old.id not in keep:
            old.deleted = True
            typed.save(store, kind, old)


def remove(store: Store, quarter: str) -> None:
    """Delete a quarter's review (a tombstone that travels; its scores stay in history)."""
    settings = require(store, quarter).settings
    settings.deleted = True
    with store.atomic():
        typed.save(store, QUARTER, settings)
