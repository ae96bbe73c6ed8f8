"""Score templates: a workbook a department (or a street) fills in offline and sends back.

One sheet holds the grid: a row per thing scored (a street, a property project) with its
hidden id in column A, the columns that say what the row is, and a column per score with
its hidden code in row 2, each score cell validated (a number from its minimum to its
maximum) and left unlocked while the rest of the sheet is protected. A hidden ``_meta``
sheet names the format and what the file is for (the quarter, the department …); a
readme explains the rules in Chinese.

Reading goes through the safe reader (``workbook.read_sheets``): every value comes
back with its cell address (``评分!E5``) so problems can be named; nothing here knows
what a score means.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from exports.spreadsheet import cells, marks, workbook, writing
from exports.spreadsheet.cells import Problem
from storage.store import photos

META = "_meta"
README = "说明"
HEADER_ROWS = 2  # row 1: what people read; row 2: the codes a machine reads (hidden)
_BOLD = Font(bold=True)
_HEAD = PatternFill("solid", fgColor="DDEBF7")
_INPUT = PatternFill("solid", fgColor="FFF9E5")
_WRAP = Alignment(wrap_text=True, vertical="center")


class NotTemplate(Exception):
    """A workbook that is not a template of this kind (``expected`` format)."""

    def __init__(self, path: Path, expected: str, found: str = "") -> None:
        super().__init__(f"{path}: {expected} {found}".strip())
        self.path = str(path)
        self.expected = expected
        self.found = found


@dataclass(frozen=True)
class ValueColumn:
    """A column people fill in: its code, header, range and whether it may stay empty."""

    code: str
    label: str
    minimum: float
    maximum: float
    required: bool = True
    width: int = 14


@dataclass
class Grid:
    """A template to write: what it is for (``meta``), its rows and its columns."""

    format: str
    meta: dict[str, str]
    sheet: str
    title: str
    shown: list[tuple[str, int]]  # headers (and widths) of the columns naming a row
    columns: list[ValueColumn]
    rows: list[tuple[str, list[str], dict[str, float | None]]]  # id, shown, filled in
    readme: list[str] = field(default_factory=list)


def write(path: Path, grid: Grid) -> None:
    """Write the template atomically (a half-written file never replaces a good one)."""
    with writing.writing(path) as book:
        sheet = book.create_sheet(grid.sheet)
        _headers(sheet, grid)
        for number, (ident, shown, filled) in enumerate(grid.rows, start=HEADER_ROWS + 1):
            _row(sheet, grid, number, ident, shown, filled)
        _validate(sheet, grid)
        _protect(sheet, grid)
        notes = book.create_sheet(README)
        for line in [grid.title, "", *grid.readme]:
            notes.append(writing.safe_row(notes, [line]))
        notes.column_dimensions["A"].width = 100
        meta = book.create_sheet(META)
        for key, value in {"format": grid.format, **grid.meta}.items():
            meta.append(writing.safe_row(meta, [key, value]))
        meta.sheet_state = "hidden"
        book.active = 0


def _headers(sheet: Any, grid: Grid) -> None:
    labels = ["id", *(label for label, _ in grid.shown),
              *(f"{c.label}\n（{c.minimum:g}–{c.maximum:g}）" for c in grid.columns)]
    codes = ["id", *(f"shown{n}" for n in range(len(grid.shown))),
             *(c.code for c in grid.columns)]
    for column, (label, code) in enumerate(zip(labels, codes, strict=True), start=1):
        writing.put(sheet.cell(1, column), label)
        writing.put(sheet.cell(2, column), code)
        head = sheet.cell(1, column)
        head.font, head.fill, head.alignment = _BOLD, _HEAD, _WRAP
    widths = [8, *(w for _, w in grid.shown), *(c.width for c in grid.columns)]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.column_dimensions["A"].hidden = True
    sheet.row_dimensions[1].height = 36
    sheet.row_dimensions[2].hidden = True
    sheet.freeze_panes = sheet.cell(HEADER_ROWS + 1, 2 + len(grid.shown))


def _row(sheet: Any, grid: Grid, number: int, ident: str, shown: list[str],
         filled: Mapping[str, float | None]) -> None:
    writing.put(sheet.cell(number, 1), ident)
    for column, text in enumerate(shown, start=2):
        writing.put(sheet.cell(number, column), text)
    first = 2 + len(grid.shown)
    for offset, value_column in enumerate(grid.columns):
        cell = sheet.cell(number, first + offset)
        cell.value = filled.get(value_column.code)
        cell.fill = _INPUT
        cell.protection = Protection(locked=False)


def _validate(sheet: Any, grid: Grid) -> None:
    first = 2 + len(grid.shown)
    last_row = HEADER_ROWS + max(len(grid.rows), 1)
    for offset, column in enumerate(grid.columns):
        letter = get_column_letter(first + offset)
        rule = DataValidation(
            type="decimal", operator="between", formula1=f"{column.minimum:g}",
            formula2=f"{column.maximum:g}", allow_blank=not column.required,
            showErrorMessage=True, showInputMessage=True, errorTitle="分值无效",
            error=f"请填写 {column.minimum:g} 到 {column.maximum:g} 之间的数字。",
            promptTitle=column.label[:32],
            prompt=f"{column.minimum:g}–{column.maximum:g}" + ("" if column.required
                                                             else "，可不填"))
        rule.add(f"{letter}{HEADER_ROWS + 1}:{letter}{last_row}")
        sheet.data_validations.append(rule)


def _protect(sheet: Any, grid: Grid) -> None:
    """Lock the names and hidden ids; people may still widen columns and sort nothing."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.formatCells = False


# --- reading a filled-in template back -----------------------------------------------------

@dataclass(frozen=True)
class Value:
    """A cell as the file holds it, and where it is (``评分!E5`` and its header)."""

    raw: Any
    sheet: str
    row: int
    column: str  # "E (述职报告)"
    error: bool = False  # an error cell (#DIV/0! …)


@dataclass
class Filled:
    """A template as read back: what it is for, and each row's values by column code."""

    path: Path
    sha256: str
    meta: dict[str, str]
    sheet: str
    codes: list[str]  # the value columns the file has, in order
    rows: dict[str, dict[str, Value]]  # id -> code -> value
    problems: list[Problem] = field(default_factory=list)

    def require(self, columns: Mapping[str, str]) -> None:
        """A problem for each value column (code → its header) the file lacks."""
        self.problems += [Problem(self.sheet, 0, "", "missing_column", label)
                          for code, label in columns.items() if code not in self.codes]


def read(path: Path, expected: str) -> Filled:
    """Read a filled-in template of format ``expected``: every row's values by code.

    A file of another kind raises NotTemplate; an unsafe or broken one WorkbookError.
    Rows without an id and ids given twice become problems.
    """
    sheets = workbook.read_sheets(path)
    meta = {cells.text(r[0]): cells.text(r[1]) for r in sheets.get(META, []) if len(r) >= 2}
    if meta.get("format") != expected:
        raise NotTemplate(path, expected, meta.get("format", ""))
    name = next((n for n, rows in sheets.items() if len(rows) > 1 and rows[1]
                 and cells.text(rows[1][0]) == "id"), None)
    if name is None:
        raise NotTemplate(path, expected, "no grid")
    filled = Filled(path, photos.sha256_of(path), meta, name, [], {})
    _grid(filled, sheets[name], marks.error_cells(path).get(name, set()))
    return filled


def _grid(filled: Filled, rows: list[list[Any]], errors: set[tuple[int, int]]) -> None:
    header = [cells.text(c) for c in rows[1]]
    labels = [cells.text(c).split("\n")[0] for c in rows[0]]
    wanted = [(code, n) for n, code in enumerate(header)
              if code and code != "id" and not code.startswith("shown")]
    filled.codes = [code for code, _ in wanted]
    for number, values in enumerate(rows[HEADER_ROWS:], start=HEADER_ROWS + 1):
        ident = cells.text(values[0]) if values else ""
        if not ident:
            if any(cells.text(v) for v in values):
                filled.problems.append(Problem(filled.sheet, number, "A", "no_id"))
            continue
        if ident in filled.rows:
            filled.problems.append(Problem(filled.sheet, number, "A", "duplicate", ident))
            continue
        filled.rows[ident] = {
            code: Value(values[n] if n < len(values) else None, filled.sheet, number,
                        f"{get_column_letter(n + 1)} ({labels[n] if n < len(labels) else code})",
                        (number, n) in errors)
            for code, n in wanted}


@dataclass
class Preview:
    """A filled-in template checked against the store; nothing written yet.

    ``outcome`` counts what writing it would do (new, changed, unchanged, removed);
    any problem refuses the whole file.
    """

    path: Path
    sha256: str = ""
    problems: list[Problem] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    outcome: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def counts(self) -> dict[str, int]:
        return {**self.outcome, "invalid": len({(p.sheet, p.row) for p in self.problems})}


def file_name(*parts: str) -> str:
    """A file name from its parts, without the characters file systems refuse."""
    text = " ".join(p.strip() for p in parts if p.strip())
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text)[:120] + ".xlsx"
