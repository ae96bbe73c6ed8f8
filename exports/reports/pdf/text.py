"""Words and numbers on paper: translation without Qt, escaping, dates, Chinese numerals.

The documents are built without Qt, so the caller passes ``translate(context, text)``
(``QCoreApplication.translate`` in the app, after the translators are installed; the
identity for English). Source strings are written as ``translate("reports", "…")`` or,
where a string is only listed, ``QT_TRANSLATE_NOOP("reports", "…")``; pyside6-lupdate
collects both forms from Python files (checked with PySide6 6.12).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from xml.sax.saxutils import escape

Translate = Callable[[str, str], str]
CONTEXT = "reports"
_DIGITS = "〇一二三四五六七八九"


class ReportProblem(Exception):
    """Base of the typed errors of the printouts (worded in ui/messages/reports.py)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for translation where it is listed; it is translated where printed."""
    return text


def english(context: str, text: str) -> str:
    """The translate callable for English documents: the source text itself."""
    return text


def markup(text: object) -> str:
    """Text typed by a person as reportlab paragraph markup that prints it literally."""
    # Ideographic spaces (used to line things up in Chinese) as an entity: reportlab keeps
    # those, but collapses the raw character like any other white space.
    return escape(str(text)).replace("\n", "<br/>").replace("\u3000", "&#12288;")


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五 (heading numbers)."""
    if n < 0:
        raise ValueError(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = (
        ""
        if rest == 0
        else (
            "零" + _DIGITS[rest]
            if rest < 10
            else ("一" if rest < 20 else "") + chinese_number(rest)
        )
    )
    return _DIGITS[n // 100] + "百" + tail


class Words:
    """The translate callable with the formatting every document shares."""

    def __init__(self, translate: Translate = english) -> None:
        self.translate = translate

    def marked(self, text: str) -> str:
        """Translate a string marked with QT_TRANSLATE_NOOP where it is listed."""
        return self.translate(CONTEXT, text)

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return ""
        return self.translate("reports", "{day} {month_name} {year}").format(
            year=day.year, month=day.month, day=day.day, month_name=day.strftime("%b")
        )

    def short(self, day: dt.date | dt.datetime | None) -> str:
        """A date (and time) for table cells, where width is short: 2026-11-27 14:05."""
        if day is None:
            return ""
        return f"{day:%Y-%m-%d %H:%M}" if isinstance(day, dt.datetime) else f"{day:%Y-%m-%d}"

    def moment(self, moment: dt.datetime | None) -> str:
        if moment is None:
            return ""
        return self.date(moment.date()) + moment.strftime(" %H:%M")

    def heading1(self, n: int, text: str) -> str:
        return self.translate("reports", "{n}. {text}").format(n=n, cn=chinese_number(n), text=text)

    def heading2(self, n: int, text: str) -> str:
        return self.translate("reports", "({n}) {text}").format(
            n=n, cn=chinese_number(n), text=text
        )

    def percent(self, value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}%"

    def change(self, now: int, before: int) -> str:
        """Year-on-year change as a signed percentage, or — when there is no base."""
        if not before:
            return "—"
        return f"{100.0 * (now - before) / before:+.1f}%"

