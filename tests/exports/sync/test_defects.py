"""The real weeks that were refused or went wrong (issue 11), each reproduced here first."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.sync import importer
from storage import integrity
from storage.inspection import inspections
from storage.inspection.inspections import KIND as INSPECTION
from storage.store import conflicts, records
from storage.store.db import Store
from tests.exports.sync import helpers as h


@pytest.fixture
def seeded(store: Store, tmp_path: Path) -> dict:
    return h.seed(store, tmp_path)


@pytest.mark.parametrize("where", ["app", "workbook"])
def test_a_cleared_answer_against_an_edit_is_a_conflict_and_stays_importable(
        store: Store, seeded: dict, tmp_path: Path, where: str) -> None:
    """Clear vs edit of one answer: a conflict with both values; flipped, still importable."""
    a, b = h.laptops(store, tmp_path, ("a", "b")).values()
    ident = seeded["inspections"][1].id
    if where == "app":
        cleared = inspections.get(a, ident)
        del cleared.answers["remarks"]
        h.write_inspection(a, cleared, updated_at="2026-11-20T08:00:00.000Z")
        sent_a = h.export(a, tmp_path / "a.xlsx")
    else:
        sent_a = h.edit_cell(h.export(a, tmp_path / "a.xlsx"), ident, "answers.remarks", None)
    edited = inspections.get(b, ident)
    edited.answers["remarks"] = "已整改"
    h.write_inspection(b, edited, updated_at="2026-11-21T08:00:00.000Z")
    sent_b = h.export(b, tmp_path / "b.xlsx")
    for path in (sent_a, sent_b):
        h.import_file(store, path)
    (conflict,) = conflicts.listing(store)
    assert conflict.field == "answers.remarks"
    assert sorted(c.value for c in conflict.candidates) == ["", "已整改"]
    empty = next(c for c in conflict.candidates if c.value == "")
    conflicts.choose(store, INSPECTION, conflict, empty.version)
    assert "remarks" not in inspections.get(store, ident).answers
    master = h.export(store, tmp_path / "master.xlsx")
    for target in (h.new_store(tmp_path / "fresh" / "x.db"), a, b):
        h.import_file(target, master)
        assert "remarks" not in inspections.get(target, ident).answers
        assert records.current(target, INSPECTION, ident)["version"] == \
            records.current(store, INSPECTION, ident)["version"]
        assert integrity.check(target) == []


def _drop_history(path: Path) -> Path:
    import openpyxl  # noqa: PLC0415

    book = openpyxl.load_workbook(path)
    del book["修改历史"]
    book.save(path)
    return path


def test_rows_without_a_known_base_version_import(store: Store, seeded: dict,
                                                  tmp_path: Path) -> None:
    """History sheet deleted (and a hidden version cleared): the rows still import."""
    path = _drop_history(h.export(store, tmp_path / "out.xlsx"))
    h.edit_cell(path, seeded["compound"].id, "version", None)
    other = h.new_store(tmp_path / "other" / "x.db")
    plan = importer.preview(other, path)
    assert plan.ok, plan.problems
    importer.apply(other, plan)
    assert h.snapshot(other)["compounds"][0][9:] == h.snapshot(store)["compounds"][0][9:]
    assert other.db["findings"].count == 1 and other.db["inspections"].count == 2
    assert integrity.check(other) == []


def test_new_records_typed_into_a_workbook_import_once(store: Store, seeded: dict,
                                                       tmp_path: Path) -> None:
    """A compound and a finding typed on empty rows (no hidden id) become new records."""
    import openpyxl  # noqa: PLC0415

    path = h.export(store, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(path)
    for title, values in (("小区", {"name": "新建小区", "district": "兰山区", "deleted": "否"}),
                          ("问题", {"compound_id": seeded["compound"].id, "deleted": "否",
                                    "description": "新发现的问题", "severity": "一般",
                                    "state": "待整改"})):
        sheet = book[title]
        codes = [c.value for c in sheet[2]]
        row = sheet.max_row + 1
        for code, value in values.items():
            sheet.cell(row=row, column=codes.index(code) + 1).value = value
    book.save(path)
    plan = importer.preview(store, path)
    assert plan.ok, plan.problems
    assert plan.counts["new"] == 2
    importer.apply(store, plan)
    assert store.db["compounds"].count == 2 and store.db["findings"].count == 2
    again = importer.preview(store, path)
    assert again.counts["new"] == 0 and again.changes == 0
    assert integrity.check(store) == []


def _formula(path: Path, record_id: str, code: str, formula: str) -> tuple[str, int]:
    """Write a formula without a cached value into a record's cell (as openpyxl does)."""
    import openpyxl  # noqa: PLC0415

    sheet_name, row, _ = h.cell(path, record_id, code)
    book = openpyxl.load_workbook(path)
    codes = [c.value for c in book[sheet_name][2]]
    book[sheet_name].cell(row=row, column=codes.index(code) + 1).value = formula
    book.save(path)
    return sheet_name, row


def test_a_formula_without_a_cached_value_reads_as_its_text(store: Store, seeded: dict,
                                                             tmp_path: Path) -> None:
    """In a note the formula's text is kept; in a number answer it is refused with its cell."""
    from storage.inspection import findings  # noqa: PLC0415

    path = h.export(store, tmp_path / "out.xlsx")
    _formula(path, seeded["finding"].id, "note", "=A1&\"联系物业\"")
    ident = seeded["inspections"][1].id
    sheet, row = _formula(path, ident, "answers.remarks", "=1+2")
    h.import_file(store, path)
    assert findings.get(store, seeded["finding"].id).note == "=A1&\"联系物业\""
    assert inspections.get(store, ident).answers["remarks"] == "=1+2"
    sheet, row = _formula(path, ident, "answers.ebike_count", "=2*3")
    plan = importer.preview(store, path)
    (problem,) = plan.problems
    assert (problem.sheet, problem.row, problem.reason) == (sheet, row, "type")
    assert problem.value == "=2*3" and problem.column.endswith("(楼道内停放的电动自行车数（辆）)")


def test_a_formula_in_a_row_past_the_last_value_is_read_not_dropped(
        store: Store, seeded: dict, tmp_path: Path) -> None:
    """A row typed by a script below the last one, every cell a formula without a cached
    value, lies past the rows calamine reads: it is read, its text refused where a number
    or a choice belongs, each at its cell, instead of silently dropped."""
    import openpyxl  # noqa: PLC0415

    path = h.export(store, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["小区"]
    codes = [c.value for c in sheet[2]]
    row = sheet.max_row + 1
    for code, formula in (("name", '="新建"&"小区"'), ("district", '="兰山区"'),
                          ("households", "=2*300"), ("deleted", '="否"')):
        sheet.cell(row=row, column=codes.index(code) + 1).value = formula
    book.save(path)
    before = h.full_snapshot(store)
    plan = importer.preview(store, path)
    assert [(p.sheet, p.row, p.column, p.reason, p.value) for p in plan.problems] == [
        ("小区", row, "N (户数)", "type", "=2*300"),
        ("小区", row, "Q (已删除)", "choice", '="否"')]
    with pytest.raises(importer.ImportRefused):
        importer.apply(store, plan)
    assert h.full_snapshot(store) == before


def test_a_hidden_id_changed_by_hand_is_refused_at_its_cell(store: Store, seeded: dict,
                                                            tmp_path: Path) -> None:
    """A new UUID in the hidden id would import a second inspection with the same number."""
    import uuid  # noqa: PLC0415

    path = h.export(store, tmp_path / "out.xlsx")
    ident = seeded["inspections"][1].id
    sheet, row, _ = h.cell(path, ident, "id")
    h.edit_cell(path, ident, "id", str(uuid.uuid4()))
    for target in (store, h.new_store(tmp_path / "other" / "x.db")):
        before = h.full_snapshot(target)
        plan = importer.preview(target, path)
        assert [(p.sheet, p.row, p.reason) for p in plan.problems] == \
            [(sheet, row, "changed_id")]
        assert plan.problems[0].column.startswith("A")
        with pytest.raises(importer.ImportRefused):
            importer.apply(target, plan)
        assert h.full_snapshot(target) == before


def test_a_hidden_id_changed_without_history_is_refused(store: Store, seeded: dict,
                                                        tmp_path: Path) -> None:
    import uuid  # noqa: PLC0415

    path = _drop_history(h.export(store, tmp_path / "out.xlsx"))
    ident = seeded["inspections"][1].id
    h.edit_cell(path, ident, "id", str(uuid.uuid4()))
    plan = importer.preview(store, path)
    assert [p.reason for p in plan.problems] == ["changed_id"]


def test_a_hidden_version_that_does_not_exist_is_refused(store: Store, seeded: dict,
                                                         tmp_path: Path) -> None:
    """It previewed as unchanged and wrote an edge to nothing."""
    path = h.export(store, tmp_path / "out.xlsx")
    ident = seeded["inspections"][1].id
    sheet, row, _ = h.cell(path, ident, "version")
    h.edit_cell(path, ident, "version", "0" * 32)
    before = h.full_snapshot(store)
    plan = importer.preview(store, path)
    assert [(p.sheet, p.row, p.reason) for p in plan.problems] == \
        [(sheet, row, "unknown_version")]
    assert plan.problems[0].column.startswith("B")
    with pytest.raises(importer.ImportRefused):
        importer.apply(store, plan)
    assert h.full_snapshot(store) == before
    assert integrity.check(store) == []


def test_a_photo_keeps_its_original_name_through_a_round_trip(store: Store, seeded: dict,
                                                              tmp_path: Path) -> None:
    from storage.store import photos  # noqa: PLC0415

    assert photos.get(store, seeded["photo"]).original_name == "photo.jpg"
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    h.import_file(other, path)
    assert photos.get(other, seeded["photo"]).original_name == "photo.jpg"
    late = h.new_store(tmp_path / "late" / "x.db")  # the archive arrives after the workbook
    archive = path.with_suffix(".zip")
    archive.rename(tmp_path / "later.zip")
    h.import_file(late, path)
    assert photos.get(late, seeded["photo"]).original_name == "photo.jpg"
    (tmp_path / "later.zip").rename(archive)
    h.import_file(late, path)
    assert photos.get(late, seeded["photo"]).original_name == "photo.jpg"


def _place(laptop: Store, ident: str, place: str, stamp: str) -> None:
    inspection = inspections.get(laptop, ident)
    inspection.place = place
    h.write_inspection(laptop, inspection, updated_at=stamp)


def _flip(store: Store, value: str) -> None:
    (conflict,) = conflicts.listing(store)
    chosen = next(c for c in conflict.candidates if c.value == value)
    conflicts.choose(store, INSPECTION, conflict, chosen.version, derive=h.rescore(store))


def _agrees_after_a_round_trip(store: Store, ident: str, folder: Path) -> None:
    """The master's export gives a fresh store the same version and no open conflict."""
    fresh = h.new_store(folder / "fresh" / "x.db")
    h.import_file(fresh, h.export(store, folder / "master.xlsx"))
    assert records.current(fresh, INSPECTION, ident)["version"] == \
        records.current(store, INSPECTION, ident)["version"]
    assert conflicts.listing(fresh) == []


def test_a_flip_to_one_side_survives_a_later_edit_elsewhere(store: Store, seeded: dict,
                                                            tmp_path: Path) -> None:
    """The flip's content is one side's version: a later merge kept the other side's value."""
    laptops = h.laptops(store, tmp_path, ("a", "b", "c"))
    ident = seeded["inspections"][1].id
    _place(laptops["a"], ident, "东门口", "2026-11-20T08:00:00.000Z")
    _place(laptops["b"], ident, "西门口", "2026-11-21T08:00:00.000Z")
    for name in ("a", "b"):
        h.import_file(store, h.export(laptops[name], tmp_path / f"{name}.xlsx"))
    _flip(store, "东门口")
    remarks = inspections.get(laptops["c"], ident)
    remarks.answers["remarks"] = "已整改"
    h.write_inspection(laptops["c"], remarks, updated_at="2026-11-22T08:00:00.000Z")
    h.import_file(store, h.export(laptops["c"], tmp_path / "c.xlsx"))
    merged = inspections.get(store, ident)
    assert (merged.place, merged.answers["remarks"]) == ("东门口", "已整改")
    assert conflicts.listing(store) == []
    _agrees_after_a_round_trip(store, ident, tmp_path)


def test_a_flip_back_to_an_earlier_merge_survives_a_laptop_clock_ahead(
        store: Store, seeded: dict, tmp_path: Path) -> None:
    """Flipped to the content of an earlier version while a laptop's clock runs a year ahead."""
    laptops = h.laptops(store, tmp_path, ("a", "b", "c"))
    ident = seeded["inspections"][1].id
    _place(laptops["a"], ident, "东门口", "2026-11-20T08:00:00.000Z")
    remarks = inspections.get(laptops["c"], ident)
    remarks.answers["remarks"] = "已整改"
    h.write_inspection(laptops["c"], remarks, updated_at="2026-11-21T08:00:00.000Z")
    _place(laptops["b"], ident, "西门口", "2027-11-21T08:00:00.000Z")
    for name in ("a", "c", "b"):
        h.import_file(store, h.export(laptops[name], tmp_path / f"{name}.xlsx"))
    _flip(store, "东门口")
    merged = inspections.get(store, ident)
    assert (merged.place, merged.answers["remarks"]) == ("东门口", "已整改")
    _agrees_after_a_round_trip(store, ident, tmp_path)
    assert integrity.check(store) == []


def test_a_flip_back_to_one_sides_last_change_keeps_what_both_sides_agreed(
        store: Store, seeded: dict, tmp_path: Path) -> None:
    """Both laptops cleared one answer, by different ways; the flip returns to a's last version."""
    laptops = h.laptops(store, tmp_path, ("a", "b"))
    ident = seeded["inspections"][1].id
    for name, place, answers, stamp in (
            ("a", "东门口", {"fire_lane_clear": "issue"}, "2026-11-20T08:00:00.000Z"),
            ("b", "西门口", {"fire_lane_clear": None}, "2026-11-20T09:00:00.000Z"),
            ("b", None, {"remarks": "已整改"}, "2026-11-20T10:00:00.000Z"),
            ("a", None, {"fire_lane_clear": None, "remarks": None}, "2026-11-20T11:00:00.000Z")):
        inspection = inspections.get(laptops[name], ident)
        inspection.place = place or inspection.place
        inspection.answers.update(answers)
        h.write_inspection(laptops[name], inspection, updated_at=stamp)
    for name in ("a", "b"):
        h.import_file(store, h.export(laptops[name], tmp_path / f"{name}.xlsx"))
    assert {c.field for c in conflicts.listing(store)} == {"place", "answers.remarks"}
    place = next(c for c in conflicts.listing(store) if c.field == "place")
    chosen = next(c for c in place.candidates if c.value == "东门口")
    conflicts.choose(store, INSPECTION, place, chosen.version, derive=h.rescore(store))
    assert conflicts.listing(store) == []
    merged = inspections.get(store, ident)
    assert (merged.place, merged.answers.get("fire_lane_clear")) == ("东门口", None)
    _agrees_after_a_round_trip(store, ident, tmp_path)


def test_a_flip_among_three_sides_settles_all_three(store: Store, seeded: dict,
                                                   tmp_path: Path) -> None:
    """Three laptops changed one field; the merge equals the latest side's version, so no
    merged version is recorded: the flip to the oldest side must still build on all three."""
    laptops = h.laptops(store, tmp_path, ("a", "b", "c"))
    ident = seeded["inspections"][1].id
    for name, place, day in (("a", "东门口", "20"), ("b", "西门口", "21"), ("c", "北门口", "22")):
        _place(laptops[name], ident, place, f"2026-11-{day}T08:00:00.000Z")
    for name in ("a", "b", "c"):
        h.import_file(store, h.export(laptops[name], tmp_path / f"{name}.xlsx"))
    (conflict,) = conflicts.listing(store)
    assert len(conflict.candidates) == 3
    _flip(store, "东门口")
    assert inspections.get(store, ident).place == "东门口"
    assert conflicts.listing(store) == []
    _agrees_after_a_round_trip(store, ident, tmp_path)
    master = h.export(store, tmp_path / "master.xlsx")
    for laptop in laptops.values():
        h.import_file(laptop, master)
        assert records.current(laptop, INSPECTION, ident)["version"] == \
            records.current(store, INSPECTION, ident)["version"]
        assert conflicts.listing(laptop) == []


def _two_sides_merged(store: Store, tmp_path: Path) -> tuple[dict[str, Store], str]:
    """Laptops a and b set one field differently; the store merges both (b's is later,
    so the merge equals b's version and is not recorded: the record has two heads)."""
    seeded = h.seed(store, tmp_path)
    laptops = h.laptops(store, tmp_path, ("a", "b"))
    ident = seeded["inspections"][1].id
    _place(laptops["a"], ident, "A", "2026-11-20T08:00:00.000Z")
    _place(laptops["b"], ident, "B", "2026-11-21T08:00:00.000Z")
    for name in ("a", "b"):
        h.import_file(store, h.export(laptops[name], tmp_path / f"{name}.xlsx"))
    return laptops, ident


def test_a_typed_edit_over_a_merge_of_two_sides_converges(store: Store, tmp_path: Path) -> None:
    """Two laptops change one field; the supervisor, whose clock is behind, types a third
    value over the merge: every store must end on the supervisor's version."""
    laptops, ident = _two_sides_merged(store, tmp_path)
    _place(store, ident, "T", "2026-11-19T08:00:00.000Z")
    h.import_file(laptops["a"], h.export(store, tmp_path / "master.xlsx"))
    assert records.current(laptops["a"], INSPECTION, ident)["version"] == \
        records.current(store, INSPECTION, ident)["version"]


def test_a_store_new_to_a_record_with_two_heads_types_over_both(store: Store,
                                                                tmp_path: Path) -> None:
    """A laptop that first sees a record from a master export holding an unrecorded merge
    takes the same version and heads, and a change typed there (its clock behind both
    sides) wins on the master too."""
    _, ident = _two_sides_merged(store, tmp_path)
    newcomer = h.new_store(tmp_path / "c" / "x.db")
    h.import_file(newcomer, h.export(store, tmp_path / "master.xlsx"))
    assert records.current(newcomer, INSPECTION, ident)["version"] == \
        records.current(store, INSPECTION, ident)["version"]
    assert {c.field for c in conflicts.listing(newcomer)} == {"place"}
    _place(newcomer, ident, "C", "2026-11-19T08:00:00.000Z")
    h.import_file(store, h.export(newcomer, tmp_path / "c.xlsx"))
    assert inspections.get(store, ident).place == "C"
    assert records.current(store, INSPECTION, ident)["version"] == \
        records.current(newcomer, INSPECTION, ident)["version"]


def test_a_conflict_typed_over_is_resolved_where_it_was_typed(store: Store,
                                                              tmp_path: Path) -> None:
    """A field in conflict typed again settles it for every store that imports the change,
    so the store that typed it settles it too (the state machine ended with the supervisor
    holding no conflict and a laptop still holding this one). A change of another field
    settles nothing: the supervisor still has to choose."""
    _, ident = _two_sides_merged(store, tmp_path)
    inspection = inspections.get(store, ident)
    inspection.note = "另一处"
    h.write_inspection(store, inspection, updated_at="2026-11-22T08:00:00.000Z")
    assert [(c.field, c.state) for c in conflicts.listing(store)] == [("place", "open")]
    _place(store, ident, "T", "2026-11-19T08:00:00.000Z")
    assert conflicts.listing(store) == []
    settled = conflicts.get(store, "inspection", ident, "place")
    assert settled is not None and (settled.state, settled.chosen_by) == ("resolved", "edit")
    newcomer = h.new_store(tmp_path / "c" / "x.db")
    h.import_file(newcomer, h.export(store, tmp_path / "master.xlsx"))
    assert conflicts.listing(newcomer) == []
    assert records.current(newcomer, INSPECTION, ident)["version"] == \
        records.current(store, INSPECTION, ident)["version"]
