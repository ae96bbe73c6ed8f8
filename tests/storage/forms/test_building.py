"""Types and columns as pyxform reads them: its aliases, its quotes, the features forms use."""

from __future__ import annotations

import pytest

from storage.forms import validate, xlsform

CHOICES = [["list_name", "name", "label"], ["yn", "yes", "是"], ["yn", "no", "否"]]


def survey(*rows: list[str], header: tuple[str, ...] = ("type", "name", "label")) -> dict:
    return {"survey": [list(header), *rows], "choices": CHOICES,
            "settings": [["form_id", "version"], ["t", "1"]]}


@pytest.mark.parametrize(("written", "read"), [
    ("select one from yn", "select_one"), ("select1 yn", "select_one"),
    ("select all that apply yn", "select_multiple"), ("select_multiple yn", "select_multiple"),
    ("dateTime", "datetime"), ("photo", "image"), ("image", "image"), ("int", "integer"),
    ("string", "text"), ("Text", "text"), ("q int", "integer"), ("decimal", "decimal"),
    ("time", "time"), ("barcode", "barcode"), ("acknowledge", "acknowledge"),
    ("trigger", "acknowledge"), ("range", "range"), ("geotrace", "geotrace"),
    ("audio", "media"), ("file", "media"), ("calculate", "calculate"), ("hidden", "calculate"),
])
def test_pyxform_aliases_read_as_pyxform_reads_them(written: str, read: str) -> None:
    """These aliases were refused although pyxform accepts them."""
    calculation = "1" if read == "calculate" else ""
    checklist = xlsform.parse(survey([written, "q", "问", calculation],
                                     header=("type", "name", "label", "calculation")))
    assert checklist.item("q").type == read


@pytest.mark.parametrize(("kind", "meta"), [
    ("start", "start"), ("end", "end"), ("today", "today"), ("deviceid", "deviceid"),
    ("imei", "deviceid"), ("username", "username"), ("phonenumber", "phonenumber"),
    ("email", "email"), ("start-geopoint", "geopoint"),
])
def test_metadata_is_filled_in_never_asked(kind: str, meta: str) -> None:
    checklist = xlsform.parse(survey([kind, "m", ""]))
    item = checklist.item("m")
    assert (item.type, item.meta, item.shown, item.answered) == ("meta", meta, False, False)


def test_metadata_takes_its_values_from_the_inspection() -> None:
    checklist = xlsform.parse(survey(["start", "s", ""], ["deviceid", "d", ""],
                                     ["username", "u", ""], ["today", "t", ""]))
    context = validate.Context(start="2026-11-27T09:30:00", device_id="dev-1", username="张伟",
                               today=validate.dt.date(2026, 11, 27))
    values = validate.state(checklist, {}, context=context).values
    assert values == {"s": "2026-11-27T09:30:00", "d": "dev-1", "u": "张伟",
                      "t": "2026-11-27"}


def test_curly_quotes_are_straightened_as_pyxform_does() -> None:
    """Curly quotes in relevant were refused as a syntax error."""
    checklist = xlsform.parse(survey(["select_one yn", "a", "甲"],
                                     ["text", "b", "乙", "${a} = \u2018yes\u2019"],
                                     header=("type", "name", "label", "relevant")))
    assert checklist.item("b").relevant[0].text == "${a} = 'yes'"
    assert validate.relevant(checklist, {"a": "yes"})["b"]


def test_required_message_range_parameters_and_trigger_are_honoured() -> None:
    checklist = xlsform.parse(survey(
        ["integer", "n", "数量", "yes", "请填写数量", "", "", ""],
        ["range", "r", "等级", "", "", "start=0 end=10 step=2", "", ""],
        ["integer", "twice", "两倍", "", "", "", "${n} * 2", "${n}"],
        header=("type", "name", "label", "required", "required_message", "parameters",
                "calculation", "trigger")))
    assert checklist.item("n").required_message("zh") == "请填写数量"
    assert checklist.item("r").parameters == {"start": "0", "end": "10", "step": "2"}
    twice = checklist.item("twice")
    assert twice.trigger == ("n",) and twice.answered  # typed, recalculated on a change
    assert validate.state(checklist, {"n": 4}).recalculated == {"twice": 8}
    assert [p.reason for p in validate.validate(checklist, {"r": 12})] == ["required", "range"]


def test_a_question_with_a_calculation_and_no_trigger_is_read_only() -> None:
    checklist = xlsform.parse(survey(["integer", "a", "甲", ""], ["integer", "b", "乙", "${a}+1"],
                                     header=("type", "name", "label", "calculation")))
    assert checklist.item("b").derived
    assert validate.state(checklist, {"a": 2}).values["b"] == 3


def test_a_required_condition_is_an_expression() -> None:
    checklist = xlsform.parse(survey(["select_one yn", "a", "甲", ""],
                                     ["text", "b", "乙", "${a} = 'yes'"],
                                     header=("type", "name", "label", "required")))
    assert [p.item for p in validate.validate(checklist, {"a": "yes"})] == ["b"]
    assert validate.validate(checklist, {"a": "no"}) == []


def test_a_name_used_twice_is_refused_unless_it_is_a_note() -> None:
    notes = xlsform.parse(survey(["begin_group", "g", "G"], ["note", "n", "一"],
                                 ["end_group", "", ""], ["begin_group", "h", "H"],
                                 ["note", "n", "二"], ["end_group", "", ""]))
    assert [i.label("zh") for i in notes.items] == ["一", "二"]
    with pytest.raises(xlsform.ChecklistError) as caught:
        xlsform.parse(survey(["begin_group", "g", "G"], ["text", "x", "甲"],
                             ["end_group", "", ""], ["begin_group", "h", "H"],
                             ["text", "x", "乙"], ["end_group", "", ""]))
    assert (caught.value.reason, caught.value.row) == ("duplicate_name", 6)


def test_media_in_labels_and_geopoints_are_said_on_import() -> None:
    checklist = xlsform.parse(survey(["geopoint", "where", "位置", "a.png"],
                                     header=("type", "name", "label", "image")))
    assert [n.reason for n in checklist.notices] == ["typed_location", "label_media"]
    assert validate.validate(xlsform.parse(survey(
        ["geopoint", "w", "位置", "yes"], header=("type", "name", "label", "required"))),
        {}) == []  # a laptop has no GPS: a location is never required
