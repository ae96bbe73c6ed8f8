"""A lost laptop: its encrypted store, a backup, a photo and an export, copied elsewhere and
opened without the passphrase or the password. Nothing in them can be read."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image, UnidentifiedImageError

from exports.spreadsheet import files, workbook
from exports.sync import export, photo_archive
from storage.errors import StoreError, StoreProblem
from storage.inspection import compounds, findings
from storage.store import backup, cipher, db, photos
from tests.exports.sync import helpers as h

SECRETS = ["香榭丽舍", "13812345678", "王某", "临沂市兰山区通达路18号"]


@pytest.fixture
def copied(encrypted_store: db.Store, tmp_path: Path) -> Path:
    """Everything of an officer's week on the laptop, copied while XunCha is open."""
    store = encrypted_store
    place = compounds.save(store, compounds.Compound(name="香榭丽舍",
                                                     address="临沂市兰山区通达路18号"))
    (tmp_path / "camera").mkdir()
    seeded = h.seed(store, tmp_path / "camera")
    findings.raise_finding(store, findings.Finding(
        compound_id=place.id, description="楼道堆放杂物，业主王某 13812345678",
        severity="major", responsible_party="3号楼502业主 王某 13812345678"))
    backup.take(store)
    week = tmp_path / "usb" / "张伟-第47周.xlsx"
    export.export(store, week, password="第47周 密码")
    assert photos.has_file(store, seeded["photo"])
    elsewhere = tmp_path / "another-machine"
    shutil.copytree(store.path.parent, elsewhere / "data")  # the store, its -wal, photos …
    shutil.copytree(week.parent, elsewhere / "usb")
    return elsewhere


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".lock")]


def test_no_file_holds_a_readable_secret(copied: Path) -> None:
    """Not in UTF-8, not in UTF-16 (Office's text), not as a photo."""
    files = _files(copied)
    assert len(files) >= 5
    for path in files:
        data = path.read_bytes()
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-le", "gb18030"):
                assert secret.encode(encoding) not in data, (path, secret)
        assert not data.startswith(cipher.SQLITE_HEADER), path
        assert b"\xff\xd8\xff" not in data[:64], path  # no JPEG
        assert not data.startswith(b"PK\x03\x04") or path.suffix == ".zip", path


def test_the_store_and_its_backup_do_not_open(copied: Path) -> None:
    store = copied / "data" / "xuncha.db"
    (copy,) = (copied / "data" / "xuncha.db.backups").glob("*.db")
    for path in (store, copy):
        with pytest.raises(StoreError) as caught:
            db.open_store(path)
        assert caught.value.problem is StoreProblem.ENCRYPTED
        with pytest.raises(cipher.Error):  # SQLite itself, without a key
            cipher.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_photo_is_no_image(copied: Path) -> None:
    (photo,) = [p for p in (copied / "data" / "xuncha.db.photos").rglob("*") if p.is_file()]
    with pytest.raises(UnidentifiedImageError):
        Image.open(io.BytesIO(photo.read_bytes()))


def test_the_export_and_its_photos_do_not_open(copied: Path) -> None:
    week = copied / "usb" / "张伟-第47周.xlsx"
    with pytest.raises(files.WorkbookError) as caught:
        workbook.read_sheets(week)
    assert caught.value.reason == "encrypted"
    assert not zipfile.is_zipfile(week)
    with zipfile.ZipFile(photo_archive.zip_path(week)) as archive:
        member = archive.infolist()[0]
        assert member.flag_bits & 0x1  # encrypted
        with pytest.raises(RuntimeError):  # "password required"
            archive.read(member)
