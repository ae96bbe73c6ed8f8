"""Checks a file before any parser sees it (kind, size, zip and XML bombs); owns WorkbookError."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # declared uncompressed size of one part
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for parts over 1 MiB
MAX_CELLS = 20_000_000
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
ZIP_HEAD = b"PK\x03\x04"  # .xlsx, .xlsm, .ods
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and encrypted .xlsx


class WorkbookError(Exception):
    """A file that cannot be read as a workbook; ``reason`` says why, for the message."""

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = str(path)
        # missing | not_a_workbook | encrypted | wrong_password | too_large | bomb | …
        self.reason = reason
        self.detail = detail


def check(path: Path) -> str:
    """Refuse a missing, foreign, encrypted or bomb-like file before any parser sees it.

    Gives the file's kind: ``zip`` (.xlsx, .xlsm, .ods), ``xls`` or ``csv``.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise WorkbookError(path, "missing") from None
    except OSError as error:
        raise WorkbookError(path, "unreadable", str(error)) from error
    if size == 0:
        raise WorkbookError(path, "empty")
    if size > MAX_FILE_BYTES:
        raise WorkbookError(path, "too_large", f"{size} bytes")
    if head.startswith(ZIP_HEAD):
        _check_archive(path)
        return "zip"
    if head.startswith(_CFB):
        if _encrypted_package(path):
            raise WorkbookError(path, "encrypted")
        return "xls"
    if path.suffix.lower() == ".csv":
        return "csv"
    raise WorkbookError(path, "not_a_workbook")


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is a password-protected workbook (an encrypted OOXML package)."""
    try:
        with path.open("rb") as handle:
            if not handle.read(8).startswith(_CFB):
                return False
    except OSError:
        return False
    return _encrypted_package(path)


def _encrypted_package(path: Path) -> bool:
    # An encrypted OOXML file is a compound file whose directory names EncryptedPackage
    # in UTF-16; look for it anywhere, the directory sector can be at the end.
    return "EncryptedPackage".encode("utf-16-le") in path.read_bytes()


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if archive.testzip() is not None:
                raise WorkbookError(path, "damaged", "CRC")
    except zipfile.BadZipFile as error:
        raise WorkbookError(path, "damaged", str(error)) from error
    _check_prologs(path, members)
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        big = member.file_size > 1024 * 1024
        if member.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (
                big and ratio > MAX_RATIO):
            raise WorkbookError(path, "bomb", member.filename)


def _check_prologs(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Refuse XML parts that declare a DTD: entity expansion is how XML bombs work.

    The whole prolog is read, however long its comments, up to the root element (a
    DTD can stand nowhere else).
    """
    with zipfile.ZipFile(path) as archive:
        for member in members:
            if not member.filename.endswith((".xml", ".rels", ".vml")):
                continue
            with archive.open(member) as part:
                if _declares_dtd(part):
                    raise WorkbookError(path, "bomb", member.filename)


_PROLOG_ENDS = {b"<?": b"?>", b"<!--": b"-->"}


def _declares_dtd(stream: Any) -> bool:
    """Whether an XML document's prolog (before its root element) holds a DTD."""
    buffer = b""
    while True:
        buffer = buffer.lstrip(b" \t\r\n\xef\xbb\xbf")
        if len(buffer) < 16:
            more = stream.read(1 << 16)
            if more:
                buffer += more
                continue
        if buffer.startswith((b"<!DOCTYPE", b"<!ENTITY")) or (
                buffer.startswith(b"<!") and not buffer.startswith(b"<!--")):
            return True
        start = next((s for s in _PROLOG_ENDS if buffer.startswith(s)), None)
        if start is None:
            return False  # the root element (or no XML at all: its parser refuses it)
        end = buffer.find(_PROLOG_ENDS[start], len(start))
        while end < 0:
            more = stream.read(1 << 16)
            if not more:
                return False
            buffer = buffer[-len(_PROLOG_ENDS[start]):] + more
            end = buffer.find(_PROLOG_ENDS[start])
        buffer = buffer[end + len(_PROLOG_ENDS[start]):]
