"""Words on paper: Chinese numerals, escaping typed text, dates and headings in Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from exports.reports.pdf.text import Words, chinese_number, english, markup
from tests.exports.helpers import chinese


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (21, "二十一"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (123, "一百二十三"),
    ],
)
def test_chinese_numbers(n: int, text: str) -> None:
    assert chinese_number(n) == text


def test_markup_escapes_what_an_officer_types() -> None:
    assert markup("<b>a</b> & b\nc") == "&lt;b&gt;a&lt;/b&gt; &amp; b<br/>c"
    assert markup("甲\u3000乙") == "甲&#12288;乙"


def test_dates_and_headings_follow_gbt_9704_in_chinese() -> None:
    words = Words(chinese)
    assert words.date(dt.date(2026, 11, 27)) == "2026年11月27日"
    assert words.heading1(3, "检查情况") == "三、检查情况"
    assert words.heading2(2, "整改要求") == "（二）整改要求"


def test_english_dates_and_headings() -> None:
    words = Words(english)
    assert words.date(dt.date(2026, 11, 7)) == "7 Nov 2026"
    assert words.heading1(3, "Answers") == "3. Answers"
    assert words.heading2(2, "What") == "(2) What"


def test_change_and_percent() -> None:
    words = Words()
    assert words.change(46, 100) == "-54.0%"
    assert words.change(3, 2) == "+50.0%"
    assert words.change(3, 0) == "—"
    assert words.percent(None) == "—"

