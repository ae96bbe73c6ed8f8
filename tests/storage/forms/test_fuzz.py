"""Any workbook either imports or gets one located line; never a traceback.

Hypothesis writes workbooks the way people do: headers in any case and order, real
and misspelt types, expressions, empty rows, empty and extra sheets, numbers and dates
where text belongs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.forms import checklists, validate, xlsform

HEADERS = ["type", "Type", "TYPE", "name", "Name", "label", "Label", "label::中文 (zh)",
           "label::English (en)", "hint", "relevant", "constraint", "constraint_message",
           "calculation", "choice_filter", "repeat_count", "required", "required_message",
           "appearance", "parameters", "default", "trigger", "read_only", "severity",
           "Severity", "weight", "department", "media::image", "bind::odk:length",
           "list_name", "list name", "compliance", "form_id", "form_title", "version",
           "default_language", "备注", "", "x"]
TYPES = ["text", "integer", "int", "decimal", "select_one yn", "select1 yn",
         "select_multiple yn", "select all that apply yn", "select_one yn or_other",
         "select_one_from_file a.csv", "begin_group", "end_group", "begin group",
         "end group", "begin_repeat", "end_repeat", "begin repeat", "end repeat",
         "calculate", "note", "date", "dateTime", "time", "range", "geopoint", "photo",
         "image", "audio", "acknowledge", "barcode", "start", "deviceid", "rank yn", "osm",
         "Text", "select_one nolist", "hidden", "xml-external", "trigger"]
NAMES = ["a", "b", "c", "rooms", "yes", "no", "n1", "区", "1bad", "a b", "meta"]
EXPRESSIONS = ["${a} = 'yes'", ". > 0", "${b} + 1", "count(${rooms})", "sum(${c})",
               "selected(${a}, 'yes')", "position(..)", "if(${a}, 1, 2)", "${missing}",
               "instance('yn')/root/item[name = ${a}]/label", "pulldata('x')", "((",
               "a = ${a}", "today()", "\u2018yes\u2019", "start=1 end=5", "yes", "true()",
               "search('x')", "${last-saved#a}", "major", "critical", "pass", "fail", "2"]
CELLS = st.one_of(
    st.sampled_from(TYPES), st.sampled_from(NAMES), st.sampled_from(EXPRESSIONS),
    st.text(max_size=12), st.none(), st.integers(-5, 100), st.floats(allow_nan=True),
    st.dates(min_value=dt.date(1900, 1, 1)), st.booleans(), st.just(""),
)


@st.composite
def sheet(draw: Any, typed: bool) -> list[list[Any]]:
    header = draw(st.lists(st.sampled_from(HEADERS), max_size=8))
    if typed and draw(st.booleans()):
        header = ["type", "name", "label", *header]
    rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 1), max_size=10))
    return [header, *rows] if draw(st.booleans()) or rows else draw(
        st.sampled_from([[], [[]], [header]]))


@st.composite
def workbook(draw: Any) -> dict[str, list[list[Any]]]:
    names = draw(st.lists(st.sampled_from(["survey", "Survey", "choices", "settings",
                                           "SETTINGS", "notes", "file:a.csv", "entities",
                                           "Sheet1"]), max_size=4, unique=True))
    return {name: draw(sheet(typed=name.lower() == "survey")) for name in names}


def _check(sheets: dict[str, list[list[Any]]]) -> xlsform.Checklist | None:
    try:
        checklist = xlsform.parse(sheets, name_hint="巡查")
    except xlsform.ChecklistError as error:
        assert error.reason and isinstance(error.detail, str)
        assert error.sheet and isinstance(error.row, int) and error.row >= 0
        assert "\n" not in error.detail.strip()
        return None
    assert checklist.form_id and checklist.version
    found = validate.state(checklist, {})  # a new inspection of it works out
    assert set(found.items) >= {i.name for i in checklist.items}
    assert all(item.row > 0 or item.type == "calculate" for item in checklist.all_items)
    return checklist


@settings(database=None, deadline=None, max_examples=400,
          suppress_health_check=[HealthCheck.too_slow])
@given(workbook())
def test_any_workbook_imports_or_gets_one_located_line(sheets: dict) -> None:
    _check(sheets)


@settings(database=None, deadline=None, max_examples=200,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(TYPES), st.sampled_from(NAMES),
                          st.sampled_from(EXPRESSIONS + [""])), min_size=1, max_size=12))
def test_rows_of_a_plausible_form_import_or_get_one_located_line(
        rows: list[tuple[str, str, str]]) -> None:
    """Real headers, a choice list, and rows of real types with expressions."""
    survey = [["type", "name", "label", "relevant", "calculation"],
              *([kind, name, f"{name}?", condition if kind != "calculate" else "",
                 condition if kind == "calculate" else ""] for kind, name, condition in rows)]
    checklist = _check({"survey": survey, "choices": [["list_name", "name", "label"],
                                                      ["yn", "yes", "是"], ["yn", "no", "否"]],
                        "file:a.csv": [["name", "label"], ["x", "X"]]})
    if checklist is not None:  # and what it reads is what it keeps
        assert checklists.version_id(xlsform.parse(checklist.sheets)) == \
            checklists.version_id(checklist)
