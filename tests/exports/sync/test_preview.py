"""The preview of an import always equals its effect, for every kind of file."""

from __future__ import annotations

import shutil
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from exports.sync import importer
from exports.sync import plan as sync_plan
from storage import kinds
from storage.inspection import inspections
from storage.store.db import Store
from tests.exports.sync import helpers as h

Make = Callable[[Store, dict[str, Any], Path], Path]


def _untouched(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    return h.export(store, folder / "f.xlsx")


def _edited(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = h.export(store, folder / "f.xlsx")
    h.edit_cell(path, seeded["inspections"][0].id, "place", "西门")
    return h.edit_cell(path, seeded["finding"].id, "state", "整改中")


def _invalid(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = _edited(store, seeded, folder)
    return h.edit_cell(path, seeded["inspections"][1].id, "answers.ebike_count", -3)


def _changed_id(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = h.export(store, folder / "f.xlsx")
    return h.edit_cell(path, seeded["inspections"][1].id, "id", str(uuid.uuid4()))


def _unknown_version(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = h.export(store, folder / "f.xlsx")
    return h.edit_cell(path, seeded["compound"].id, "version", "f" * 32)


def _no_history(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = _edited(store, seeded, folder)
    book = openpyxl.load_workbook(path)
    del book["修改历史"]
    book.save(path)
    return path


def _typed_rows(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = h.export(store, folder / "f.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["小区"]
    codes = [c.value for c in sheet[2]]
    for code, value in (("name", "手填小区"), ("deleted", "否")):
        sheet.cell(row=sheet.max_row + (code == "name"), column=codes.index(code) + 1,
                   value=value)
    book.save(path)
    return path


def _laptop(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    """Another laptop's week: a new inspection, an edit, a concurrent edit."""
    laptop = h.copy_store(store, folder / "laptop" / "x.db")
    inspection = inspections.get(laptop, seeded["inspections"][0].id)
    inspection.place = "laptop"
    h.write_inspection(laptop, inspection)
    fresh = inspections.get(laptop, seeded["inspections"][1].id)
    fresh.id, fresh.number = str(uuid.uuid4()), "XC-2026-TEST-000099"
    h.write_inspection(laptop, fresh)
    path = h.export(laptop, folder / "f.xlsx")
    mine = inspections.get(store, seeded["inspections"][0].id)
    mine.place = "master"
    h.write_inspection(store, mine)
    return path


def _stale(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = h.export(store, folder / "f.xlsx")
    mine = inspections.get(store, seeded["inspections"][0].id)
    mine.note = "后来改的"
    h.write_inspection(store, mine)
    return path


def _truncated(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = h.export(store, folder / "f.xlsx")
    path.write_bytes(path.read_bytes()[:2000])
    return path


def _forged_photo(store: Store, seeded: dict[str, Any], folder: Path) -> Path:
    path = _edited(store, seeded, folder)
    archive = path.with_suffix(".zip")
    with zipfile.ZipFile(archive) as original:
        (name,) = original.namelist()
    with zipfile.ZipFile(archive, "w") as forged:
        forged.writestr(name, b"not the photo")
    return path


FIXTURES: dict[str, Make] = {
    "untouched": _untouched, "edited": _edited, "invalid": _invalid,
    "changed_id": _changed_id, "unknown_version": _unknown_version,
    "no_history": _no_history, "typed_rows": _typed_rows, "laptop": _laptop,
    "stale": _stale, "truncated": _truncated, "forged_photo": _forged_photo,
}


def _versions(store: Store) -> dict[tuple[str, str], str]:
    return {(kind.name, rid): version for kind in kinds.ALL
            for rid, version in store.db.execute(f"SELECT id, version FROM {kind.table}")}


def _dry_run(store: Store, path: Path) -> sync_plan.Plan | Exception:
    try:
        return importer.preview(store, path)
    except Exception as error:  # noqa: BLE001 - compared with the real import's refusal
        return error


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_a_dry_run_equals_the_real_import(store: Store, tmp_path: Path, name: str) -> None:
    seeded = h.seed(store, tmp_path)
    other = h.new_store(tmp_path / "other" / "x.db")
    h.import_file(other, h.export(store, tmp_path / "base.xlsx"))
    path = FIXTURES[name](store, seeded, tmp_path / "file")
    for target in (store, other):
        twin = h.copy_store(target, tmp_path / f"twin{id(target)}" / "x.db")
        shutil.copytree(target.photos_dir, twin.photos_dir, dirs_exist_ok=True)
        planned = _dry_run(twin, path)
        before = _versions(target)
        snapshot = h.full_snapshot(target)
        try:
            result = importer.import_file(target, path)
        except Exception as error:  # noqa: BLE001 - must be what the preview said
            refused = planned if isinstance(planned, Exception) else None
            assert refused is not None or not planned.ok, (name, error)
            if refused is not None:
                assert h.refusal(refused) == h.refusal(error)
            assert h.full_snapshot(target) == snapshot
            continue
        assert isinstance(planned, sync_plan.Plan) and planned.ok, name
        assert result.counts == planned.counts
        after = _versions(target)
        expected = {(r.kind, r.record_id): r.outcome for r in planned.rows}
        for key, outcome in expected.items():
            if outcome == "new":
                assert key not in before and key in after
            elif outcome in ("unchanged", "stale"):
                assert after[key] == before[key]
            else:
                assert after[key] == sync_plan.versioning.version_of(
                    next(r.content for r in planned.rows
                         if (r.kind, r.record_id) == key)), (name, key)
        assert {k for k in after if after[k] != before.get(k)} <= set(expected)
