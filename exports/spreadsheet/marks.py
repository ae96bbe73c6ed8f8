"""Error cells and formulas no program computed, found in a sheet's XML and put into its rows."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as DefusedET

from exports.spreadsheet import files, sheet_xml

_MARKERS = (b't="e"', b"<f>", b"<f ", b"<f/")  # an error cell, a formula

Cell = tuple[int, int]  # row from 1, column from 0


@dataclass
class CellMarks:
    """What calamine cannot tell: error cells, and formulas no program has computed.

    Both map sheet → {(row, column): …}; rows count from 1, columns from 0, as in
    ``workbook.read_sheets``. A formula is given as its text (``=SUM(A1:A3)``).
    """

    errors: dict[str, set[Cell]]
    formulas: dict[str, dict[Cell, str]]


def cell_marks(path: Path, names: Callable[[str], bool] | None = None) -> CellMarks:
    """The error cells and the formulas without a cached value of an .xlsx.

    Each sheet is streamed: only sheets whose XML holds an error type or a formula are
    parsed (with defusedxml), element by element, so a huge sheet is never held whole.
    """
    marks = CellMarks({}, {})
    with path.open("rb") as handle:
        if not handle.read(4).startswith(files.ZIP_HEAD):
            return marks
    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                return marks  # .ods: calamine reads its error cells as text
            for name, part in sheet_xml.sheet_parts(archive).items():
                if (names is None or names(name)) and part in archive.namelist() \
                        and _has_markers(archive, part):
                    _mark_sheet(archive, part, name, marks)
    except DefusedXmlException as error:
        raise files.WorkbookError(path, "bomb", str(error)) from error
    except (DefusedET.ParseError, zipfile.BadZipFile, KeyError) as error:
        raise files.WorkbookError(path, "damaged", str(error)) from error
    return marks


def error_cells(path: Path, names: Callable[[str], bool] | None = None) -> dict[str, set[Cell]]:
    """The error cells (``#DIV/0!``, ``#REF!`` …) of an .xlsx: sheet → {(row, column)}."""
    return cell_marks(path, names).errors


def with_formulas(rows: Iterable[list[Any]],
                  formulas: Mapping[Cell, str]) -> Iterator[list[Any]]:
    """A sheet's rows with each formula no program computed as its text (it was typed text).

    ``formulas`` as :class:`CellMarks` gives one sheet's. calamine leaves out the cells
    and rows past the last value: a row too short for its formula gets empty cells, and
    rows follow the last one down to the last formula. Rows are changed in place.
    """
    if not formulas:
        return iter(rows)
    return _overlaid(rows, formulas)


def _overlaid(rows: Iterable[list[Any]], formulas: Mapping[Cell, str]) -> Iterator[list[Any]]:
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (row, column), text in formulas.items():
        by_row.setdefault(row, []).append((column, text))
    given = 0
    for given, values in enumerate(rows, start=1):
        placed = by_row.get(given)
        yield _place(values, placed) if placed else values
    for number in range(given + 1, max(by_row) + 1):  # rows calamine left out
        yield _place([], by_row.get(number, []))


def _place(values: list[Any], placed: list[tuple[int, str]]) -> list[Any]:
    for column, text in placed:
        if column >= len(values):
            values += [""] * (column + 1 - len(values))
        values[column] = text
    return values


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
    errors: set[Cell] = set()
    formulas: dict[Cell, str] = {}
    with archive.open(part) as stream:
        for _, element in DefusedET.iterparse(stream, events=("end",)):
            if element.tag != f"{sheet_xml.MAIN_NS}c":
                if element.tag == f"{sheet_xml.MAIN_NS}row":
                    element.clear()
                continue
            match = sheet_xml.CELL_REF.fullmatch(element.get("r", ""))
            if match:
                where = (int(match.group(2)), sheet_xml.column_index(match.group(1)))
                formula = element.find(f"{sheet_xml.MAIN_NS}f")
                value = element.find(f"{sheet_xml.MAIN_NS}v")
                if element.get("t") == "e":
                    errors.add(where)
                elif formula is not None and formula.text and (
                        value is None or value.text is None):
                    formulas[where] = "=" + formula.text
    if errors:
        marks.errors[name] = errors
    if formulas:
        marks.formulas[name] = formulas
