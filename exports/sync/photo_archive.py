"""The photo archive beside a sync workbook: written on export, checked and read on import.

Members are named ``photos/<sha256>.<ext>``; anything else (``../../x``, absolute
paths, back-slashes) makes the archive unsafe and the import is refused. Sizes and
compression ratios are capped before anything is extracted, and every extracted file
must hash to its name. Beside a password-protected workbook the archive is encrypted with
the same password (WinZip AES-256, which 7-Zip and WinRAR open; pyzipper).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyzipper

from exports.spreadsheet import writing
from storage.store import photos
from storage.store.db import Store

MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_RATIO = 100
MEMBER = re.compile(r"^photos/([0-9a-f]{64})\.[a-z]{3,4}$")


class PhotoArchiveError(Exception):
    """A photo archive refused as unsafe or damaged; ``reason`` says why."""

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = str(path)
        # unsafe_name | bomb | damaged | hash_mismatch | encrypted | wrong_password
        self.reason = reason
        self.detail = detail


def zip_path(workbook_path: Path) -> Path:
    """The companion archive of a workbook: the same name with ``.zip``."""
    return workbook_path.with_suffix(".zip")


def member_name(sha256: str, media_type: str) -> str:
    return f"photos/{sha256}{photos.path_of_suffix(media_type)}"


def write_zip(store: Store, workbook_path: Path, manifest: list[list[Any]],
              password: str | None = None) -> tuple[Path | None, list[str]]:
    """Write the photos of the manifest rows; each row's last cell becomes the file's facts.

    Returns the archive's path (None without photos) and the hashes whose files the
    store lacks (listed in the manifest all the same). With a ``password`` every member
    is AES-encrypted.
    """
    facts: dict[str, dict[str, Any]] = {}
    for row in manifest:
        sha = row[-1]
        if sha not in facts:
            known = photos.get(store, sha)
            media_type = known.media_type if known else ""
            facts[sha] = {"sha256": sha, "file": member_name(sha, media_type),
                          "size": known.size if known else None, "media_type": media_type,
                          "original_name": known.original_name if known else ""}
        row[-1] = facts[sha]
    if not facts:
        return None, []
    target = zip_path(workbook_path)
    missing: list[str] = []
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".~", suffix=".zip")
    os.close(handle)
    try:
        with _writer(temporary, password) as archive:
            for sha, info in sorted(facts.items()):
                try:
                    archive.writestr(info["file"], photos.read(store, sha, info["media_type"]))
                except (OSError, photos.PhotoError):
                    missing.append(sha)
        writing.make_readable(temporary)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target, missing


def _writer(path: str, password: str | None) -> zipfile.ZipFile:
    if password is None:
        return zipfile.ZipFile(path, "w", zipfile.ZIP_STORED)
    archive = pyzipper.AESZipFile(path, "w", compression=zipfile.ZIP_STORED,
                                  encryption=pyzipper.WZ_AES)
    archive.setpassword(password.encode("utf-8"))
    return archive


@dataclass
class Archive:
    """A checked photo archive: which hashes it holds, by member name."""

    path: Path
    members: dict[str, str]  # sha256 -> member name
    password: str | None = None

    def extract(self, sha256: str, folder: Path) -> Path:
        """Extract one photo into ``folder`` and check that it hashes to its name."""
        name = self.members[sha256]
        target = folder / Path(name).name
        digest = hashlib.sha256()
        with pyzipper.AESZipFile(self.path) as archive:
            if self.password:
                archive.setpassword(self.password.encode("utf-8"))
            try:
                with archive.open(name) as source, target.open("wb") as sink:
                    for block in iter(lambda: source.read(1 << 20), b""):
                        digest.update(block)
                        sink.write(block)
            except RuntimeError as error:  # pyzipper's word for a bad password
                raise PhotoArchiveError(self.path, "wrong_password", name) from error
        if digest.hexdigest() != sha256:
            raise PhotoArchiveError(self.path, "hash_mismatch", name)
        return target


def open_archive(path: Path, password: str | None = None) -> Archive:
    """Check an archive's names, sizes and ratios (and its password) before extracting.

    An encrypted archive needs the ``password`` of its workbook: without it the archive
    is refused as ``encrypted``, with a wrong one as ``wrong_password``.
    """
    try:
        with pyzipper.AESZipFile(path) as archive:
            infos = archive.infolist()
            _check_password(path, archive, infos, password)
    except (zipfile.BadZipFile, OSError) as error:
        raise PhotoArchiveError(path, "damaged", str(error)) from error
    members: dict[str, str] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        match = MEMBER.match(info.filename)
        if not match:
            raise PhotoArchiveError(path, "unsafe_name", info.filename)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (
                info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise PhotoArchiveError(path, "bomb", info.filename)
        members[match.group(1)] = info.filename
    return Archive(path, members, password)


def _check_password(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
                    password: str | None) -> None:
    """Try the password on the first encrypted member (reading a few bytes of it)."""
    locked = next((info for info in infos if info.flag_bits & 0x1), None)
    if locked is None:
        return
    if not password:
        raise PhotoArchiveError(path, "encrypted")
    archive.setpassword(password.encode("utf-8"))
    try:
        with archive.open(locked) as member:
            member.read(1)
    except RuntimeError as error:
        raise PhotoArchiveError(path, "wrong_password") from error


def check_names(files: dict[str, str]) -> list[str]:
    """The manifest's file names that are not ``photos/<its sha256>.<ext>``."""
    bad = []
    for sha, name in files.items():
        match = MEMBER.match(name or "")
        if not match or match.group(1) != sha:
            bad.append(name)
    return bad
