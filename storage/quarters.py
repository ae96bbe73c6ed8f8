"""Quarters of the calendar (``2026-Q4``): the one way a quarter is written, read and walked.

The street reviews and the property evaluations happen once a quarter; reports print
a quarter's three months. A quarter is written ``YYYY-Qn``; ``2026q4``, ``2026-Q4 `` and
full-width ``２０２６-Ｑ4`` are read too, anything else is refused with ValueError.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

_TEXT = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


@dataclass(frozen=True, order=True)
class Quarter:
    """One quarter of a year: ``year`` and ``number`` 1 … 4."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4 or not 1900 <= self.year <= 9999:
            raise ValueError(f"{self.year}-Q{self.number}")

    def __str__(self) -> str:
        return f"{self.year:04d}-Q{self.number}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> dt.date:
        month = 3 * self.number
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def months(self) -> list[str]:
        """The quarter's three months as ``YYYY-MM``."""
        first = 3 * self.number - 2
        return [f"{self.year:04d}-{m:02d}" for m in range(first, first + 3)]

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year,
                                                                          self.number - 1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year,
                                                                          self.number + 1)

    def year_before(self) -> Quarter:
        return Quarter(self.year - 1, self.number)

    def contains(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day


def parse(text: str) -> Quarter:
    """``2026-Q4`` as a Quarter; ValueError for anything else."""
    match = _TEXT.match(unicodedata.normalize("NFKC", str(text)))
    if match is None:
        raise ValueError(text)
    return Quarter(int(match.group(1)), int(match.group(2)))


def of(day: dt.date) -> Quarter:
    """The quarter a day falls in."""
    return Quarter(day.year, (day.month - 1) // 3 + 1)


def normal(text: str) -> str:
    """A quarter as it is stored (``2026-Q4``); ValueError for what is no quarter."""
    return str(parse(text))
