"""A quarter's review: set up, inherited by the next quarter, changed without losing ids."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage import integrity
from storage.review import plans
from storage.store.db import Store
from tests.review_helpers import set_up


def test_defaults_are_the_article_s_ten_departments(store: Store) -> None:
    plan = plans.setup(store, "2026-Q3", streets=[("兰山区", "兰山街道", "")])
    assert len(plan.departments) == 10
    assert plan.departments[5].name == "市12345热线中心"
    assert [c.name for c in plan.criteria][0] == "述职报告"
    assert (plan.settings.drop_extremes, plan.settings.lagging) == (False, 3)


def test_the_next_quarter_starts_as_a_copy_with_its_own_ids(store: Store) -> None:
    first = set_up(store, "2026-Q3", drop_extremes=True, lagging=2)
    second = plans.setup(store, "2026-Q4", meeting_date=dt.date(2026, 11, 20))
    assert [s.label for s in second.streets] == [s.label for s in first.streets]
    assert {s.id for s in second.streets}.isdisjoint({s.id for s in first.streets})
    assert (second.settings.drop_extremes, second.settings.lagging) == (True, 2)
    assert second.settings.meeting_date == "2026-11-20"
    assert plans.known_quarters(store) == ["2026-Q4", "2026-Q3"]


def test_a_changed_list_keeps_the_ids_of_what_stays(store: Store) -> None:
    plan = set_up(store)
    kept = plan.streets[1]
    changed = plans.setup(store, "2026-Q3", streets=[(kept.district, kept.street, "新书记"),
                                                     ("费县", "费城街道", "")])
    assert changed.streets[0].id == kept.id and changed.streets[0].secretary == "新书记"
    assert len(changed.streets) == 2
    assert store.db.execute("SELECT count(*) FROM review_streets WHERE deleted = 1"
                            ).fetchone()[0] == 3
    assert integrity.check(store) == []


def test_two_machines_setting_up_a_quarter_make_the_same_records(
        store: Store, tmp_path: object) -> None:
    from storage.store import db  # noqa: PLC0415

    other = db.open_store(tmp_path / "other.db")  # type: ignore[operator]
    try:
        mine, theirs = set_up(store), set_up(other)
        assert mine.settings.id == theirs.settings.id
        assert [d.id for d in mine.departments] == [d.id for d in theirs.departments]
        assert [c.id for c in mine.criteria] == [c.id for c in theirs.criteria]
    finally:
        other.close()


@pytest.mark.parametrize(("criteria", "reason"), [
    ([("a", 0, 10)], "bad_weight"), ([("a", 10, 0)], "bad_maximum"),
    ([("a", 10, -1)], "bad_maximum"), ([("a", 1, 1), ("a", 2, 2)], "duplicate"),
    ([("", 1, 1)], "bad_name"), ([("x" * 61, 1, 1)], "bad_name")])
def test_bad_criteria_are_refused(store: Store, criteria: list[tuple[str, float, float]],
                                  reason: str) -> None:
    with pytest.raises(plans.PlanError) as raised:
        plans.setup(store, "2026-Q3", criteria=criteria)
    assert raised.value.reason == reason
    assert plans.get(store, "2026-Q3") is None


@given(st.lists(st.text(max_size=70), min_size=1, max_size=6))
def test_department_names_as_typed(names: list[str]) -> None:
    """Any text: one line of 1 to 60 characters is kept (spaces collapsed), else refused."""
    cleaned = [" ".join(n.split()) for n in names]
    valid = all(0 < len(c) <= 60 for c in cleaned) and len(set(cleaned)) == len(cleaned)
    try:
        departments = plans._departments("2026-Q3", names)
    except plans.PlanError:
        assert not valid
    else:
        assert valid and [d.name for d in departments] == cleaned


@pytest.mark.parametrize(("text", "expected"), [
    ("兰山区/兰山街道/王建国", ("兰山区", "兰山街道", "王建国")),
    (" 罗庄区 罗庄街道 ", ("罗庄区", "罗庄街道", "")), ("九曲街道", ("", "九曲街道", "")),
    ("/九曲街道/赵书记", ("", "九曲街道", "赵书记")),
    ("兰山区／柳青街道", ("兰山区", "柳青街道", "")),
    ("兰山区，兰山街道，王建国", ("兰山区", "兰山街道", "王建国"))])
def test_streets_as_typed(text: str, expected: tuple[str, str, str]) -> None:
    assert plans.parse_street(text) == expected


@pytest.mark.parametrize("text", ["", "a/b/c/d", "兰山区//王建国", "a b c d"])
def test_what_is_no_street(text: str) -> None:
    with pytest.raises(plans.PlanError):
        plans.parse_street(text)


@given(st.text(max_size=40))
def test_any_typed_criterion_is_one_or_refused(text: str) -> None:
    try:
        name, weight, maximum = plans.parse_criterion(text)
    except plans.PlanError as error:
        assert error.reason in ("bad_criterion", "bad_name", "bad_weight", "bad_maximum")
    else:
        assert name and weight > 0 and maximum > 0 and "\n" not in name
