"""The quarter's ranking of the streets: weighted totals, competition ranks, the change.

How a total is made:
- a department's score of a street is the weighted share of the maxima it gave, on a
  scale of 100: Σ weight × score / maximum ÷ Σ weight × 100 (only when it scored every
  criterion of that street; a part-sheet is left out and reported);
- the street's total is the mean of its departments' scores; with ``drop_extremes``
  and at least three scores, one highest and one lowest are left out first;
- totals are rounded to two decimals and ranked with competition ranks (1, 2, 2, 4);
- a street is *lagging* when its rank counted from the bottom (competition ranks
  again) is at most ``lagging``: every street tied at the border is named;
- the change is against the street's rank and total in the quarter before.

Beside each street: its 12345 complaints of the quarter, counted as everywhere else
(``storage.campaign.rankings.span``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storage import quarters
from storage.campaign import rankings
from storage.campaign.rankings import RankRow
from storage.review import plans, scores
from storage.review.plans import Department, Plan, Street
from storage.store.db import Store


@dataclass(frozen=True)
class Hotline:
    """A street's 12345 complaints in the quarter (and the same quarter a year before)."""

    complaints: int = 0
    last_year: int = 0
    satisfaction_rate: float | None = None
    property_complaints: int = 0


@dataclass
class StreetResult:
    street: Street
    total: float | None = None  # None: no department scored it completely
    rank: int | None = None
    departments: list[tuple[Department, float]] = field(default_factory=list)
    dropped: list[Department] = field(default_factory=list)
    lagging: bool = False
    previous_rank: int | None = None
    previous_total: float | None = None
    hotline: Hotline = field(default_factory=Hotline)

    @property
    def rank_change(self) -> int | None:
        """Places gained since the quarter before (positive: moved up)."""
        if self.rank is None or self.previous_rank is None:
            return None
        return self.previous_rank - self.rank

    @property
    def total_change(self) -> float | None:
        if self.total is None or self.previous_total is None:
            return None
        return round(self.total - self.previous_total, 2)


@dataclass
class Ranking:
    plan: Plan
    results: list[StreetResult]
    coverage: list[scores.Coverage]

    @property
    def missing(self) -> list[Department]:
        """Departments that have handed in nothing for the quarter."""
        return [c.department for c in self.coverage if c.missing]

    @property
    def partial(self) -> list[scores.Coverage]:
        """Departments whose sheet is incomplete."""
        return [c for c in self.coverage if not c.missing and not c.complete]

    @property
    def lagging(self) -> list[StreetResult]:
        return [r for r in self.results if r.lagging]


def department_score(plan: Plan, given: dict[scores.Cell, float],
                     street: Street) -> float | None:
    """A department's score of a street on a scale of 100, or None if incomplete."""
    if not plan.criteria:
        return None
    weighted = 0.0
    for criterion in plan.criteria:
        value = given.get((street.id, criterion.id))
        if value is None:
            return None
        weighted += criterion.weight * value / criterion.max_score
    return 100 * weighted / sum(c.weight for c in plan.criteria)


def street_total(values: list[float], drop_extremes: bool) -> tuple[float | None, int, int]:
    """The mean of the departments' scores, and the indexes of the highest and lowest
    left out (-1 when none is)."""
    if not values:
        return None, -1, -1
    if not drop_extremes or len(values) < 3:
        return round(sum(values) / len(values), 2), -1, -1
    high = max(range(len(values)), key=lambda n: (values[n], -n))
    low = min(range(len(values)), key=lambda n: (values[n], n))
    kept = [v for n, v in enumerate(values) if n not in (high, low)]
    return round(sum(kept) / len(kept), 2), high, low


def rank(store: Store, quarter: str, *, with_previous: bool = True) -> Ranking:
    """The quarter's ranking (PlanError if the quarter's review was never set up)."""
    plan = plans.require(store, quarter)
    given = scores.matrix(store, plan.quarter)
    results = [_result(plan, given, street) for street in plan.streets]
    _rank(results)
    _mark_lagging(results, plan.settings.lagging)
    _add_hotline(store, plan, results)
    if with_previous:
        _add_previous(store, plan, results)
    results.sort(key=lambda r: (r.rank is None, r.rank or 0, r.street.position))
    return Ranking(plan, results, scores.coverage(store, plan))


def _result(plan: Plan, given: dict[str, dict[scores.Cell, float]],
            street: Street) -> StreetResult:
    scored = [(d, department_score(plan, given.get(d.id, {}), street)) for d in plan.departments]
    kept = [(d, v) for d, v in scored if v is not None]
    total, high, low = street_total([v for _, v in kept], plan.settings.drop_extremes)
    dropped = [kept[n][0] for n in (high, low) if n >= 0]
    return StreetResult(street, total, departments=kept, dropped=dropped)


def _rank(results: list[StreetResult]) -> None:
    totals = [r.total for r in results if r.total is not None]
    for result in results:
        if result.total is not None:
            result.rank = 1 + sum(1 for t in totals if t > result.total)


def _mark_lagging(results: list[StreetResult], lagging: int) -> None:
    totals = [r.total for r in results if r.total is not None]
    for result in results:
        if result.total is not None:
            result.lagging = 1 + sum(1 for t in totals if t < result.total) <= lagging


def _add_hotline(store: Store, plan: Plan, results: list[StreetResult]) -> None:
    period = quarters.parse(plan.quarter)
    rows = rankings.span(store, period.first_day, period.last_day, "street")
    by_key = {(r.district, r.street): r for r in rows}
    by_name: dict[str, list[RankRow]] = {}
    for row in rows:
        by_name.setdefault(row.street, []).append(row)
    for result in results:
        street = result.street
        found = by_key.get((street.district, street.street))
        if found is None and not street.district and len(by_name.get(street.street, [])) == 1:
            found = by_name[street.street][0]
        if found is not None:
            result.hotline = Hotline(found.complaints, found.last_year, found.satisfaction_rate,
                                     found.property_complaints)


def _add_previous(store: Store, plan: Plan, results: list[StreetResult]) -> None:
    before = str(quarters.parse(plan.quarter).previous())
    if plans.get(store, before) is None:
        return
    earlier = {r.street.label: r for r in rank(store, before, with_previous=False).results}
    for result in results:
        old = earlier.get(result.street.label)
        if old is not None:
            result.previous_rank, result.previous_total = old.rank, old.total
