"""Helpers for the sync tests: small real stores, laptops, and hand edits of real files."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import openpyxl
from PIL import Image

from exports.spreadsheet import files
from exports.sync import export as sync_export
from exports.sync import importer, layout, photo_archive, read
from storage.forms import checklists, validate
from storage.inspection import findings
from storage.inspection.compounds import KIND as COMPOUND
from storage.inspection.compounds import Compound
from storage.inspection.compounds import get as get_compound
from storage.inspection.compounds import save as save_compound
from storage.inspection.inspections import KIND as INSPECTION
from storage.inspection.inspections import Inspection
from storage.store import cipher, db, edits, photos

TABLES = ("compounds", "inspections", "findings", "attachments")

# What the unsafe files of test_safety.py are refused with: typed errors of the lower layers
# (type, reason), each worded by ui.messages (tests/ui/messages/test_refusals.py).
REFUSALS: frozenset[tuple[type[Exception], str | None]] = frozenset({
    *((files.WorkbookError, reason)
      for reason in ("not_a_workbook", "empty", "damaged", "encrypted", "wrong_password",
                     "bomb")),
    (read.NotSyncWorkbook, None),
    (photo_archive.PhotoArchiveError, "unsafe_name"),
    (photo_archive.PhotoArchiveError, "hash_mismatch"),
    (photo_archive.PhotoArchiveError, "encrypted"),
    (photo_archive.PhotoArchiveError, "wrong_password"),
    (importer.ImportRefused, "unprotected"),
})


def refusal(error: Exception) -> tuple[type[Exception], str | None]:
    """What an import was refused with: the error's type and reason (None if it has none)."""
    return type(error), getattr(error, "reason", None)


def new_store(path: Path) -> db.Store:
    store = db.open_store(path)
    checklists.install_builtins(store)
    return store


def seed(store: db.Store, folder: Path, *, inspections: int = 2) -> dict[str, Any]:
    """A compound, some parking inspections (one with a photo) and a finding."""
    compound = save_compound(store, Compound(name="丰瑞丽都", district="郯城县",
                                             street="郯城街道", households=800))
    parking = checklists.find(store, "parking")
    assert parking is not None
    picture = folder / "photo.jpg"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(picture, "JPEG")
    sha = photos.add(store, picture).sha256
    made = []
    for n in range(inspections):
        inspection = Inspection(
            compound_id=compound.id, checklist_version_id=parking.id, officer="张伟",
            place=f"{n + 1}号楼", started_at=f"2026-11-0{n + 1}T08:00:00.000Z",
            number=f"XC-2026-TEST-{n + 1:06d}", id=str(uuid.uuid4()),
            answers={"fire_lane_clear": "ok", "ebike_stairwell": "issue", "ebike_count": 3,
                     "remarks": "=SUM(A1)" if n == 0 else "业主不在家"},
            attachments=[{"photo": sha, "item": "photo_overview", "caption": "全景"}]
            if n == 0 else [])
        write_inspection(store, inspection)
        made.append(inspection)
    finding = findings.raise_finding(store, findings.Finding(
        compound_id=compound.id, description="楼道停放电动自行车", severity="critical",
        inspection_id=made[0].id, item="ebike_stairwell", deadline="2026-12-01",
        responsible_party="+物业服务企业"))
    return {"compound": compound, "inspections": made, "finding": finding, "photo": sha}


def write_inspection(store: db.Store, inspection: Inspection, **stamp: Any) -> str:
    checklist = checklists.load(store, inspection.checklist_version_id)
    inspection.score = validate.score(checklist, inspection.answers)
    return edits.write(store, INSPECTION, inspection.id, inspection.content(), **stamp)


def copy_store(store: db.Store, path: Path) -> db.Store:
    """A copy of a store (the same device id), taken with SQLite's backup API."""
    path.parent.mkdir(parents=True, exist_ok=True)
    target = cipher.connect(path)
    store.db.conn.backup(target)
    target.close()
    return db.open_store(path)


def snapshot(store: db.Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every record table and the conflicts, in a comparable form."""
    found = {t: sorted(store.db.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}
    found["conflicts"] = sorted(store.db.execute(
        "SELECT kind, record_id, field, candidates, winner, state FROM sync_conflicts"
    ).fetchall())
    return found


def full_snapshot(store: db.Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of the store, for 'nothing changed' checks."""
    names = [r[0] for r in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {n: sorted(store.db.execute(f"SELECT * FROM [{n}]").fetchall(), key=repr)
            for n in names}


def export(store: db.Store, path: Path, **options: Any) -> Path:
    sync_export.export(store, path, **options)
    return path


def import_file(store: db.Store, path: Path) -> importer.Result:
    return importer.import_file(store, path)


def laptops(store: db.Store, folder: Path, names: tuple[str, ...]) -> dict[str, db.Store]:
    """Stores that start from an export of ``store`` (officers given the same package)."""
    base = export(store, folder / "base.xlsx")
    made = {}
    for name in names:
        laptop = new_store(folder / name / "x.db")
        import_file(laptop, base)
        made[name] = laptop
    return made


def edit_cell(path: Path, record_id: str, code: str, value: Any,
              target: Path | None = None) -> Path:
    """Change one cell of a record's row, found by its id and column code (as in Excel)."""
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        codes = [c.value for c in sheet[layout.HEADER_ROWS]]
        if "id" not in codes or code not in codes:
            continue
        for row in sheet.iter_rows(min_row=layout.HEADER_ROWS + 1):
            if row[codes.index("id")].value == record_id:
                row[codes.index(code)].value = value
                target = target or path
                target.parent.mkdir(parents=True, exist_ok=True)
                book.save(target)
                return target
    raise KeyError((record_id, code))


def cell(path: Path, record_id: str, code: str) -> tuple[str, int, Any]:
    """The sheet, row number and value of a record's cell."""
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        codes = [c.value for c in sheet[layout.HEADER_ROWS]]
        if "id" not in codes or code not in codes:
            continue
        for row in sheet.iter_rows(min_row=layout.HEADER_ROWS + 1):
            if row[codes.index("id")].value == record_id:
                return sheet.title, row[0].row, row[codes.index(code)].value
    raise KeyError((record_id, code))


def rescore(store: db.Store) -> Any:
    """The inspection's score recomputed, for a conflict choice that changes its answers."""
    def derive(content: dict[str, Any]) -> dict[str, Any]:
        checklist = checklists.load(store, content["checklist_version_id"])
        return {**content, "score": validate.score(checklist, content["answers"])}

    return derive


def concurrent_addresses(store: db.Store, seeded: dict[str, Any], folder: Path) -> list[Path]:
    """Two laptops change the compound's address differently (西门 the later): their files."""
    laptop_stores = laptops(store, folder, ("a", "b"))
    ident = seeded["compound"].id
    for name, address, stamp in (("a", "东门", "2026-11-20T08:00:00.000Z"),
                                 ("b", "西门", "2026-11-21T08:00:00.000Z")):
        compound = get_compound(laptop_stores[name], ident)
        compound.address = address
        edits.write(laptop_stores[name], COMPOUND, ident, compound.content(),
                         updated_at=stamp)
    return [export(laptop_stores[n], folder / f"{n}.xlsx") for n in ("a", "b")]
