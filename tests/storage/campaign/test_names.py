"""Normalised compound names: what is folded together and what is kept apart."""

from __future__ import annotations

import pytest

from storage.campaign import names


@pytest.mark.parametrize("text", [
    "锦绣华庭一期", "锦绣华庭 1期", "锦绣华庭（一期）", "锦绣华庭(1期)小区", "锦绣华庭Ⅰ期",
    "锦绣华庭第一期", "锦绣华庭ＩＩ期".replace("ＩＩ", "Ｉ"), "锦绣华庭1期住宅小区",
    "临沂市罗庄区锦绣华庭一期", "锦绣华庭一期3号楼2单元501",
])
def test_forms_of_one_name_share_a_key(text: str) -> None:
    assert names.normalise(text, ["罗庄区"]) == "锦绣华庭1期"


@pytest.mark.parametrize(("one", "other"), [
    ("锦绣花园", "锦绣家园"),
    ("锦绣华庭一期", "锦绣华庭二期"),
    ("锦绣华庭一期", "锦绣华庭"),
    ("怡景新苑", "怡景新园"),
])
def test_different_compounds_stay_apart(one: str, other: str) -> None:
    assert names.normalise(one) != names.normalise(other)


def test_full_width_letters_and_digits_fold() -> None:
    assert names.normalise("ＡＢＣ花园１２期") == names.normalise("abc花园 12期")


def test_chinese_numbers_of_phases() -> None:
    assert names.normalise("香榭丽十二期") == "香榭丽12期"
    assert names.normalise("香榭丽二十期") == "香榭丽20期"


def test_a_bare_suffix_is_not_emptied() -> None:
    assert names.normalise("小区") == "小区"
    assert names.normalise("") == ""


def test_street_prefix_after_district_prefix() -> None:
    assert names.normalise("兰山区金雀山街道丰瑞丽都小区", ["兰山区", "金雀山街道"]) == "丰瑞丽都"
