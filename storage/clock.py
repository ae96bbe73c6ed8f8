"""The application's one clock: timestamps (UTC), local dates and times, the time zone.

Nothing else reads the system clock or time zone. The programs run on the system's
(:data:`SYSTEM`); the tests install a clock that starts at a fixed moment in Linyi's
time zone and ticks a millisecond per reading, so no test depends on the day, the hour
or the zone it runs in, and records written one after the other still get later times.

Store timestamps are UTC text with millisecond precision, sortable as text
(``2026-11-27T05:45:42.123Z``); deadlines and report periods are local dates.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Clock:
    """Where the time comes from: the current aware moment, and the local zone.

    ``zone`` None means the system's local zone (what the laptop's owner set).
    """

    moment: Callable[[], dt.datetime]
    zone: dt.tzinfo | None = None


@dataclass
class Ticking:
    """A clock for tests and benchmarks: starts at ``start``, each reading a tick later."""

    start: dt.datetime
    tick: dt.timedelta = dt.timedelta(milliseconds=1)
    _readings: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(self) -> dt.datetime:
        with self._lock:
            self._readings += 1
            return self.start + self.tick * self._readings


SYSTEM = Clock(lambda: dt.datetime.now(dt.UTC))
CHINA = dt.timezone(dt.timedelta(hours=8), "CST")  # Linyi's zone: UTC+8, no summer time
_current = SYSTEM


def install(clock: Clock) -> Clock:
    """Make ``clock`` the one every reading uses; return the one it replaces."""
    global _current
    previous, _current = _current, clock
    return previous


def fixed(start: dt.datetime, zone: dt.tzinfo = CHINA) -> Clock:
    """A ticking clock from ``start`` (aware, or local to ``zone`` if naive)."""
    if start.tzinfo is None:
        start = start.replace(tzinfo=zone)
    return Clock(Ticking(start.astimezone(dt.UTC)), zone)


def now_utc() -> dt.datetime:
    """The current moment, aware, in UTC."""
    return _current.moment().astimezone(dt.UTC)


def now() -> str:
    """The current UTC time as the store's text, e.g. ``2026-11-27T05:45:42.123Z``."""
    return format_utc(now_utc())


def format_utc(moment: dt.datetime) -> str:
    """Format an aware datetime as the store's UTC text."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_utc(text: str) -> dt.datetime:
    """Parse the store's UTC text back into an aware datetime."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def after(stamp: str) -> str:
    """The store's UTC text a millisecond after ``stamp``."""
    return format_utc(parse_utc(stamp) + dt.timedelta(milliseconds=1))


def to_local(moment: dt.datetime) -> dt.datetime:
    """An aware moment in the local zone (aware)."""
    return moment.astimezone(_current.zone)


def assume_local(moment: dt.datetime) -> dt.datetime:
    """A naive date and time read as local time (aware); an aware one is kept."""
    if moment.tzinfo is not None:
        return moment
    if _current.zone is not None:
        return moment.replace(tzinfo=_current.zone)
    return moment.astimezone()


def now_local() -> dt.datetime:
    """The current local time, aware."""
    return to_local(now_utc())


def today_local() -> dt.date:
    """Today's date in the local zone (deadlines are local dates)."""
    return now_local().date()


def local_naive(stamp: str | None) -> dt.datetime | None:
    """The store's UTC text as local wall-clock time without a zone (for paper), or None."""
    if not stamp:
        return None
    parsed = parse_utc(stamp)
    if parsed.tzinfo is None:
        return parsed
    return to_local(parsed).replace(tzinfo=None)


def local_text(stamp: str | None) -> str:
    """The store's UTC text as local 'YYYY-MM-DD HH:MM' ('' for none)."""
    moment = local_naive(stamp)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def local_midnight(day: dt.date) -> str:
    """The store's UTC text of the local midnight that starts ``day``."""
    return format_utc(assume_local(dt.datetime.combine(day, dt.time())))
