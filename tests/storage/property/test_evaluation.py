"""The quarterly evaluation: the party branch weighs at least 30 %, each part, the ranking."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage import clock
from storage.campaign import hotline
from storage.inspection import findings
from storage.property import checks, evaluation, measures, record
from storage.property.companies import PropertyError
from storage.store.db import Store
from tests.campaign_helpers import add_orders
from tests.property_helpers import project

D = dt.date.fromisoformat


@contextlib.contextmanager
def _on(day: str) -> Iterator[None]:
    """Write as if on ``day`` (findings take their creation time from the clock)."""
    previous = clock.install(clock.fixed(dt.datetime.fromisoformat(day + "T10:00")))
    try:
        yield
    finally:
        clock.install(previous)


def test_the_party_branch_never_weighs_below_30(store: Store) -> None:
    with pytest.raises(PropertyError) as raised:
        evaluation.set_scheme(store, "2026-Q3", party_branch=29.99, satisfaction=25.01)
    assert raised.value.reason == "party_branch_below_minimum"
    with pytest.raises(PropertyError) as raised:
        evaluation.set_scheme(store, "2026-Q3", party_branch=40)
    assert raised.value.reason == "weights_not_100"
    changed = evaluation.set_scheme(store, "2026-Q3", party_branch=40, covert=0)
    assert changed.weights()["party_branch"] == 40.0
    assert evaluation.scheme(store, "2026-Q4").weights() == changed.weights()  # carried on
    assert evaluation.scheme(store, "2026-Q2").weights() == evaluation.DEFAULT_WEIGHTS


@given(st.dictionaries(st.sampled_from(evaluation.PARTS),
                       st.floats(min_value=-10, max_value=120, allow_nan=False)))
def test_any_weights_are_a_valid_scheme_or_refused(given: dict[str, float]) -> None:
    weights = {**evaluation.DEFAULT_WEIGHTS, **given}
    try:
        checked = evaluation.check_weights(weights)
    except PropertyError:
        assert (weights["party_branch"] < 30 or abs(sum(weights.values()) - 100) > 0.01
                or any(not 0 <= w <= 100 for w in weights.values()))
    else:
        assert checked["party_branch"] >= 30 and abs(sum(checked.values()) - 100) < 0.1


def test_every_part_of_a_project_s_evaluation(store: Store) -> None:
    found = project(store, households=400)
    add_orders(store, found.compound_id, "2026-08", 6)  # property complaints
    with store.atomic():
        hotline.store_batch(store, [hotline.WorkOrder(
            number=f"s{n}", received_at="2026-08-02 10:00:00", compound_id=found.compound_id,
            satisfaction=s, satisfied=hotline.satisfied(s), category_key="parking")
            for n, s in enumerate(["满意", "满意", "满意", "不满意"])])
    with _on("2026-08-05"):
        findings.raise_finding(store, findings.Finding(
            found.compound_id, "楼道堆物", "major", responsible_party="物业服务企业",
            deadline="2026-08-10"))
        findings.raise_finding(store, findings.Finding(
            found.compound_id, "违建", "critical", responsible_party="业主（3号楼）"))
    checks.record(store, found.id, checked_on=D("2026-09-01"), inspector="暗访组", score=70)
    evaluation.give(store, "2026-Q3", found.id, party_branch_score=90)
    result = evaluation.evaluate(store, "2026-Q3")[0]
    # 6 property complaints (the parking ones do not count) in the quarter's 92 days,
    # over 4 hundred households: about 0.5 a month per hundred.
    assert result.figures["property_complaints"] == 6
    assert result.parts["complaints"] == pytest.approx(100 - 20 * 6 / 4 / (92 / (365.25 / 12)),
                                                       abs=0.01)
    assert result.parts["satisfaction"] == 75.0  # no survey: the rated work orders
    assert result.figures["satisfaction_source"] == "hotline"
    assert result.figures["findings"] == 1  # the owner's finding is not the company's
    assert result.parts["covert"] == 70.0
    weights = evaluation.DEFAULT_WEIGHTS
    expected = sum(weights[p] * v for p, v in result.parts.items()) / 100
    assert result.total == round(expected, 2) and result.rank == 1


def test_no_party_branch_score_no_total(store: Store) -> None:
    found = project(store)
    evaluation.give(store, "2026-Q3", found.id, satisfaction=80)
    result = evaluation.evaluate(store, "2026-Q3")[0]
    assert (result.total, result.rank, result.grade) == (None, None, None)


def test_missing_parts_share_their_weight(store: Store) -> None:
    parts = {"party_branch": 80.0, "satisfaction": None, "complaints": None,
             "findings": 100.0, "covert": None}
    assert evaluation.total(parts, evaluation.DEFAULT_WEIGHTS) == round(
        (30 * 80 + 15 * 100) / 45, 2)


def test_late_and_overdue_findings_cost_points(store: Store) -> None:
    found = project(store)
    with _on("2026-07-01"):
        late = findings.raise_finding(store, findings.Finding(
            found.compound_id, "垃圾清运", "minor", responsible_party="恒信物业",
            deadline="2026-07-10"))
        findings.raise_finding(store, findings.Finding(
            found.compound_id, "电梯故障", "critical", responsible_party="物业",
            deadline="2026-09-01"))
    with _on("2026-07-20"):
        findings.move(store, late, "closed")  # ten days late
    evaluation.give(store, "2026-Q3", found.id, party_branch_score=60)
    result = evaluation.evaluate(store, "2026-Q3")[0]
    assert result.figures["late"] == 2
    assert result.parts["findings"] == 100 - 2 - 5 - 5 - 5


def test_ranking_and_companies(store: Store) -> None:
    a = project(store, "恒信物业", "香榭丽", serial=1)
    b = project(store, "华新物业", "丰瑞丽都", serial=2)
    c = project(store, "华新物业", "怡景新苑", serial=2)
    for found, score in ((a, 70), (b, 95), (c, 70)):
        evaluation.give(store, "2026-Q3", found.id, party_branch_score=score, satisfaction=score)
    results = evaluation.evaluate(store, "2026-Q3")
    # No complaints and no findings: those parts are 100; (30·70 + 25·70 + 20·100 + 15·100)
    # / 90 (no covert check: its weight is shared) = 81.67.
    assert [(r.compound, r.rank, r.total, r.grade) for r in results] == [
        ("丰瑞丽都", 1, 96.94, "excellent"), ("怡景新苑", 2, 81.67, "good"),
        ("香榭丽", 2, 81.67, "good")]
    ranked = evaluation.by_company(results)
    assert [(c.name, c.rank, c.projects) for c in ranked] == [("华新物业", 1, 2),
                                                               ("恒信物业", 2, 1)]


def test_only_the_days_the_company_managed_count(store: Store) -> None:
    found = project(store, since="2026-08-16")
    add_orders(store, found.compound_id, "2026-08", 28)  # the 1st … the 28th
    evaluation.give(store, "2026-Q3", found.id, party_branch_score=80)
    result = evaluation.evaluate(store, "2026-Q3")[0]
    assert result.figures["property_complaints"] == 13  # the 16th … the 28th
    with pytest.raises(PropertyError) as raised:
        evaluation.give(store, "2026-Q2", found.id, party_branch_score=80)
    assert raised.value.reason == "not_in_quarter"


def test_a_company_s_record(store: Store) -> None:
    found = project(store)
    evaluation.give(store, "2026-Q2", found.id, party_branch_score=10)
    evaluation.give(store, "2026-Q3", found.id, party_branch_score=85)
    measures.take(store, "interview", found.company_id, on=D("2026-07-01"), reason="二季度不合格")
    history = record.of_company(store, found.company_id)
    assert [(r.quarter, r.grade) for r in history.projects[0].results] == [
        ("2026-Q2", "fail"), ("2026-Q3", "excellent")]
    assert history.tally["interview"] == 1
    assert [m.name for m in history.projects[0].managers] == ["张经理"]
