"""Repeat blocks travel in the sync workbook: a sheet per repeat, keyed rows, merged blocks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from exports.sync import importer, layout, repeats
from storage.forms import checklists, xlsform
from storage.inspection import inspections
from storage.inspection.compounds import Compound
from storage.inspection.compounds import save as save_compound
from storage.inspection.inspections import Inspection
from storage.store import conflicts
from storage.store.db import Store
from tests.exports.sync import helpers as h

SOURCE = Path(__file__).resolve().parents[2] / "data" / "structures_checklist.md"


def _block(ident: str, **answers: Any) -> dict[str, Any]:
    return {xlsform.BLOCK_ID: ident, **answers}


@pytest.fixture
def inspected(store: Store) -> Inspection:
    """A final inspection of the structures checklist with two blocks."""
    version = checklists.save(store, xlsform.parse(xlsform.read_markdown(
        SOURCE.read_text(encoding="utf-8"))))
    compound = save_compound(store, Compound(name="银雀山小区", district="兰山区"))
    inspection = Inspection(
        compound_id=compound.id, checklist_version_id=version, officer="李娜",
        started_at="2026-11-20T01:00:00.000Z", status="final",
        finished_at="2026-11-20T02:00:00.000Z", number="XC-2026-TEST-000001",
        id=str(uuid.uuid4()),
        answers={"district": "lanshan", "street": "yinqueshan", "structures": [
            _block("0001-aaaaaaaa", location="3号楼东侧", area=12.5, permit="issue"),
            _block("0002-bbbbbbbb", location="5号楼顶", area=30, permit="ok")]})
    h.write_inspection(store, inspection)
    return inspection


def _rows(path: Path, sheet_part: str) -> list[dict[str, Any]]:
    book = openpyxl.load_workbook(path)
    sheet = next(s for s in book.worksheets if s.title.endswith(sheet_part))
    codes = [c.value for c in sheet[layout.HEADER_ROWS]]
    return [dict(zip(codes, (c.value for c in row), strict=False))
            for row in sheet.iter_rows(min_row=layout.HEADER_ROWS + 1)]


def test_each_repeat_has_its_own_sheet_keyed_by_inspection_and_block(
        store: Store, inspected: Inspection, tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    rows = _rows(path, "违建")
    assert [(r["record_id"], r["block_id"], r["info.block"], r["answers.area"])
            for r in rows] == [(inspected.id, "0001-aaaaaaaa", "违建 1", 12.5),
                               (inspected.id, "0002-bbbbbbbb", "违建 2", 30)]
    assert rows[0]["answers.permit"] == "无"  # choices by their labels, like the rest
    main = _rows(path, "违建逐处巡查 1")[0]
    assert main["info.calc.total_area"] == 42.5  # a calculation, shown for reading


def test_blocks_round_trip_into_an_empty_store(store: Store, inspected: Inspection,
                                               tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other.db")
    result = h.import_file(other, path)
    assert result.counts["new"] == 2
    assert inspections.get(other, inspected.id).content() == \
        inspections.get(store, inspected.id).content()
    again = h.import_file(other, path)
    assert again.counts["unchanged"] == 2


def test_a_block_edited_by_hand_is_a_new_version_validated_like_typed_input(
        store: Store, inspected: Inspection, tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other.db")
    h.import_file(other, path)
    _edit_block(path, "0002-bbbbbbbb", "answers.area", 45)
    h.import_file(other, path)
    blocks = inspections.get(other, inspected.id).answers["structures"]
    assert [b["area"] for b in blocks] == [12.5, 45]
    _edit_block(path, "0002-bbbbbbbb", "answers.area", -3)  # breaks ". > 0"
    plan = importer.preview(other, path)
    (problem,) = plan.problems
    assert (problem.reason, problem.row) == ("constraint", 4)
    assert "违建" in problem.sheet and "面积" in problem.column


def test_a_row_deleted_by_hand_deletes_its_block_and_a_new_row_adds_one(
        store: Store, inspected: Inspection, tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = next(s for s in book.worksheets if s.title.endswith("违建"))
    sheet.delete_rows(layout.HEADER_ROWS + 1)  # the first block
    codes = [c.value for c in sheet[layout.HEADER_ROWS]]
    new = [None] * len(codes)
    for code, value in (("record_id", inspected.id), ("repeat_path", "structures"),
                        ("checklist_version_id", inspected.checklist_version_id),
                        ("answers.location", "车棚"), ("answers.area", 8),
                        ("answers.permit", "有")):
        new[codes.index(code)] = value
    sheet.append(new)
    book.save(path)
    h.import_file(store, path)
    blocks = inspections.get(store, inspected.id).answers["structures"]
    assert [b["location"] for b in blocks] == ["5号楼顶", "车棚"]
    assert blocks[1][xlsform.BLOCK_ID].startswith("9")  # an id that sorts after the rest
    assert h.import_file(store, path).counts["unchanged"] == 2  # the same id every time


def test_blocks_added_on_two_laptops_both_survive(store: Store, inspected: Inspection,
                                                   tmp_path: Path) -> None:
    """Blocks merge like separate answers: one added on each laptop, no conflict."""
    def add(location: str) -> Edit:
        return lambda answers: answers["structures"].append(_block(
            f"0003-{location}", location=location, area=5, permit="issue"))

    _merge_from_laptops(store, inspected, tmp_path, {"a": add("车库"), "b": add("天台")})
    blocks = inspections.get(store, inspected.id).answers["structures"]
    assert [b["location"] for b in blocks] == ["3号楼东侧", "5号楼顶", "天台", "车库"]
    assert not conflicts.listing(store)


def test_the_same_block_changed_on_both_sides_is_one_conflict(
        store: Store, inspected: Inspection, tmp_path: Path) -> None:
    def area(value: int) -> Edit:
        return lambda answers: answers["structures"][0].update(area=value)

    _merge_from_laptops(store, inspected, tmp_path, {"a": area(13), "b": area(14)})
    (conflict,) = conflicts.listing(store)
    assert conflict.field == "answers.structures[0001-aaaaaaaa]"
    assert inspections.get(store, inspected.id).answers["structures"][0]["area"] == 14


def test_a_deleted_repeat_sheet_deletes_no_blocks(store: Store, inspected: Inspection,
                                                  tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(path)
    book.remove(next(s for s in book.worksheets if s.title.endswith("违建")))
    book.save(path)
    other = h.new_store(tmp_path / "other.db")
    h.import_file(other, path)
    assert len(inspections.get(other, inspected.id).answers["structures"]) == 2


def test_a_block_row_of_an_inspection_not_in_the_file_is_a_problem(
        store: Store, inspected: Inspection, tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = next(s for s in book.worksheets if s.title.endswith("违建"))
    codes = [c.value for c in sheet[layout.HEADER_ROWS]]
    sheet.cell(row=layout.HEADER_ROWS + 1, column=codes.index("record_id") + 1).value = "x"
    book.save(path)
    plan = importer.preview(store, path)
    assert [(p.reason, p.value) for p in plan.problems] == [("unknown_reference", "x")]


def test_repeat_sheet_columns_follow_the_repeat_items() -> None:
    checklist = xlsform.parse(xlsform.read_markdown(SOURCE.read_text(encoding="utf-8")))
    codes = [c.code for c in repeats.columns(checklist.repeat("structures"))]
    assert codes[:4] == list(repeats.KEY)
    assert "answers.area" in codes and "info.photos.photo" in codes
    assert "info.calc.number" in codes


def _edit_block(path: Path, block: str, code: str, value: Any) -> None:
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        codes = [c.value for c in sheet[layout.HEADER_ROWS]]
        if "block_id" not in codes:
            continue
        for row in sheet.iter_rows(min_row=layout.HEADER_ROWS + 1):
            if row[codes.index("block_id")].value == block:
                row[codes.index(code)].value = value
    book.save(path)


def test_a_block_removed_on_one_laptop_and_changed_on_the_other_is_a_conflict(
        store: Store, inspected: Inspection, tmp_path: Path) -> None:
    """An answer absent on one side is a value of its own (this crashed the merge)."""
    _merge_from_laptops(store, inspected, tmp_path, {
        "a": lambda answers: answers["structures"].pop(0),
        "b": lambda answers: answers["structures"][0].update(area=99)})
    (conflict,) = conflicts.listing(store)
    assert conflict.field == "answers.structures[0001-aaaaaaaa]"
    assert inspections.get(store, inspected.id).answers["structures"][0]["area"] == 99


Edit = Callable[[dict[str, Any]], object]


def _merge_from_laptops(store: Store, inspected: Inspection, tmp_path: Path,
                        edits: dict[str, Edit]) -> None:
    """Each laptop gets the store's file, changes the answers, and sends its own back
    (laptop b's change is the later one)."""
    base = h.export(store, tmp_path / "base.xlsx")
    files = []
    for day, (name, edit) in enumerate(sorted(edits.items()), start=21):
        laptop = h.new_store(tmp_path / name / "x.db")
        h.import_file(laptop, base)
        inspection = inspections.get(laptop, inspected.id)
        edit(inspection.answers)
        h.write_inspection(laptop, inspection, updated_at=f"2026-11-{day}T08:00:00.000Z")
        files.append(h.export(laptop, tmp_path / f"{name}.xlsx"))
    for path in files:
        h.import_file(store, path)
