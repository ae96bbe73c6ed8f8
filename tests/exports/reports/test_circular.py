"""The circular (通报): its number, the ranked table, the lagging named, the follow-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from exports.reports import circular
from exports.reports.pdf.common import Setup
from storage.review import interviews, plans
from storage.store.db import Store
from tests.exports.helpers import chinese, flat, pdf_text
from tests.review_helpers import give, set_up


def test_the_circular_in_chinese(store: Store, tmp_path: Path) -> None:
    before = set_up(store, "2026-Q2", departments=3, lagging=1)
    for n in range(3):
        give(store, before, n, [0.9, 0.8, 0.7, 0.6])
    held = interviews.hold(store, "2026-Q2", before.streets[3].id, interviewer="刘部长",
                           held_on=dt.date(2026, 7, 10), commitments="一个月内完成管网改造")
    interviews.follow_up(store, held.id, text="管网改造已完成", outcome="kept",
                         on=dt.date(2026, 10, 12))
    now = plans.setup(store, "2026-Q3", meeting_date=dt.date(2026, 10, 20))
    for n in range(2):
        give(store, now, n, [0.6, 0.85, 0.7, 0.95])
    interviews.hold(store, "2026-Q3", now.streets[0].id, interviewer="刘部长",
                    held_on=dt.date(2026, 10, 25), commitments="建立物业红黑榜")
    target = tmp_path / "circular.pdf"
    pages = circular.render(store, "2026-Q3", target, Setup(translate=chinese),
                            office="中共临沂市委组织部", code="临组通")
    text = flat(target)
    assert pages == len(pdf_text(target))
    assert "关于2026年第三季度街道党工委书记抓小区治理述职评议情况的通报" in text
    assert "临组通〔2026〕1号" in text  # the agency's first document of the year
    assert "各县区委，市直有关部门：" in text and "2026年10月20日" in text
    assert "一、评议结果" in text and "二、工作被动落后的街道" in text
    assert "尚未评分的部门：部门2" in text
    assert "综合排名靠后的是兰山区兰山街道" in text and "刘部长约谈王书记" in text
    assert "三、上季度约谈事项落实情况" in text and "承诺事项已落实。管网改造已完成" in text
    assert text.index("九曲街道") < text.index("柳青街道")  # ranked: 95 % before 85 %
    assert "↑3" in text  # 九曲街道: last in Q2, first in Q3
    assert "中共临沂市委组织部" in text and "— 1 —" in text
    again = tmp_path / "again.pdf"
    circular.render(store, "2026-Q3", again, Setup(translate=chinese))  # code, office kept
    assert "临组通〔2026〕1号" in flat(again) and "中共临沂市委组织部" in flat(again)
    circular.render(store, "2026-Q2", tmp_path / "q2.pdf", Setup(translate=chinese))
    assert "临组通〔2026〕2号" in flat(tmp_path / "q2.pdf")  # the next number, taken once


def test_a_quarter_without_review(store: Store, tmp_path: Path) -> None:
    import pytest  # noqa: PLC0415

    from storage.review.plans import PlanError  # noqa: PLC0415

    with pytest.raises(PlanError):
        circular.render(store, "2026-Q3", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
