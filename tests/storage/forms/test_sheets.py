"""Reading sheets as people write them: any-case headers, empty sheets, missing ids."""

from __future__ import annotations

import pytest

from storage.forms import checklists, xlsform

SAMPLE = {  # the shape of the KoboToolbox getting-started sample
    "survey": [["type", "name", "label"], ["text", "name", "Your name"],
               ["integer", "age", "Your age"], ["select_one yn", "ok", "OK?"],
               ["note", "bye", "Thanks"]],
    "choices": [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
}


@pytest.mark.parametrize("empty", [{"settings": []}, {"settings": [["form_title"]]},
                                   {"settings": [["version", "form_id"], ["", ""]]},
                                   {"notes": [], "settings": [[]]}])
def test_empty_settings_sheets_are_no_settings(empty: dict) -> None:
    """An empty settings sheet crashed the reader with IndexError."""
    checklist = xlsform.parse({**SAMPLE, **empty}, name_hint="sample_xlsform")
    assert [i.name for i in checklist.items] == ["name", "age", "ok", "bye"]


def test_an_empty_choices_sheet_is_no_choices() -> None:
    survey = {"survey": [["type", "name", "label"], ["text", "a", "A"]], "choices": [[]]}
    assert len(xlsform.parse(survey).items) == 1


def test_headers_in_any_case_reach_every_check() -> None:
    """Type/Name/Label headers used to skip XunCha's own checks (KeyError, dropped columns)."""
    sheets = {
        "Survey": [["Type", "Name", "Label", "Choice_Filter", "Severity", "Weight",
                    "Calculation"],
                   ["select_one d", "district", "District", "", "", "", ""],
                   ["select_one s", "street", "Street", "district = ${district}", "major",
                    "2", ""],
                   ["begin repeat", "rooms", "Rooms", "", "", "", ""],
                   ["geopoint", "where", "Where", "", "", "", ""],
                   ["end repeat", "", "", "", "", "", ""],
                   ["calculate", "n", "", "", "", "", "count(${rooms})"]],
        "Choices": [["List_Name", "Name", "Label", "District", "Compliance"],
                    ["d", "a", "A", "", ""], ["s", "x", "X", "a", "pass"],
                    ["s", "y", "Y", "a", "fail"]],
    }
    checklist = xlsform.parse(sheets)
    street = checklist.item("street")
    assert street.choice_filter is not None and street.choice_filter.text == \
        "district = ${district}"
    assert (street.severity, street.weight, street.scored) == ("major", 2, True)
    assert checklist.item("where").repeat == "rooms"
    assert checklist.item("n").calculation is not None


def test_a_duplicate_label_column_is_refused_like_pyxform_does() -> None:
    sheets = {"survey": [["type", "name", "label", "label"], ["text", "a", "A", "B"]]}
    with pytest.raises(xlsform.ChecklistError) as caught:
        xlsform.parse(sheets)
    error = caught.value
    assert (error.reason, error.sheet, error.row, error.column) == (
        "duplicate_column", "survey", 1, "label")


def test_headers_that_differ_only_in_case_are_duplicates() -> None:
    sheets = {"survey": [["type", "name", "label", "severity", "Severity"],
                         ["text", "a", "A", "major", "minor"]]}
    with pytest.raises(xlsform.ChecklistError, match="duplicate_column"):
        xlsform.parse(sheets)


def test_a_form_without_version_gets_one_from_its_content_and_says_so() -> None:
    checklist = xlsform.parse(SAMPLE, name_hint="sample_xlsform")
    assert checklist.version and checklist.form_id == "sample_xlsform"
    assert [n.reason for n in checklist.notices] == ["derived_form_id", "derived_version"]
    again = xlsform.parse(checklist.sheets)  # as an export reads back: the same version
    assert (again.form_id, again.version) == (checklist.form_id, checklist.version)
    assert checklists.version_id(again) == checklists.version_id(checklist)
    assert again.notices == ()
    changed = {**SAMPLE, "survey": [*SAMPLE["survey"], ["text", "more", "More"]]}
    assert xlsform.parse(changed, name_hint="sample_xlsform").version != checklist.version


def test_forms_without_form_id_take_their_title_or_file_name() -> None:
    """All such forms used to become "checklist" and clash."""
    titled = {**SAMPLE, "settings": [["form_title", "version"], ["违建 巡查表", "3"]]}
    assert xlsform.parse(titled, name_hint="x").form_id == "违建_巡查表"
    assert xlsform.parse(SAMPLE, name_hint="楼栋检查").form_id == "楼栋检查"
    assert xlsform.parse(SAMPLE).form_id.startswith("checklist_")


def test_a_single_sheet_of_any_name_is_the_survey() -> None:
    assert len(xlsform.parse({"Sheet1": SAMPLE["survey"][:3]}).items) == 2
    with pytest.raises(xlsform.ChecklistError, match="no_survey_sheet"):
        xlsform.parse({"settings": [["version"], ["1"]]})


def test_sheets_this_app_does_not_read_are_refused_by_name() -> None:
    with pytest.raises(xlsform.ChecklistError) as caught:
        xlsform.parse({**SAMPLE, "entities": [["list_name", "label"], ["trees", "x"]]})
    assert (caught.value.reason, caught.value.sheet) == ("unsupported_sheet", "entities")
