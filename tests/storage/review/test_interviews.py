"""Interviews of lagging secretaries and their follow-up at the next review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.review import interviews
from storage.store import db, records
from storage.store.db import Store
from tests.review_helpers import set_up


def test_an_interview_and_its_follow_up(store: Store) -> None:
    plan = set_up(store)
    street = plan.streets[3]
    held = interviews.hold(store, plan.quarter, street.id, interviewer="市委组织部 刘部长",
                           held_on=dt.date(2026, 10, 12), reason="述职排名末位",
                           commitments="一个月内完成香榭丽雨污管网改造")
    assert held.interviewee == "赵书记"  # the street's secretary by default
    assert interviews.awaiting_follow_up(store, "2026-Q4") == [held]
    done = interviews.follow_up(store, held.id, text="已完成改造，投诉下降", outcome="kept",
                                on=dt.date(2026, 11, 20))
    assert (done.outcome, done.follow_up_on) == ("kept", "2026-11-20")
    assert interviews.awaiting_follow_up(store, "2026-Q4") == []
    assert len(records.history(store, interviews.INTERVIEW, held.id)) == 2
    assert interviews.of_quarter(store, "2026-q3") == [done]


@pytest.mark.parametrize(("change", "reason"), [
    ({"held_on": dt.date(2026, 11, 28)}, "future"), ({"interviewer": " "}, "required"),
    ({"street_id": "nowhere"}, "no_street"), ({"commitments": "很" * 2001}, "too_long")])
def test_what_an_interview_may_not_be(store: Store, change: dict[str, object],
                                      reason: str) -> None:
    plan = set_up(store)
    given = {"street_id": plan.streets[0].id, "interviewer": "刘部长",
             "held_on": dt.date(2026, 10, 1), **change}
    street_id = given.pop("street_id")
    with pytest.raises(interviews.InterviewError) as raised:
        interviews.hold(store, plan.quarter, street_id, **given)  # type: ignore[arg-type]
    assert raised.value.reason == reason
    assert interviews.of_quarter(store) == []


def test_a_follow_up_before_the_interview_is_refused(store: Store) -> None:
    plan = set_up(store)
    held = interviews.hold(store, plan.quarter, plan.streets[0].id, interviewer="刘部长",
                           held_on=dt.date(2026, 10, 12))
    with pytest.raises(interviews.InterviewError) as raised:
        interviews.follow_up(store, held.id, text="", outcome="kept", on=dt.date(2026, 10, 1))
    assert raised.value.reason == "before"
    with pytest.raises(interviews.InterviewError):
        interviews.follow_up(store, held.id, text="", outcome="", on=dt.date(2026, 11, 1))


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str, str]]:
    store = db.open_store(tmp_path_factory.mktemp("interviews") / "s.db")
    plan = set_up(store)
    yield store, plan.quarter, plan.streets[0].id
    store.close()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_commitments_as_typed_are_kept(shared: tuple[Store, str, str], commitments: str,
                                       interviewer: str) -> None:
    """Whatever is typed is kept trimmed, or refused when the interviewer is blank."""
    store, quarter, street = shared
    try:
        held = interviews.hold(store, quarter, street, interviewer=interviewer,
                               held_on=dt.date(2026, 10, 1), commitments=commitments)
    except interviews.InterviewError as error:
        assert error.reason == "required" and not interviewer.strip()
    else:
        assert held.commitments == commitments.strip()
        assert interviews.get(store, held.id).commitments == commitments.strip()
        assert interviews.get(store, held.id).interviewer == interviewer.strip()
