"""Reads a sync workbook back: its rows with real row numbers, history, photos, checklists.

Nothing here touches the store; :mod:`exports.sync_import` compares what is read
with the store. Sheets are recognised by the codes in their second row, so a renamed
sheet still imports; the long answers sheet and the readme are never parsed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.spreadsheet import workbook
from exports.sync import layout, sheets
from exports.sync.layout import Column
from storage.forms import xlsform
from storage.store import versioning

_SOURCE_OF_LABEL = {label: source for source, label in layout.SOURCES.items()}


class NotSyncWorkbook(Exception):
    """A workbook that is not an export of XunCha (no metadata sheet)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = str(path)


@dataclass(frozen=True)
class Problem:
    """Why a cell or row cannot be imported: where (sheet, row, column) and the reason."""

    sheet: str
    row: int
    column: str  # "C (检查人)" or ""
    reason: str  # type | choice | required | error_cell | constraint | unknown_reference …
    value: Any = None
    detail: str = ""


@dataclass
class SheetRow:
    """One record row of a sheet, as read: hidden metadata and its cells by code."""

    kind: str
    sheet: str
    row: int
    meta: dict[str, str]
    cells: dict[str, Any]
    columns: dict[str, Column]
    letters: dict[str, str]
    errors: set[str] = field(default_factory=set)  # codes of error cells

    @property
    def id(self) -> str:
        return self.meta["id"]

    def where(self, code: str) -> str:
        column = self.columns.get(code)
        letter = self.letters.get(code, "")
        return f"{letter} ({column.label})" if column else letter


@dataclass(frozen=True)
class PhotoFile:
    """A photo the manifest lists: its member in the archive, size, type and first name."""

    file: str
    size: int | None
    media_type: str
    original_name: str = ""


@dataclass
class Workbook:
    """Everything a sync workbook holds that an import needs."""

    path: Path
    sha256: str
    meta: dict[str, str]
    checklists: dict[str, xlsform.Checklist]
    rows: list[SheetRow]
    history: dict[tuple[str, str, str], versioning.Entry]
    attachments: dict[tuple[str, str], list[dict[str, str]]]
    photo_files: dict[str, PhotoFile]
    modified: str | None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read(path: Path) -> Workbook:
    """Read a sync workbook (refusing unsafe or foreign files with a typed error)."""
    sheets = workbook.read_sheets(path, names=_parsed)
    meta = {str(r[0]): _text(r[1]) for r in sheets.get(layout.META, []) if len(r) >= 2}
    if meta.get("format") != layout.FORMAT:
        raise NotSyncWorkbook(path)
    marks = workbook.cell_marks(path, names=_parsed)
    for name, found in marks.formulas.items():  # typed text, not a value someone computed
        for (row, column), text in found.items():
            if name in sheets and row <= len(sheets[name]) \
                    and column < len(sheets[name][row - 1]):
                sheets[name][row - 1][column] = text
    errors = marks.errors
    book = Workbook(path, file_hash(path), meta, {}, [], {}, {}, {},
                    workbook.modified_time(path))
    book.checklists = _checklists(sheets.get(layout.CHECKLISTS, []), book)
    for name, rows in sheets.items():
        if name in (layout.META, layout.CHECKLISTS, layout.LISTS):
            continue
        codes = [_text(c) for c in rows[1]] if len(rows) > 1 else []
        if name == layout.HISTORY or codes[:3] == ["kind", "record_id", "version"]:
            _history(name, rows, book)
        elif name == layout.PHOTOS or codes[:2] == ["owner_kind", "owner_id"]:
            _photos(name, rows, book, errors.get(name, set()))
        elif codes[:1] == ["id"]:
            _records(name, rows, codes, book, errors.get(name, set()))
    return book


def _parsed(sheet: str) -> bool:
    """The sheets an import reads (the readme and the long answers sheet are for people)."""
    return sheet != layout.README and not sheet.startswith(layout.LONG)


def _text(value: Any) -> str:
    normal = layout.normal(value)
    return str(normal) if normal != "" else ""


def _checklists(rows: list[list[Any]], book: Workbook) -> dict[str, xlsform.Checklist]:
    parts: dict[str, list[tuple[int, str]]] = {}
    for row in rows[1:]:
        if len(row) >= 6 and row[0]:
            parts.setdefault(_text(row[0]), []).append((int(layout.normal(row[4]) or 0),
                                                        str(row[5])))
    found = {}
    for ident, pieces in parts.items():
        source = "".join(text for _, text in sorted(pieces))
        try:
            found[ident] = xlsform.parse(json.loads(source))
        except (ValueError, xlsform.ChecklistError) as error:
            book.problems.append(Problem(layout.CHECKLISTS, 0, "", "bad_checklist",
                                         ident, str(error)))
    return found


def _columns(kind: str, book: Workbook, rows: list[list[Any]], codes: list[str]) -> list[Column]:
    if kind != "inspection":
        return sheets.BY_KIND[kind].columns()
    index = codes.index("checklist_version_id")
    ident = next((_text(r[index]) for r in rows[layout.HEADER_ROWS:] if len(r) > index
                  and r[index]), "")
    checklist = book.checklists.get(ident)
    return sheets.inspection_columns(checklist) if checklist else []


def _records(name: str, rows: list[list[Any]], codes: list[str], book: Workbook,
             errors: set[tuple[int, int]]) -> None:
    kind = sheets.kind_of(codes)
    if kind is None:
        book.warnings.append(("unknown_sheet", name))
        return
    columns = {c.code: c for c in _columns(kind, book, rows, codes)}
    if not columns:
        book.problems.append(Problem(name, 0, "", "unknown_checklist"))
        return
    position = {code: n for n, code in enumerate(codes) if code}
    letters = {code: layout.column_letter(n) for code, n in position.items()}
    wanted = [(code, position[code]) for code, c in columns.items()
              if c.is_content and code in position and code not in layout.MACHINE]
    missing = [c.label for code, c in columns.items() if c.is_content and code not in position]
    if missing:
        book.warnings.append(("missing_columns", f"{name}: {'、'.join(missing)}"))
    machine = [(code, position.get(code)) for code in layout.MACHINE]
    for offset, values in enumerate(rows[layout.HEADER_ROWS:]):
        number = offset + layout.HEADER_ROWS + 1
        if not any(layout.normal(v) != "" for v in values):
            continue
        meta = {code: _text(values[n]) if n is not None and n < len(values) else ""
                for code, n in machine}
        cells = {code: values[n] if n < len(values) else None for code, n in wanted}
        if not meta["id"]:
            meta["id"] = typed_id(kind, cells)
        bad = {code for code, n in wanted if (number, n) in errors}
        book.rows.append(SheetRow(kind, name, number, meta, cells, columns, letters, bad))


def typed_id(kind: str, cells: dict[str, Any]) -> str:
    """The id of a record typed by hand on an empty row: derived from what it says.

    The same row imported again (or from another copy of the file) is the same record.
    """
    text = json.dumps([kind, sorted((code, _text(value)) for code, value in cells.items())],
                      ensure_ascii=False)
    return str(uuid.uuid5(_TYPED, text))


_TYPED = uuid.UUID("6f3c1d0e-2b7a-5c1e-9d4f-0a8b7c6d5e4f")


def _history(name: str, rows: list[list[Any]], book: Workbook) -> None:
    for offset, values in enumerate(rows[layout.HEADER_ROWS:]):
        if len(values) < 10 or not values[1]:
            continue
        kind = sheets.kind_of_label(_text(values[0]))
        record_id, version = _text(values[1]), _text(values[2])
        try:
            content = json.loads(str(values[9]))
        except ValueError:
            content = None
        if not isinstance(content, dict) or versioning.version_of(content) != version:
            book.warnings.append(("history_damaged",
                                  f"{name}!{offset + layout.HEADER_ROWS + 1}"))
            continue
        source = _SOURCE_OF_LABEL.get(_text(values[4]), _text(values[4]))
        origin = versioning.Origin(source if source in versioning.SOURCES else "imported",
                                   _text(values[5]))
        book.history[(kind, record_id, version)] = versioning.Entry(
            record_id, version, content, tuple(_text(values[3]).split()), _text(values[6]),
            _text(values[7]), origin, _sightings(values[10] if len(values) > 10 else None))


def _photos(name: str, rows: list[list[Any]], book: Workbook,
            errors: set[tuple[int, int]]) -> None:
    for offset, values in enumerate(rows[layout.HEADER_ROWS:]):
        values = list(values) + [None] * (11 - len(values))
        if not values[1]:
            continue
        number = offset + layout.HEADER_ROWS + 1
        kind = sheets.kind_of_label(_text(values[0]))
        sha = _text(values[6]).lower()
        size = layout.normal(values[8])
        book.photo_files[sha] = PhotoFile(_text(values[7]), size if isinstance(size, int)
                                          else None, _text(values[9]), _text(values[10]))
        if any((number, n) in errors for n in range(10)):
            book.problems.append(Problem(name, number, "", "error_cell"))
        book.attachments.setdefault((kind, _text(values[1])), []).append(
            {"position": layout.normal(values[3]), "photo": sha, "item": _text(values[4]),
             "caption": _text(values[5])})


def _sightings(value: Any) -> tuple[tuple[str, str], ...]:
    try:
        pairs = json.loads(str(value)) if value else []
        return tuple((str(a), str(b)) for a, b in pairs)
    except (ValueError, TypeError):
        return ()
