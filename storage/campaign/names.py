"""Normalised compound names, so that 锦绣华庭（一期）小区 and 锦绣华庭 1期 are one key.

The key folds what people write differently for the same name and nothing else:
full-width and half-width forms (NFKC), spaces and punctuation, brackets (their content
is kept), the phase written as 一期 / 1期 / I期 / 第一期, generic suffixes (小区,
住宅小区, 住宅区) and leading place names (山东省, 临沂市, the district and the
street). Words that tell compounds apart are kept: 锦绣花园 and 锦绣家园 are two
compounds, so 花园 / 家园 / 苑 are not stripped. Everything after a building or unit
number (3号楼2单元…) is cut, so an address names its compound.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
                   "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
          "ix": 9, "x": 10}
_PHASE = re.compile(r"第?([零〇一二两三四五六七八九十]+|\d+|(?<![a-z])[ivx]+)期")
_BUILDING = re.compile(r"\d+(号楼|栋|幢|单元).*$")
# Brackets go, their content stays: 锦绣华庭(一期) is 锦绣华庭一期.
_DROP = re.compile(
    r"[\s()\[\]{}（）【】〔〕［］「」『』《》<>〈〉\"'“”‘’·・.,，。、;；:：\-—_/\\|~～#]+")
_SUFFIXES = ("住宅小区", "住宅区", "小区")
PLACE_PREFIXES = ("山东省", "临沂市")
_PLACES = frozenset(PLACE_PREFIXES)


def _number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 3 → 3, iv → 4."""
    if text.isdigit():
        return int(text)
    if text in _ROMAN:
        return _ROMAN[text]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (
            _CHINESE_DIGITS.get(ones, 0) if ones else 0)
    if all(char in _CHINESE_DIGITS for char in text):
        return int("".join(str(_CHINESE_DIGITS[char]) for char in text))
    return None


def _phase(match: re.Match[str]) -> str:
    value = _number(match.group(1))
    return match.group(0) if value is None else f"{value}期"


def fold(text: str) -> str:
    """NFKC, lower case, no spaces, punctuation or bracket characters."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text or "").lower())


def _strip_prefixes(key: str, prefixes: set[str]) -> str:
    # Repeated: 临沂市兰山区金雀山街道锦绣华庭 loses city, district and street in turn.
    stripped = True
    while stripped:
        stripped = False
        for prefix in prefixes:
            if key.startswith(prefix) and len(key) > len(prefix):
                key, stripped = key[len(prefix):], True
    return key


def normalise(text: str, prefixes: Iterable[str] = ()) -> str:
    """The matching key of a compound name or address (see the module docstring)."""
    return normalise_folded(fold(text), {fold(p) for p in prefixes} | _PLACES)


def normalise_folded(key: str, prefixes: set[str] | frozenset[str]) -> str:
    """:func:`normalise` for text and place prefixes already folded (for speed)."""
    key = _strip_prefixes(key, set(prefixes) - {""})
    key = _PHASE.sub(_phase, key)
    key = _BUILDING.sub("", key) or key
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
            break
    return key
