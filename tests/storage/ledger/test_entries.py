"""The ledger over findings and its own problems: one list, filters, the solved figure."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.inspection import findings, reinspection
from storage.ledger import entries, problems
from storage.ledger.entries import Filter
from tests.conftest import TEST_START
from tests.ledger_helpers import Place, finding

TODAY = TEST_START.date()


def test_findings_are_read_where_they_are_and_routed_by_the_manual(place: Place) -> None:
    store = place.store
    raised = finding(store, place.xiangxieli)
    [entry] = entries.search(store)
    assert store.db["problems"].count == 0  # nothing copied
    assert (entry.kind, entry.number, entry.manual_item, entry.category,
            entry.lead_department, entry.supporting, entry.state) == (
        "finding", raised.number, "3.01", "3", "消防", "公安; 城管; 住建", "open")
    raised.description = "已改"
    findings.update(store, raised)
    assert entries.search(store)[0].description == "已改"


def test_a_finding_nothing_routes_keeps_its_own_department(place: Place) -> None:
    store = place.store
    made = findings.raise_finding(store, findings.Finding(
        place.xiangxieli, "门卫室墙皮脱落", department="街道", responsible_party="物业公司"))
    entry = entries.find(store, made.number)
    assert entry is not None and (entry.manual_item, entry.lead_department) == ("", "街道")


def test_work_orders_become_problems_once_and_are_routed(place: Place) -> None:
    store = place.store
    done = problems.raise_from_work_orders(store, ["LY1", "LY2", "LY3", "LY9", "LY1"],
                                           raised_by="督导组")
    assert [p.source_ref for p in done.created] == ["LY1", "LY2"]
    assert (done.unmatched, done.unknown) == (["LY3"], ["LY9"])
    lift = done.created[0]
    assert (lift.manual_item, lift.lead_department, lift.number[:8]) == ("2.01", "市场监管",
                                                                        "WT-2026-")
    assert lift.deadline == (TODAY + dt.timedelta(days=7)).isoformat()
    again = problems.raise_from_work_orders(store, ["LY1"])
    assert (again.created, again.already) == ([], ["LY1"])


def test_closing_needs_who_verified_and_a_photo_after(place: Place) -> None:
    store = place.store
    problem = problems.raise_from_work_orders(store, ["LY2"]).created[0]
    with pytest.raises(problems.LedgerError) as raised:
        problems.close(store, problem, verified_by="街道城管科", photos=[])
    assert raised.value.reason == "no_proof"
    with pytest.raises(problems.LedgerError):
        problems.close(store, problem, verified_by=" ", photos=[{"photo": place.photo}])
    problems.close(store, problem, verified_by="街道城管科 孙伟",
                   photos=[{"photo": place.photo, "caption": "已拆除"}], note="现场核验")
    entry = entries.find(store, problem.number)
    assert entry is not None and (entry.state, entry.closed_on, entry.verified_by) == (
        "closed", TODAY.isoformat(), "街道城管科 孙伟")
    assert entries.photos_after(store, entry) == [{"photo": place.photo, "caption": "已拆除"}]
    with pytest.raises(problems.LedgerError):
        problems.close(store, problems.get(store, problem.id), verified_by="x",
                       photos=[{"photo": place.photo}])
    reopened = problems.move(store, problems.get(store, problem.id), "open")
    assert (reopened.verified_by, reopened.verified_at) == ("", None)


def test_a_finding_closed_by_reinspection_shows_its_proof(place: Place) -> None:
    store = place.store
    raised = finding(store, place.xiangxieli)
    shot = {"photo": place.photo, "item": "", "caption": "已清理"}
    reinspection.record(store, place.xiangxieli, [reinspection.Outcome(
        raised.id, rectified=True, photos=[shot])], officer="王强")
    entry = entries.find(store, raised.number)
    assert entry is not None and (entry.state, entry.verified_by) == ("closed", "王强")
    assert [p["photo"] for p in entries.photos_after(store, entry)] == [place.photo]
    with pytest.raises(problems.LedgerError) as refused:
        problems.find(store, raised.number)
    assert refused.value.reason == "is_finding"


def test_filters_select_what_they_say(place: Place) -> None:
    store = place.store
    finding(store, place.xiangxieli)
    finding(store, place.jinxiu, "roof_addition", "illegal_construction")
    late = problems.raise_from_work_orders(store, ["LY1", "LY2"]).created
    late[0].deadline = "2026-11-01"
    problems.update(store, late[0])

    def numbers(**given: object) -> set[str]:
        return {e.number for e in entries.search(store, Filter(**given))}  # type: ignore[arg-type]

    assert len(numbers()) == 4
    assert numbers(street="罗庄街道") == numbers(compound_id=place.jinxiu)
    assert len(numbers(department="城管")) == 2  # the roof finding and the LY2 problem
    assert numbers(overdue=True, today=TODAY) == {late[0].number}
    assert numbers(source="work_order") == {p.number for p in late}
    assert numbers(category="4") == numbers(street="罗庄街道")
    assert numbers(text="电梯") == {late[0].number}
    assert numbers(state="closed") == set()
    assert entries.count(store, Filter(state="pending")) == 4


def test_solved_counts_closings_in_the_period_and_area(place: Place) -> None:
    store = place.store
    made = problems.raise_from_work_orders(store, ["LY1", "LY2"]).created
    for problem in made:
        problems.close(store, problem, verified_by="社区", photos=[{"photo": place.photo}])
    finding(store, place.xiangxieli)
    found = entries.solved(store, start=TODAY, end=TODAY)
    assert (found.total, found.by_source, found.pending) == (2, {"work_order": 2}, 1)
    assert found.by_category == {"2": 1, "4": 1}
    assert entries.solved(store, district="罗庄区").total == 1
    assert entries.solved(store, end=TODAY - dt.timedelta(days=1)).total == 0


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # reads only
@given(text=st.text(max_size=30) | st.sampled_from(["%", "_", "zg", "ZG-", "电梯"]))
def test_a_search_for_any_text_finds_exactly_the_entries_containing_it(
        place: Place, text: str) -> None:
    store = place.store
    if not entries.count(store):
        finding(store, place.xiangxieli)
        problems.raise_from_work_orders(store, ["LY1", "LY2"])
    every = entries.search(store)
    wanted = {e.number for e in every if text.strip() in "\n".join(
        (e.number, e.description, e.responsible_party, e.compound, e.source_ref))}
    assert {e.number for e in entries.search(store, Filter(text=text))} == (
        wanted if text.strip() else {e.number for e in every})
