"""Checklists exported to .xlsx and imported back are the same checklist."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from exports.forms import checklist_file, lists
from exports.spreadsheet.files import WorkbookError
from storage.forms import checklists, xlsform
from tests.storage.forms import test_fuzz as fuzz


@pytest.mark.parametrize("form_id", checklists.BUILTIN)
def test_export_then_import_gives_the_same_checklist(tmp_path: Path, form_id: str) -> None:
    original = checklists.builtin(form_id)
    path = tmp_path / f"{form_id}.xlsx"
    checklist_file.export(original, path)
    back = checklist_file.read(path)
    assert checklists.version_id(back) == checklists.version_id(original)
    assert back.items == original.items


def test_exported_workbook_is_readable_by_people(tmp_path: Path) -> None:
    path = tmp_path / "parking.xlsx"
    checklist_file.export(checklists.builtin("parking"), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["survey", "choices", "settings"]
    survey = book["survey"]
    assert survey.freeze_panes == "A2"
    assert survey["A1"].font.bold
    assert "label::中文 (zh)" in [cell.value for cell in survey[1]]


def test_supervisor_edit_in_a_spreadsheet_is_read(tmp_path: Path) -> None:
    """A label changed and the version bumped in the .xlsx come back as a new version."""
    path = tmp_path / "pets.xlsx"
    checklist_file.export(checklists.builtin("pets"), path)
    book = openpyxl.load_workbook(path)
    survey, settings = book["survey"], book["settings"]
    headers = [cell.value for cell in survey[1]]
    survey.cell(row=3, column=headers.index("label::中文 (zh)") + 1).value = "犬只已登记并免疫"
    version_column = [cell.value for cell in settings[1]].index("version") + 1
    settings.cell(row=2, column=version_column).value = 2026.2  # typed as a number
    book.save(path)
    changed = checklist_file.read(path)
    assert changed.version == "2026.2"
    assert "犬只已登记并免疫" in [item.label("zh") for item in changed.items]


def test_unsupported_feature_in_a_workbook_names_sheet_and_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["Type", "Name", "Label", "Appearance"])
    survey.append(["text", "a", "甲"])
    survey.append(["text", "rooms", "房间", "search('rooms')"])
    book.save(path)
    with pytest.raises(xlsform.ChecklistError) as caught:
        checklist_file.read(path)
    assert (caught.value.sheet, caught.value.row, caught.value.column, caught.value.detail) == (
        "survey", 3, "appearance", "search()")


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("这不是表格", encoding="utf-8")
    with pytest.raises(WorkbookError) as caught:
        checklist_file.read(path)
    assert caught.value.reason == "not_a_workbook"


@settings(database=None, deadline=None, max_examples=40,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(fuzz.workbook())
def test_any_workbook_file_imports_or_gets_one_located_line(tmp_path: Path,
                                                           sheets: dict) -> None:
    """The same workbooks as the reader's fuzz, written to .xlsx and read from the file."""
    path = tmp_path / "form.xlsx"
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name.replace(":", "_")[:31])
        for row in rows:  # what a cell can hold (no control characters, no NaN)
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else
                          v if not isinstance(v, float) or v == v else None for v in row])
    if not book.sheetnames:
        book.create_sheet("survey")
    book.save(path)
    try:
        checklist = checklist_file.read(path)
    except xlsform.ChecklistError as error:
        assert error.sheet and error.row >= 0 and "\n" not in error.detail.strip()
        return
    assert checklists.version_id(checklist_file.read(path)) == checklists.version_id(checklist)


def test_lists_beside_the_workbook_and_in_a_zip_are_read(tmp_path: Path) -> None:
    checklist = xlsform.parse({
        "survey": [["type", "name", "label"], ["select_one_from_file 街道.csv", "s", "街道"],
                   ["select_multiple_from_file sites.xml", "m", "地点"],
                   ["select_one_from_file places.geojson", "g", "位置"]],
        "settings": [["form_id", "version"], ["lists", "1"]],
        "file:街道.csv": [["name", "label"], ["ls", "兰山街道"]],
        "file:sites.xml": [["name", "label"], ["a", "甲 & 乙"]],
        "file:places.geojson": [["id", "title", "geometry"], ["p1", "北门", "35.1 118.3"]]})
    written = checklist_file.export(checklist, tmp_path / "out" / "lists.xlsx")
    assert sorted(p.name for p in written[1:]) == ["places.geojson", "sites.xml", "街道.csv"]
    back = checklist_file.read(written[0])
    assert back.sheets == checklist.sheets
    assert back.item("g").choices[0].label("zh") == "北门"
    zipped = checklist_file.export(checklist, tmp_path / "lists.zip")[0]
    assert checklist_file.read(zipped).sheets == checklist.sheets
    written[1].unlink()
    with pytest.raises(xlsform.ChecklistError) as caught:
        checklist_file.read(written[0])
    assert (caught.value.reason, caught.value.row, caught.value.detail) == (
        "missing_file", 2, "街道.csv")


def test_a_damaged_list_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "survey"
    book.active.append(["type", "name", "label"])
    book.active.append(["select_one_from_file sites.xml", "s", "地点"])
    book.save(path)
    (tmp_path / "sites.xml").write_text("<root><item>", encoding="utf-8")
    with pytest.raises(lists.ListFileError) as caught:
        checklist_file.read(path)
    assert (caught.value.name, caught.value.reason) == ("sites.xml", "damaged")
