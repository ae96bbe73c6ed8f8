"""Unsafe or broken files are refused with a clear message and leave the store unchanged."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import msoffcrypto.format.ooxml
import openpyxl
import pytest

from exports.spreadsheet import protection, workbook
from exports.sync import importer, photo_archive, read
from storage import integrity
from storage.inspection import inspections
from storage.store import photos
from storage.store.db import Store
from tests.exports.sync import helpers as h


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    h.seed(store, tmp_path)
    return h.export(store, tmp_path / "out.xlsx")


@pytest.fixture
def target(tmp_path: Path) -> Store:
    return h.new_store(tmp_path / "target" / "x.db")


def _refused(target: Store, path: Path) -> Exception:
    before = h.full_snapshot(target)
    with pytest.raises(Exception) as caught:  # noqa: PT011 - each case checks the type
        importer.import_file(target, path)
    assert h.full_snapshot(target) == before
    assert h.refusal(caught.value) in h.REFUSALS  # a known refusal, worded for people
    return caught.value


def test_not_a_workbook(target: Store, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("这不是表格", encoding="utf-8")
    assert _refused(target, path).reason == "not_a_workbook"


def test_an_empty_file(target: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert _refused(target, path).reason == "empty"


def test_a_truncated_file(target: Store, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    assert _refused(target, path).reason == "damaged"


def test_a_password_protected_file(target: Store, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    sealed = io.BytesIO()
    with exported.open("rb") as plain:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("123456", sealed)
    path.write_bytes(sealed.getvalue())
    assert _refused(target, path).reason == "encrypted"


def test_a_zip_bomb(target: Store, tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    assert _refused(target, path).reason == "bomb"


def test_an_xml_bomb(target: Store, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "laughs.xlsx"
    bomb = textwrap.dedent("""\
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>
        </sheetData></worksheet>""").encode()
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(path, "w") as copy:
        for item in source.infolist():
            data = source.read(item)
            copy.writestr(item, bomb if item.filename == "xl/worksheets/sheet2.xml" else data)
    assert _refused(target, path).reason == "bomb"
    assert protection.active()


def test_a_workbook_that_is_not_an_export(target: Store, tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["小区", "地址"])
    book.save(path)
    assert isinstance(_refused(target, path), read.NotSyncWorkbook)


def test_photo_names_outside_the_folder_are_refused(target: Store, exported: Path,
                                                    store: Store) -> None:
    sha = store.db.execute("SELECT photo_sha256 FROM attachments").fetchone()[0]
    book = openpyxl.load_workbook(exported)
    sheet = book["照片清单"]
    for row in sheet.iter_rows(min_row=3):
        if row[6].value == sha:
            row[7].value = "../../x"
    book.save(exported)
    error = _refused(target, exported)
    assert (error.reason, error.detail) == ("unsafe_name", "../../x")


def test_an_archive_with_a_path_outside_the_folder_is_refused(target: Store, exported: Path,
                                                              store: Store) -> None:
    archive = exported.with_suffix(".zip")
    with zipfile.ZipFile(archive, "a") as photos:
        photos.writestr("../../x", b"gotcha")
    assert _refused(target, exported).reason == "unsafe_name"
    assert not (exported.parent.parent / "x").exists()


def test_a_photo_whose_bytes_do_not_match_its_hash_is_refused(target: Store,
                                                              exported: Path) -> None:
    archive = exported.with_suffix(".zip")
    with zipfile.ZipFile(archive) as original:
        (name,) = original.namelist()
    with zipfile.ZipFile(archive, "w") as forged:
        forged.writestr(name, b"not the photo")
    assert isinstance(_refused(target, exported), photo_archive.PhotoArchiveError)


def test_unprotected_xml_parsing_is_refused(monkeypatch: pytest.MonkeyPatch, target: Store,
                                            exported: Path) -> None:
    monkeypatch.setenv("OPENPYXL_DEFUSEDXML", "False")
    assert _refused(target, exported).reason == "unprotected"


_KILLED_IMPORT = """
import os, sys, time
from pathlib import Path
from exports.sync import importer
from storage.store import db
store = db.open_store(sys.argv[1])
plan = importer.preview(store, Path(sys.argv[2]))
def progress(done, total):
    if done >= 1:
        print("writing", flush=True)
        time.sleep(60)
    return True
importer.apply(store, plan, progress)
"""


def test_an_import_killed_midway_leaves_the_store_as_it_was(target: Store, exported: Path,
                                                            tmp_path: Path) -> None:
    before = h.full_snapshot(target)
    target.close()
    script = tmp_path / "killed.py"
    script.write_text(_KILLED_IMPORT, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), str(target.path), str(exported)],
        stdout=subprocess.PIPE, cwd=Path(__file__).parents[3],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])})
    assert process.stdout is not None
    assert process.stdout.readline().strip() == b"writing"  # compounds written, not committed
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    assert any(target.photos_dir.glob("*/*"))  # copied before the kill, never committed
    again = h.new_store(target.path)
    assert h.full_snapshot(again) == before
    photos.sweep(again)  # what the next open of the application does
    assert integrity.check(again) == []
    again.close()


def test_a_cell_changed_and_resaved_by_libreoffice_is_an_edit(
        store: Store, tmp_path: Path, soffice: str) -> None:
    seeded = h.seed(store, tmp_path)
    exported = h.export(store, tmp_path / "out.xlsx")
    ident = seeded["inspections"][1].id
    edited = h.edit_cell(exported, ident, "place", "5号楼", tmp_path / "edited" / "周报.xlsx")
    shutil.copy(exported.with_suffix(".zip"), edited.with_suffix(".zip"))
    untouched = shutil.copy(exported, tmp_path / "edited" / "原样.xlsx")
    saved = tmp_path / "saved"
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(saved),
                    str(edited), str(untouched)], check=True, capture_output=True, timeout=180)
    shutil.copy(exported.with_suffix(".zip"), saved / "周报.zip")
    shutil.copy(exported.with_suffix(".zip"), saved / "原样.zip")
    plan = importer.preview(store, saved / "原样.xlsx")
    assert plan.ok and plan.changes == 0, plan.problems
    plan = importer.preview(store, saved / "周报.xlsx")
    assert plan.ok, plan.problems
    assert [(r.record_id, r.edited) for r in plan.rows if r.outcome == "changed"] == \
        [(ident, True)]
    importer.apply(store, plan)
    assert inspections.get(store, ident).place == "5号楼"
    bad = h.edit_cell(exported, ident, "answers.ebike_count", -4,
                      tmp_path / "bad" / "坏.xlsx")
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir",
                    str(tmp_path / "bad2"), str(bad)], check=True, capture_output=True,
                   timeout=180)
    plan = importer.preview(store, tmp_path / "bad2" / "坏.xlsx")
    assert [p.reason for p in plan.problems] == ["constraint"]


def test_a_workbook_saved_as_ods_by_libreoffice_imports(store: Store, tmp_path: Path,
                                                       soffice: str) -> None:
    h.seed(store, tmp_path)
    exported = h.export(store, tmp_path / "out.xlsx")
    subprocess.run([soffice, "--headless", "--convert-to", "ods", "--outdir",
                    str(tmp_path / "ods"), str(exported)], check=True, capture_output=True,
                   timeout=180)
    shutil.copy(exported.with_suffix(".zip"), tmp_path / "ods" / "out.zip")
    plan = importer.preview(store, tmp_path / "ods" / "out.ods")
    assert plan.ok and plan.changes == 0 and plan.counts["unchanged"] == 4
    other = h.new_store(tmp_path / "other" / "x.db")
    importer.import_file(other, tmp_path / "ods" / "out.ods")
    assert h.snapshot(other) == h.snapshot(store)


_CORE_BOMB = ("<?xml version=\"1.0\"?>\n<!-- " + "注释" * 4000 + " -->\n"
              "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
              "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
              "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
              "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
              "metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
              "<dcterms:modified>&lol3;</dcterms:modified></cp:coreProperties>")


def test_an_entity_bomb_behind_a_long_comment_is_refused(target: Store, exported: Path,
                                                         tmp_path: Path) -> None:
    """The comment pushed the DOCTYPE past the 4 KB pre-check; defusedxml's error escaped."""
    path = tmp_path / "core.xlsx"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(path, "w") as copy:
        for item in source.infolist():
            data = source.read(item)
            copy.writestr(item, _CORE_BOMB.encode() if item.filename == "docProps/core.xml"
                          else data)
    assert _refused(target, path).reason == "bomb"


ROWS = 60_000  # bench/hostile.py reads the same with 1,048,576, as many as a sheet can have


@pytest.fixture(scope="module")
def junk_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sheet of a million junk rows, once alone and once beside a fake metadata sheet."""
    from exports.sync import layout  # noqa: PLC0415
    from tests.exports.sync import hostile  # noqa: PLC0415

    folder = tmp_path_factory.mktemp("junk")
    head = ["id", "name", "district", "street", "community", "address"]
    hostile.write(folder / "junk.xlsx", {"说明": [["x"]]}, ("小区", ROWS, head))
    hostile.write(folder / "fake.xlsx", {layout.META: [["format", layout.FORMAT]]},
                  ("小区", ROWS, head))
    return folder


def test_a_million_junk_rows_without_metadata_are_refused_unread(target: Store,
                                                                 junk_folder: Path) -> None:
    assert isinstance(_refused(target, junk_folder / "junk.xlsx"), read.NotSyncWorkbook)


@pytest.mark.parametrize("streamed", [False, True])
def test_a_million_junk_rows_stop_at_a_hundred_problems(
        target: Store, junk_folder: Path, monkeypatch: pytest.MonkeyPatch,
        streamed: bool) -> None:
    """Each junk row is a problem: the first hundred are listed, the rest counted."""
    if streamed:  # read as a sheet too large for calamine is (element by element)
        monkeypatch.setattr(workbook, "LARGE_PART", 1024 * 1024)
    before = h.full_snapshot(target)
    plan = importer.preview(target, junk_folder / "fake.xlsx")
    assert len(plan.problems) == 100 and {p.reason for p in plan.problems} == {"bad_id"}
    assert plan.problems[0].row == 3 and plan.problems[0].column.startswith("A")
    assert plan.unchecked == ROWS - 102
    with pytest.raises(importer.ImportRefused):
        importer.apply(target, plan)
    assert h.full_snapshot(target) == before
