"""Repeat blocks in the sync workbook: a sheet per repeat of a checklist version, a row per block.

An inspection's blocks travel inside its content (and its history); for people, each
repeat also gets its own sheet, a row per block keyed by the inspection's id and the
block's stable id, with a column per item. Reading folds the rows back into the
inspection's fields, one field per block (``answers.<repeat>[<block id>]``), so an edit
of a block by hand merges like an edit of any answer; a row deleted by hand deletes
its block, a row added by hand adds one.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from exports.sync import layout, sheets
from exports.sync.layout import Column
from storage.forms import validate, xlsform
from storage.forms.xlsform import BLOCK_ID, Checklist, Repeat
from storage.store import version_graph

KEY = ("record_id", "repeat_path", "block_id", "checklist_version_id")
Found = tuple[str, int, str, str, Any]  # sheet, row, column, reason, value


def columns(repeat: Repeat) -> list[Column]:
    """A repeat sheet's columns: the hidden key, who and which block, then the items."""
    key = [Column(code, code, "text", hidden=True, optional=code == "block_id")
           for code in KEY]
    shown = [Column("info.number", "编号", "info", width=22),
             Column("info.compound", "小区", "info", width=16),
             Column("info.block", "序号", "info", width=10)]
    items = [sheets.item_column(i) for i in repeat.items if i.type not in sheets.NO_COLUMN]
    return [*key, *shown, *items]


def sheet_names(checklist: Checklist, title: str, taken: set[str]) -> list[tuple[Repeat, str]]:
    """A sheet name for each repeat of a checklist version (after its own sheet)."""
    return [(repeat, sheets.sheet_name(f"{title}·{repeat.label('zh')}", "", taken))
            for repeat in checklist.repeats]


# --- export ------------------------------------------------------------------------------

@dataclass
class Collected:
    """Block rows gathered while an inspection sheet is written, by repeat name."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def tap(self, records: Iterable[dict[str, Any]],
            checklist: Checklist) -> Iterator[dict[str, Any]]:
        """Pass inspections on, keeping their blocks (and calculated values) on the way."""
        if not checklist.repeats and not any(i.derived for i in checklist.items):
            yield from records  # nothing to work out (the built-ins: a big export's speed)
            return
        for record in records:
            found = validate.state(checklist, record["answers"])
            record["_derived"] = found.values
            if not record["deleted"]:
                for repeat in checklist.repeats:
                    self.rows.setdefault(repeat.name, []).extend(
                        _block_rows(record, repeat, found))
            yield record


def _block_rows(record: dict[str, Any], repeat: Repeat,
                found: validate.State) -> Iterator[dict[str, Any]]:
    for where, ids in found.blocks.items():
        chain, name = xlsform.split_path(where)
        if name != repeat.name:
            continue
        container = _container(record["answers"], chain)
        blocks = {str(b[BLOCK_ID]): b for b in validate.blocks_of(container or {}, name)}
        for number, block in enumerate(ids, start=1):
            prefix = f"{where}[{block}]/"
            yield {"record_id": record["id"], "repeat_path": where, "block_id": block,
                   "checklist_version_id": record["checklist_version_id"],
                   "compound_id": record["compound_id"], "info.number": record["number"],
                   "info.block": f"{repeat.label('zh')} {number}",
                   "answers": blocks.get(block, {}),
                   "_derived": {p[len(prefix):]: v for p, v in found.values.items()
                                if p.startswith(prefix)},
                   "attachments": [{**a, "item": a["item"][len(prefix):]}
                                   for a in record["attachments"]
                                   if a.get("item", "").startswith(prefix)]}


def _container(answers: Mapping[str, Any], chain: tuple[tuple[str, str], ...]
               ) -> Mapping[str, Any] | None:
    container: Mapping[str, Any] | None = answers
    for repeat, block in chain:
        blocks = validate.blocks_of(container or {}, repeat)
        container = next((b for b in blocks if str(b[BLOCK_ID]) == block), None)
    return container


# --- import ------------------------------------------------------------------------------

@dataclass
class BlockRow:
    """One row of a repeat sheet, as read."""

    sheet: str
    row: int
    key: dict[str, str]
    cells: dict[str, Any]
    columns: dict[str, Column]
    letters: dict[str, str]
    errors: set[str]

    def where(self, code: str) -> str:
        return layout.place(self.columns, self.letters, code)


def is_repeat_sheet(codes: list[str]) -> bool:
    return tuple(codes[:len(KEY)]) == KEY


def present(codes: list[str], checklists: Mapping[str, Checklist]) -> set[tuple[str, str]]:
    """The (checklist version, repeat) a repeat sheet is for, known by its item columns."""
    have = set(codes)
    found = set()
    for ident, checklist in checklists.items():
        for repeat in checklist.repeats:
            wanted = {c.code for c in columns(repeat) if c.code.startswith("answers.")}
            if wanted and wanted <= have:
                found.add((ident, repeat.name))
    return found


def read_rows(name: str, rows: list[list[Any]], codes: list[str],
              checklists: Mapping[str, Checklist], errors: set[tuple[int, int]]
              ) -> tuple[list[BlockRow], list[Found]]:
    """The block rows of a repeat sheet (problems: rows of an unknown checklist)."""
    position = {code: n for n, code in enumerate(codes) if code}
    found: list[BlockRow] = []
    problems: list[Found] = []
    for offset, values in enumerate(rows[layout.HEADER_ROWS:]):
        number = offset + layout.HEADER_ROWS + 1
        if not any(layout.normal(v) != "" for v in values):
            continue
        key = {code: _text(values, position[code]) for code in KEY}
        checklist = checklists.get(key["checklist_version_id"])
        repeat = _repeat(checklist, key["repeat_path"])
        if repeat is None:
            problems.append((name, number, "", "unknown_checklist", key["repeat_path"]))
            continue
        by_code = {c.code: c for c in columns(repeat)}
        wanted = [(c, position[c]) for c, col in by_code.items()
                  if col.is_content and c in position and c not in KEY]
        found.append(BlockRow(
            name, number, key, {c: values[n] if n < len(values) else None for c, n in wanted},
            by_code, {c: layout.column_letter(n) for c, n in position.items()},
            {c for c, n in wanted if (number, n) in errors}))
    return found, problems


def _text(values: list[Any], index: int) -> str:
    value = layout.normal(values[index]) if index < len(values) else ""
    return str(value) if value != "" else ""


def _repeat(checklist: Checklist | None, repeat_path: str) -> Repeat | None:
    if checklist is None or not repeat_path:
        return None
    try:
        return checklist.repeat(xlsform.split_path(repeat_path)[1])
    except (KeyError, ValueError):
        return None


def fold(flat: dict[str, Any], base: Mapping[str, Any] | None, rows: list[BlockRow],
         checklist: Checklist, present: set[str]) -> list[Found]:
    """Put a file's block rows into an inspection's fields; the problems of their cells.

    ``present`` names the repeats that have a sheet in the file: a repeat without one
    keeps its blocks as they were (a sheet deleted by hand deletes nothing).
    """
    answers = copy.deepcopy(dict((base or {}).get("answers", {})))
    problems: list[Found] = []
    for repeat in checklist.repeats:
        if repeat.name not in present:
            continue
        for repeat_path in _paths(answers, repeat, checklist, rows):
            chain, name = xlsform.split_path(repeat_path)
            container = _container(answers, chain)
            if not isinstance(container, dict):
                continue  # its outer block was deleted in the file
            mine = [r for r in rows if r.key["repeat_path"] == repeat_path]
            old = {str(b[BLOCK_ID]): b for b in validate.blocks_of(container, name)}
            container[name] = [_block(row, old, problems) for row in mine]
    for key in [k for k in flat if k.startswith("answers.") and _top(k) in present]:
        del flat[key]
    top = {r.name for r in checklist.repeats if not r.repeat and r.name in present}
    flat.update(version_graph.fields({"answers": {n: v for n, v in answers.items()
                                                  if n in top}}))
    return problems


def _paths(answers: Mapping[str, Any], repeat: Repeat, checklist: Checklist,
           rows: list[BlockRow]) -> list[str]:
    """Every place the repeat's blocks are: in the file, and in each outer block."""
    found = [r.key["repeat_path"] for r in rows
             if xlsform.split_path(r.key["repeat_path"])[1] == repeat.name]
    outer = [repeat.name]
    while checklist.repeat(outer[0]).repeat:
        outer.insert(0, checklist.repeat(outer[0]).repeat)
    chains: list[tuple[tuple[str, str], ...]] = [()]
    for name in outer[:-1]:
        chains = [(*chain, (name, str(b[BLOCK_ID])))
                  for chain in chains
                  for b in validate.blocks_of(_container(answers, chain) or {}, name)]
    found += [xlsform.path(repeat.name, chain) for chain in chains]
    return list(dict.fromkeys(found))


def _top(key: str) -> str:
    return key[len("answers."):].split("[", 1)[0]


def _block(row: BlockRow, old: Mapping[str, Mapping[str, Any]],
           problems: list[Found]) -> dict[str, Any]:
    """A block from its row: the stored block where a cell still shows it."""
    block_id = row.key["block_id"] or _new_id(row)
    block = dict(old.get(block_id, {BLOCK_ID: block_id}))
    block[BLOCK_ID] = block_id
    for code, raw in row.cells.items():
        column, name = row.columns[code], code[len("answers."):]
        if code in row.errors:
            problems.append((row.sheet, row.row, row.where(code), "error_cell", None))
            continue
        old_value = block.get(name, layout.answer_empty(column))
        if layout.normal(raw) == layout.normal(layout.render(column, old_value)):
            continue
        try:
            block[name] = layout.parse(column, raw)
        except layout.CellProblem as problem:
            problems.append((row.sheet, row.row, row.where(code), problem.reason,
                             problem.value))
    return block


def _new_id(row: BlockRow) -> str:
    """A block added by hand: an id from where it is, the same on every import."""
    seed = f"{row.key['record_id']}|{row.key['repeat_path']}|{row.sheet}|{row.row}"
    return f"9{row.row:03d}-{hashlib.sha256(seed.encode()).hexdigest()[:8]}"


def locate(rows: list[BlockRow], where: str) -> tuple[str, int, str] | None:
    """The sheet, row and column of a block's answer (for a problem found later)."""
    chain, item = xlsform.split_path(where)
    if not chain:
        return None
    repeat_path = xlsform.path(chain[-1][0], chain[:-1])
    for row in rows:
        if row.key["repeat_path"] == repeat_path and row.key["block_id"] in (chain[-1][1], ""):
            return row.sheet, row.row, row.where(f"answers.{item}")
    return None
