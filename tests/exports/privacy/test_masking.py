"""Masking: phone, ID card and bank card numbers hidden in any Chinese text, nothing else."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exports.privacy import masking

_CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_PUNCTUATION = st.sampled_from(list("，。：；、（）【】《》！？“”  \n-·"))
TEXT = st.text(alphabet=st.one_of(_CHINESE, _PUNCTUATION), max_size=40)


def _id_card(region: int, born: dt.date, sequence: int) -> str:
    body = f"{region:06d}{born:%Y%m%d}{sequence:03d}"
    total = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10,
                                                   5, 8, 4, 2), strict=True))
    return body + "10X98765432"[total % 11]


def _luhn(body: str) -> str:
    for check in "0123456789":
        number = body + check
        total = sum((int(d) * (2 if n % 2 else 1)) - (9 if int(d) * (2 if n % 2 else 1) > 9
                                                      else 0)
                    for n, d in enumerate(reversed(number)))
        if total % 10 == 0:
            return number
    raise AssertionError(body)


MOBILES = st.builds(lambda second, rest: f"1{second}{rest:09d}",
                    st.sampled_from("3456789"), st.integers(0, 10**9 - 1))
ID_CARDS = st.builds(_id_card, st.integers(110000, 659999),
                     st.dates(dt.date(1930, 1, 1), dt.date(2025, 12, 31)),
                     st.integers(0, 999))
BANK_CARDS = st.builds(lambda start, rest, length: _luhn((start + f"{rest:018d}")[:length - 1]),
                       st.sampled_from(["62", "4", "5", "3"]), st.integers(0, 10**18 - 1),
                       st.integers(16, 19))
LANDLINES = st.builds(lambda area, number: f"0{area}-{number}",
                      st.sampled_from(["539", "531", "10", "21"]),
                      st.integers(2_000_000, 99_999_999).map(str))


def _expected(number: str, head: int, tail: int) -> str:
    return number[:head] + "*" * (len(number) - head - tail) + number[len(number) - tail:]


@given(TEXT, MOBILES, TEXT)
def test_a_mobile_number_keeps_its_first_three_and_last_four(before: str, number: str,
                                                             after: str) -> None:
    assert masking.mask(before + number + after) == before + _expected(number, 3, 4) + after


@given(TEXT, ID_CARDS, TEXT)
def test_an_id_card_number_keeps_its_first_three_and_last_four(before: str, number: str,
                                                               after: str) -> None:
    assert masking.mask(before + number + after) == before + _expected(number, 3, 4) + after


@given(TEXT, BANK_CARDS, TEXT)
def test_a_bank_card_number_keeps_its_first_and_last_four(before: str, number: str,
                                                          after: str) -> None:
    assert masking.mask(before + number + after) == before + _expected(number, 4, 4) + after


@given(TEXT, LANDLINES, TEXT)
def test_a_landline_keeps_its_area_code_and_last_four(before: str, number: str,
                                                      after: str) -> None:
    area, local = number.split("-")
    assert masking.mask(before + number + after) == \
        before + area + "-" + _expected(local, 0, 4) + after


KINDS = st.one_of(MOBILES.map(lambda n: (n, 3, 4)), ID_CARDS.map(lambda n: (n, 3, 4)),
                  BANK_CARDS.map(lambda n: (n, 4, 4)))


@given(st.lists(st.tuples(TEXT, KINDS), min_size=1, max_size=5), TEXT)
def test_every_number_of_a_text_is_masked_and_masking_twice_changes_nothing(
        parts: list[tuple[str, tuple[str, int, int]]], tail: str) -> None:
    text = "".join(f"{filler} {number} " for filler, (number, _, _) in parts) + tail
    expected = "".join(f"{filler} {_expected(number, head, end)} "
                       for filler, (number, head, end) in parts) + tail
    masked = masking.mask(text)
    assert masked == expected
    assert masking.mask(masked) == masked


DATES = st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31))
NOT_NUMBERS = st.one_of(
    DATES.map(lambda d: d.isoformat()),
    DATES.map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
    DATES.map(lambda d: f"{d:%Y/%m/%d}"), DATES.map(lambda d: f"{d:%Y%m%d}"),
    st.builds(lambda d, h, m: f"{d.isoformat()} {h:02d}:{m:02d}", DATES, st.integers(0, 23),
              st.integers(0, 59)),
    st.builds(lambda d, n: f"LY{d:%Y%m}{n:07d}", DATES, st.integers(0, 10**7 - 1)),
    st.builds(lambda d, n: f"{d:%Y%m%d}{n:05d}", DATES, st.integers(0, 99_999)),
    st.builds(lambda kind, y, dev, n: f"{kind}-{y}-{dev}-{n:06d}", st.sampled_from(["XC", "ZG"]),
              st.integers(2020, 2035), st.text("0123456789ABCDEF", min_size=4, max_size=4),
              st.integers(0, 999_999)),
    st.integers(0, 999_999_999).map(lambda n: f"{n:,}元"),
    st.builds(lambda n, c: f"¥{n}.{c:02d}", st.integers(0, 99_999_999), st.integers(0, 99)),
    st.decimals(0, 10_000, places=1, allow_nan=False).map(lambda n: f"{n}万元"),
    st.integers(1, 99).map(lambda n: f"{n}号楼{n + 1}单元{n * 100 + 2}室"),
    st.just("12345热线"), st.just("110"), st.just("3.5平方米"),
)


@given(TEXT, NOT_NUMBERS, TEXT)
def test_dates_amounts_and_work_order_numbers_are_left_alone(before: str, item: str,
                                                             after: str) -> None:
    text = before + item + after
    assert masking.mask(text) == text


@given(st.text(max_size=60))
def test_text_without_such_numbers_is_unchanged_and_masking_is_idempotent(text: str) -> None:
    assert masking.mask(masking.mask(text)) == masking.mask(text)
    if not any(ch.isdigit() for ch in text):
        assert masking.mask(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("3号楼502业主 王某 13812345678", "3号楼502业主 王某 138****5678"),
    ("电话：138-1234-5678。", "电话：138-****-5678。"),
    ("+86 139 1234 5678", "+86 139 **** 5678"),
    ("来电１３８１２３４５６７８", "来电１３８****５６７８"),
    ("证件号37130219900101123X", None),  # the check digit decides
    ("工单LY2026030000123，13812345678a", "工单LY2026030000123，13812345678a"),
])
def test_examples(text: str, masked: str | None) -> None:
    result = masking.mask(text)
    if masked is None:
        number = masking.digits(text)
        assert (result == text) != masking._is_id_card(number)
    else:
        assert result == masked


@given(st.lists(st.tuples(TEXT, st.one_of(MOBILES, ID_CARDS, BANK_CARDS, LANDLINES)),
                max_size=3), TEXT, TEXT)
def test_unmask_puts_back_the_numbers_around_an_edit(parts: list[tuple[str, str]], tail: str,
                                                    added: str) -> None:
    """What a masked text hid comes back, also when text was added after it."""
    original = "".join(f"{before} {number} " for before, number in parts) + tail
    shown = masking.mask(original)
    assert len(shown) == len(original)  # a digit becomes a star, nothing moves
    assert masking.unmask(shown, original) == original
    assert masking.unmask(shown + "。" + added, original) == original + "。" + added
    assert masking.unmask(added, original) == added
