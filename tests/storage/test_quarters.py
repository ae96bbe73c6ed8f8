"""Quarters: written YYYY-Qn, read forgivingly, walked both ways."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage import quarters


def test_a_quarter_s_days_and_months() -> None:
    q = quarters.parse("2028-q1")
    assert str(q) == "2028-Q1"
    assert (q.first_day, q.last_day) == (dt.date(2028, 1, 1), dt.date(2028, 3, 31))
    assert q.months() == ["2028-01", "2028-02", "2028-03"]
    assert str(q.previous()) == "2027-Q4" and str(q.next()) == "2028-Q2"
    assert str(q.year_before()) == "2027-Q1"
    assert quarters.of(dt.date(2026, 11, 27)) == quarters.parse(" 2026 - Q4 ")
    assert quarters.normal("２０２６-Ｑ4") == "2026-Q4"  # typed with a Chinese input method


@pytest.mark.parametrize("text", ["", "2026", "2026-Q5", "2026-Q0", "26-Q1", "2026Q", "Q4",
                                  "2026-Q4x"])
def test_what_is_no_quarter_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        quarters.parse(text)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(9999, 9, 30)))
def test_every_day_is_in_its_quarter_and_the_quarters_tile_the_year(day: dt.date) -> None:
    q = quarters.of(day)
    assert q.contains(day)
    assert q.next().first_day == q.last_day + dt.timedelta(days=1)
    assert quarters.parse(str(q)) == q
