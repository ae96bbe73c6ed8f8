"""The preview of an import: what each row of a workbook would do to the store.

Each row becomes a version: the version in its hidden column when its cells still
show that content, or a hand edit (a new version whose parent is the hidden one,
validated like typed input). Then it is compared with the store: new, unchanged,
stale (the store has moved past it), changed (fast-forward) or merged field by field
through ``version_graph.merge`` (with conflicts). Nothing is written here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.sync import layout, masked, read, repeats, sheets
from exports.sync.read import Problem, SheetRow
from exports.sync.sheets import ORDER
from storage import clock, jobs, kinds
from storage.forms import checklists, validate
from storage.forms.xlsform import Checklist
from storage.jobs import Progress
from storage.store import lineage, records, version_graph, versioning
from storage.store.db import Store, rows_in

OUTCOMES = ("new", "changed", "merged", "conflict", "unchanged", "stale", "invalid")


@dataclass
class RowPlan:
    """What one row does: its outcome and, when it writes, the versions to record."""

    kind: str
    sheet: str
    row: int
    record_id: str
    label: str
    outcome: str
    edited: bool = False
    conflicts: tuple[str, ...] = ()
    entries: list[versioning.Entry] = field(default_factory=list)
    content: dict[str, Any] | None = None
    created_at: str = ""
    creator: str = ""
    merged: version_graph.Merged | None = None
    nodes: dict[str, lineage.Node] | None = None
    current: str | None = None  # the store's version before the import


@dataclass
class Plan:
    """The preview of one file: every row's outcome, every problem, the warnings."""

    path: Path
    sha256: str
    rows: list[RowPlan]
    problems: list[Problem]
    warnings: list[tuple[str, str]]
    checklists: list[Checklist]
    photos: dict[str, read.PhotoFile]
    book: read.Workbook | None = None
    password: str | None = None  # of a protected workbook, and so of its photo archive
    unchecked: int = 0  # rows not checked: the problems found already refuse the file

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(OUTCOMES, 0)
        for row in self.rows:
            found[row.outcome] += 1
        found["invalid"] = len({(p.sheet, p.row) for p in self.problems})
        return found

    @property
    def changes(self) -> int:
        """Rows that write something (a new version, or a new sighting of one)."""
        return sum(1 for r in self.rows if r.entries)


def preview(store: Store, path: Path, progress: Progress | None = None) -> Plan:
    """Read a workbook and decide what every row would do; raises for unreadable files."""
    book = read.read(path)
    masked.restore(store, book)  # numbers a masked package hid come back
    plan = Plan(path, book.sha256, [], list(book.problems), list(book.warnings), [],
                book.photo_files, book, unchecked=book.unchecked)
    _checklists_needed(store, book, plan)
    seen: set[tuple[str, str]] = set()
    rows = sorted(book.rows, key=lambda r: (ORDER.index(r.kind), r.sheet, r.row))
    in_file: dict[str, set[str]] = {kind: set() for kind in ORDER}
    for row in rows:
        in_file[row.kind].add(row.id)
    currents = {kind: records.versions(store, kinds.BY_NAME[kind], in_file[kind])
                for kind in ORDER}
    seen_versions = {kind: lineage.sightings(store, kind, in_file[kind])
                     for kind in ORDER}
    ids = _Known(store, book, in_file)
    by_record = _history_by_record(book)
    for n, row in enumerate(rows):
        if len(plan.problems) >= read.PROBLEM_LIMIT:  # refused: enough to say why
            plan.unchecked += len(rows) - n
            break
        if (row.kind, row.id) in seen:
            plan.problems.append(Problem(row.sheet, row.row, "", "duplicate", row.id))
            continue
        seen.add((row.kind, row.id))
        planned = _plan_row(store, book, row, (currents[row.kind], seen_versions[row.kind]),
                            by_record, ids, plan)
        if planned:
            plan.rows.append(planned)
        if n % 500 == 0:
            jobs.report(progress, n, len(rows))
    return plan


class _Known:
    """Which records exist, in the file or the store: references, and identities kept."""

    def __init__(self, store: Store, book: read.Workbook,
                 in_file: dict[str, set[str]]) -> None:
        self.store, self.book, self.in_file = store, book, in_file
        self._numbers: dict[str, dict[str, set[str]]] = {}

    def has(self, kind: str, record_id: str) -> bool:
        if record_id in self.in_file[kind]:
            return True
        return self.store.db.execute(f"SELECT 1 FROM {kinds.BY_NAME[kind].table} WHERE id = ?",
                                     [record_id]).fetchone() is not None

    def identity(self, row: SheetRow, entry: versioning.Entry,
                 currents: dict[str, str]) -> list[Problem]:
        """A hidden id or version changed by hand (it would duplicate or dangle): refused."""
        hidden = row.meta.get("version", "")
        if hidden and self.book.history and (row.kind, row.id, hidden) not in self.book.history:
            owners = self._owners(row.kind, hidden)
            if owners - {row.id}:
                return [Problem(row.sheet, row.row, row.where("id"), "changed_id", row.id)]
            if not owners and entry.version != hidden:
                return [Problem(row.sheet, row.row, row.where("version"), "unknown_version",
                                hidden)]
        number = entry.content.get("number")
        if row.id in currents or not number:
            return []
        if self.numbers(row.kind).get(str(number), {row.id}) - {row.id}:
            return [Problem(row.sheet, row.row, row.where("id"), "changed_id", row.id)]
        return []

    def _owners(self, kind: str, version: str) -> set[str]:
        owners = {rid for (k, rid, v) in self.book.history if k == kind and v == version}
        owners |= {r[0] for r in self.store.db.execute(
            "SELECT record_id FROM history WHERE kind = ? AND version = ?", [kind, version])}
        return owners

    def numbers(self, kind: str) -> dict[str, set[str]]:
        """Which records hold each number the file has, in the file and the store (asked
        for those numbers only: a file costs the same however large the store grows)."""
        if kind not in self._numbers:
            found: dict[str, set[str]] = {}
            if "number" in kinds.BY_NAME[kind].columns:
                for row in self.book.rows:
                    number = layout.normal(row.cells.get("number"))
                    if row.kind == kind and number != "":
                        found.setdefault(str(number), set()).add(row.id)
                for number, record_id in rows_in(
                        self.store, f"SELECT number, id FROM {kinds.BY_NAME[kind].table}"
                        " WHERE number IN ({})", found):
                    found[number].add(record_id)
            self._numbers[kind] = found
        return self._numbers[kind]


def _history_by_record(book: read.Workbook) -> dict[tuple[str, str], list[read.Key]]:
    """The versions of each record in the file's history (their keys: nothing parsed)."""
    found: dict[tuple[str, str], list[read.Key]] = {}
    for key in book.history:
        found.setdefault(key[:2], []).append(key)
    return found


def _checklists_needed(store: Store, book: read.Workbook, plan: Plan) -> None:
    for ident, checklist in book.checklists.items():
        if store.db["checklist_versions"].count_where("id = ?", [ident]):
            continue
        if checklists.version_id(checklist) != ident:
            plan.problems.append(Problem(layout.CHECKLISTS, 0, "", "bad_checklist", ident))
            continue
        clash = store.db.execute(
            "SELECT id FROM checklist_versions WHERE form_id = ? AND version_label = ?",
            [checklist.form_id, checklist.version]).fetchone()
        if clash:
            plan.problems.append(Problem(layout.CHECKLISTS, 0, "", "checklist_clash",
                                         f"{checklist.form_id} {checklist.version}"))
            continue
        plan.checklists.append(checklist)


def _checklist(store: Store, book: read.Workbook, ident: str) -> Checklist | None:
    if ident in book.checklists:
        return book.checklists[ident]
    try:
        return checklists.load(store, ident)
    except KeyError:
        return None


def _plan_row(store: Store, book: read.Workbook, row: SheetRow,
              known: tuple[dict[str, str], set[tuple[str, str, str, str]]],
              by_record: dict[tuple[str, str], list[read.Key]],
              ids: _Known, plan: Plan) -> RowPlan | None:
    currents, seen = known
    versions = by_record.get((row.kind, row.id), [])
    quick = _seen_row(book, row, versions, currents, seen)
    if quick is not None:
        return quick
    entry, edited, problems = _entry(store, book, row)
    problems += _references(row, entry, ids) if entry else []
    problems += ids.identity(row, entry, known[0]) if entry and not problems else []
    if problems or entry is None:
        plan.problems += problems
        return None
    label = str(entry.content.get(sheets.label_field(row.kind)) or "")
    result = RowPlan(row.kind, row.sheet, row.row, row.id, label, "new", edited,
                     created_at=row.meta.get("created_at") or entry.updated_at,
                     creator=row.meta.get("device_id") or entry.device_id)
    history = [e for key in versions if key[2] != entry.version
               and (e := book.history.get(key)) is not None]
    result.current = currents.get(row.id)
    if result.current is None:
        result.entries, result.content = [*history, entry], entry.content
        if history:  # the row's time and parent follow from its graph, as in a merge
            result.nodes = _nodes(result.entries)
            result.merged = _merge(store, book, row.kind, result.nodes)
            result.conflicts = tuple(c.field for c in result.merged.conflicts)
        return result
    fresh = [e for e in [*history, entry]
             if any((row.id, e.version, updated, device) not in seen
                    for updated, device in [(e.updated_at, e.device_id), *e.sightings])]
    result.outcome = "unchanged" if result.current == entry.version else "stale"
    if not fresh:
        return result
    return _merge_row(store, book, result, fresh)


def _seen_row(book: read.Workbook, row: SheetRow, versions: list[read.Key],
              currents: dict[str, str], seen: set[tuple[str, str, str, str]]) -> RowPlan | None:
    """A row as exported, of a record the store has, whose every version in the file the
    store has seen (each time it was made): unchanged, or stale, decided without parsing
    any content (a re-import costs little more than reading). None: plan it in full."""
    hidden = row.meta.get("version", "")
    current = currents.get(row.id)
    key = (row.kind, row.id, hidden)
    if current is None or key not in book.history or not _cells_as_exported(row, book):
        return None
    if kinds.BY_NAME[row.kind].has_attachments and book.photo_files:  # photos as exported
        entry = book.history.get(key)
        if entry is None or _listed_photos(book, row) != entry.content["attachments"]:
            return None
    label = _label(row)
    if label is None or not _all_seen(row.id, versions, book.history, seen):
        return None
    stamp = book.history.stamp(key)
    return RowPlan(row.kind, row.sheet, row.row, row.id, label,
                   "unchanged" if current == hidden else "stale",
                   created_at=row.meta.get("created_at") or stamp.updated_at,
                   creator=row.meta.get("device_id") or stamp.device_id, current=current)


def _all_seen(record_id: str, versions: list[read.Key], history: read.History,
              seen: set[tuple[str, str, str, str]]) -> bool:
    """Whether the store has seen each of these versions every time the file says it
    was made (a loop, not a generator: every row of a re-import passes here)."""
    for key in versions:
        stamp = history.stamp(key)
        if (record_id, stamp.version, stamp.updated_at, stamp.device_id) not in seen:
            return False
        for updated, device in stamp.sightings:
            if (record_id, stamp.version, updated, device) not in seen:
                return False
    return True


def _label(row: SheetRow) -> str | None:
    """The row's label (its number, name …) from its cell; None if it has no such cell."""
    code = sheets.label_field(row.kind)
    if code not in row.cells:
        return None
    try:
        return str(layout.parse(row.columns[code], row.cells[code]) or "")
    except layout.CellProblem:
        return None


def _merge_row(store: Store, book: read.Workbook, result: RowPlan,
               fresh: list[versioning.Entry]) -> RowPlan:
    """Merge what the file brings (versions, or earlier sightings of known ones)."""
    kind = kinds.BY_NAME[result.kind]
    nodes = lineage.graph(store, kind.name, result.record_id)
    for version, node in _nodes(fresh).items():
        nodes[version] = _combine(nodes.get(version), node)
    merged = _merge(store, book, result.kind, nodes)
    result.nodes, result.merged, result.content = nodes, merged, merged.content
    result.entries = fresh
    open_before = {r[0] for r in store.db.execute(
        "SELECT field FROM sync_conflicts WHERE kind = ? AND record_id = ? AND state = 'open'",
        [kind.name, result.record_id])}
    result.conflicts = tuple(c.field for c in merged.conflicts)
    if len(merged.heads) > 1:
        version = versioning.version_of(merged.content)
        # A merge that equals a version the graph has is not recorded as a new one: its
        # edges would make a real edit look like a merge (the heads stay heads).
        if version not in nodes:
            parents = (merged.parent, *sorted(set(merged.heads) - {merged.parent}))
            result.entries.append(versioning.Entry(
                result.record_id, version, merged.content, parents, merged.device_id,
                merged.updated_at, versioning.Origin("imported", f"merge: {book.path.name}")))
        new_conflicts = set(result.conflicts) - open_before
        result.outcome = "conflict" if new_conflicts else "merged"
    elif merged.heads[0] != result.current:
        result.outcome = "changed"
    return result


def _combine(known: lineage.Node | None, node: lineage.Node) -> lineage.Node:
    """A version seen again: all its parents, and its earliest sighting."""
    if known is None:
        return node
    device, updated = min((known.device_id, known.updated_at),
                          (node.device_id, node.updated_at), key=lambda p: (p[1], p[0]))
    return lineage.Node(known.version, known.content,
                           tuple(sorted(set(known.parents) | set(node.parents))), device,
                           updated, max(known.last_seen, node.last_seen))


def _nodes(entries: list[versioning.Entry]) -> dict[str, lineage.Node]:
    return {e.version: lineage.Node(
        e.version, e.content, e.parents, e.device_id, e.updated_at,
        max([(e.updated_at, e.device_id), *e.sightings])) for e in entries}


def _merge(store: Store, book: read.Workbook, kind: str,
           nodes: dict[str, lineage.Node]) -> version_graph.Merged:
    if kind != "inspection":
        return version_graph.merge(kinds.BY_NAME[kind], nodes)

    def rescore(content: dict[str, Any]) -> dict[str, Any]:
        checklist = _checklist(store, book, content["checklist_version_id"])
        return {**content, "score": validate.score(checklist, content["answers"])
                if checklist else content["score"]}

    return version_graph.merge(kinds.BY_NAME[kind], nodes, derive=rescore)


def _references(row: SheetRow, entry: versioning.Entry, ids: _Known) -> list[Problem]:
    return [Problem(row.sheet, row.row, code, "unknown_reference", entry.content[code])
            for code, kind in kinds.BY_NAME[row.kind].references
            if entry.content.get(code) and not ids.has(kind, entry.content[code])]


# --- A row's version: as exported, or edited by hand --------------------------------------

def _entry(store: Store, book: read.Workbook,
           row: SheetRow) -> tuple[versioning.Entry | None, bool, list[Problem]]:
    kind = kinds.BY_NAME[row.kind]
    hidden = row.meta.get("version", "")
    known = book.history.get((row.kind, row.id, hidden))
    if known and _as_exported(row, known, book, kind):
        return known, False, []  # the cells are as exported: the hidden version stands
    base = known.content if known else _stored_content(store, row.kind, row.id, hidden)
    flat, problems = _rebuild(row, base, book)
    checklist = _checklist(store, book, str(flat.get("checklist_version_id", ""))) \
        if row.kind == "inspection" else None
    if checklist is not None:  # the blocks of its repeats, from their own sheets
        present = {name for ident, name in book.repeat_sheets
                   if ident == flat.get("checklist_version_id")}
        problems += [Problem(*p) for p in repeats.fold(
            flat, base, book.blocks.get(row.id, []), checklist, present)]
    if problems:
        return None, False, problems
    if row.kind == "inspection":
        if checklist is None:
            return None, False, [Problem(row.sheet, row.row, "", "unknown_checklist")]
        if base is None or _answers_changed(flat, base):
            flat["score"] = validate.score(checklist, _answers(flat))
    try:
        content = version_graph.unflatten(kind, flat)
    except ValueError as error:
        return None, False, [Problem(row.sheet, row.row, "", "incomplete", detail=str(error))]
    version = versioning.version_of(content)
    if version == hidden:
        return known or versioning.Entry(
            row.id, hidden, content, _parents(row), row.meta.get("device_id", ""),
            row.meta.get("updated_at", ""), versioning.Origin("imported")), False, []
    problems = _validate_edit(row, content, checklist, book.blocks.get(row.id, []))
    stamp = max(_edit_time(book), row.meta.get("updated_at", ""))
    # A hidden version neither the file nor the store knows is no parent: no edge to nothing.
    parents = (hidden,) if hidden and base is not None else ()
    edit = versioning.Entry(
        row.id, version, content, parents, book.meta.get("device_id", ""),
        stamp, versioning.Origin("spreadsheet_edit", book.path.name))
    return edit, True, problems


def _as_exported(row: SheetRow, known: versioning.Entry, book: read.Workbook,
                 kind: versioning.Kind) -> bool:
    """Whether the row's cells (and its photos) are exactly those its version was exported
    with, by the row's checksum: then nothing needs rebuilding."""
    if not _cells_as_exported(row, book):
        return False
    if kind.has_attachments and book.photo_files:
        return _listed_photos(book, row) == known.content["attachments"]
    return True


def _cells_as_exported(row: SheetRow, book: read.Workbook) -> bool:
    """Whether the row's cells are exactly those it was exported with (its checksum)."""
    if not row.meta.get("checksum") or row.errors or book.blocks.get(row.id) or \
            row.meta["checksum"] != layout.digest(row.text):
        return False
    return not (book.repeat_sheets and row.kind == "inspection" and any(  # blocks: own sheets
        ident == layout.normal(row.cells.get("checklist_version_id"))
        for ident, _ in book.repeat_sheets))


def _listed_photos(book: read.Workbook, row: SheetRow) -> list[dict[str, Any]]:
    """The row's photos as the photo sheet lists them, in their order."""
    listed = sorted(book.attachments.get((row.kind, row.id), []),
                    key=lambda a: a["position"] if isinstance(a["position"], int) else 0)
    return [{"photo": a["photo"], "item": a["item"], "caption": a["caption"]} for a in listed]


def _parents(row: SheetRow) -> tuple[str, ...]:
    parent = row.meta.get("parent_version", "")
    return (parent,) if parent else ()


def _edit_time(book: read.Workbook) -> str:
    """When the file was saved (its properties), as the store's UTC text."""
    if book.modified:
        try:
            return layout.parse(layout.Column("t", "t", "timestamp"), book.modified)
        except layout.CellProblem:
            pass
    return clock.now()


def _stored_content(store: Store, kind: str, record_id: str,
                    version: str) -> dict[str, Any] | None:
    row = store.db.execute(
        "SELECT content FROM history WHERE kind = ? AND record_id = ? AND version = ?",
        [kind, record_id, version]).fetchone()
    import json  # noqa: PLC0415

    return json.loads(row[0]) if row else None


def _answers(flat: dict[str, Any]) -> dict[str, Any]:
    return version_graph.answers_of(flat)


def _answers_changed(flat: dict[str, Any], base: dict[str, Any]) -> bool:
    return versioning.normal_answers(_answers(flat)) != base.get("answers", {})


def _rebuild(row: SheetRow, base: dict[str, Any] | None,
             book: read.Workbook) -> tuple[dict[str, Any], list[Problem]]:
    """The row's fields: the base version's where a cell still shows it, else the cell's."""
    kind = kinds.BY_NAME[row.kind]
    flat = version_graph.fields(base) if base else _defaults(kind, row)
    problems = []
    for code, raw in row.cells.items():
        column = row.columns[code]
        if code in row.errors:
            problems.append(Problem(row.sheet, row.row, row.where(code), "error_cell"))
            continue
        if base is not None:
            old = flat.get(code, layout.answer_empty(column))
            if layout.normal(raw) == _shown(column, old):
                continue
        try:
            flat[code] = layout.parse(column, raw)
        except layout.CellProblem as problem:
            problems.append(Problem(row.sheet, row.row, row.where(code), problem.reason,
                                    problem.value))
    if kind.has_attachments and (book.photo_files or base is None):
        flat["attachments"] = _listed_photos(book, row)
    return flat, problems


_SHOWN: dict[tuple[int, type, Any], tuple[layout.Column, Any]] = {}


def _shown(column: layout.Column, value: Any) -> Any:
    """How a stored value reads back from its cell (cached: answers repeat a lot)."""
    if isinstance(value, list | dict):
        return layout.normal(layout.render(column, value))
    key = (id(column), type(value), value)
    if key not in _SHOWN:
        if len(_SHOWN) > 100_000:
            _SHOWN.clear()
        _SHOWN[key] = (column, layout.normal(layout.render(column, value)))
    return _SHOWN[key][1]


def _defaults(kind: versioning.Kind, row: SheetRow) -> dict[str, Any]:
    flat: dict[str, Any] = {c: layout.parse(row.columns[c], None) if c in row.columns
                            and row.columns[c].optional else "" for c in kind.columns}
    flat.update({name: value for name, value in (("deleted", 0), ("score", None))
                 if name in kind.columns})
    return flat


def _validate_edit(row: SheetRow, content: dict[str, Any], checklist: Checklist | None,
                   block_rows: list[repeats.BlockRow]) -> list[Problem]:
    """A hand-edited row is validated like typed input (a deleted one needs no answers).

    A problem of a block's answer is placed on its row of the repeat's sheet.
    """
    record_sheet = sheets.BY_KIND.get(row.kind)
    if record_sheet is not None and record_sheet.check is not None:
        return [Problem(row.sheet, row.row, row.where(field) if field in row.columns else "",
                        reason, value) for field, reason, value in record_sheet.check(content)]
    if content.get("deleted") or checklist is None:
        return []
    attached = {a["item"] for a in content["attachments"] if a.get("item")}
    found = validate.validate(checklist, content["answers"], attached=attached,
                              final=content["status"] == "final")
    problems = []
    for p in found:
        place = repeats.locate(block_rows, p.item)
        sheet, number, column = place or (row.sheet, row.row, row.where(f"answers.{p.item}"))
        problems.append(Problem(sheet, number, column, p.reason, p.value))
    return problems
