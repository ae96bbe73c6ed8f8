"""The campaign's states: the path, the observation period, dates, reasons, states as of a day."""

from __future__ import annotations

import pytest

from storage.campaign import states
from storage.store.db import Store
from tests.campaign_helpers import add_compound, day


def _through(store: Store, ident: str, *steps: tuple[str, str]) -> states.Event:
    event = None
    for state, on in steps:
        event = states.move(store, ident, state, who="李科长", why=state, on=day(on))
    assert event is not None
    return event


def test_full_path_with_dates_who_and_why(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    event = _through(store, ident, ("enrolled", "2026-01-05"), ("rectifying", "2026-01-10"),
                     ("accepted", "2026-03-31"), ("observation", "2026-03-31"))
    assert event.until_date == "2026-06-30"
    closed = states.move(store, ident, "closed", who="李科长", why="观察期满",
                           on=day("2026-07-01"))
    assert closed.state == "closed"
    history = states.events(store, ident)
    assert [(e.state, e.on_date, e.who) for e in history][0] == ("enrolled", "2026-01-05",
                                                                  "李科长")
    assert len(history) == 5


def test_steps_out_of_order_are_refused(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    with pytest.raises(states.CampaignError) as raised:
        states.move(store, ident, "accepted", who="me")
    assert (raised.value.reason, raised.value.current) == ("bad_step", None)
    states.move(store, ident, "enrolled", who="me")
    with pytest.raises(states.CampaignError):
        states.move(store, ident, "observation", who="me")
    assert states.current(store, ident).state == "enrolled"


def test_closing_before_the_observation_ends_needs_force(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    _through(store, ident, ("enrolled", "2026-01-05"), ("rectifying", "2026-01-05"),
             ("accepted", "2026-02-01"), ("observation", "2026-02-01"))
    with pytest.raises(states.CampaignError) as raised:
        states.move(store, ident, "closed", who="me", on=day("2026-04-30"))
    assert raised.value.detail == "2026-05-01"
    states.move(store, ident, "closed", who="me", why="提前销号", on=day("2026-04-30"),
                  force=True)


def test_observation_months_is_a_setting(store: Store) -> None:
    states.set_setting(store, "campaign.observation_months", 6)
    ident = add_compound(store, "香榭丽")
    event = _through(store, ident, ("enrolled", "2026-01-05"), ("rectifying", "2026-01-05"),
                     ("accepted", "2026-08-31"), ("observation", "2026-08-31"))
    assert event.until_date == "2027-02-28"


def test_relapse_goes_back_to_rectification_and_closed_can_return(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    _through(store, ident, ("enrolled", "2026-01-05"), ("rectifying", "2026-01-05"),
             ("accepted", "2026-02-01"), ("observation", "2026-02-01"),
             ("relapsed", "2026-03-10"), ("accepted", "2026-04-10"),
             ("observation", "2026-04-10"), ("closed", "2026-07-10"),
             ("enrolled", "2026-11-01"))
    assert states.current(store, ident).state == "enrolled"


def test_a_day_in_the_future_is_refused(store: Store) -> None:
    """Tests start on 2026-11-27: the 28th has not happened yet."""
    ident = add_compound(store, "香榭丽")
    with pytest.raises(states.CampaignError) as raised:
        states.move(store, ident, "enrolled", who="me", on=day("2026-11-28"))
    assert (raised.value.reason, raised.value.detail) == ("future", "2026-11-28")
    assert states.current(store, ident) is None
    states.move(store, ident, "enrolled", who="me", on=day("2026-11-27"))


def test_forcing_a_close_needs_a_reason(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    _through(store, ident, ("enrolled", "2026-01-05"), ("rectifying", "2026-01-05"),
             ("accepted", "2026-10-01"), ("observation", "2026-10-01"))
    for why in ("", "   "):
        with pytest.raises(states.CampaignError) as raised:
            states.move(store, ident, "closed", who="me", why=why, on=day("2026-11-01"),
                        force=True)
        assert raised.value.reason == "reason_required"
    assert states.current(store, ident).state == "observation"


def test_states_as_of_a_day(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    other = add_compound(store, "丰瑞丽都")
    _through(store, ident, ("enrolled", "2026-01-05"), ("rectifying", "2026-02-10"),
             ("accepted", "2026-05-01"))
    _through(store, other, ("enrolled", "2026-04-01"))
    assert states.as_of(store, day("2026-01-04")) == {}
    assert states.as_of(store, day("2026-03-31")) == {ident: "rectifying"}
    assert states.as_of(store, day("2026-04-30")) == {ident: "rectifying", other: "enrolled"}
    assert states.as_of(store, day("2026-05-01"))[ident] == "accepted"


def test_board_counts_every_state(store: Store) -> None:
    a, b = add_compound(store, "甲"), add_compound(store, "乙")
    states.move(store, a, "enrolled", who="me")
    _through(store, b, ("enrolled", "2026-01-05"), ("rectifying", "2026-01-06"))
    counts = states.counts(store)
    assert counts["enrolled"] == 1 and counts["rectifying"] == 1 and counts["closed"] == 0
    assert [e.name for e in states.board(store, "rectifying")] == ["乙"]


def test_a_step_cannot_be_dated_before_the_last_one(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    states.move(store, ident, "enrolled", who="me", on=day("2026-05-01"))
    with pytest.raises(states.CampaignError) as raised:
        states.move(store, ident, "rectifying", who="me", on=day("2026-04-30"))
    assert (raised.value.reason, raised.value.detail) == ("before_last_step", "2026-05-01")
    states.move(store, ident, "rectifying", who="me", on=day("2026-05-01"))
