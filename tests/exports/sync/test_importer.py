"""Import and merge of sync workbooks: round trip, idempotence, merges, conflicts, edits."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from exports.sync import importer
from exports.sync import plan as sync_plan
from storage.inspection import findings, inspections
from storage.inspection.compounds import KIND as COMPOUND
from storage.inspection.compounds import get as get_compound
from storage.inspection.compounds import save as save_compound
from storage.inspection.inspections import KIND as INSPECTION
from storage.store import access_log, backup, conflicts, photos, records, versioning
from storage.store.db import Store
from tests.exports.sync import helpers as h


@pytest.fixture
def seeded(store: Store, tmp_path: Path) -> dict:
    return h.seed(store, tmp_path)


def test_round_trip_into_an_empty_store(store: Store, seeded: dict, tmp_path: Path) -> None:
    """Records, answers, findings, photos and every version come back the same."""
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    result = h.import_file(other, path)
    assert result.counts["new"] == 4
    assert h.snapshot(other) == h.snapshot(store)
    query = "SELECT kind, record_id, version, parent_version, content FROM history"
    assert sorted(other.db.execute(query)) == sorted(store.db.execute(query))
    assert photos.has_file(other, seeded["photo"])
    assert inspections.get(other, seeded["inspections"][0].id).answers["remarks"] == "=SUM(A1)"


def test_formula_like_text_stays_text(store: Store, seeded: dict, tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(path)
    _, row, value = h.cell(path, seeded["inspections"][0].id, "answers.remarks")
    assert value == "=SUM(A1)"
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            assert all(c.data_type != "f" for c in line)
    fid = seeded["finding"].id
    assert h.cell(path, fid, "responsible_party")[2] == "+物业服务企业"
    h.edit_cell(path, fid, "note", "@所有人 -注意")
    h.import_file(store, path)
    assert findings.get(store, fid).note == "@所有人 -注意"


def test_importing_the_same_file_twice_changes_nothing(store: Store, seeded: dict,
                                                       tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    h.import_file(other, path)
    before = h.full_snapshot(other)
    again = h.import_file(other, path)
    assert again.counts["unchanged"] == 4 and again.import_id is None
    assert [code for code, _ in again.warnings] == ["already_imported"]
    assert h.full_snapshot(other) == before
    h.edit_cell(path, seeded["compound"].id, "address", "沂蒙路 1 号")
    h.import_file(other, path)
    edited = h.full_snapshot(other)
    h.import_file(other, path)
    assert h.full_snapshot(other) == edited


def test_edits_of_different_fields_both_survive(store: Store, seeded: dict,
                                                tmp_path: Path) -> None:
    a, b = h.laptops(store, tmp_path, ("a", "b")).values()
    ident = seeded["inspections"][1].id
    first = inspections.get(a, ident)
    first.place = "3号楼东侧"
    h.write_inspection(a, first)
    second = inspections.get(b, ident)
    second.answers["ebike_count"] = 7
    h.write_inspection(b, second)
    for laptop, name in ((a, "a.xlsx"), (b, "b.xlsx")):
        h.import_file(store, h.export(laptop, tmp_path / name))
    merged = inspections.get(store, ident)
    assert merged.place == "3号楼东侧" and merged.answers["ebike_count"] == 7
    assert not conflicts.listing(store)
    assert records.current(store, INSPECTION, ident)["version"] == versioning.version_of(
        merged.content())


def test_same_field_on_both_sides_is_a_conflict_kept_and_flippable(
        store: Store, seeded: dict, tmp_path: Path) -> None:
    seeded["compound"].address = "南门"
    save_compound(store, seeded["compound"])
    ident = seeded["compound"].id
    files = h.concurrent_addresses(store, seeded, tmp_path)
    plan = importer.preview(store, files[0])
    assert plan.counts["changed"] == 1
    importer.apply(store, plan)
    plan = importer.preview(store, files[1])
    assert plan.counts["conflict"] == 1
    importer.apply(store, plan)
    (conflict,) = conflicts.listing(store)
    assert conflict.field == "address"
    assert [c.value for c in conflict.candidates] == ["西门", "东门"]
    assert get_compound(store, ident).address == "西门"  # the later change wins for now
    assert conflicts.base_value(store, COMPOUND, conflict) == "南门"
    loser = conflict.candidates[1].version
    conflicts.choose(store, COMPOUND, conflict, loser)
    assert get_compound(store, ident).address == "东门"
    assert not conflicts.listing(store)
    again = conflicts.get(store, "compound", ident, "address")
    assert again is not None and again.state == "resolved" and again.chosen_by == "supervisor"
    conflicts.choose(store, COMPOUND, again, conflict.candidates[0].version)
    assert get_compound(store, ident).address == "西门"
    for path in files:  # re-importing the files does not reopen the decided conflict
        h.import_file(store, path)
    assert get_compound(store, ident).address == "西门" and not conflicts.listing(store)


def test_a_stale_file_changes_nothing(store: Store, seeded: dict, tmp_path: Path) -> None:
    old = h.export(store, tmp_path / "old.xlsx")
    compound = seeded["compound"]
    compound.address = "新地址"
    save_compound(store, compound)
    before = h.full_snapshot(store)
    plan = importer.preview(store, old)
    assert plan.counts["stale"] == 1 and plan.changes == 0
    importer.apply(store, plan)
    assert h.full_snapshot(store) == before


def test_a_deletion_travels(store: Store, seeded: dict, tmp_path: Path) -> None:
    (laptop,) = h.laptops(store, tmp_path, ("a",)).values()
    inspection = inspections.get(laptop, seeded["inspections"][1].id)
    inspections.delete(laptop, inspection)
    h.import_file(store, h.export(laptop, tmp_path / "a.xlsx"))
    assert inspections.get(store, inspection.id).deleted
    assert inspection.id not in {i.id for i in inspections.for_compound(
        store, seeded["compound"].id)}


def test_a_deletion_typed_in_the_spreadsheet_travels(store: Store, seeded: dict,
                                                     tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    h.edit_cell(path, seeded["finding"].id, "deleted", "是")
    h.import_file(store, path)
    assert findings.get(store, seeded["finding"].id).deleted


def test_a_hand_edit_becomes_a_version_sourced_to_the_file(store: Store, seeded: dict,
                                                           tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "周报.xlsx")
    ident = seeded["inspections"][0].id
    before = records.current(store, INSPECTION, ident)["version"]
    h.edit_cell(path, ident, "answers.ebike_count", 12)
    plan = importer.preview(store, path)
    (row,) = [r for r in plan.rows if r.outcome != "unchanged"]
    assert (row.outcome, row.edited) == ("changed", True)
    importer.apply(store, plan)
    latest = records.history(store, INSPECTION, ident)[-1]
    assert (latest.source, latest.source_detail) == ("spreadsheet_edit", "周报.xlsx")
    assert latest.parent_version == before
    assert inspections.get(store, ident).answers["ebike_count"] == 12


def test_one_invalid_cell_rejects_the_file_and_every_problem_is_listed(
        store: Store, seeded: dict, tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    first, second = (i.id for i in seeded["inspections"])
    h.edit_cell(path, seeded["compound"].id, "address", "改过的地址")  # valid
    h.edit_cell(path, first, "answers.ebike_count", 9999)  # breaks the constraint
    h.edit_cell(path, second, "answers.fire_lane_clear", "也许")  # not a choice
    h.edit_cell(path, seeded["finding"].id, "deadline", "下周")  # not a date
    before = h.full_snapshot(store)
    plan = importer.preview(store, path)
    reasons = sorted((p.reason, p.row) for p in plan.problems)
    sheet, row, _ = h.cell(path, first, "answers.ebike_count")
    assert ("constraint", row) in reasons and len(reasons) == 3
    assert {p.reason for p in plan.problems} == {"constraint", "choice", "date"}
    assert all(p.column for p in plan.problems)
    with pytest.raises(importer.ImportRefused):
        importer.apply(store, plan)
    assert h.full_snapshot(store) == before


def test_an_error_cell_is_an_error_not_a_blank(store: Store, seeded: dict,
                                               tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    sheet_name, row, _ = h.cell(path, seeded["compound"].id, "households")
    book = openpyxl.load_workbook(path)
    codes = [c.value for c in book[sheet_name][2]]
    target = book[sheet_name].cell(row=row, column=codes.index("households") + 1)
    target.value, target.data_type = "#DIV/0!", "e"
    book.save(path)
    plan = importer.preview(store, path)
    (problem,) = plan.problems
    assert (problem.sheet, problem.row, problem.reason) == (sheet_name, row, "error_cell")
    assert problem.column.endswith("(户数)")


def test_an_older_checklist_version_merges(store: Store, tmp_path: Path) -> None:
    """Inspections filled against a checklist version the other store never had."""
    from storage.forms import (
        checklists,  # noqa: PLC0415
        xlsform,  # noqa: PLC0415
    )

    sheets = checklists.builtin("parking").sheets
    old = dict(sheets)
    old["settings"] = [sheets["settings"][0], [*sheets["settings"][1][:3], "2025.9",
                                               *sheets["settings"][1][4:]]]
    old_id = checklists.save(store, xlsform.parse(old))
    seeded = h.seed(store, tmp_path, inspections=1)
    inspection = seeded["inspections"][0]
    inspection.checklist_version_id = old_id
    h.write_inspection(store, inspection)
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    h.import_file(other, path)
    assert inspections.get(other, inspection.id).checklist_version_id == old_id
    assert checklists.load(other, old_id).version == "2025.9"


def test_a_missing_photo_archive_gives_a_warning(store: Store, seeded: dict,
                                                 tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    (tmp_path / "out.zip").unlink()
    other = h.new_store(tmp_path / "other" / "x.db")
    plan = importer.preview(other, path)
    assert [code for code, _ in plan.warnings] == ["photos_missing"]
    importer.apply(other, plan)
    assert not photos.has_file(other, seeded["photo"])
    shutil.copy(h.export(store, tmp_path / "again.xlsx").with_suffix(".zip"),
                tmp_path / "out.zip")
    h.import_file(other, path)  # the archive arrives later: the photo is filled in
    assert photos.has_file(other, seeded["photo"])


def test_undo_puts_back_the_store_before_the_last_import(store: Store, seeded: dict,
                                                         tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    before = h.full_snapshot(other)
    h.import_file(other, path)
    undone = importer.undo_last(other)
    assert undone.file_name == "out.xlsx"
    after = h.full_snapshot(other)
    kept = ("sync_imports", "access_log")  # the logs outlive the undo
    assert {k: v for k, v in after.items() if k not in kept} == \
        {k: v for k, v in before.items() if k not in kept}
    assert [i.state for i in importer.history(other)] == ["undone"]
    assert [e.action for e in access_log.entries(other)] == ["undo_import", "import"]
    assert not photos.has_file(other, seeded["photo"])
    with pytest.raises(importer.UndoRefused):
        importer.undo_last(other)


def test_undo_is_refused_after_later_changes(store: Store, seeded: dict,
                                             tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    h.import_file(other, path)
    compound = get_compound(other, seeded["compound"].id)
    compound.households = 801
    save_compound(other, compound)
    with pytest.raises(importer.UndoRefused) as refused:
        importer.undo_last(other)
    assert refused.value.reason == "changed_since"


def test_backups_are_kept_a_few(store: Store, seeded: dict, tmp_path: Path) -> None:
    for _ in range(backup.KEEP + 2):
        backup.take(store)
    assert len(list(backup.folder(store).glob("*.db"))) == backup.KEEP


def test_outcomes_are_known(store: Store, seeded: dict, tmp_path: Path) -> None:
    plan = importer.preview(store, h.export(store, tmp_path / "out.xlsx"))
    assert set(plan.counts) == set(sync_plan.OUTCOMES)


def test_a_batch_of_files_takes_one_backup_and_is_undone_together(
        store: Store, seeded: dict, tmp_path: Path) -> None:
    first = h.export(store, tmp_path / "first.xlsx")
    compound = seeded["compound"]
    compound.address = "沂蒙路 9 号"
    save_compound(store, compound)
    second = h.export(store, tmp_path / "second.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    done = importer.import_files(other, [first, second])
    assert [r.counts["new"] for r in done] == [4, 0]
    assert done[0].backup == done[1].backup
    assert get_compound(other, compound.id).address == "沂蒙路 9 号"
    importer.undo_last(other)
    assert other.db["compounds"].count == 0
    assert [i.state for i in importer.history(other)] == ["undone", "undone"]


def test_a_cancelled_import_changes_nothing(store: Store, seeded: dict, tmp_path: Path) -> None:
    from storage.jobs import Cancelled  # noqa: PLC0415

    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    before = h.full_snapshot(other)
    plan = importer.preview(other, path)
    with pytest.raises(Cancelled):
        importer.apply(other, plan, lambda done, total: done < 1)
    after = h.full_snapshot(other)
    assert after == before
    assert not photos.has_file(other, seeded["photo"])
