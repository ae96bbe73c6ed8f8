"""The validator on every item type, relevance, constraints, and the score."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.forms import validate, xlsform

HEADER = ["type", "name", "label", "required", "relevant", "constraint", "weight", "default"]
SHEETS = {
    "survey": [
        HEADER,
        ["select_one check", "fire_lane", "消防通道畅通", "yes", "", "", "3", ""],
        ["integer", "cars", "占道车辆数", "yes", "${fire_lane} = 'issue'", ". > 0 and . < 100",
         "", ""],
        ["select_one check", "locks", "无私设地锁", "yes", "", "", "1", ""],
        ["select_multiple kinds", "kinds", "类型", "", "", "count-selected(.) <= 2", "", ""],
        ["decimal", "area", "面积", "", "", ". <= 10000", "", ""],
        ["text", "remarks", "备注", "", "", "string-length(.) <= 10", "", ""],
        ["date", "found", "发现日期", "", "", ". <= today()", "", ""],
        ["datetime", "at", "时间", "", "", "", "", ""],
        ["image", "photo", "照片", "yes", "", "", "", ""],
        ["note", "intro", "说明", "", "", "", "", ""],
    ],
    "choices": [["list_name", "name", "label", "compliance"],
                ["check", "ok", "符合", "pass"], ["check", "issue", "不符合", "fail"],
                ["check", "na", "不适用", "na"],
                ["kinds", "car", "汽车", ""], ["kinds", "bike", "电动车", ""],
                ["kinds", "stall", "摊位", ""]],
    "settings": [["form_id", "version"], ["t", "1"]],
}
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def checklist() -> xlsform.Checklist:
    return xlsform.parse(SHEETS)


def problems(checklist: xlsform.Checklist, answers: dict[str, object],
             **options: object) -> set[tuple[str, str]]:
    found = validate.validate(checklist, answers, today=TODAY, **options)  # type: ignore[arg-type]
    return {(p.item, p.reason) for p in found}


GOOD = {"fire_lane": "ok", "locks": "ok"}


def test_complete_answers_are_valid(checklist: xlsform.Checklist) -> None:
    assert problems(checklist, GOOD, attached={"photo"}) == set()


def test_required_is_checked_only_when_final(checklist: xlsform.Checklist) -> None:
    assert problems(checklist, {}) == {("fire_lane", "required"), ("locks", "required"),
                                       ("photo", "required")}
    assert problems(checklist, {}, final=False) == set()


def test_relevance_hides_and_shows_a_required_item(checklist: xlsform.Checklist) -> None:
    assert validate.relevant(checklist, GOOD)["cars"] is False
    failing = {**GOOD, "fire_lane": "issue"}
    assert validate.relevant(checklist, failing)["cars"] is True
    assert ("cars", "required") in problems(checklist, failing, attached={"photo"})


def test_an_answer_to_an_item_that_does_not_apply_is_ignored(
        checklist: xlsform.Checklist) -> None:
    assert problems(checklist, {**GOOD, "cars": -5}, attached={"photo"}) == set()


@pytest.mark.parametrize(("item", "value", "reason"), [
    ("cars", "many", "type"),
    ("cars", 2.5, "type"),
    ("cars", 0, "constraint"),
    ("cars", 100, "constraint"),
    ("fire_lane", "maybe", "choice"),
    ("kinds", ["car", "boat"], "choice"),
    ("kinds", ["car", "bike", "stall"], "constraint"),
    ("area", "12,5", "type"),
    ("area", 10000.5, "constraint"),
    ("remarks", "这段备注写得实在是太长了一些", "constraint"),
    ("found", "2026-13-01", "type"),
    ("found", "2026-11-28", "constraint"),
    ("at", "tomorrow", "type"),
])
def test_each_type_and_constraint(checklist: xlsform.Checklist, item: str, value: object,
                                  reason: str) -> None:
    answers = {**GOOD, "fire_lane": "issue", "cars": 3, item: value}
    assert (item, reason) in problems(checklist, answers, attached={"photo"})


@pytest.mark.parametrize(("item", "value"), [
    ("cars", "7"), ("cars", 7.0), ("kinds", "car bike"), ("area", "12.5"),
    ("found", dt.date(2026, 11, 27)), ("at", "2026-11-27T09:30"), ("remarks", "物业已整改"),
])
def test_valid_values_of_each_type(checklist: xlsform.Checklist, item: str,
                                   value: object) -> None:
    answers = {**GOOD, "fire_lane": "issue", "cars": 3, item: value}
    assert problems(checklist, answers, attached={"photo"}) == set()


def test_coerce_turns_cells_into_typed_values(checklist: xlsform.Checklist) -> None:
    assert validate.coerce(checklist.item("cars"), "12") == 12
    assert validate.coerce(checklist.item("area"), "3.5") == 3.5
    assert validate.coerce(checklist.item("kinds"), "car  bike") == ["car", "bike"]
    assert validate.coerce(checklist.item("found"), dt.datetime(2026, 3, 5, 14, 22)) == "2026-03-05"
    assert validate.coerce(checklist.item("kinds"), "") == []
    with pytest.raises(validate.CoercionError):
        validate.coerce(checklist.item("cars"), "三")


def test_score_is_weighted_share_of_applicable_compliant_items(
        checklist: xlsform.Checklist) -> None:
    assert validate.score(checklist, {}) is None
    assert validate.score(checklist, GOOD) == 100.0
    assert validate.score(checklist, {"fire_lane": "issue", "locks": "ok"}) == 25.0
    assert validate.score(checklist, {"fire_lane": "na", "locks": "issue"}) == 0.0


def test_non_compliant_items_in_form_order(checklist: xlsform.Checklist) -> None:
    failing = validate.non_compliant(checklist, {"fire_lane": "issue", "locks": "issue"})
    assert [item.name for item in failing] == ["fire_lane", "locks"]


def test_the_score_shown_is_rounded_once_the_same_everywhere() -> None:
    """The screen showed 84 and the record 84.4: both now show validate.shown_score."""
    assert [validate.shown_score(s) for s in (84.4, 84.5, 85.5, 99.95, 0.0)] == [84, 85, 86,
                                                                                100, 0]
    assert validate.shown_score(None) is None
    assert validate.score_text(84.4) == "84" and validate.score_text(None) == "—"
