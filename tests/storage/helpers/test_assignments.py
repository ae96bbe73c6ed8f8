"""People and units, and their assignments to compounds with dates and changes."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.helpers import assignments, people
from storage.helpers.people import Helper, HelperError
from storage.store import records
from storage.store.db import Store
from tests.campaign_helpers import add_compound


def _leader(store: Store, name: str) -> Helper:
    return people.save(store, Helper("leader", name, post="副县长", phone="139 0539 1234"))


def test_a_new_leader_ends_the_one_before_and_both_stay(store: Store) -> None:
    compound = add_compound(store, "香榭丽")
    first, second = _leader(store, "王建国"), _leader(store, "李志强")
    assignments.assign(store, compound, first.id, since="2026-03-01", reason="确定帮带关系")
    assignments.assign(store, compound, second.id, since="2026-09-01", reason="工作调整")
    history = assignments.for_compound(store, compound)
    assert [(a.helper_id, a.since, a.until, a.reason) for a in history] == [
        (second.id, "2026-09-01", None, "工作调整"),
        (first.id, "2026-03-01", "2026-08-31", "工作调整")]
    assert [a.helper_id for a in assignments.current(store, compound, dt.date(2026, 5, 1))] \
        == [first.id]
    ended = records.history(store, assignments.KIND, history[1].id)
    assert [v.content["until"] for v in ended] == [None, "2026-08-31"]  # the change is kept


def test_units_add_up_unless_one_replaces_the_others(store: Store) -> None:
    compound = add_compound(store, "香榭丽")
    units = [people.save(store, Helper("unit", f"费县{n}局")) for n in ("住建", "城管", "水务")]
    assignments.assign(store, compound, units[0].id, since="2026-03-01")
    assignments.assign(store, compound, units[1].id, since="2026-04-01")
    assert len(assignments.current(store, compound, dt.date(2026, 5, 1))) == 2
    assignments.assign(store, compound, units[2].id, since="2026-06-01", replace=True)
    assert [a.helper_id for a in assignments.current(store, compound, dt.date(2026, 6, 1))] \
        == [units[2].id]


def test_assigning_the_one_already_there_changes_nothing(store: Store) -> None:
    compound = add_compound(store, "香榭丽")
    leader = _leader(store, "王建国")
    first = assignments.assign(store, compound, leader.id, since="2026-03-01")
    again = assignments.assign(store, compound, leader.id, since="2026-05-01")
    assert again.id == first.id and len(assignments.for_compound(store, compound)) == 1


@pytest.mark.parametrize(("helper", "field", "reason"), [
    (Helper("mayor", "王"), "role", "bad_role"), (Helper("leader", "  "), "name", "required"),
    (Helper("leader", "王", phone="call me"), "phone", "bad_phone"),
    (Helper("unit", "局" * 201), "name", "too_long")])
def test_bad_people_are_refused_with_the_field(store: Store, helper: Helper, field: str,
                                               reason: str) -> None:
    with pytest.raises(HelperError) as raised:
        people.save(store, helper)
    assert (raised.value.field, raised.value.reason) == (field, reason)


def test_a_person_is_recognised_by_name_and_phone_or_unit(store: Store) -> None:
    known = people.save(store, Helper("secretary", "王 建国", unit="市行政审批服务局",
                                      phone="13905391234"))
    assert known.name == "王 建国"
    assert people.same(store, Helper("secretary", "王  建国", phone="139-0539-1234")) == known
    assert people.same(store, Helper("secretary", "王 建国", unit="市民政局")) is None
    assert people.same(store, Helper("leader", "王 建国")) is None
    assert people.resolve(store, "建国").id == known.id
    with pytest.raises(people.UnknownHelper):
        people.resolve(store, "李")


def test_a_change_on_the_day_the_first_started_replaces_it(store: Store) -> None:
    """A leader corrected the same day was never the leader: one assignment is in force."""
    compound = add_compound(store, "香榭丽")
    wrong = assignments.assign(store, compound, _leader(store, "王").id, since="2026-03-01")
    right = assignments.assign(store, compound, _leader(store, "李").id, since="2026-03-01",
                               reason="录入有误")
    assert [a.id for a in assignments.current(store, compound, dt.date(2026, 3, 1))] == [
        right.id]
    assert [a.id for a in assignments.for_compound(store, compound)] == [right.id]
    assert records.content(store, assignments.KIND, wrong.id)["deleted"] == 1


def test_full_width_digits_in_a_phone_are_read_as_digits(store: Store) -> None:
    assert people.save(store, Helper("leader", "王", phone="１３９０５３９１２３４")).phone == \
        "13905391234"


def test_an_end_before_the_start_is_refused(store: Store) -> None:
    compound = add_compound(store, "香榭丽")
    made = assignments.assign(store, compound, _leader(store, "王").id, since="2026-03-01")
    made.until = "2026-02-01"
    with pytest.raises(HelperError) as raised:
        assignments.save(store, made)
    assert raised.value.reason == "before_start"
