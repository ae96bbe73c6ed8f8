"""Writing workbooks: text kept as text, the file in place only when complete, sealed if asked."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.workbook.workbook import Workbook

from exports.spreadsheet import encryption

_FORMULA_STARTS = ("=", "+", "-", "@")


def put(cell: Cell, value: Any) -> None:
    """Write a value so that text stays text: ``=SUM(…)`` typed by a user is no formula."""
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        cell.data_type = "s"


def safe_row(sheet: Any, values: list[Any]) -> list[Any]:
    """A row for ``sheet.append`` in which text that looks like a formula stays text.

    Plain values are passed as they are (fast in write-only mode); only text starting
    with ``=``, ``+``, ``-`` or ``@`` is wrapped in a cell written by :func:`put`.
    """
    row = list(values)
    for index, value in enumerate(row):
        if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
            cell = Cell(sheet, row=1, column=index + 1)
            put(cell, value)
            row[index] = cell
    return row


def styled(sheet: Any, value: Any, font: Any = None, fill: Any = None) -> Cell:
    """A cell for ``sheet.append`` with a font or fill (headers), its text kept as text."""
    cell = Cell(sheet, row=1, column=1)
    put(cell, value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell


@contextlib.contextmanager
def writing(path: Path, *, write_only: bool = False,
            password: str | None = None) -> Iterator[Workbook]:
    """A new workbook, saved to ``path`` only if the block completes (via a temporary file).

    ``write_only`` streams rows to disk as they are appended (large exports); with a
    ``password`` the file is encrypted before it is moved into place.
    """
    book = openpyxl.Workbook(write_only=write_only)
    if not write_only:
        book.remove(book.active)
    try:
        yield book
    except BaseException:
        _discard(book)
        raise
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".~", suffix=path.suffix)
    os.close(handle)
    try:
        book.save(temporary)
        if password is not None:
            encryption.protect(Path(temporary), password)
        make_readable(temporary)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def make_readable(path: Path | str) -> None:
    """Give a temporary file (created private) the permissions of a normal new file."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _discard(book: Workbook) -> None:
    """Close the half-written streams of write-only sheets (their temporary files)."""
    for sheet in book.worksheets:
        for stream in (getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)):
            closing = getattr(stream, "close", None)
            try:
                if closing:
                    closing()
            except Exception:  # noqa: BLE001, S110 - the export failed already; say that
                pass
