"""The quarterly evaluation of each property project, and its ranking.

Five parts, each scored out of 100, weighed by the quarter's scheme (per cent, summing
to 100; the compound party branch's part never below 30, as the article requires):

- ``party_branch``: the compound party branch's assessment (typed, or by workbook);
- ``satisfaction``: the residents' satisfaction survey (per cent, typed), else the
  share of the compound's rated 12345 work orders that were satisfied;
- ``complaints``: 100 − 20 × property-category complaints per 100 households a month;
- ``findings``: 100 − 2 per finding the property company was made responsible for in
  the quarter (critical 5), − 5 more for each closed late or overdue at the end;
- ``covert``: the mean score of the quarter's covert checks (暗访).

A part without data is left out and the others share its weight; without the party
branch's score there is no total. Only the days the company managed the compound count.
Totals are rounded to two decimals and ranked with competition ranks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from storage import clock, quarters
from storage.inspection import compounds
from storage.property import checks, companies, projects
from storage.property.companies import PropertyError
from storage.property.projects import Project
from storage.store import typed
from storage.store.db import Store

PARTS = ("party_branch", "satisfaction", "complaints", "findings", "covert")
MIN_PARTY_BRANCH = 30.0
DEFAULT_WEIGHTS = {"party_branch": 30.0, "satisfaction": 25.0, "complaints": 20.0,
                   "findings": 15.0, "covert": 10.0}
COMPLAINT_POINTS = 20.0  # per property complaint per 100 households a month
FINDING_POINTS = {"critical": 5.0, "major": 2.0, "minor": 2.0}
LATE_POINTS = 5.0
GRADES = ((90.0, "excellent"), (80.0, "good"), (60.0, "pass"), (0.0, "fail"))
_DAYS_PER_MONTH = 365.25 / 12


@dataclass
class Scheme:
    quarter: str
    party_branch: float = DEFAULT_WEIGHTS["party_branch"]
    satisfaction: float = DEFAULT_WEIGHTS["satisfaction"]
    complaints: float = DEFAULT_WEIGHTS["complaints"]
    findings: float = DEFAULT_WEIGHTS["findings"]
    covert: float = DEFAULT_WEIGHTS["covert"]
    deleted: bool = False
    id: str = ""

    def weights(self) -> dict[str, float]:
        return {part: float(getattr(self, part)) for part in PARTS}


@dataclass
class Evaluation:
    quarter: str
    project_id: str
    party_branch_score: float | None = None
    satisfaction: float | None = None  # the survey, per cent
    assessor: str = ""
    note: str = ""
    deleted: bool = False
    id: str = ""


SCHEME = typed.kind(Scheme, "property_scheme", "property_schemes")
EVALUATION = typed.kind(Evaluation, "property_evaluation", "property_evaluations",
                        (("project_id", "property_project"),))


def check_weights(weights: dict[str, float]) -> dict[str, float]:
    """Weights of every part, none negative, summing to 100, the party branch's >= 30."""
    if set(weights) != set(PARTS) or any(not 0 <= w <= 100 for w in weights.values()):
        raise PropertyError("bad_weight", str(weights))
    if weights["party_branch"] < MIN_PARTY_BRANCH:
        raise PropertyError("party_branch_below_minimum", f"{weights['party_branch']:g}")
    if abs(sum(weights.values()) - 100) > 0.01:
        raise PropertyError("weights_not_100", f"{sum(weights.values()):g}")
    return {part: round(float(w), 2) for part, w in weights.items()}


def scheme(store: Store, quarter: str) -> Scheme:
    """The quarter's weights: its own, else the latest earlier quarter's, else defaults."""
    quarter = quarters.normal(quarter)
    found = typed.select(store, SCHEME, Scheme, "quarter <= ? AND deleted = 0", [quarter],
                         "quarter DESC LIMIT 1")
    base = found[0] if found else Scheme(quarter)
    return _scheme(quarter, base.weights())


def set_scheme(store: Store, quarter: str, **weights: float) -> Scheme:
    """Change the quarter's weights (those not given are kept); checked as a whole."""
    current = scheme(store, quarter)
    record = _scheme(current.quarter, check_weights({**current.weights(), **weights}))
    with store.atomic():
        return typed.save(store, SCHEME, record)


def _scheme(quarter: str, weights: dict[str, float]) -> Scheme:
    return Scheme(quarter, weights["party_branch"], weights["satisfaction"],
                  weights["complaints"], weights["findings"], weights["covert"],
                  id=SCHEME.id_for(quarter))


def evaluation_id(quarter: str, project_id: str) -> str:
    return EVALUATION.id_for(quarters.normal(quarter), project_id)


def give(store: Store, quarter: str, project_id: str, *, party_branch_score: object = None,
         satisfaction: object = None, assessor: str = "", note: str = "") -> Evaluation:
    """Record what the party branch and the survey gave a project for the quarter."""
    project = projects.get(store, project_id)
    period = quarters.parse(quarter)
    if not project.overlaps(period.first_day, period.last_day):
        raise PropertyError("not_in_quarter", str(period))
    record = Evaluation(str(period), project.id, _percent(party_branch_score, "party_branch"),
                        _percent(satisfaction, "satisfaction"),
                        companies.clean(assessor, "assessor"),
                        companies.clean(note, "note", long=True),
                        id=evaluation_id(str(period), project.id))
    with store.atomic():
        return typed.save(store, EVALUATION, record)


def _percent(value: object, what: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return checks.check_percent(value, what)


def given(store: Store, quarter: str) -> dict[str, Evaluation]:
    """The quarter's evaluations as typed, by project id."""
    found = typed.select(store, EVALUATION, Evaluation, "quarter = ? AND deleted = 0",
                         [quarters.normal(quarter)])
    return {e.project_id: e for e in found}


@dataclass
class Result:
    """A project's evaluation for the quarter: each part, the total, the rank."""

    project: Project
    company: str
    compound: str
    district: str
    street: str
    parts: dict[str, float | None] = field(default_factory=dict)
    figures: dict[str, Any] = field(default_factory=dict)
    total: float | None = None
    rank: int | None = None
    quarter: str = ""

    @property
    def grade(self) -> str | None:
        if self.total is None:
            return None
        return next(name for floor, name in GRADES if self.total >= floor)


def total(parts: dict[str, float | None], weights: dict[str, float]) -> float | None:
    """The weighted mean of the parts present; None without the party branch's score."""
    if parts.get("party_branch") is None:
        return None
    present = {p: v for p, v in parts.items() if v is not None and weights[p] > 0}
    share = sum(weights[p] for p in present)
    return round(sum(weights[p] * v for p, v in present.items()) / share, 2)


def evaluate(store: Store, quarter: str) -> list[Result]:
    """Every project that ran in the quarter, evaluated and ranked (best first)."""
    period = quarters.parse(quarter)
    weights = scheme(store, str(period)).weights()
    typed_in = given(store, str(period))
    results = [_result(store, period, project, typed_in.get(project.id))
               for project in projects.during(store, period.first_day, period.last_day)]
    for result in results:
        result.total = total(result.parts, weights)
    totals = [r.total for r in results if r.total is not None]
    for result in results:
        if result.total is not None:
            result.rank = 1 + sum(1 for t in totals if t > result.total)
    results.sort(key=lambda r: (r.rank is None, r.rank or 0, r.district, r.street, r.compound))
    return results


def _result(store: Store, period: quarters.Quarter, project: Project,
            typed_in: Evaluation | None) -> Result:
    compound = compounds.get(store, project.compound_id)
    company = companies.get(store, project.company_id)
    first = max(period.first_day, dt.date.fromisoformat(project.started_on))
    last = min(period.last_day, dt.date.fromisoformat(project.ended_on)
               if project.ended_on else period.last_day)
    result = Result(project, company.name, compound.name, compound.district, compound.street,
                    quarter=str(period))
    complaints = _complaints(store, project, compound.households, first, last)
    findings = _findings(store, project, company.name, first, last)
    surveyed = typed_in.satisfaction if typed_in else None
    hotline_rate = _hotline_satisfaction(store, project, first, last)
    covert = [c.score for c in checks.of_project(store, project.id, first, last)
              if c.score is not None]
    result.parts = {
        "party_branch": typed_in.party_branch_score if typed_in else None,
        "satisfaction": surveyed if surveyed is not None else hotline_rate,
        "complaints": complaints[1], "findings": findings[2],
        "covert": round(sum(covert) / len(covert), 2) if covert else None}
    result.figures = {"property_complaints": complaints[0], "findings": findings[0],
                      "late": findings[1], "covert_checks": len(covert),
                      "satisfaction_source": "survey" if surveyed is not None
                      else "hotline" if hotline_rate is not None else None}
    return result


def _window(first: dt.date, last: dt.date) -> tuple[str, str]:
    return first.isoformat(), (last + dt.timedelta(days=1)).isoformat()


def _complaints(store: Store, project: Project, households: int | None, first: dt.date,
                last: dt.date) -> tuple[int, float | None]:
    start, after = _window(first, last)
    count = store.db.execute(
        "SELECT count(*) FROM work_orders WHERE compound_id = ? AND category_key = 'property'"
        " AND received_at >= ? AND received_at < ?", [project.compound_id, start, after]
    ).fetchone()[0]
    if not households:
        return count, None
    months = ((last - first).days + 1) / _DAYS_PER_MONTH
    rate = count / (households / 100) / months
    return count, round(max(0.0, 100 - COMPLAINT_POINTS * rate), 2)


def _hotline_satisfaction(store: Store, project: Project, first: dt.date,
                          last: dt.date) -> float | None:
    start, after = _window(first, last)
    rated, satisfied = store.db.execute(
        "SELECT count(satisfied), coalesce(sum(satisfied), 0) FROM work_orders"
        " WHERE compound_id = ? AND received_at >= ? AND received_at < ?",
        [project.compound_id, start, after]).fetchone()
    return round(100 * satisfied / rated, 2) if rated else None


def _findings(store: Store, project: Project, company: str, first: dt.date,
              last: dt.date) -> tuple[int, int, float]:
    """Findings the company answers for (its name, or a property company, as the
    responsible party) raised in the window, those late or overdue, and the score."""
    begin, after = clock.local_midnight(first), clock.local_midnight(last + dt.timedelta(1))
    rows = store.db.execute(
        "SELECT severity, deadline, state, closed_at, created_at FROM findings"
        " WHERE compound_id = ? AND deleted = 0 AND state <> 'withdrawn'"
        " AND (responsible_party = ? OR responsible_party LIKE '%物业%')"
        " AND ((created_at >= ? AND created_at < ?) OR (deadline BETWEEN ? AND ?))",
        [project.compound_id, company, begin, after, first.isoformat(), last.isoformat()]
    ).fetchall()
    raised = [r for r in rows if begin <= r[4] < after]
    late = [r for r in rows if r[1] and first.isoformat() <= r[1] <= last.isoformat()
            and _late(r[1], r[2], r[3])]
    points = sum(FINDING_POINTS.get(r[0], 2.0) for r in raised) + LATE_POINTS * len(late)
    return len(raised), len(late), round(max(0.0, 100 - points), 2)


def _late(deadline: str, state: str, closed_at: str | None) -> bool:
    """Closed after its deadline, or still open with the deadline passed."""
    closed = clock.local_naive(closed_at)
    if state != "closed" or closed is None:
        return deadline < clock.today_local().isoformat()
    return closed.date().isoformat() > deadline


@dataclass(frozen=True)
class CompanyResult:
    """A company's standing in the quarter: the mean of its projects' totals."""

    company_id: str
    name: str
    projects: int
    evaluated: int
    mean: float | None
    rank: int | None


def by_company(results: list[Result]) -> list[CompanyResult]:
    """The companies ranked by the mean total of their evaluated projects."""
    grouped: dict[str, list[Result]] = {}
    for result in results:
        grouped.setdefault(result.project.company_id, []).append(result)
    rows = []
    for company_id, found in grouped.items():
        totals = [r.total for r in found if r.total is not None]
        rows.append((company_id, found[0].company, len(found), len(totals),
                     round(sum(totals) / len(totals), 2) if totals else None))
    means = [row[4] for row in rows if row[4] is not None]
    ranked = [CompanyResult(*row, rank=1 + sum(1 for m in means if m > row[4])
                            if row[4] is not None else None) for row in rows]
    return sorted(ranked, key=lambda c: (c.rank is None, c.rank or 0, c.name))
