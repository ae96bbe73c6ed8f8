"""The one clock: the tests' own starts at a fixed moment in Linyi's zone and ticks."""

from __future__ import annotations

import datetime as dt

from storage import clock
from tests.conftest import TEST_START


def test_the_tests_run_at_a_fixed_moment_in_linyi() -> None:
    assert clock.today_local() == TEST_START.date()
    assert clock.now_local().utcoffset() == dt.timedelta(hours=8)


def test_every_reading_is_later_than_the_one_before() -> None:
    readings = [clock.now() for _ in range(5)]
    assert readings == sorted(readings) and len(set(readings)) == 5


def test_local_reads_the_stores_utc_text() -> None:
    assert clock.local_naive("2026-11-02T02:30:00.000Z") == dt.datetime(2026, 11, 2, 10, 30)
    assert clock.local_text("2026-11-02T16:30:00.000Z") == "2026-11-03 00:30"
    assert clock.local_naive(None) is None and clock.local_text(None) == ""


def test_local_midnight_and_naive_times_are_local() -> None:
    assert clock.local_midnight(dt.date(2028, 3, 1)) == "2028-02-29T16:00:00.000Z"
    naive = dt.datetime(2026, 12, 31, 23, 30)
    assert clock.format_utc(clock.assume_local(naive)) == "2026-12-31T15:30:00.000Z"


def test_late_evening_in_linyi_is_still_today_there() -> None:
    """23:30 in Linyi is 15:30 UTC: the local date is the one people see."""
    previous = clock.install(clock.fixed(dt.datetime(2028, 2, 29, 23, 30)))
    try:
        assert clock.today_local() == dt.date(2028, 2, 29)
        assert clock.now().startswith("2028-02-29T15:30:00")
    finally:
        clock.install(previous)


def test_the_system_clock_reads_a_recent_time() -> None:
    """The programs' clock is aware and in UTC; this only checks its shape, not the day."""
    moment = clock.SYSTEM.moment()
    assert moment.tzinfo is not None and moment.utcoffset() == dt.timedelta(0)
