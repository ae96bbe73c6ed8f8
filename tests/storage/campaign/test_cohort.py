"""The key compounds' cohort: year on year, before and after, satisfaction, the base checked."""

from __future__ import annotations

from storage.campaign import cohort, hotline, states
from storage.store.db import Store
from tests.campaign_helpers import add_compound, add_orders, day


def _enrol(store: Store, ident: str, on: str) -> None:
    states.move(store, ident, "enrolled", who="李科长", why="前50", on=day(on))


def _rated(store: Store, ident: str, month: str, satisfied: int, unsatisfied: int) -> None:
    ratings = ["满意"] * satisfied + ["不满意"] * unsatisfied
    orders = [hotline.WorkOrder(number=f"{ident}-{month}-r{n}", received_at=f"{month}-10 09:00:00",
                                compound_id=ident, satisfaction=r,
                                satisfied=hotline.satisfied(r)) for n, r in enumerate(ratings)]
    with store.atomic():
        hotline.store_batch(store, orders)


def test_the_article_s_figures(store: Store) -> None:
    """香榭丽: 40 a month before enrolment, 2 a month at the end: −95 %."""
    xiang = add_compound(store, "香榭丽", "费县", "费城街道")
    other = add_compound(store, "丰瑞丽都", "郯城县", "郯城街道")
    plain = add_compound(store, "不在整治中")
    months = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 12)]
    for month in months:
        add_orders(store, xiang, month, 40 if month < "2026-06" else 2)
        add_orders(store, other, month, 10 if month < "2026-06" else 5)
        add_orders(store, plain, month, 7)
    _enrol(store, xiang, "2026-05-20")
    _enrol(store, other, "2026-05-25")
    found = cohort.cohort(store, day("2026-06-01"), day("2026-11-30"))
    assert (found.now, found.before) == (6 * 2 + 5 * 5 + 5, 6 * 40 + 6 * 10)
    assert found.lacking == []
    assert round(found.change or 0, 3) == round((42 - 300) / 300, 3)
    by_name = {m.name: m for m in found.members}
    assert (by_name["香榭丽"].before, by_name["香榭丽"].after) == (40.0, 2.0)
    assert by_name["香榭丽"].change == -0.95
    assert "不在整治中" not in by_name


def test_a_partial_base_gives_no_change(store: Store) -> None:
    """The exports began on 2025-08-20: a Q3 2026 change on Q3 2025 would be +317.6 %."""
    ident = add_compound(store, "香榭丽")
    with store.atomic():
        hotline.store_batch(store, [hotline.WorkOrder(
            number=f"b{n}", received_at="2025-08-20 09:00:00", compound_id=ident)
            for n in range(17)])
    for month in ("2025-09", "2026-07", "2026-08", "2026-09"):
        add_orders(store, ident, month, 71 if month != "2025-09" else 34)
    _enrol(store, ident, "2026-01-05")
    found = cohort.cohort(store, day("2026-07-01"), day("2026-09-30"))
    assert found.before == 51 and found.now == 213
    assert found.lacking == ["2025-07", "2025-08"]
    assert found.change is None
    assert cohort.gaps(store, day("2025-09-01"), day("2025-09-30")) == []


def test_a_month_without_any_work_order_is_a_gap(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    for month in ("2025-01", "2025-03"):
        add_orders(store, ident, month, 3)
    assert cohort.gaps(store, day("2025-01-01"), day("2025-03-31")) == ["2025-02"]
    assert cohort.change(10, 6, ["2025-02"]) is None
    assert cohort.change(3, 6, []) == -0.5


def test_satisfaction_month_by_month(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    _enrol(store, ident, "2026-01-05")
    _rated(store, ident, "2026-02", 12, 13)
    _rated(store, ident, "2026-03", 49, 1)
    found = cohort.cohort(store, day("2026-02-01"), day("2026-04-30"))
    assert found.satisfaction == [("2026-02", 0.48), ("2026-03", 0.98), ("2026-04", None)]
