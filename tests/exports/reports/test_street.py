"""A street's quarterly report: figures, rank among streets, compounds with campaign state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from exports.reports import street as report_street
from exports.reports.pdf.common import Setup
from exports.reports.queries import quarter
from storage import clock
from storage.campaign import hotline, states
from storage.store import db
from tests.exports.helpers import Known, chinese, flat


def _this_quarter() -> str:
    today = clock.today_local()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def test_street_report_in_chinese(demo_store: db.Store, tmp_path: Path) -> None:
    street = demo_store.db.execute(
        "SELECT street FROM compounds GROUP BY street ORDER BY count(*) DESC"
    ).fetchone()[0]
    target = tmp_path / "street.pdf"
    report_street.render(
        demo_store, street, quarter(_this_quarter()), target, Setup(translate=chinese)
    )
    text = flat(target)
    count = len(report_street.streets(demo_store))
    assert f"{street}季度述职报告" in text
    assert "一、主要数据" in text and "二、在各街道中的排名" in text
    assert f"在{count}个街道中排第" in text
    assert "三、小区" in text and "整治状态" in text and "四、月度趋势" in text


def test_campaign_state_and_complaints_show_where_the_store_has_them(
    known: Known, tmp_path: Path
) -> None:
    store = known.store
    for state, day in (("enrolled", "2026-03-01"), ("rectifying", "2026-03-02"),
                       ("accepted", "2026-09-01"), ("observation", "2026-09-01")):
        states.move(store, known.compound.id, state, who="me",
                      on=dt.date.fromisoformat(day))
    with store.atomic():
        hotline.store_batch(store, [
            hotline.WorkOrder(number=day, received_at=f"{day} 10:00:00",
                              compound_id=known.compound.id)
            for day in ("2026-10-05", "2025-10-01", "2025-11-01", "2025-12-30")])
    target = tmp_path / "street.pdf"
    report_street.render(store, "郯城街道", quarter("2026-Q4"), target, Setup(translate=chinese))
    text = flat(target)
    assert "观察期" in text
    assert "-66.7%" in text  # 1 complaint against 3 in the same quarter of 2025
    assert "每月热线投诉量与去年同期对比" in text


def test_the_state_is_the_quarter_s_and_a_partial_base_gives_no_change(
    known: Known, tmp_path: Path
) -> None:
    """Q3's report shows Q3's state (not today's) and no +317.6 % on a base the exports
    only began in mid-August last year."""
    store = known.store
    for state, day in (("enrolled", "2026-03-01"), ("rectifying", "2026-03-02"),
                       ("accepted", "2026-10-08"), ("observation", "2026-10-08")):
        states.move(store, known.compound.id, state, who="me", why=state,
                    on=dt.date.fromisoformat(day))
    orders = [("2025-08-20", 17), ("2025-09-10", 34), ("2026-07-10", 71), ("2026-08-10", 71),
              ("2026-09-10", 71)]
    with store.atomic():
        hotline.store_batch(store, [
            hotline.WorkOrder(number=f"{day}-{n}", received_at=f"{day} 10:00:00",
                              compound_id=known.compound.id)
            for day, count in orders for n in range(count)])
    target = tmp_path / "street.pdf"
    report_street.render(store, "郯城街道", quarter("2026-Q3"), target, Setup(translate=chinese))
    text = flat(target)
    assert "整改中" in text and "观察期" not in text
    assert "+317.6%" not in text and "21312345热线投诉—投诉同比" in text
    assert "无法计算同比：库中缺少2025-07、2025-08的工单数据" in text


def test_unknown_street_lists_the_known_ones(known: Known, tmp_path: Path) -> None:
    with pytest.raises(report_street.UnknownStreet) as caught:
        report_street.render(known.store, "无此街道", quarter("2026-Q1"), tmp_path / "x.pdf")
    assert caught.value.known == ["郯城街道"]
    assert not (tmp_path / "x.pdf").exists()


def test_quarter_parsing() -> None:
    assert quarter("2026-q4").start == dt.date(2026, 10, 1)
    assert quarter("2026-Q4").end == dt.date(2026, 12, 31)
    assert quarter("2026-Q1").end == dt.date(2026, 3, 31)
    for bad in ("2026-Q5", "2026", "26-Q1", "2026-Qx"):
        with pytest.raises(ValueError):
            quarter(bad)
