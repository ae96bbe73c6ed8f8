"""Scores: checked like typed input, a department's sheet replaces its last one."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.review import plans, scores
from storage.store import records
from storage.store.db import Store
from tests.review_helpers import give, set_up

FORTY = plans.Criterion("2026-Q3", "整治成效", 40.0, 40.0)


@pytest.mark.parametrize(("value", "expected"), [
    (18, 18.0), (18.5, 18.5), ("18.5", 18.5), (" 40 ", 40.0), ("０", 0.0), ("１８．２５", 18.25),
    (18.333333, 18.33), (40.004, 40.0), (0, 0.0)])
def test_what_a_score_may_be(value: object, expected: float) -> None:
    assert scores.check(value, FORTY) == expected


@pytest.mark.parametrize(("value", "reason"), [
    (None, "required"), ("", "required"), ("  ", "required"), ("18分", "type"),
    ("十八", "type"), (True, "type"), (float("nan"), "type"), ("inf", "type"),
    ("1_0", "type"), (40.01, "range"), (-0.001, "range"), ("-1", "range"), (99, "range")])
def test_what_a_score_may_not_be(value: object, reason: str) -> None:
    with pytest.raises(scores.ScoreProblem) as raised:
        scores.check(value, FORTY)
    assert raised.value.reason == reason and raised.value.maximum == 40.0


@given(st.one_of(st.text(max_size=12), st.floats(allow_nan=True), st.integers(),
                 st.none(), st.booleans()))
def test_any_cell_is_a_score_in_range_or_refused(value: object) -> None:
    try:
        number = scores.check(value, FORTY)
    except scores.ScoreProblem as problem:
        assert problem.reason in ("required", "type", "range")
    else:
        assert 0 <= number <= 40 and math.isfinite(number) and round(number, 2) == number


def test_a_second_sheet_replaces_the_first(store: Store) -> None:
    plan = set_up(store)
    department = plan.departments[0].id
    give(store, plan, 0, [0.5, 0.6, 0.7, 0.8])
    street, criterion = plan.streets[0].id, plan.criteria[0].id
    second = {k: v for k, v in scores.department_scores(store, plan.quarter, department).items()}
    sheet = {k: s.score or 0.0 for k, s in second.items() if k[0] != plan.streets[3].id}
    sheet[(street, criterion)] = 19.0
    change = scores.record_sheet(store, plan, department, sheet)
    assert (change.new, change.changed, change.unchanged, change.removed, change.replaces) == (
        0, 1, 8, 3, True)
    now = scores.department_scores(store, plan.quarter, department)
    assert now[(street, criterion)].score == 19.0 and len(now) == 9
    ident = scores.score_id(plan.quarter, department, street, criterion)
    assert [v.content["score"] for v in records.history(store, scores.SCORE, ident)] == [
        10.0, 19.0]


def test_coverage_shows_who_is_missing(store: Store) -> None:
    plan = set_up(store)
    give(store, plan, 1, [0.5, 0.5, 0.5, 0.5])
    partial = {(plan.streets[0].id, c.id): 1.0 for c in plan.criteria}
    scores.record_sheet(store, plan, plan.departments[2].id, partial)
    found = {c.department.name: (c.given, c.expected, c.complete, c.missing)
             for c in scores.coverage(store, plan)}
    assert found == {"部门0": (0, 12, False, True), "部门1": (12, 12, True, False),
                     "部门2": (3, 12, False, False), "部门3": (0, 12, False, True)}


def test_a_typed_score_and_its_removal(store: Store) -> None:
    plan = set_up(store)
    department, street, criterion = plan.departments[0].id, plan.streets[0].id, plan.criteria[1]
    scores.set_score(store, plan, department, street, criterion, "35.5")
    assert scores.matrix(store, plan.quarter)[department][(street, criterion.id)] == 35.5
    scores.set_score(store, plan, department, street, criterion, "")
    assert scores.matrix(store, plan.quarter) == {}
