"""The meeting brief: key figures, tables by area, rankings, charts, overdue findings, and
the hotline section only where the store has work orders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from exports.reports import brief
from exports.reports.pdf.common import Setup
from exports.reports.queries import Period
from storage import clock
from storage.campaign import hotline
from storage.store import db
from tests.exports.helpers import Known, chinese, flat, pdf_fonts, pdf_text


def _period() -> Period:
    today = clock.today_local()
    return Period(today - dt.timedelta(days=180), today)


def test_brief_in_chinese(demo_store: db.Store, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    pages = brief.render(demo_store, _period(), target, Setup(translate=chinese))
    text = "\n".join(pdf_text(target))
    assert pages >= 2
    for expected in (
        "巡查工作简报",
        "2026年第1期",
        "一、主要数据",
        "整改率",
        "二、情况摘要",
        "附件：详细情况",
        "一、分县区情况",
        "二、街道整改率排名",
        "三、小区问题排名",
        "四、图表",
        "各类检查发现问题数",
        "月度趋势",
        "逾期未整改问题",
        "停车与消防通道检查表",
    ):
        assert expected in text, expected
    assert "12345热线投诉" in text  # the demo store has a year of work orders
    assert all(f["embedded"] for f in pdf_fonts(target))


def test_brief_without_work_orders_has_no_hotline_section(store: db.Store,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    brief.render(store, _period(), target, Setup(translate=chinese))
    text = "\n".join(pdf_text(target))
    assert "巡查工作简报" in text and "12345" not in text


def test_hotline_section_with_year_on_year_change(known: Known, tmp_path: Path) -> None:
    store = known.store
    period = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    days = ["2026-10-03", "2026-10-09", "2026-10-30", "2025-10-02", "2025-10-20", "2025-11-02"]
    with store.atomic():
        hotline.store_batch(store, [
            hotline.WorkOrder(number=str(n), received_at=f"{day} 09:00:00",
                              compound_id=known.compound.id) for n, day in enumerate(days)])
    target = tmp_path / "brief.pdf"
    brief.render(store, period, target, Setup(translate=chinese))
    text = flat(target)
    assert "12345热线投诉" in text and "投诉同比" in text
    assert "+50.0%" in text  # 3 complaints against 2 a year before
    assert "投诉最多的小区" in text


def test_a_long_overdue_list_is_cut_with_a_note(
    demo_store: db.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(brief, "OVERDUE_LISTED", 2)
    target = tmp_path / "brief.pdf"
    brief.render(demo_store, _period(), target, Setup(translate=chinese))
    text = flat(target)
    assert "以上列出逾期时间最长的2个问题" in text
