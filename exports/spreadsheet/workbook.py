"""The one way spreadsheets are read and written: safe reading, atomic writing.

Reading goes through python-calamine (fast, and it also reads ``.xls`` and ``.ods``),
after the archive has been checked against zip and XML bombs; writing goes through
openpyxl into a temporary file that is moved into place only when complete.

A workbook may be password-protected (ECMA-376 agile encryption, which Excel, WPS and
LibreOffice open with the password): :func:`writing` encrypts what it wrote when given a
password, and :func:`unlocked` gives a protected file's decryption, in a private
temporary folder, to the readers here.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msoffcrypto
import msoffcrypto.exceptions
import msoffcrypto.format.ooxml
import openpyxl
import openpyxl.xml
import python_calamine
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as DefusedET
from openpyxl.cell.cell import Cell
from openpyxl.workbook.workbook import Workbook

from exports.spreadsheet import protection

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # declared uncompressed size of one part
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for parts over 1 MiB
MAX_CELLS = 20_000_000
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
_ZIP = b"PK\x03\x04"
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and encrypted .xlsx
_FORMULA_STARTS = ("=", "+", "-", "@")

Sheets = dict[str, list[list[Any]]]


class WorkbookError(Exception):
    """A file that cannot be read as a workbook; ``reason`` says why, for the message."""

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = str(path)
        # missing | not_a_workbook | encrypted | wrong_password | too_large | bomb | …
        self.reason = reason
        self.detail = detail


def xml_protection_active() -> bool:
    """Whether openpyxl parses XML through defusedxml (protection from XML bombs)."""
    return protection.active()


def read_sheets(path: Path, names: Callable[[str], bool] | None = None) -> Sheets:
    """Every sheet of a workbook as rows of cell values, row 1 first (none skipped).

    ``names`` picks the sheets to read (the others are not parsed at all). Error cells
    (``#DIV/0!`` …) read as empty strings here; :func:`error_cells` finds them. A formula
    no program computed (written by a script) reads as its text: it was typed text.
    """
    kind = _check_file(path)
    if kind == "csv":
        return {path.stem: _read_csv(path)}
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as error:
        raise WorkbookError(path, "encrypted") from error
    except (python_calamine.CalamineError, ValueError, OSError) as error:
        raise WorkbookError(path, "damaged", str(error)) from error
    try:
        sheets = {name: _read_sheet(path, book, name) for name in book.sheet_names
                  if names is None or names(name)}
    finally:
        book.close()
    for name, formulas in cell_marks(path, names=lambda n: n in sheets).formulas.items():
        rows = sheets[name]
        for (row, column), text in formulas.items():  # row from 1, column from 0
            rows.extend([] for _ in range(row - len(rows)))  # empty trailing cells were cut
            cells = rows[row - 1]
            cells.extend("" for _ in range(column + 1 - len(cells)))
            cells[column] = text
    return sheets


Range = tuple[int, int, int, int]  # first row, first column, last row, last column


@dataclass(frozen=True)
class SheetInfo:
    """A sheet's size and merged cells, known without turning its rows into Python."""

    name: str
    rows: int  # as iter_rows gives them; for a .csv its line ends (a little high at most)
    merged: list[Range]  # 0-based; only the top-left cell of a range holds the value


def describe(path: Path) -> list[SheetInfo]:
    """Every sheet's name, row count and merged cells, reading the file once."""
    if _check_file(path) == "csv":
        count = 0
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                count += chunk.count(b"\n")
        return [SheetInfo(path.stem, count, [])]
    book = _open_book(path)
    try:
        return [_info(path, book, name) for name in book.sheet_names]
    finally:
        book.close()


def _info(path: Path, book: Any, name: str) -> SheetInfo:
    try:
        sheet = book.get_sheet_by_name(name)
    except python_calamine.CalamineError as error:
        raise WorkbookError(path, "damaged", f"{name}: {error}") from error
    merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []]
    return SheetInfo(name, int(sheet.end[0]) + 1 if sheet.end else 0, merged)


def iter_rows(path: Path, sheet: str) -> Iterator[list[Any]]:
    """The rows of one sheet one at a time, row 1 first, none skipped, like read_sheets.

    For exports too large to hold as Python lists (a million work orders): the
    workbook stays in calamine's compact form, a ``.csv`` is decoded as it is read.
    """
    if _check_file(path) == "csv":
        yield from _iter_csv(path)
        return
    book = _open_book(path)
    try:
        yield from _calamine_rows(path, book, sheet)
    finally:
        book.close()


LARGE_PART = 64 * 1024 * 1024  # a sheet's XML past this is streamed, never held whole
_ROW_TAG = re.compile(rb"<row[ >]")
_ROW_NUMBER = re.compile(rb'<row [^>]*?r="([0-9]+)"')


class SheetReader:
    """The sheets of one workbook, each streamed row by row; the file is checked once.

    Sheets are read with calamine (fast; it holds one sheet at a time), except a sheet
    whose XML is larger than :data:`LARGE_PART`, which openpyxl streams element by
    element (slower, in little memory): a million junk rows cost no more memory than a
    few. Rows come as :func:`read_sheets` gives them: row 1 first, none skipped, from
    column A.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kind = _check_file(path)
        self._parts: dict[str, tuple[str, int]] = {}
        if self.kind == "csv":
            self.names = [path.stem]
            self._book = None
            return
        self._book = _open_book(path)
        self.names = list(self._book.sheet_names)
        if self.kind == "zip":
            with zipfile.ZipFile(path) as archive:
                if "xl/workbook.xml" in archive.namelist():
                    sizes = {i.filename: i.file_size for i in archive.infolist()}
                    self._parts = {name: (part, sizes.get(part, 0))
                                   for name, part in _sheet_parts(archive).items()}

    def rows(self, name: str) -> Iterator[list[Any]]:
        """The rows of one sheet, one at a time."""
        if self._book is None:
            yield from _iter_csv(self.path)
        elif self._parts.get(name, ("", 0))[1] > LARGE_PART:
            yield from _stream_rows(self.path, self._parts[name][0])
        else:
            yield from _calamine_rows(self.path, self._book, name)

    def count(self, name: str) -> int:
        """How many rows a sheet has (for a large sheet, without parsing its cells)."""
        part, size = self._parts.get(name, ("", 0))
        if size > LARGE_PART:
            return _count_rows(self.path, part)
        return sum(1 for _ in self.rows(name))

    def close(self) -> None:
        if self._book is not None:
            self._book.close()


def _calamine_rows(path: Path, book: Any, name: str) -> Iterator[list[Any]]:
    try:
        data = book.get_sheet_by_name(name)
        if data.total_height * data.total_width > MAX_CELLS:
            raise WorkbookError(path, "too_large", name)
        # calamine starts each row at the first used column; put the others back.
        pad = [""] * data.start[1] if data.start else []
        for row in data.iter_rows():
            yield [*pad, *row] if pad else row
    except python_calamine.CalamineError as error:
        raise WorkbookError(path, "damaged", f"{name}: {error}") from error


def _stream_rows(path: Path, part: str) -> Iterator[list[Any]]:
    """A sheet's rows parsed element by element (defusedxml), each element dropped once read.

    Values as calamine gives them, but for dates, which stay numbers (a sheet this
    large is no hand-edited one).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            shared = _shared_strings(archive)
            with archive.open(part) as stream:
                yield from _sheet_rows(stream, shared)
    except DefusedXmlException as error:
        raise WorkbookError(path, "bomb", f"{part}: {error}") from error
    except (DefusedET.ParseError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise WorkbookError(path, "damaged", f"{part}: {error}") from error


def _sheet_rows(stream: Any, shared: list[str]) -> Iterator[list[Any]]:
    done = 0
    for _, element in DefusedET.iterparse(stream, events=("end",)):
        if element.tag != f"{_MAIN_NS}row":
            continue
        number = int(element.get("r") or done + 1)
        while done < number - 1:  # rows the sheet leaves out are empty
            done += 1
            yield []
        values: list[Any] = []
        for cell in element.iter(f"{_MAIN_NS}c"):
            match = _CELL_REF.fullmatch(cell.get("r", ""))
            column = _column_index(match.group(1)) if match else len(values)
            values += [""] * (column - len(values))
            values.append(_cell_value(cell, shared))
        element.clear()
        done = number
        yield values


def _cell_value(cell: Any, shared: list[str]) -> Any:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_MAIN_NS}t"))
    value = cell.find(f"{_MAIN_NS}v")
    text = value.text if value is not None and value.text is not None else ""
    if kind == "s":
        return shared[int(text)] if text else ""
    if kind == "b":
        return text == "1"
    if kind in ("str", "e") or text == "":
        return text if kind == "str" else ""
    number = float(text)
    return int(number) if number.is_integer() and "." not in text and "E" not in text \
        else number


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    found = []
    with archive.open("xl/sharedStrings.xml") as stream:
        for _, element in DefusedET.iterparse(stream, events=("end",)):
            if element.tag == f"{_MAIN_NS}si":
                found.append("".join(t.text or "" for t in element.iter(f"{_MAIN_NS}t")))
                element.clear()
    return found


def _count_rows(path: Path, part: str) -> int:
    """The number of the last row (rows left out are empty), scanning the bytes only."""
    count, last, tail = 0, 0, b""
    with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            count += len(_ROW_TAG.findall(tail[-4:] + chunk))  # 4 bytes hold no whole tag
            numbers = _ROW_NUMBER.findall(tail + chunk)
            last = max([last, *map(int, numbers)])
            tail = chunk[-64:]
    return max(count, last)


def _open_book(path: Path) -> Any:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as error:
        raise WorkbookError(path, "encrypted") from error
    except (python_calamine.CalamineError, ValueError, OSError) as error:
        raise WorkbookError(path, "damaged", str(error)) from error


def _csv_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) if every byte decodes so, else GB18030, else refused."""
    for encoding in ("utf-8-sig", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise WorkbookError(path, "bad_encoding")


def _iter_csv(path: Path) -> Iterator[list[Any]]:
    encoding = _csv_encoding(path)
    with path.open(encoding=encoding, newline="") as handle:
        try:
            dialect = csv.Sniffer().sniff(handle.read(4096), delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel  # type: ignore[assignment]
        handle.seek(0)
        yield from csv.reader(handle, dialect)


def _read_sheet(path: Path, book: Any, name: str) -> list[list[Any]]:
    try:
        sheet = book.get_sheet_by_name(name)
        if sheet.total_height * sheet.total_width > MAX_CELLS:
            raise WorkbookError(path, "too_large", name)
        rows = sheet.to_python(skip_empty_area=False)
    except python_calamine.CalamineError as error:
        raise WorkbookError(path, "damaged", f"{name}: {error}") from error
    return [list(row) for row in rows]


def _check_file(path: Path) -> str:
    """Refuse a missing, foreign, encrypted or bomb-like file before any parser sees it."""
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
    if head.startswith(_ZIP):
        _check_archive(path)
        return "zip"
    if head.startswith(_CFB):
        if _is_encrypted(path):
            raise WorkbookError(path, "encrypted")
        return "xls"
    if path.suffix.lower() == ".csv":
        return "csv"
    raise WorkbookError(path, "not_a_workbook")


def _is_encrypted(path: Path) -> bool:
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


def _read_csv(path: Path) -> list[list[Any]]:
    return csv_rows(path, path.read_bytes())


def csv_rows(path: Path | str, raw: bytes, *, sniff: bool = True) -> list[list[Any]]:
    """The rows of CSV text in UTF-8 (with or without BOM) or GB18030; the delimiter is
    found (comma, semicolon or tab) unless ``sniff`` is off (then a comma)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise WorkbookError(path, "bad_encoding")
    dialect: Any = csv.excel
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if sniff else dialect
    except csv.Error:
        pass
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


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
            protect(Path(temporary), password)
        make_readable(temporary)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def protect(path: Path, password: str) -> None:
    """Encrypt the workbook at ``path`` in place with ``password`` (ECMA-376 agile)."""
    sealed = io.BytesIO()
    with path.open("rb") as plain:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt(password, sealed)
    path.write_bytes(sealed.getvalue())


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is a password-protected workbook (an encrypted OOXML package)."""
    try:
        with path.open("rb") as handle:
            if not handle.read(8).startswith(_CFB):
                return False
    except OSError:
        return False
    return _is_encrypted(path)


@contextlib.contextmanager
def unlocked(path: Path, password: str | None) -> Iterator[Path]:
    """``path`` itself, or for a protected workbook its decryption (deleted afterwards).

    The decryption keeps the file's name, in a temporary folder only this user can
    read. Without a password: WorkbookError ``encrypted``; a wrong one: ``wrong_password``.
    """
    if not is_encrypted(path):
        yield path
        return
    if not password:
        raise WorkbookError(path, "encrypted")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise WorkbookError(path, "too_large", f"{path.stat().st_size} bytes")
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
        raise WorkbookError(path, "wrong_password") from None
    except (msoffcrypto.exceptions.FileFormatError, msoffcrypto.exceptions.DecryptionError,
            msoffcrypto.exceptions.ParseError, ValueError, OSError) as error:
        raise WorkbookError(path, "damaged", str(error)) from error


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


def styled(sheet: Any, value: Any, font: Any = None, fill: Any = None) -> Cell:
    """A cell for ``sheet.append`` with a font or fill (headers), its text kept as text."""
    cell = Cell(sheet, row=1, column=1)
    put(cell, value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell


def make_readable(path: Path | str) -> None:
    """Give a temporary file (created private) the permissions of a normal new file."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)([0-9]+)")
_MARKERS = (b't="e"', b"<f>", b"<f ", b"<f/")  # an error cell, a formula


@dataclass
class CellMarks:
    """What calamine cannot tell: error cells, and formulas no program has computed.

    Both map sheet → {(row, column): …}; rows count from 1, columns from 0, as in
    :func:`read_sheets`. A formula is given as its text (``=SUM(A1:A3)``).
    """

    errors: dict[str, set[tuple[int, int]]]
    formulas: dict[str, dict[tuple[int, int], str]]


def cell_marks(path: Path, names: Callable[[str], bool] | None = None) -> CellMarks:
    """The error cells and the formulas without a cached value of an .xlsx.

    Each sheet is streamed: only sheets whose XML holds an error type or a formula are
    parsed (with defusedxml), element by element, so a huge sheet is never held whole.
    """
    marks = CellMarks({}, {})
    with path.open("rb") as handle:
        if not handle.read(4).startswith(_ZIP):
            return marks
    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                return marks  # .ods: calamine reads its error cells as text
            for name, part in _sheet_parts(archive).items():
                if (names is None or names(name)) and part in archive.namelist() \
                        and _has_markers(archive, part):
                    _mark_sheet(archive, part, name, marks)
    except DefusedXmlException as error:
        raise WorkbookError(path, "bomb", str(error)) from error
    except (DefusedET.ParseError, zipfile.BadZipFile, KeyError) as error:
        raise WorkbookError(path, "damaged", str(error)) from error
    return marks


def error_cells(path: Path,
                names: Callable[[str], bool] | None = None) -> dict[str, set[tuple[int, int]]]:
    """The error cells (``#DIV/0!``, ``#REF!`` …) of an .xlsx: sheet → {(row, column)}."""
    return cell_marks(path, names).errors


def _has_markers(archive: zipfile.ZipFile, part: str) -> bool:
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            seam = tail + chunk[:8]  # a marker cut in two by the chunks
            if any(marker in chunk or marker in seam for marker in _MARKERS):
                return True
            tail = chunk[-8:]
    return False


def _mark_sheet(archive: zipfile.ZipFile, part: str, name: str, marks: CellMarks) -> None:
    errors: set[tuple[int, int]] = set()
    formulas: dict[tuple[int, int], str] = {}
    with archive.open(part) as stream:
        for _, element in DefusedET.iterparse(stream, events=("end",)):
            if element.tag != f"{_MAIN_NS}c":
                if element.tag == f"{_MAIN_NS}row":
                    element.clear()
                continue
            match = _CELL_REF.fullmatch(element.get("r", ""))
            if match:
                where = (int(match.group(2)), _column_index(match.group(1)))
                formula = element.find(f"{_MAIN_NS}f")
                value = element.find(f"{_MAIN_NS}v")
                if element.get("t") == "e":
                    errors.add(where)
                elif formula is not None and formula.text and (
                        value is None or value.text is None):
                    formulas[where] = "=" + formula.text
    if errors:
        marks.errors[name] = errors
    if formulas:
        marks.formulas[name] = formulas


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    book = DefusedET.fromstring(archive.read("xl/workbook.xml"))
    rels = DefusedET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for sheet in book.iter(f"{_MAIN_NS}sheet"):
        target = targets.get(sheet.get(f"{_REL_NS}id"), "")
        parts[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") \
            else "xl/" + target
    return parts


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def modified_time(path: Path) -> str | None:
    """When the workbook was last saved, from its properties (Excel, WPS, LibreOffice)."""
    try:
        with zipfile.ZipFile(path) as archive:
            core = DefusedET.fromstring(archive.read("docProps/core.xml"))
    except DefusedXmlException as error:
        raise WorkbookError(path, "bomb", f"docProps/core.xml: {error}") from error
    except (KeyError, zipfile.BadZipFile, OSError, DefusedET.ParseError):
        return None
    for element in core.iter("{http://purl.org/dc/terms/}modified"):
        return (element.text or "").strip() or None
    return None
