"""Reading workbooks (calamine; a huge sheet streamed from its XML) once the file is checked."""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as DefusedET

from exports.spreadsheet import files, marks, sheet_xml

Sheets = dict[str, list[list[Any]]]


def read_sheets(path: Path, names: Callable[[str], bool] | None = None) -> Sheets:
    """Every sheet of a workbook as rows of cell values, row 1 first (none skipped).

    ``names`` picks the sheets to read (the others are not parsed at all). Error cells
    (``#DIV/0!`` …) read as empty strings here; ``marks.error_cells`` finds them. A
    formula no program computed (written by a script) reads as its text: it was typed text.
    """
    if files.check(path) == "csv":
        return {path.stem: _read_csv(path)}
    book = _open_book(path)
    try:
        sheets = {name: _read_sheet(path, book, name) for name in book.sheet_names
                  if names is None or names(name)}
    finally:
        book.close()
    for name, formulas in marks.cell_marks(path, names=lambda n: n in sheets).formulas.items():
        sheets[name] = list(marks.with_formulas(sheets[name], formulas))
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
    if files.check(path) == "csv":
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
        raise files.WorkbookError(path, "damaged", f"{name}: {error}") from error
    merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []]
    return SheetInfo(name, int(sheet.end[0]) + 1 if sheet.end else 0, merged)


def iter_rows(path: Path, sheet: str) -> Iterator[list[Any]]:
    """The rows of one sheet one at a time, row 1 first, none skipped, like read_sheets.

    For exports too large to hold as Python lists (a million work orders): the
    workbook stays in calamine's compact form, a ``.csv`` is decoded as it is read.
    """
    if files.check(path) == "csv":
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
    whose XML is larger than :data:`LARGE_PART`, which is streamed element by
    element (slower, in little memory): a million junk rows cost no more memory than a
    few. Rows come as :func:`read_sheets` gives them: row 1 first, none skipped, from
    column A.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kind = files.check(path)
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
                                   for name, part in sheet_xml.sheet_parts(archive).items()}

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
        if data.total_height * data.total_width > files.MAX_CELLS:
            raise files.WorkbookError(path, "too_large", name)
        # calamine starts each row at the first used column; put the others back.
        pad = [""] * data.start[1] if data.start else []
        for row in data.iter_rows():
            yield [*pad, *row] if pad else row
    except python_calamine.CalamineError as error:
        raise files.WorkbookError(path, "damaged", f"{name}: {error}") from error


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
        raise files.WorkbookError(path, "bomb", f"{part}: {error}") from error
    except (DefusedET.ParseError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise files.WorkbookError(path, "damaged", f"{part}: {error}") from error


def _sheet_rows(stream: Any, shared: list[str]) -> Iterator[list[Any]]:
    done = 0
    for _, element in DefusedET.iterparse(stream, events=("end",)):
        if element.tag != f"{sheet_xml.MAIN_NS}row":
            continue
        number = int(element.get("r") or done + 1)
        while done < number - 1:  # rows the sheet leaves out are empty
            done += 1
            yield []
        values: list[Any] = []
        for cell in element.iter(f"{sheet_xml.MAIN_NS}c"):
            match = sheet_xml.CELL_REF.fullmatch(cell.get("r", ""))
            column = sheet_xml.column_index(match.group(1)) if match else len(values)
            values += [""] * (column - len(values))
            values.append(_cell_value(cell, shared))
        element.clear()
        done = number
        yield values


def _cell_value(cell: Any, shared: list[str]) -> Any:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{sheet_xml.MAIN_NS}t"))
    value = cell.find(f"{sheet_xml.MAIN_NS}v")
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
            if element.tag == f"{sheet_xml.MAIN_NS}si":
                found.append("".join(t.text or "" for t in element.iter(f"{sheet_xml.MAIN_NS}t")))
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
        raise files.WorkbookError(path, "encrypted") from error
    except (python_calamine.CalamineError, ValueError, OSError) as error:
        raise files.WorkbookError(path, "damaged", str(error)) from error


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
    raise files.WorkbookError(path, "bad_encoding")


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
        if sheet.total_height * sheet.total_width > files.MAX_CELLS:
            raise files.WorkbookError(path, "too_large", name)
        rows = sheet.to_python(skip_empty_area=False)
    except python_calamine.CalamineError as error:
        raise files.WorkbookError(path, "damaged", f"{name}: {error}") from error
    return [list(row) for row in rows]


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
        raise files.WorkbookError(path, "bad_encoding")
    dialect: Any = csv.excel
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if sniff else dialect
    except csv.Error:
        pass
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def modified_time(path: Path) -> str | None:
    """When the workbook was last saved, from its properties (Excel, WPS, LibreOffice)."""
    try:
        with zipfile.ZipFile(path) as archive:
            core = DefusedET.fromstring(archive.read("docProps/core.xml"))
    except DefusedXmlException as error:
        raise files.WorkbookError(path, "bomb", f"docProps/core.xml: {error}") from error
    except (KeyError, zipfile.BadZipFile, OSError, DefusedET.ParseError):
        return None
    for element in core.iter("{http://purl.org/dc/terms/}modified"):
        return (element.text or "").strip() or None
    return None
