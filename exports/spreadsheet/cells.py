"""Reading the values of exported cells: text, and dates in the forms platforms write.

A date may arrive as a date cell, an Excel serial number (a date cell whose format
was lost), or text: ``2026-03-05 14:22``, ``2026/3/5``, ``2026年3月5日 14时22分``,
``2026.3.5``, ``20260305``. All become ``YYYY-MM-DD HH:MM:SS`` (local time, as the
platform wrote it); anything else is ``None`` and the row is reported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
# Serials of 1990 … 2100: a plain number outside that is not a date.
_SERIAL_RANGE = (32874, 73051)
_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2}))?\s*秒?(?:\.\d+)?)?\s*分?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2})(?::?(\d{2}))?)?$")


def text(value: Any) -> str:
    """A cell as clean text: numbers without a spurious ``.0``, spaces trimmed."""
    if type(value) is str:  # most cells: the fast way first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value).strip()


def moment(value: Any) -> str | None:
    """A cell as ``YYYY-MM-DD HH:MM:SS``, or None if it is no date."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d 00:00:00")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(float(value))
    raw = unicodedata.normalize("NFKC", text(value))
    match = _DATE.match(raw) or _COMPACT.match(raw)
    if match is None:
        number = _number(raw)
        return _serial(number) if number is not None else None
    year, month, day, hour, minute, second = (int(p) if p else 0 for p in match.groups())
    try:
        dt.datetime(year, month, day, hour, minute, second)  # refuses 2026-02-30
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}"


def _number(raw: str) -> float | None:
    try:
        return float(raw)
    except ValueError:
        return None


def _serial(number: float) -> str | None:
    if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        return None
    stamp = _EXCEL_EPOCH + dt.timedelta(days=number)
    # Serials carry seconds as a fraction of a day; round away the float noise.
    stamp = (stamp + dt.timedelta(milliseconds=500)).replace(microsecond=0)
    return stamp.strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class Problem:
    """Why a cell or row cannot be imported: where (sheet, row, column) and the reason.

    Every workbook import reports its problems so (sync files, departments' score
    sheets …), and ``ui.messages.sync.problem`` words them.
    """

    sheet: str
    row: int
    column: str  # "C (检查人)" or ""
    reason: str  # type | choice | required | error_cell | constraint | unknown_reference …
    value: Any = None
    detail: str = ""
