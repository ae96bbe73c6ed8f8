"""The printable property ranking: weights, parts, grades, companies, measures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from exports.reports import property_ranking
from exports.reports.pdf.common import Setup
from storage.property import evaluation, measures
from storage.store.db import Store
from tests.exports.helpers import chinese, flat
from tests.property_helpers import project


def test_the_ranking_in_chinese(store: Store, tmp_path: Path) -> None:
    good = project(store, "恒信物业", "香榭丽", serial=1)
    poor = project(store, "华新物业", "丰瑞丽都", serial=2)
    evaluation.give(store, "2026-Q3", good.id, party_branch_score=95, satisfaction=98)
    evaluation.give(store, "2026-Q3", poor.id, party_branch_score=20, satisfaction=30)
    measures.take(store, "expulsion", poor.company_id, on=dt.date(2026, 10, 8),
                  reason="考核不合格", project_id=poor.id)
    target = tmp_path / "ranking.pdf"
    property_ranking.render(store, "2026-Q3", target, Setup(translate=chinese))
    text = flat(target)
    assert "2026年第三季度物业服务企业考核排名" in text
    assert "权重：党支部 30%" in text
    assert text.index("香榭丽") < text.index("丰瑞丽都")
    assert "优秀" in text and "不合格" in text
    assert "二、物业企业排名" in text and "清退企业 1" in text
