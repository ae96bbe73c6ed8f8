"""Encrypted sync workbooks: the workbook and its photo archive under one password."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import pyzipper

from exports.privacy import policy
from exports.spreadsheet import encryption, files, workbook
from exports.sync import importer, merge, photo_archive
from storage.store import access_log, photos
from storage.store.db import Store
from tests.exports.sync import helpers as h

PASSWORD = "张伟 第47周"


@pytest.fixture
def seeded(store: Store, tmp_path: Path) -> dict:
    return h.seed(store, tmp_path)


@pytest.fixture
def sent(store: Store, seeded: dict, tmp_path: Path) -> Path:
    """The officer's week, exported with a password."""
    return h.export(store, tmp_path / "out" / "张伟-第47周.xlsx", password=PASSWORD)


@pytest.fixture
def target(tmp_path: Path) -> Store:
    return h.new_store(tmp_path / "master" / "x.db")


def test_the_workbook_and_its_photos_are_encrypted(sent: Path, seeded: dict) -> None:
    archive = photo_archive.zip_path(sent)
    assert files.is_encrypted(sent)
    with pyzipper.AESZipFile(archive) as opened:
        infos = opened.infolist()
        assert infos and all(info.flag_bits & 0x1 for info in infos)
        opened.setpassword(PASSWORD.encode())
        assert opened.read(infos[0].filename)[:2] == b"\xff\xd8"  # the JPEG itself


def test_7zip_opens_the_photo_archive_with_the_password_only(sent: Path) -> None:
    seven = shutil.which("7z")
    assert seven, "7-Zip is needed: bash tools/system-packages.sh installs p7zip-full"
    archive = photo_archive.zip_path(sent)
    good = subprocess.run([seven, "t", f"-p{PASSWORD}", str(archive)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert good.returncode == 0 and "Everything is Ok" in good.stdout
    bad = subprocess.run([seven, "t", "-pwrong", str(archive)], capture_output=True,
                         text=True, timeout=60, check=False)
    assert bad.returncode != 0


def test_it_imports_with_the_password(target: Store, sent: Path, seeded: dict) -> None:
    result = importer.import_file(target, sent, password=PASSWORD)
    assert result.counts["new"] == 4 and result.path == sent
    assert photos.has_file(target, seeded["photo"])
    logged = access_log.entries(target)[0]
    assert (logged.action, logged.what) == ("import", str(sent))
    again = importer.preview(target, sent, password=PASSWORD)  # known by what it holds
    assert again.warnings[-1][0] == "already_imported"


@pytest.mark.parametrize(("password", "reason"), [(None, "encrypted"),
                                                  ("张伟 第48周", "wrong_password")])
def test_without_the_right_password_nothing_changes(target: Store, sent: Path,
                                                     password: str | None, reason: str) -> None:
    before = h.full_snapshot(target)
    with pytest.raises(files.WorkbookError) as caught:
        importer.import_file(target, sent, password=password)
    assert caught.value.reason == reason and caught.value.path == str(sent)
    assert h.refusal(caught.value) in h.REFUSALS  # worded in one line: tests/ui/messages
    assert h.full_snapshot(target) == before


def test_a_photo_archive_under_another_password_is_refused(target: Store, sent: Path,
                                                           store: Store, tmp_path: Path) -> None:
    other = h.export(store, tmp_path / "other" / "x.xlsx", password="another password")
    shutil.copy(photo_archive.zip_path(other), photo_archive.zip_path(sent))
    with pytest.raises(photo_archive.PhotoArchiveError) as caught:
        importer.import_file(target, sent, password=PASSWORD)
    assert h.refusal(caught.value) == (photo_archive.PhotoArchiveError, "wrong_password")


def test_settings_can_require_encrypted_workbooks(store: Store, target: Store, seeded: dict,
                                                  tmp_path: Path) -> None:
    plain = h.export(store, tmp_path / "plain.xlsx")
    policy.set_require_encrypted(store, True)
    with pytest.raises(policy.EncryptionRequired):
        h.export(store, tmp_path / "refused.xlsx")
    assert not (tmp_path / "refused.xlsx").exists()
    h.export(store, tmp_path / "fine.xlsx", password=PASSWORD)
    policy.set_require_encrypted(target, True)
    with pytest.raises(policy.EncryptionRequired) as caught:
        importer.import_file(target, plain)
    assert caught.value.direction == "import"
    assert importer.import_file(target, tmp_path / "fine.xlsx", password=PASSWORD).counts[
        "new"] == 4


def test_merge_reads_and_writes_protected_files(sent: Path, tmp_path: Path) -> None:
    output = tmp_path / "全市汇总.xlsx"
    result = merge.merge([sent], output, password=PASSWORD, output_password="汇总 密码")
    assert not result.refused and result.summary.inspections == 2
    assert files.is_encrypted(output)
    with encryption.unlocked(output, "汇总 密码") as readable:
        assert "小区" in workbook.read_sheets(readable)


def test_an_encrypted_store_exports_the_photos_themselves(encrypted_store: Store,
                                                          tmp_path: Path) -> None:
    """Sealed in the store, the photos travel as JPEGs (inside the password zip if any)."""
    seeded = h.seed(encrypted_store, tmp_path)
    path = h.export(encrypted_store, tmp_path / "out.xlsx")
    with pyzipper.AESZipFile(photo_archive.zip_path(path)) as opened:
        data = opened.read(opened.infolist()[0].filename)
    assert data == photos.read(encrypted_store, seeded["photo"], "image/jpeg")
    assert data[:2] == b"\xff\xd8"
