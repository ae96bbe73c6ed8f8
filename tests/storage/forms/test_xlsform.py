"""XLSForm parsing: the model, languages, extension columns and refused features."""

from __future__ import annotations

import pytest

from storage.forms import xlsform

SURVEY_HEADER = ["type", "name", "label::中文 (zh)", "label::English (en)", "required",
                 "relevant", "constraint", "severity", "department", "weight"]
CHOICES = [["list_name", "name", "label::中文 (zh)", "label::English (en)", "compliance"],
           ["check", "ok", "符合", "Compliant", "pass"],
           ["check", "issue", "不符合", "Non-compliant", "fail"],
           ["check", "na", "不适用", "Not applicable", "na"]]
SETTINGS = [["form_title", "title_en", "form_id", "version"],
            ["测试表", "Test form", "test_form", "1"]]


def sheets(*rows: list[str], header: list[str] | None = None) -> dict[str, list[list[str]]]:
    return {"survey": [header or SURVEY_HEADER, *rows], "choices": CHOICES,
            "settings": SETTINGS}


def form(survey: list[list[str]], choices: list[list[str]] | None = None,
         settings: list[list[str]] | None = None) -> dict[str, list[list[str]]]:
    """A workbook from plain rows (header first)."""
    found = {"survey": survey, "choices": choices if choices is not None else CHOICES}
    return found | ({"settings": settings} if settings is not None else {})


def row(kind: str, name: str, **extra: str) -> list[str]:
    values = {"type": kind, "name": name, "label::中文 (zh)": f"{name}中文",
              "label::English (en)": f"{name} en", **extra}
    return [values.get(column, "") for column in SURVEY_HEADER]


def test_model_carries_groups_languages_and_extensions() -> None:
    checklist = xlsform.parse(sheets(
        row("begin_group", "roof"),
        row("select_one check", "addition", required="yes", severity="critical",
            department="城管", weight="3"),
        row("decimal", "area", relevant="${addition} = 'issue'", constraint=". > 0"),
        row("end_group", ""),
        row("text", "remarks"),
    ))
    assert (checklist.form_id, checklist.version, checklist.title_en) == (
        "test_form", "1", "Test form")
    addition = checklist.item("addition")
    assert addition.group == "roof" and addition.required and addition.scored
    assert (addition.severity, addition.department, addition.weight) == ("critical", "城管", 3)
    assert addition.label("zh") == "addition中文" and addition.label("en") == "addition en"
    assert [c.compliance for c in addition.choices] == ["pass", "fail", "na"]
    area = checklist.item("area")
    assert area.row == 4 and area.relevant[0].references == {"addition"}
    assert [i.name for i in checklist.items] == ["addition", "area", "remarks"]


def test_group_relevance_applies_to_its_items() -> None:
    checklist = xlsform.parse(sheets(
        row("select_one check", "gate"),
        row("begin_group", "details", relevant="${gate} = 'issue'"),
        row("integer", "count"),
        row("end_group", ""),
    ))
    assert len(checklist.item("count").relevant) == 1


def test_repeats_calculations_and_new_types_are_read() -> None:
    checklist = xlsform.parse(sheets(
        row("begin_repeat", "structures"),
        row("decimal", "area", constraint=". > 0"),
        row("geopoint", "where"),
        row("end_repeat", ""),
        row("calculate", "total"),
        row("time", "at"),
        row("select_one check or_other", "kind"),
        header=[*SURVEY_HEADER, "calculation"],
    ) | {"survey": [[*SURVEY_HEADER, "calculation"],
                    row("begin_repeat", "structures") + [""],
                    row("decimal", "area", constraint=". > 0") + [""],
                    row("geopoint", "where") + [""],
                    row("end_repeat", "") + [""],
                    row("calculate", "total") + ["sum(${area})"],
                    row("time", "at") + [""],
                    row("select_one check or_other", "kind") + [""]]})
    repeat = checklist.repeat("structures")
    assert [i.name for i in repeat.items] == ["area", "where"]
    assert checklist.item("area").repeat == "structures"
    assert [i.name for i in checklist.items] == ["total", "at", "kind", "kind_other"]
    assert checklist.item("total").derived and not checklist.item("total").answered
    assert checklist.item("total").calculation.references == {"area"}  # type: ignore[union-attr]
    assert checklist.item("kind").or_other and checklist.item("kind").choice("other")
    other = checklist.item("kind_other")
    assert other.type == "text" and other.relevant[-1].references == {"kind"}
    assert [n.reason for n in checklist.notices] == ["typed_location"]


@pytest.mark.parametrize(("bad_row", "reason", "feature", "column"), [
    (row("rank check", "order"), "unsupported_type", "rank", "type"),
    (row("integer", "n", constraint="pulldata('x', 'y', 'z', 1)"), "unsupported_function",
     "pulldata", "constraint"),
    (row("integer", "n", relevant="/data/x > 1"), "unsupported_syntax", "/", "relevant"),
    (row("integer", "n", relevant="${missing} > 1"), "unknown_reference", "missing",
     "relevant"),
    (row("select_one check", "n", severity="urgent"), "bad_severity", "urgent", "severity"),
    (row("select_one check", "n", weight="heavy"), "bad_weight", "heavy", "weight"),
    (row("audio", "voice", required="yes"), "unsupported_type", "voice", "required"),
])
def test_unsupported_features_are_refused_with_sheet_row_and_column(
        bad_row: list[str], reason: str, feature: str, column: str) -> None:
    with pytest.raises(xlsform.ChecklistError) as caught:
        xlsform.parse(sheets(row("text", "first"), bad_row))
    error = caught.value
    assert (error.sheet, error.row, error.reason, error.column) == ("survey", 3, reason, column)
    assert feature in error.detail


@pytest.mark.parametrize(("column", "value", "feature"), [
    ("bind::odk:length", "1 10", "bind::odk:length"),
    ("instance::odk:tag", "x", "instance::odk:tag"),
    ("appearance", "search('districts')", "search()"),
    ("parameters", "randomize=true", "randomize"),
    ("default", "${last-saved#first}", "last-saved"),
])
def test_extras_not_honoured_are_refused_by_column(column: str, value: str,
                                                   feature: str) -> None:
    header = [*SURVEY_HEADER, column]
    kind = "select_one check" if column == "parameters" else "text"
    with pytest.raises(xlsform.ChecklistError) as caught:
        xlsform.parse(sheets(row("text", "first") + [""], row(kind, "b") + [value],
                             header=header))
    assert (caught.value.row, caught.value.column) == (3, column)
    assert feature in caught.value.detail


def test_bad_compliance_in_choices_is_refused() -> None:
    bad = sheets(row("select_one check", "a"))
    bad["choices"] = [*CHOICES, ["check", "maybe", "也许", "Maybe", "sometimes"]]
    with pytest.raises(xlsform.ChecklistError) as caught:
        xlsform.parse(bad)
    assert (caught.value.sheet, caught.value.row) == ("choices", 5)


def test_missing_survey_sheet_is_refused() -> None:
    with pytest.raises(xlsform.ChecklistError, match="no_survey_sheet"):
        xlsform.parse({"settings": SETTINGS})


def test_pyxform_errors_become_checklist_errors() -> None:
    """A select_one naming an unknown choice list is reported by pyxform, with its row."""
    with pytest.raises(xlsform.ChecklistError) as caught:
        xlsform.parse(sheets(row("text", "a"), row("select_one nolist", "b")))
    assert caught.value.reason == "xlsform"
    assert "nolist" in caught.value.detail


def test_spreadsheet_numbers_and_dates_read_as_text() -> None:
    """A version typed as 2 in Excel arrives as 2.0 and must read back as '2'."""
    data = sheets(row("text", "a"))
    data["settings"] = [SETTINGS[0], ["测试表", "Test form", "test_form", 2.0]]
    assert xlsform.parse(data).version == "2"


def test_markdown_reader_keeps_sheets_and_cells() -> None:
    text = "| survey |\n| | type | name |\n| | text | a |\n| settings |\n| | version |\n| | 1 |\n"
    assert xlsform.read_markdown(text) == {"survey": [["type", "name"], ["text", "a"]],
                                           "settings": [["version"], ["1"]]}
