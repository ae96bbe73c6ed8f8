"""Checklists exported to .xlsx and imported back are the same checklist."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.forms import checklist_file
from exports.spreadsheet.workbook import WorkbookError
from storage.forms import checklists, xlsform


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
