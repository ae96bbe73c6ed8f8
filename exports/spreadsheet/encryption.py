"""Password-protected workbooks (ECMA-376 agile, as Excel, WPS and LibreOffice read): seal, open."""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import msoffcrypto
import msoffcrypto.exceptions
import msoffcrypto.format.ooxml

from exports.spreadsheet import files


def protect(path: Path, password: str) -> None:
    """Encrypt the workbook at ``path`` in place with ``password`` (ECMA-376 agile)."""
    sealed = io.BytesIO()
    with path.open("rb") as plain:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt(password, sealed)
    path.write_bytes(sealed.getvalue())


@contextlib.contextmanager
def unlocked(path: Path, password: str | None) -> Iterator[Path]:
    """``path`` itself, or for a protected workbook its decryption (deleted afterwards).

    The decryption keeps the file's name, in a temporary folder only this user can
    read. Without a password: WorkbookError ``encrypted``; a wrong one: ``wrong_password``.
    """
    if not files.is_encrypted(path):
        yield path
        return
    if not password:
        raise files.WorkbookError(path, "encrypted")
    if path.stat().st_size > files.MAX_FILE_BYTES:
        raise files.WorkbookError(path, "too_large", f"{path.stat().st_size} bytes")
    with tempfile.TemporaryDirectory(prefix="xuncha-unlocked-") as folder:
        target = Path(folder) / path.name
        _decrypt(path, password, target)
        yield target


def _decrypt(path: Path, password: str, target: Path) -> None:
    try:
        with path.open("rb") as source, target.open("wb") as sink:
            office = msoffcrypto.OfficeFile(source)
            office.load_key(password=password, verify_password=True)
            office.decrypt(sink)
    except msoffcrypto.exceptions.InvalidKeyError:
        raise files.WorkbookError(path, "wrong_password") from None
    except (msoffcrypto.exceptions.FileFormatError, msoffcrypto.exceptions.DecryptionError,
            msoffcrypto.exceptions.ParseError, ValueError, OSError) as error:
        raise files.WorkbookError(path, "damaged", str(error)) from error
