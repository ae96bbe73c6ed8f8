"""Monthly rankings: competition ranks, year-on-year change, satisfaction, property share."""

from __future__ import annotations

from storage.campaign import hotline, rankings
from storage.store.db import Store
from tests.campaign_helpers import add_compound, add_orders, day


def test_ties_share_a_rank_and_the_next_skips(store: Store) -> None:
    a, b, c, d = (add_compound(store, name) for name in "甲乙丙丁")
    for ident, count in ((a, 5), (b, 3), (c, 3), (d, 1)):
        add_orders(store, ident, "2026-03", count)
    rows = rankings.rank(store, "2026-03")
    assert [(r.name, r.rank, r.complaints) for r in rows] == [
        ("甲", 1, 5), ("丙", 2, 3), ("乙", 2, 3), ("丁", 4, 1)]


def test_year_on_year_change(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    add_orders(store, ident, "2025-03", 40)
    add_orders(store, ident, "2026-03", 2)
    add_orders(store, ident, "2026-04", 7)
    row = rankings.rank(store, "2026-03")[0]
    assert (row.complaints, row.last_year, row.change) == (2, 40, -0.95)
    assert rankings.rank(store, "2026-04")[0].change is None


def test_satisfaction_rate_counts_only_rated_orders(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    orders = [hotline.WorkOrder(number=str(i), received_at="2026-03-02 08:00:00",
                                compound_id=ident, satisfaction=s, satisfied=hotline.satisfied(s),
                                category_key=k)
              for i, (s, k) in enumerate([("满意", "property"), ("基本满意", "parking"),
                                          ("不满意", "property"), ("", "pets")])]
    with store.atomic():
        hotline.store_batch(store, orders)
    row = rankings.rank(store, "2026-03")[0]
    assert row.satisfaction_rate == 2 / 3
    assert row.property_share == 0.5


def test_streets_and_districts_include_unmatched_orders(store: Store) -> None:
    a = add_compound(store, "甲", "兰山区", "柳青街道")
    b = add_compound(store, "乙", "兰山区", "兰山街道")
    c = add_compound(store, "丙", "罗庄区", "罗庄街道")
    for ident, count in ((a, 2), (b, 3), (c, 4)):
        add_orders(store, ident, "2026-03", count)
    orders = [hotline.WorkOrder(number=f"u{i}", received_at="2026-03-09 08:00:00",
                                district="兰山区", street="柳青街道") for i in range(2)]
    with store.atomic():
        hotline.store_batch(store, orders)
    districts = rankings.rank(store, "2026-03", "district")
    assert [(r.name, r.rank, r.complaints) for r in districts] == [
        ("兰山区", 1, 7), ("罗庄区", 2, 4)]
    streets = rankings.rank(store, "2026-03", "street")
    assert [(r.name, r.district, r.complaints) for r in streets] == [
        ("柳青街道", "兰山区", 4), ("罗庄街道", "罗庄区", 4), ("兰山街道", "兰山区", 3)]
    assert [r.rank for r in streets] == [1, 1, 3]


def test_trend_fills_months_without_complaints(store: Store) -> None:
    ident = add_compound(store, "甲")
    add_orders(store, ident, "2025-11", 3)
    add_orders(store, ident, "2026-02", 1)
    assert rankings.trend(store, ident, "2025-11", "2026-02") == [
        ("2025-11", 3), ("2025-12", 0), ("2026-01", 0), ("2026-02", 1)]
    assert rankings.month_range(store) == ("2025-11", "2026-02")


def test_by_category(store: Store) -> None:
    a, b = add_compound(store, "甲"), add_compound(store, "乙")
    add_orders(store, a, "2026-03", 5)  # the helper's orders are property complaints
    orders = [hotline.WorkOrder(number=f"p{i}", received_at="2026-03-03 09:00:00",
                                compound_id=b, category_key="pets") for i in range(8)]
    with store.atomic():
        hotline.store_batch(store, orders)
    assert [r.name for r in rankings.rank(store, "2026-03")] == ["乙", "甲"]
    assert [(r.name, r.complaints) for r in rankings.rank(store, "2026-03",
                                                          category="property")] == [("甲", 5)]
    assert [r.name for r in rankings.rank(store, "2026-03", "street", category="pets")] == [
        "金雀山街道"]


def test_orders_without_a_street_make_no_blank_row(store: Store) -> None:
    a = add_compound(store, "甲", "兰山区", "柳青街道")
    add_orders(store, a, "2026-03", 2)
    orders = [hotline.WorkOrder(number=f"u{i}", received_at="2026-03-09 08:00:00",
                                district=district, street="")
              for i, district in enumerate(["兰山区", "", "罗庄区"])]
    with store.atomic():
        hotline.store_batch(store, orders)
    assert [(r.district, r.street) for r in rankings.rank(store, "2026-03", "street")] == [
        ("兰山区", "柳青街道")]
    assert [(r.name, r.complaints) for r in rankings.rank(store, "2026-03", "district")] == [
        ("兰山区", 3), ("罗庄区", 1)]


def test_a_span_of_days_counts_what_the_months_count(store: Store) -> None:
    """A quarter's street total is the sum of its three months' (one total everywhere)."""
    a = add_compound(store, "甲", "兰山区", "柳青街道")
    for month, count in (("2026-01", 3), ("2026-02", 4), ("2026-03", 5), ("2026-04", 9)):
        add_orders(store, a, month, count)
    with store.atomic():
        hotline.store_batch(store, [hotline.WorkOrder(
            number="u1", received_at="2026-02-09 08:00:00", district="兰山区",
            street="柳青街道")])
    quarter = rankings.span(store, day("2026-01-01"), day("2026-03-31"), "street")
    months = sum(rankings.rank(store, m, "street")[0].complaints
                 for m in ("2026-01", "2026-02", "2026-03"))
    assert quarter[0].complaints == months == 13
    assert rankings.area_months(store, day("2026-01-01"), day("2026-03-31"), "street",
                                "柳青街道") == {"2026-01": 3, "2026-02": 5, "2026-03": 5}
