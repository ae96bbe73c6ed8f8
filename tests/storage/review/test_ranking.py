"""The review's ranking: weighted totals, extremes dropped, competition ranks, lagging,
the change since last quarter and the streets' complaints."""

from __future__ import annotations

import pytest

from storage.campaign import hotline
from storage.review import plans, ranking, scores
from storage.store.db import Store
from tests.campaign_helpers import add_compound, add_orders
from tests.review_helpers import give, set_up


def test_a_department_s_score_is_the_weighted_share_of_the_maxima(store: Store) -> None:
    plan = plans.setup(store, "2026-Q3", departments=["组织部"], streets=[("", "兰山街道", "")],
                       criteria=[("报告", 1.0, 10.0), ("成效", 3.0, 50.0)])
    street = plan.streets[0]
    given = {(street.id, plan.criteria[0].id): 5.0, (street.id, plan.criteria[1].id): 50.0}
    assert ranking.department_score(plan, given, street) == pytest.approx(
        100 * (1 * 0.5 + 3 * 1.0) / 4)
    del given[(street.id, plan.criteria[1].id)]
    assert ranking.department_score(plan, given, street) is None


@pytest.mark.parametrize(("values", "drop", "expected"), [
    ([80.0, 90.0, 70.0], False, (80.0, -1, -1)),
    ([80.0, 90.0, 70.0, 100.0], True, (85.0, 3, 2)),
    ([80.0, 90.0], True, (85.0, -1, -1)),  # fewer than three: nothing dropped
    ([90.0, 90.0, 60.0, 60.0], True, (75.0, 0, 2)),  # one of each tie, the first
    ([], True, (None, -1, -1))])
def test_street_totals(values: list[float], drop: bool,
                       expected: tuple[float | None, int, int]) -> None:
    assert ranking.street_total(values, drop) == expected


def test_competition_ranks_lagging_and_missing_departments(store: Store) -> None:
    plan = set_up(store, departments=3, lagging=1)
    give(store, plan, 0, [0.9, 0.7, 0.7, 0.5])
    give(store, plan, 1, [0.9, 0.7, 0.7, 0.5])
    found = ranking.rank(store, plan.quarter)
    assert [(r.street.street, r.total, r.rank, r.lagging) for r in found.results] == [
        ("兰山街道", 90.0, 1, False), ("柳青街道", 70.0, 2, False),
        ("罗庄街道", 70.0, 2, False), ("九曲街道", 50.0, 4, True)]
    assert [d.name for d in found.missing] == ["部门2"]


def test_every_street_tied_at_the_border_is_lagging(store: Store) -> None:
    plan = set_up(store, departments=1, lagging=2)
    give(store, plan, 0, [0.9, 0.8, 0.6, 0.6])
    found = ranking.rank(store, plan.quarter)
    assert [r.street.street for r in found.lagging] == ["罗庄街道", "九曲街道"]
    plans.setup(store, plan.quarter, lagging=1)
    assert [r.street.street for r in ranking.rank(store, plan.quarter).lagging] == [
        "罗庄街道", "九曲街道"]  # both tied last: neither is spared


def test_highest_and_lowest_dropped_when_configured(store: Store) -> None:
    plan = set_up(store, departments=4, drop_extremes=True)
    for n, share in enumerate([1.0, 0.8, 0.7, 0.1]):
        give(store, plan, n, [share] * 4)
    result = ranking.rank(store, plan.quarter).results[0]
    assert result.total == 75.0
    assert {d.name for d in result.dropped} == {"部门0", "部门3"}


def test_the_change_from_last_quarter(store: Store) -> None:
    before = set_up(store, "2026-Q2", departments=1)
    give(store, before, 0, [0.5, 0.9, 0.7, 0.8])
    now = plans.setup(store, "2026-Q3")
    give(store, now, 0, [0.9, 0.5, 0.7, 0.6])
    found = {r.street.street: r for r in ranking.rank(store, "2026-Q3").results}
    assert (found["兰山街道"].previous_rank, found["兰山街道"].rank,
            found["兰山街道"].rank_change) == (4, 1, 3)
    assert found["柳青街道"].rank_change == -3
    assert found["罗庄街道"].total_change == 0.0
    assert found["九曲街道"].total_change == -20.0


def test_the_streets_hotline_figures_are_the_ranking_s(store: Store) -> None:
    plan = set_up(store, departments=1)
    give(store, plan, 0, [0.5] * 4)
    a = add_compound(store, "甲", "兰山区", "兰山街道")
    add_orders(store, a, "2026-08", 7)
    add_orders(store, a, "2025-08", 10)
    with store.atomic():
        hotline.store_batch(store, [hotline.WorkOrder(
            number="u", received_at="2026-09-30 23:00:00", district="兰山区",
            street="兰山街道")])
    found = {r.street.street: r.hotline for r in ranking.rank(store, plan.quarter).results}
    assert (found["兰山街道"].complaints, found["兰山街道"].last_year) == (8, 10)
    assert found["柳青街道"].complaints == 0


def test_a_quarter_without_review_is_refused(store: Store) -> None:
    with pytest.raises(plans.PlanError) as raised:
        ranking.rank(store, "2026-Q1")
    assert raised.value.reason == "no_quarter"
    assert scores.matrix(store, "2026-Q1") == {}
