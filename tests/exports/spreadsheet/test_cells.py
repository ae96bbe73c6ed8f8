"""Dates in the forms platforms export them."""

from __future__ import annotations

import datetime as dt

import pytest

from exports.spreadsheet import cells


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-03-05 14:22", "2026-03-05 14:22:00"),
    ("2026-03-05 14:22:31", "2026-03-05 14:22:31"),
    ("2026/3/5", "2026-03-05 00:00:00"),
    ("2026/3/5 8:05", "2026-03-05 08:05:00"),
    ("2026年3月5日", "2026-03-05 00:00:00"),
    ("2026年3月5日 14时22分", "2026-03-05 14:22:00"),
    ("２０２６年３月５日", "2026-03-05 00:00:00"),
    ("2026.3.5", "2026-03-05 00:00:00"),
    ("20260305", "2026-03-05 00:00:00"),
    ("2026-03-05T14:22:31", "2026-03-05 14:22:31"),
    (46086.5, "2026-03-05 12:00:00"),
    ("46086.5", "2026-03-05 12:00:00"),
    (dt.datetime(2026, 3, 5, 14, 22), "2026-03-05 14:22:00"),
    (dt.date(2026, 3, 5), "2026-03-05 00:00:00"),
])
def test_dates(value: object, expected: str) -> None:
    assert cells.moment(value) == expected


@pytest.mark.parametrize("value", ["", None, "昨天", "2026-02-30", "12", 7, "2026/13/1"])
def test_not_dates(value: object) -> None:
    assert cells.moment(value) is None


def test_text_drops_spurious_decimals() -> None:
    assert cells.text(202603050001.0) == "202603050001"
    assert cells.text("  a ") == "a"
