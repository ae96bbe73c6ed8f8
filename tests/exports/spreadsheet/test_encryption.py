"""Password-protected workbooks: written encrypted, read with the password, refused without."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from exports.spreadsheet import encryption, files, workbook, writing

PASSWORD = "第47周 密码!"
HERE = Path(__file__).resolve().parent


def _protected(path: Path) -> Path:
    with writing.writing(path, password=PASSWORD) as book:
        sheet = book.create_sheet("问题")
        sheet.append(["小区", "说明"])
        sheet.append(["香榭丽", "3号楼502业主 王某 13812345678"])
    return path


def test_a_protected_workbook_shows_nothing_without_its_password(tmp_path: Path) -> None:
    path = _protected(tmp_path / "第47周.xlsx")
    data = path.read_bytes()
    assert files.is_encrypted(path)
    assert "香榭丽".encode() not in data and b"13812345678" not in data
    assert "13812345678".encode("utf-16-le") not in data


def test_it_reads_back_with_its_password(tmp_path: Path) -> None:
    path = _protected(tmp_path / "第47周.xlsx")
    with encryption.unlocked(path, PASSWORD) as readable:
        assert readable.name == path.name and readable != path
        folder_mode = stat.S_IMODE(readable.parent.stat().st_mode)
        rows = workbook.read_sheets(readable)["问题"]
    assert rows[1] == ["香榭丽", "3号楼502业主 王某 13812345678"]
    assert folder_mode == 0o700 and not readable.exists()  # private, and gone afterwards


@pytest.mark.parametrize(("password", "reason"), [(None, "encrypted"), ("", "encrypted"),
                                                  ("第47周 密码", "wrong_password")])
def test_without_the_right_password_it_is_refused(tmp_path: Path, password: str | None,
                                                  reason: str) -> None:
    path = _protected(tmp_path / "第47周.xlsx")
    with pytest.raises(files.WorkbookError) as caught, encryption.unlocked(path, password):
        pass
    assert caught.value.reason == reason


def test_a_plain_workbook_is_read_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    with writing.writing(path) as book:
        book.create_sheet("a").append(["x"])
    assert not files.is_encrypted(path)
    with encryption.unlocked(path, PASSWORD) as readable:
        assert readable == path


def _libreoffice(path: Path, password: str, profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["/usr/bin/python3", str(HERE / "libreoffice_open.py"), str(path),
                           password, str(profile)], capture_output=True, text=True,
                          timeout=300, check=False)


def test_libreoffice_opens_it_with_the_password_only(soffice: str, tmp_path: Path) -> None:
    """The standard encryption (ECMA-376 agile) that Excel, WPS and LibreOffice read."""
    assert shutil.which("soffice") and Path("/usr/bin/python3").exists()
    path = _protected(tmp_path / "第47周.xlsx")
    opened = _libreoffice(path, PASSWORD, tmp_path / "profile")
    assert opened.returncode == 0, opened.stderr
    shown = json.loads(opened.stdout)
    assert shown["sheet"] == "问题" and shown["rows"][1][1] == "3号楼502业主 王某 13812345678"
    refused = _libreoffice(path, "not the password", tmp_path / "profile")
    assert refused.returncode == 3 and "13812345678" not in refused.stdout
