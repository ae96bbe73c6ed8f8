"""Reads a sync workbook back: its rows with real row numbers, history, photos, checklists.

Nothing here touches the store; :mod:`exports.sync_import` compares what is read
with the store. Sheets are recognised by the codes in their second row, so a renamed
sheet still imports; the long answers sheet and the readme are never parsed.
"""

from __future__ import annotations

import functools
import itertools
import json
import operator
import re
import uuid
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from exports.spreadsheet import marks, workbook
from exports.spreadsheet.cells import Problem
from exports.sync import layout, repeats, sheets
from exports.sync.layout import Column
from storage.forms import checklists, xlsform
from storage.store import photos, versioning

PROBLEM_LIMIT = 100  # a file with more problems is refused with these, the rest counted
_SOURCE_OF_LABEL = {label: source for source, label in layout.SOURCES.items()}


class NotSyncWorkbook(Exception):
    """A workbook that is not an export of XunCha (no metadata sheet)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = str(path)


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
    text: str = ""  # the cells' text as layout.cells_text gives it (kept up to date)

    @property
    def id(self) -> str:
        return self.meta["id"]

    def where(self, code: str) -> str:
        return layout.place(self.columns, self.letters, code)


@dataclass(frozen=True)
class PhotoFile:
    """A photo the manifest lists: its member in the archive, size, type and first name."""

    file: str
    size: int | None
    media_type: str
    original_name: str = ""


Key = tuple[str, str, str]  # (kind, record id, version)


class Stamp(NamedTuple):
    """A version of the history sheet as known without its content: who made it when.

    A named tuple, as :class:`_Unread`: one is made for every history row of a file.
    """

    version: str
    updated_at: str
    device_id: str
    sightings: tuple[tuple[str, str], ...]


class _Unread(NamedTuple):
    """A history row whose cell holds the canonical text of its version, not yet parsed."""

    stamp: Stamp
    record_id: str
    text: str
    parents: tuple[str, ...]
    origin: versioning.Origin

    def entry(self) -> versioning.Entry | None:
        try:
            content = json.loads(self.text)
        except ValueError:
            return None
        if not isinstance(content, dict):
            return None
        return versioning.Entry(self.record_id, self.stamp.version, content, self.parents,
                                self.stamp.device_id, self.stamp.updated_at, self.origin,
                                self.stamp.sightings, self.text)


class History(MutableMapping[Key, versioning.Entry]):
    """The history sheet's versions by (kind, record id, version).

    A version written as exported (its cell's text hashes to it) is parsed only when its
    entry is asked for: a re-import of versions the store has seen needs none of them.
    One that does not parse after all (a forged text) is dropped then, as damaged.
    """

    def __init__(self) -> None:
        self._found: dict[Key, versioning.Entry | _Unread] = {}

    def __getitem__(self, key: Key) -> versioning.Entry:
        found = self._found[key]
        if isinstance(found, _Unread):
            entry = found.entry()
            if entry is None:
                del self._found[key]
                raise KeyError(key)
            self._found[key] = found = entry
        return found

    def __setitem__(self, key: Key, entry: versioning.Entry) -> None:
        self._found[key] = entry

    def add_unread(self, key: Key, unread: _Unread) -> None:
        self._found[key] = unread

    def __delitem__(self, key: Key) -> None:
        del self._found[key]

    def __iter__(self) -> Iterator[Key]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)

    def __contains__(self, key: object) -> bool:
        return key in self._found

    @property
    def parsed(self) -> int:
        """How many versions' contents were parsed so far."""
        return sum(1 for found in self._found.values() if not isinstance(found, _Unread))

    def text(self, key: Key) -> str | None:
        """The canonical text of a version's content, when the sheet holds exactly that."""
        return self._found[key].text

    def stamp(self, key: Key) -> Stamp:
        """Who made a version when, without parsing its content."""
        found = self._found[key]
        if isinstance(found, _Unread):
            return found.stamp
        return Stamp(found.version, found.updated_at, found.device_id, found.sightings)


@dataclass
class Workbook:
    """Everything a sync workbook holds that an import needs."""

    path: Path
    sha256: str
    meta: dict[str, str]
    checklists: dict[str, xlsform.Checklist]
    rows: list[SheetRow]
    history: History
    attachments: dict[tuple[str, str], list[dict[str, str]]]
    photo_files: dict[str, PhotoFile]
    modified: str | None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    blocks: dict[str, list[repeats.BlockRow]] = field(default_factory=dict)  # by inspection
    repeat_sheets: set[tuple[str, str]] = field(default_factory=set)  # (checklist, repeat)
    unchecked: int = 0  # rows left unread once the problems reached the limit

    def problem(self, found: Problem) -> None:
        self.problems.append(found)

    @property
    def full(self) -> bool:
        """Enough problems to refuse the file and show why: read no further."""
        return len(self.problems) >= PROBLEM_LIMIT


def read(path: Path) -> Workbook:
    """Read a sync workbook (refusing unsafe or foreign files with a typed error).

    Sheets are streamed: the metadata first (a file that is no export is refused
    before its other sheets are read), then each sheet row by row. Reading stops at
    :data:`PROBLEM_LIMIT` problems; the rows left unread are counted (``unchecked``).
    """
    reader = workbook.SheetReader(path)
    try:
        meta = {str(r[0]): _text(r[1]) for r in _small(reader, layout.META) if len(r) >= 2}
        if meta.get("format") != layout.FORMAT:
            raise NotSyncWorkbook(path)
        found = marks.cell_marks(path, names=_marked)
        book = Workbook(path, photos.sha256_of(path), meta, {}, [], History(), {}, {},
                        workbook.modified_time(path))
        book.checklists = _checklists(_small(reader, layout.CHECKLISTS), book)
        for name in reader.names:
            if not _parsed(name) or name in (layout.META, layout.CHECKLISTS, layout.LISTS):
                continue
            if book.full:
                book.unchecked += reader.count(name)
                continue
            _sheet(reader, name, book, found)
    finally:
        reader.close()
    inspections = {r.id for r in book.rows if r.kind == "inspection"}
    for record_id, block_rows in book.blocks.items():
        if record_id not in inspections:  # a block whose inspection is not in the file
            for row in block_rows:
                book.problem(Problem(row.sheet, row.row, "", "unknown_reference", record_id))
    return book


def _small(reader: workbook.SheetReader, name: str) -> list[list[Any]]:
    return list(reader.rows(name)) if name in reader.names else []


def _sheet(reader: workbook.SheetReader, name: str, book: Workbook,
           found: marks.CellMarks) -> None:
    """Read one sheet as what its codes row says it holds."""
    taken = [0]
    rows = marks.with_formulas(_counted(reader.rows(name), taken),
                               found.formulas.get(name, {}))
    head = [next(rows, []) for _ in range(layout.HEADER_ROWS)]
    codes = [_text(c) for c in head[1]]
    errors = found.errors.get(name, set())
    if name == layout.HISTORY or codes[:3] == ["kind", "record_id", "version"]:
        _history(name, rows, book)
    elif name == layout.PHOTOS or codes[:2] == ["owner_kind", "owner_id"]:
        _photos(name, rows, book, errors)
    elif repeats.is_repeat_sheet(codes):
        _blocks(name, [*head, *rows], codes, book, errors)
    elif codes[:1] == ["id"]:
        _records(name, rows, codes, book, errors)
        if book.full:  # the rows left in the sheet are not read
            book.unchecked += reader.count(name) - taken[0]


def _counted(rows: Iterator[list[Any]], taken: list[int]) -> Iterator[list[Any]]:
    """The sheet's rows; ``taken[0]`` counts those taken so far (the rest are left unread)."""
    for taken[0], values in enumerate(rows, start=1):  # noqa: B007 - the count is read outside
        yield values


def _marked(sheet: str) -> bool:
    """The sheets whose error cells and formulas matter: not the history (its rows are
    checked by their hash) nor the hidden ones."""
    return _parsed(sheet) and sheet not in (layout.HISTORY, layout.META, layout.CHECKLISTS,
                                            layout.LISTS)


def _blocks(name: str, rows: list[list[Any]], codes: list[str], book: Workbook,
            errors: set[tuple[int, int]]) -> None:
    """A repeat sheet: a row per block, folded into its inspection by the plan."""
    book.repeat_sheets |= repeats.present(codes, book.checklists)
    found, problems = repeats.read_rows(name, rows, codes, book.checklists, errors)
    for row in found:
        book.blocks.setdefault(row.key["record_id"], []).append(row)
    for found_problem in problems:
        book.problem(Problem(*found_problem))


def _parsed(sheet: str) -> bool:
    """The sheets an import reads (the readme and the long answers sheet are for people)."""
    return sheet != layout.README and not sheet.startswith(layout.LONG)


def _text(value: Any) -> str:
    if type(value) is str:  # most cells: the fast way first
        return value.strip()
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
            found[ident] = checklists.parsed(source)
        except (ValueError, xlsform.ChecklistError) as error:
            book.problem(Problem(layout.CHECKLISTS, 0, "", "bad_checklist", ident,
                                 str(error)))
    return found


def _columns(kind: str, book: Workbook, first: list[Any], codes: list[str]) -> list[Column]:
    """A sheet's columns; a checklist's sheet is known by its first row's checklist."""
    if kind != "inspection":
        return sheets.BY_KIND[kind].columns()
    index = codes.index("checklist_version_id")
    checklist = book.checklists.get(_text(first[index]) if len(first) > index else "")
    return sheets.inspection_columns(checklist) if checklist else []


def _records(name: str, rows: Iterator[list[Any]], codes: list[str], book: Workbook,
             errors: set[tuple[int, int]]) -> None:
    kind = sheets.kind_of(codes)
    if kind is None:
        book.warnings.append(("unknown_sheet", name))
        return
    first = next(rows, [])
    columns = {c.code: c for c in _columns(kind, book, first, codes)}
    if not columns:
        book.problem(Problem(name, 0, "", "unknown_checklist"))
        return
    position = {code: n for n, code in enumerate(codes) if code}
    letters = {code: layout.column_letter(n) for code, n in position.items()}
    wanted = [(code, position[code]) for code, c in columns.items()
              if c.is_content and code in position and code not in layout.MACHINE]
    missing = [c.label for code, c in columns.items() if c.is_content and code not in position]
    if missing:
        book.warnings.append(("missing_columns", f"{name}: {'、'.join(missing)}"))
    meta_of = _meta_reader(position)
    width = max(position.values(), default=0) + 1
    codes_wanted, take = [code for code, _ in wanted], _getter([n for _, n in wanted])
    for number, values in enumerate(itertools.chain([first], rows), layout.HEADER_ROWS + 1):
        if not _filled(values):
            continue
        if len(values) < width:  # calamine cuts a row's empty cells at its end
            values = [*values, *[None] * (width - len(values))]
        meta = meta_of(values)
        cells = dict(zip(codes_wanted, take(values), strict=True))
        bad = {code for code, n in wanted if (number, n) in errors} if errors else set()
        row = SheetRow(kind, name, number, meta, cells, columns, letters, bad,
                       layout.cells_text(cells.values()))
        problems = _row_problems(row)
        for problem in problems:
            book.problem(problem)
        if not problems:
            book.rows.append(row)
        if book.full:
            return


def _meta_reader(position: dict[str, int]) -> Callable[[list[Any]], dict[str, str]]:
    """How a sheet's rows give their hidden metadata: every machine column as text, ""
    where the sheet lacks it. They hold text nearly always: stripped in C then."""
    present = [code for code in layout.MACHINE if code in position]
    absent = dict.fromkeys((code for code in layout.MACHINE if code not in position), "")
    take = _getter([position[code] for code in present])

    def meta_of(values: list[Any]) -> dict[str, str]:
        found = take(values)
        try:
            meta = dict(zip(present, map(str.strip, found), strict=True))
        except TypeError:  # a number or a date typed into a hidden cell
            meta = dict(zip(present, map(_text, found), strict=True))
        return meta | absent if absent else meta

    return meta_of


def _filled(values: list[Any]) -> bool:
    """Whether a row has any cell that is not empty (most rows say so in their first)."""
    for value in values:
        if type(value) is str:
            if value.strip():
                return True
        elif value is not None and layout.normal(value) != "":
            return True
    return False


def _getter(indexes: list[int]) -> Callable[[list[Any]], tuple[Any, ...]]:
    """The values at these indexes of a row, as a tuple (one C call, not one per cell)."""
    if len(indexes) == 1:
        return lambda values: (values[indexes[0]],)
    return operator.itemgetter(*indexes) if indexes else lambda values: ()


def _row_problems(row: SheetRow) -> list[Problem]:
    """What is wrong with a row before it meets the store: its hidden id and version, and
    the cells of a row typed by hand (which gets its id here). A junk row is not kept."""
    if row.meta["id"] and not _is_uuid(row.meta["id"]):
        return [Problem(row.sheet, row.row, row.where("id"), "bad_id", row.meta["id"])]
    if row.meta["version"] and not _VERSION.fullmatch(row.meta["version"]):
        return [Problem(row.sheet, row.row, row.where("version"), "unknown_version",
                        row.meta["version"])]
    if row.meta["id"]:
        return []
    problems = []
    for code, raw in row.cells.items():
        try:
            layout.parse(row.columns[code], raw)
        except layout.CellProblem as problem:
            problems.append(Problem(row.sheet, row.row, row.where(code), problem.reason,
                                    problem.value))
    row.meta["id"] = typed_id(row.kind, row.cells)
    return problems


_VERSION = re.compile(r"[0-9a-f]{32}")


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _is_uuid(text: str) -> bool:
    """Whether ``text`` is a UUID as written by ``str(uuid)`` (lowercase, hyphenated)."""
    return _UUID.fullmatch(text) is not None


def typed_id(kind: str, cells: dict[str, Any]) -> str:
    """The id of a record typed by hand on an empty row: derived from what it says.

    The same row imported again (or from another copy of the file) is the same record.
    """
    text = json.dumps([kind, sorted((code, _text(value)) for code, value in cells.items())],
                      ensure_ascii=False)
    return str(uuid.uuid5(_TYPED, text))


_TYPED = uuid.UUID("6f3c1d0e-2b7a-5c1e-9d4f-0a8b7c6d5e4f")


def _history(name: str, rows: Iterator[list[Any]], book: Workbook) -> None:
    for offset, values in enumerate(rows):
        if len(values) < 10 or not values[1]:
            continue
        kind = sheets.kind_of_label(_text(values[0]))
        record_id, version, text = _text(values[1]), _text(values[2]), str(values[9])
        stamp = Stamp(version, _text(values[7]), _text(values[6]),
                      _sightings(values[10] if len(values) > 10 else None))
        parents, origin = tuple(_text(values[3]).split()), _origin(values[4], values[5])
        if _canonical(text, version):  # as exported: parsed when (if ever) it is needed
            book.history.add_unread((kind, record_id, version),
                                    _Unread(stamp, record_id, text, parents, origin))
            continue
        content = _content(text, version)
        if content is None:
            book.warnings.append(("history_damaged",
                                  f"{name}!{offset + layout.HEADER_ROWS + 1}"))
            continue
        book.history[(kind, record_id, version)] = versioning.Entry(
            record_id, version, content, parents, stamp.device_id, stamp.updated_at, origin,
            stamp.sightings)


@functools.lru_cache(maxsize=256)
def _origin(label: Any, detail: Any) -> versioning.Origin:
    source = _SOURCE_OF_LABEL.get(_text(label), _text(label))
    return versioning.Origin(source if source in versioning.SOURCES else "imported",
                             _text(detail))


def _photos(name: str, rows: Iterator[list[Any]], book: Workbook,
            errors: set[tuple[int, int]]) -> None:
    for offset, values in enumerate(rows):
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
            book.problem(Problem(name, number, "", "error_cell"))
        book.attachments.setdefault((kind, _text(values[1])), []).append(
            {"position": layout.normal(values[3]), "photo": sha, "item": _text(values[4]),
             "caption": _text(values[5])})


def _canonical(text: str, version: str) -> bool:
    """Whether a history cell holds the canonical text of its version's content (the
    export writes that): the text itself hashes to the version."""
    return text.startswith("{") and versioning.version_of_text(text) == version


def _content(text: str, version: str) -> dict[str, Any] | None:
    """A history row's content reformatted by some program, if it is still the content
    of its version (else damaged): parsed and hashed the long way."""
    try:
        content = json.loads(text)
    except ValueError:
        return None
    if not isinstance(content, dict):
        return None
    return content if versioning.version_of(content) == version else None


def _sightings(value: Any) -> tuple[tuple[str, str], ...]:
    try:
        pairs = json.loads(str(value)) if value else []
        return tuple((str(a), str(b)) for a, b in pairs)
    except (ValueError, TypeError):
        return ()
