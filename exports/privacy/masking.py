"""Masking (脱敏) of personal numbers inside free text: phones, ID cards, bank cards.

    mask("王某 13812345678 反映") == "王某 138****5678 反映"
    unmask("王某 138****5678 反映，已回访", "王某 13812345678 反映") \
        == "王某 13812345678 反映，已回访"

Pure functions. A number is masked only when it stands alone (no ASCII letter or digit
right before or after it) and is what it looks like: a mobile number (11 digits from
13…19…, an optional +86, spaces or dashes between the groups), a landline with its
area code (0539-8123456), an 18-digit resident ID whose birth date and check digit are
valid, or a bank card of 16 to 19 digits that passes the Luhn check and starts as card
numbers do (62 UnionPay, 4, 5, 3). Dates, amounts, work-order and inspection numbers
(LY2026030000123, XC-2026-7F3A-000123) are left as they are. Full-width digits count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

STAR = "*"
_STAR_ESCAPED = re.escape(STAR)
_D = "[0-9０-９]"
_EDGE_BEFORE = "(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])"
_EDGE_AFTER = "(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])"
_SEP = "[ \\-－]?"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789XX")

_ID_CARD = re.compile(f"{_EDGE_BEFORE}{_D}{{17}}[0-9０-９XxＸｘ]{_EDGE_AFTER}")
_BANK_CARD = re.compile(f"{_EDGE_BEFORE}{_D}{{4}}(?:{_SEP}{_D}{{4}}){{2}}{_SEP}{_D}{{4,7}}"
                        f"{_EDGE_AFTER}")
_MOBILE = re.compile(f"{_EDGE_BEFORE}(?P<country>(?:\\+|＋)?(?:86|８６){_SEP})?"
                     f"(?P<number>[1１][3-9３-９]{_D}{_SEP}{_D}{{4}}{_SEP}{_D}{{4}})"
                     f"{_EDGE_AFTER}")
_LANDLINE = re.compile(f"{_EDGE_BEFORE}(?P<area>[0０]{_D}{{2,3}}[\\-－])"
                       f"(?P<number>{_D}{{7,8}}){_EDGE_AFTER}")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_CARD_STARTS = ("62", "4", "5", "3")


def mask(text: str) -> str:
    """``text`` with every phone, ID card and bank card number in it masked."""
    return _masked(text)[0]


def unmask(text: str, original: str) -> str:
    """``text`` with the masked numbers of ``original`` in it put back as they were.

    ``text`` is ``mask(original)`` as it came back, perhaps edited around the masked
    numbers: each masked number it still shows (standing alone) becomes the number it
    hid. A number typed anew, or a masked one of another text, stays as it is.
    """
    if STAR not in text:
        return text
    masked, spans = _masked(original)
    if text == masked:
        return original
    hidden: dict[str, str] = {}
    for start, end in spans:
        hidden.setdefault(masked[start:end], original[start:end])
    if not hidden:
        return text
    shown = "|".join(re.escape(m) for m in sorted(hidden, key=len, reverse=True))
    found = re.compile(f"{_EDGE_BEFORE}(?<!{_STAR_ESCAPED})(?:{shown})(?!{_STAR_ESCAPED})"
                       f"{_EDGE_AFTER}")
    return found.sub(lambda m: hidden[m.group(0)], text)


def _masked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` masked, and where (masking keeps the length: a digit becomes a star)."""
    spans: list[tuple[int, int]] = []
    if not any(ch.isdigit() for ch in text):
        return text, spans
    for pattern, replace in ((_ID_CARD, _when(_is_id_card, 3, 4)),
                             (_BANK_CARD, _when(_is_bank_card, 4, 4)),
                             (_MOBILE, _mobile), (_LANDLINE, _landline)):
        text = pattern.sub(_noting(replace, spans), text)
    return text, spans


def _noting(replace: Callable[[re.Match[str]], str],
            spans: list[tuple[int, int]]) -> Callable[[re.Match[str]], str]:
    def noted(found: re.Match[str]) -> str:
        result = replace(found)
        if result != found.group(0):
            spans.append(found.span())
        return result

    return noted


def mask_value(value: object) -> object:
    """A cell's value masked if it is text; numbers and dates stay as they are."""
    return mask(value) if isinstance(value, str) else value


def digits(text: str) -> str:
    """The ASCII digits (and X) of ``text``, full-width ones converted."""
    return "".join(ch for ch in text.translate(_FULL_WIDTH) if ch.isdigit() or ch == "X")


def stars(text: str, head: int, tail: int) -> str:
    """``text`` with its digits starred but the first ``head`` and last ``tail``.

    Separators (spaces, dashes) stay where they were, so ``138-1234-5678`` becomes
    ``138-****-5678``.
    """
    positions = [n for n, ch in enumerate(text) if ch.translate(_FULL_WIDTH).isdigit()
                 or ch in "XxＸｘ"]
    hidden = set(positions[head:len(positions) - tail])
    return "".join(STAR if n in hidden else ch for n, ch in enumerate(text))


def _when(check: Callable[[str], bool], head: int, tail: int) -> Callable[[re.Match[str]],
                                                                            str]:
    def replace(found: re.Match[str]) -> str:
        text = found.group(0)
        return stars(text, head, tail) if check(digits(text)) else text

    return replace


def _is_id_card(number: str) -> bool:
    """An 18-digit resident ID: a real birth date and the right check digit."""
    try:
        born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if not 1900 <= born.year <= 2100:
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17]


def _is_bank_card(number: str) -> bool:
    """16 to 19 digits, starting as card numbers do, passing the Luhn check."""
    if not 16 <= len(number) <= 19 or not number.startswith(_CARD_STARTS):
        return False
    total = 0
    for n, digit in enumerate(reversed(number)):
        value = int(digit) * (2 if n % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _mobile(found: re.Match[str]) -> str:
    return (found.group("country") or "") + stars(found.group("number"), 3, 4)


def _landline(found: re.Match[str]) -> str:
    return found.group("area") + stars(found.group("number"), 0, 4)
