"""The departments' score workbooks, written, filled in as a department would, read back.

Real .xlsx files throughout: openpyxl fills them like Excel, LibreOffice re-saves one as
WPS or LibreOffice users would, and every refused file leaves the store as it was.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.review import workbooks
from exports.spreadsheet import template
from exports.sync import importer
from storage.review import plans, ranking, scores
from storage.store import records
from storage.store.db import Store
from tests.exports.sync import helpers as h
from tests.review_helpers import set_up

Fill = Callable[[int, int], Any]  # (street row 0…, criterion 0…) → cell value


def _fill(path: Path, value: Fill) -> Path:
    """Fill every score cell as a department would, and save (as Excel would)."""
    book = openpyxl.load_workbook(path)
    sheet = book[workbooks.SHEET]
    first = 2 + 3  # hidden id, 县区, 街道, 党工委书记
    for row in range(template.HEADER_ROWS + 1, sheet.max_row + 1):
        for column in range(first, sheet.max_column + 1):
            sheet.cell(row, column).value = value(row - template.HEADER_ROWS - 1,
                                                  column - first)
    book.save(path)
    return path


def _shares(row: int, column: int) -> float:
    return [20.0, 38.0, 35.5][column] - row


@pytest.fixture
def written(store: Store, tmp_path: Path) -> list[Path]:
    set_up(store)
    return workbooks.write_all(store, "2026-Q3", tmp_path / "out")


def test_one_workbook_per_department_with_validated_cells_and_hidden_ids(
        store: Store, written: list[Path]) -> None:
    assert [p.name for p in written] == [f"2026-Q3 述职评议 部门{n}.xlsx" for n in range(4)]
    book = openpyxl.load_workbook(written[0])
    sheet = book[workbooks.SHEET]
    assert book.sheetnames == [workbooks.SHEET, template.README, template.META]
    assert book[template.META].sheet_state == "hidden"
    assert sheet.column_dimensions["A"].hidden and sheet.row_dimensions[2].hidden
    assert [sheet.cell(1, c).value.split("\n")[0] for c in range(2, 8)] == [
        "县区", "街道", "党工委书记", "述职报告", "整治成效", "热线办理"]
    assert sheet.cell(3, 3).value == "兰山街道"
    plan = plans.require(store, "2026-Q3")
    assert [sheet.cell(r, 1).value for r in range(3, 7)] == [s.id for s in plan.streets]
    rules = {str(v.sqref): (v.type, v.formula1, v.formula2) for v in sheet.data_validations
             .dataValidation}
    assert rules == {"E3:E6": ("decimal", "0", "20"), "F3:F6": ("decimal", "0", "40"),
                     "G3:G6": ("decimal", "0", "40")}
    assert sheet.protection.sheet and not sheet["E3"].protection.locked
    assert sheet["C3"].protection.locked


def test_filled_in_read_back_ranked_and_undone(store: Store, written: list[Path]) -> None:
    for path in written:
        _fill(path, _shares)
    previews = workbooks.preview(store, written)
    assert all(p.ok for p in previews)
    assert previews[0].counts == {"new": 12, "changed": 0, "unchanged": 0, "removed": 0,
                                  "invalid": 0}
    results = workbooks.apply(store, previews)
    assert len({r.backup for r in results}) == 1  # one backup before the batch
    found = ranking.rank(store, "2026-Q3")
    assert [r.street.street for r in found.results][0] == "兰山街道"
    assert found.missing == [] and found.results[0].total == pytest.approx(
        100 * (20 / 20 * 20 + 38 / 40 * 40 + 35.5 / 40 * 40) / 100)
    score = scores.score_id("2026-Q3", found.plan.departments[0].id, found.plan.streets[0].id,
                            found.plan.criteria[0].id)
    assert records.history(store, scores.SCORE, score)[0].source_detail == written[0].name
    undone = importer.undo_last(store)
    assert undone.file_name == written[-1].name
    assert scores.matrix(store, "2026-Q3") == {}  # the whole batch went back


def test_a_department_s_second_file_replaces_its_first(store: Store, written: list[Path],
                                                       tmp_path: Path) -> None:
    workbooks.apply(store, workbooks.preview(store, [_fill(written[0], _shares)]))
    second = shutil.copy(written[0], tmp_path / "组织部 改.xlsx")
    _fill(second, lambda r, c: _shares(r, c) - (1 if (r, c) == (0, 0) else 0))
    preview = workbooks.preview(store, [second])[0]
    assert preview.counts["changed"] == 1 and preview.counts["unchanged"] == 11
    assert ("replaces", "部门0") in preview.warnings
    workbooks.apply(store, [preview])
    plan = plans.require(store, "2026-Q3")
    assert scores.matrix(store, "2026-Q3")[plan.departments[0].id][
        (plan.streets[0].id, plan.criteria[0].id)] == 19.0
    again = workbooks.preview(store, [second])[0]
    assert again.counts["unchanged"] == 12
    assert [code for code, _ in again.warnings] == ["replaces", "already_imported"]


def test_two_files_of_one_department_in_a_batch(store: Store, written: list[Path],
                                                tmp_path: Path) -> None:
    first = _fill(written[0], _shares)
    later = _fill(shutil.copy(first, tmp_path / "later.xlsx"), lambda r, c: 10)
    previews = workbooks.preview(store, [first, later])
    assert ("same_department", "部门0: " + first.name) in previews[1].warnings
    workbooks.apply(store, previews)
    assert set(scores.matrix(store, "2026-Q3").popitem()[1].values()) == {10.0}


@pytest.mark.parametrize(("value", "reason", "column"), [
    ("18分", "type", "E (述职报告)"), (21, "range", "E (述职报告)"), (None, "required",
                                                                    "E (述职报告)"),
    ("=1/0", "error_cell", "E (述职报告)")])
def test_a_bad_cell_refuses_the_file_with_its_address(
        store: Store, written: list[Path], value: Any, reason: str, column: str) -> None:
    path = _fill(written[1], _shares)
    book = openpyxl.load_workbook(path)
    book[workbooks.SHEET]["E4"] = value
    book.save(path)
    if reason == "error_cell":
        _resave_with_libreoffice(path)
    before = h.full_snapshot(store)
    preview = workbooks.preview(store, [path])[0]
    assert [(p.sheet, p.row, p.column, p.reason) for p in preview.problems] == [
        ("评分", 4, column, reason)]
    assert workbooks.apply(store, [preview]) == []
    assert h.full_snapshot(store) == before


def _resave_with_libreoffice(path: Path) -> None:
    """Recalculate and save as LibreOffice would (a formula error becomes an error cell)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office, "LibreOffice is needed (tools/system-packages.sh)"
    folder = path.parent / "saved"
    subprocess.run([office, "--headless", "--convert-to", "xlsx", "--outdir", str(folder),
                    str(path)], check=True, capture_output=True, timeout=120)
    shutil.move(folder / path.name, path)


def test_rows_taken_out_added_or_with_a_changed_id(store: Store, written: list[Path]) -> None:
    path = _fill(written[2], _shares)
    book = openpyxl.load_workbook(path)
    sheet = book[workbooks.SHEET]
    sheet["A3"] = "not-a-street"
    sheet.cell(8, 3).value = "手加的街道"
    book.save(path)
    preview = workbooks.preview(store, [path])[0]
    reasons = sorted((p.row, p.reason) for p in preview.problems)
    assert reasons == [(0, "missing_row"), (3, "unknown_row"), (8, "no_id")]
    assert not preview.ok


def test_a_sheet_left_empty_is_one_problem(store: Store, written: list[Path]) -> None:
    preview = workbooks.preview(store, [written[0]])[0]
    assert [p.reason for p in preview.problems] == ["empty_sheet"]


def test_a_workbook_of_another_kind_or_quarter(store: Store, written: list[Path],
                                               tmp_path: Path) -> None:
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    with pytest.raises(template.NotTemplate):
        workbooks.preview(store, [other])
    plans.remove(store, "2026-Q3")
    assert [p.reason for p in workbooks.preview(store, [written[0]])[0].problems] == [
        "unknown_quarter"]


def test_survives_a_libreoffice_round_trip(store: Store, written: list[Path]) -> None:
    """Saved again by LibreOffice (as a WPS user's file would be), it still imports."""
    path = _fill(written[3], _shares)
    _resave_with_libreoffice(path)
    preview = workbooks.preview(store, [path])[0]
    assert preview.ok and preview.counts["new"] == 12


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(st.characters(blacklist_categories=("Cc", "Cs")),
                                  max_size=8),
                          st.floats(-5, 45), st.integers(-5, 45), st.none()),
                min_size=12, max_size=12))
def test_any_cells_import_exactly_or_refuse_the_file(store: Store, tmp_path: Path,
                                                     cells: list[Any]) -> None:
    """Whatever a department types: the file imports those very numbers, or nothing."""
    plan = plans.get(store, "2026-Q3") or set_up(store)
    path = workbooks.write_all(store, "2026-Q3", tmp_path / "h")[0]
    _fill(path, lambda r, c: cells[3 * r + c])
    before = h.full_snapshot(store)
    preview = workbooks.preview(store, [path])[0]
    workbooks.apply(store, [preview])
    if not preview.ok:
        assert h.full_snapshot(store) == before
        return
    stored = scores.matrix(store, "2026-Q3")[plan.departments[0].id]
    for r, street in enumerate(plan.streets):
        for c, criterion in enumerate(plan.criteria):
            assert stored[(street.id, criterion.id)] == scores.check(cells[3 * r + c],
                                                                      criterion)
