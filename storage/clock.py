"""Timestamps of the store: UTC, ISO 8601, millisecond precision, sortable as text."""

from __future__ import annotations

import datetime as dt


def now() -> str:
    """The current UTC time, e.g. ``2026-11-27T05:45:42.123Z``."""
    return format_utc(dt.datetime.now(dt.UTC))


def format_utc(moment: dt.datetime) -> str:
    """Format an aware datetime as the store's UTC text."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_utc(text: str) -> dt.datetime:
    """Parse the store's UTC text back into an aware datetime."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def today_local() -> dt.date:
    """Today's date on this laptop's clock (deadlines are local dates)."""
    return dt.date.today()
