"""What a form works out from its answers: repeats, calculations, filters, lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.forms import validate, xlsform
from storage.forms.xlsform import BLOCK_ID

STRUCTURES = Path(__file__).resolve().parents[2] / "data" / "structures_checklist.md"


@pytest.fixture(scope="module")
def structures() -> xlsform.Checklist:
    return xlsform.parse(xlsform.read_markdown(STRUCTURES.read_text(encoding="utf-8")))


def block(ident: str, **answers: object) -> dict[str, object]:
    return {BLOCK_ID: ident, **answers}


def test_calculations_see_repeats_as_sets_and_blocks_see_their_own(
        structures: xlsform.Checklist) -> None:
    answers = {"structures": [block("0001-a", area=12.5, permit="issue"),
                              block("0002-b", area=30, permit="ok")]}
    found = validate.state(structures, answers)
    assert found.values["total_area"] == 42.5
    assert found.values["count"] == 2
    assert found.values["structures[0002-b]/number"] == 2  # position(..)
    assert validate.fill(structures.item("summary").label("zh"), found, (), "zh") == \
        "共 2 处，合计 42.5 平方米"


def test_a_block_item_breaks_its_rule_in_its_own_block_only(
        structures: xlsform.Checklist) -> None:
    answers = {"structures": [block("0001-a", location="东侧", area=12, permit="ok"),
                              block("0002-b", location="顶", area=-1, permit="ok")]}
    problems = validate.validate(structures, answers, final=False)
    assert [(p.item, p.reason) for p in problems] == [("structures[0002-b]/area",
                                                       "constraint")]


def test_each_block_counts_in_the_score_and_offers_its_own_finding(
        structures: xlsform.Checklist) -> None:
    answers = {"structures": [block("0001-a", permit="issue"), block("0002-b", permit="ok"),
                              block("0003-c", permit="ok")]}
    assert validate.score(structures, answers) == 66.7  # rounded as before: one decimal
    assert [p for p, _ in validate.failing(structures, answers)] == [
        "structures[0001-a]/permit"]


def test_cascading_choices_follow_the_answers(structures: xlsform.Checklist) -> None:
    found = validate.state(structures, {"district": "lanshan"})
    assert [c.name for c in found.choices["street"]] == ["lanshan_st", "yinqueshan"]
    assert found.choices["community"] == ()
    found = validate.state(structures, {"district": "lanshan", "street": "yinqueshan"})
    assert [c.name for c in found.choices["community"]] == ["yinque"]
    problems = validate.validate(structures, {"district": "hedong", "street": "yinqueshan"},
                                 final=False)
    assert [(p.item, p.reason) for p in problems] == [("street", "choice")]


def test_labels_show_the_answers_they_name(structures: xlsform.Checklist) -> None:
    answers = {"community": "yinque", "structures": [block("0001-a")]}
    found = validate.state(structures, answers)
    label = structures.item("location").label("zh")
    assert validate.fill(label, found, (("structures", "0001-a"),), "zh") == \
        "银雀社区 位置（楼栋/单元）"


NESTED = {
    "survey": [["type", "name", "label", "calculation", "repeat_count"],
               ["integer", "floors", "楼层数", "", ""],
               ["begin_repeat", "floor", "楼层", "", "${floors}"],
               ["begin_repeat", "room", "房间", "", ""],
               ["decimal", "area", "面积", "", ""],
               ["end_repeat", "", "", "", ""],
               ["calculate", "floor_area", "", "sum(${area})", ""],
               ["end_repeat", "", "", "", ""],
               ["calculate", "all_area", "", "sum(${area})", ""],
               ["calculate", "second", "", "indexed-repeat(${floor_area}, ${floor}, 2)", ""],
               ["calculate", "rooms", "", "count(${room})", ""],
               ["calculate", "once_id", "", "once(uuid())", ""]],
    "settings": [["form_id", "version"], ["nested", "1"]],
}


def test_nested_repeats_sum_within_their_block_and_across_the_form() -> None:
    checklist = xlsform.parse(NESTED)
    answers = {"floors": 2, "floor": [
        block("0001-a", room=[block("0001-x", area=10), block("0002-y", area=5)]),
        block("0002-b", room=[block("0001-z", area=7)])]}
    found = validate.state(checklist, answers)
    assert found.values["floor[0001-a]/floor_area"] == 15
    assert found.values["floor[0002-b]/floor_area"] == 7
    assert (found.values["all_area"], found.values["second"], found.values["rooms"]) == \
        (22, 7, 3)
    assert found.counts == {"floor": 2, "floor[0001-a]/room": None, "floor[0002-b]/room": None}


def test_a_fixed_count_of_blocks_must_be_met_when_final() -> None:
    checklist = xlsform.parse(NESTED)
    answers = {"floors": 3, "floor": [block("0001-a")]}
    assert validate.validate(checklist, answers, final=False) == []
    (problem,) = validate.validate(checklist, answers)
    assert (problem.item, problem.reason, problem.value) == ("floor", "repeat_count", 3)


def test_derived_values_are_the_same_every_time_for_one_inspection() -> None:
    checklist = xlsform.parse(NESTED)
    context = validate.Context(seed="inspection-1")
    first = validate.state(checklist, {}, context=context).values["once_id"]
    assert first == validate.state(checklist, {"floors": 1}, context=context).values[
        "once_id"]
    other = validate.state(checklist, {}, context=validate.Context(seed="inspection-2"))
    assert other.values["once_id"] != first and len(first) == 36


def test_lookups_read_a_list_attached_to_the_form() -> None:
    checklist = xlsform.parse({
        "survey": [["type", "name", "label", "calculation"],
                   ["select_one_from_file sites.csv", "site", "地点", ""],
                   ["calculate", "owner", "", "instance('sites')/root/item[name=${site}]/owner"],
                   ["calculate", "big", "", "count(instance('sites')/root/item[area > 50])"]],
        "file:sites.csv": [["name", "label", "owner", "area"], ["a", "甲", "物业", "80"],
                           ["b", "乙", "业主", "20"]],
        "settings": [["form_id", "version"], ["sites", "1"]]})
    assert [c.label("zh") for c in checklist.item("site").choices] == ["甲", "乙"]
    found = validate.state(checklist, {"site": "b"})
    assert (found.values["owner"], found.values["big"]) == ("业主", 1)


def test_a_lookup_of_a_list_the_form_lacks_is_refused_on_import() -> None:
    with pytest.raises(xlsform.ChecklistError) as caught:
        xlsform.parse({"survey": [["type", "name", "label", "calculation"],
                                  ["calculate", "x", "", "instance('nope')/root/item/name"]]})
    assert (caught.value.reason, caught.value.column) == ("unknown_list", "calculation")


def test_defaults_start_a_new_inspection_static_and_computed() -> None:
    checklist = xlsform.parse({
        "survey": [["type", "name", "label", "default"],
                   ["integer", "n", "数", "3"], ["date", "d", "日期", "today()"]],
        "settings": [["form_id", "version"], ["d", "1"]]})
    import datetime as dt  # noqa: PLC0415 - only here

    assert validate.defaults(checklist, dt.date(2026, 11, 27)) == {"n": 3, "d": "2026-11-27"}
