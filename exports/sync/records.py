"""Reads the records of a store for export in bulk, streamed per checklist version.

Loading 100,000 inspections one by one through ``versioning.content`` would take
minutes; these queries read whole tables in order and rebuild the same content.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from storage import kinds
from storage.inspection import compounds
from storage.store import versioning
from storage.store.db import Store


@dataclass(frozen=True)
class Selection:
    """Which records an export holds: ids per kind (the closure of what was asked)."""

    compounds: frozenset[str]
    inspections: frozenset[str]
    findings: frozenset[str]

    def ids(self, kind: str) -> frozenset[str]:
        return {"compound": self.compounds, "inspection": self.inspections,
                "finding": self.findings}[kind]

    @property
    def total(self) -> int:
        return len(self.compounds) + len(self.inspections) + len(self.findings)


def select(store: Store, *, since: str | None = None,
           compounds: Iterable[str] = ()) -> Selection:
    """Records changed since a date (UTC text prefix), of some compounds (names or ids).

    Whatever an exported record refers to (its compound, a finding's inspection) is
    included too, so the file can be imported into a store that has never seen them.
    """
    wanted = _compound_ids(store, compounds)
    clauses, params = ["1"], []
    if since:
        clauses.append("updated_at >= ?")
        params.append(since)
    where = " AND ".join(clauses)

    def ids(table: str, key: str) -> set[str]:
        rows = store.db.execute(f"SELECT id, {key} FROM {table} WHERE {where}", params)
        return {i for i, owner in rows if wanted is None or owner in wanted}

    chosen_compounds = ids("compounds", "id")
    chosen_inspections = ids("inspections", "compound_id")
    chosen_findings = ids("findings", "compound_id")
    for row in _rows(store, "findings", chosen_findings,
                     "inspection_id, closed_by_inspection_id, compound_id"):
        chosen_inspections |= {i for i in row[:2] if i}
    for row in _rows(store, "inspections", chosen_inspections, "compound_id"):
        chosen_compounds.add(row[0])
    for row in _rows(store, "findings", chosen_findings, "compound_id"):
        chosen_compounds.add(row[0])
    return Selection(frozenset(chosen_compounds), frozenset(chosen_inspections),
                     frozenset(chosen_findings))


def select_package(store: Store, compounds: Iterable[str] = ()) -> Selection:
    """The supervisor's package for officers: compounds and their open findings.

    The inspections that raised those findings come along, so an officer can see what
    was found; checklists travel with every export.
    """
    wanted = _compound_ids(store, compounds)
    chosen = {i for i, in store.db.execute("SELECT id FROM compounds WHERE deleted = 0")
              if wanted is None or i in wanted}
    open_findings = {i for i, owner in store.db.execute(
        "SELECT id, compound_id FROM findings WHERE deleted = 0"
        " AND state NOT IN ('closed', 'withdrawn')") if owner in chosen}
    inspections = {row[0] for row in _rows(store, "findings", open_findings,
                                          "inspection_id") if row[0]}
    return Selection(frozenset(chosen), frozenset(inspections), frozenset(open_findings))


def _compound_ids(store: Store, names: Iterable[str]) -> set[str] | None:
    wanted = [n for n in names if n]
    return {compounds.resolve(store, n).id for n in wanted} if wanted else None


def _rows(store: Store, table: str, ids: frozenset[str] | set[str],
          columns: str) -> Iterator[tuple[Any, ...]]:
    for row in store.db.execute(f"SELECT id, {columns} FROM {table}"):
        if row[0] in ids:
            yield row[1:]


def records(store: Store, kind: str, ids: frozenset[str], *,
            checklist_version_id: str | None = None) -> Iterator[dict[str, Any]]:
    """The stored rows of a kind (metadata and content, children included), by id."""
    record_kind = kinds.BY_NAME[kind]
    where, params = ("WHERE checklist_version_id = ?", [checklist_version_id]) \
        if checklist_version_id else ("", [])
    cursor = store.db.execute(f"SELECT * FROM {record_kind.table} {where} ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    answers = _answers(store, where, params) if record_kind.has_answers else iter(())
    pending: tuple[str, str, str] | None = next(answers, None)
    photos = _attachments(store, kind) if record_kind.has_attachments else {}
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        given: dict[str, Any] = {}
        while pending is not None and pending[0] <= row["id"]:
            if pending[0] == row["id"]:
                given[pending[1]] = json.loads(pending[2])
            pending = next(answers, None)
        if row["id"] not in ids:
            continue
        if record_kind.has_answers:
            row["answers"] = given
        if record_kind.has_attachments:
            row["attachments"] = photos.get(row["id"], [])
        yield row


def _answers(store: Store, where: str, params: list[Any]) -> Iterator[tuple[str, str, str]]:
    join = where.replace("checklist_version_id", "i.checklist_version_id")
    yield from store.db.execute(
        "SELECT a.inspection_id, a.item, a.value FROM answers a"
        f" JOIN inspections i ON i.id = a.inspection_id {join}"
        " ORDER BY a.inspection_id, a.item", params)


def _attachments(store: Store, kind: str) -> dict[str, list[dict[str, str]]]:
    found: dict[str, list[dict[str, str]]] = {}
    for owner, sha, item, caption in store.db.execute(
            "SELECT owner_id, photo_sha256, item, caption FROM attachments"
            " WHERE owner_kind = ? ORDER BY owner_id, position", [kind]):
        found.setdefault(owner, []).append({"photo": sha, "item": item, "caption": caption})
    return found


def content_of(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """The versioned content of a row loaded by :func:`records`."""
    record_kind = kinds.BY_NAME[kind]
    data = {c: row[c] for c in record_kind.columns}
    if record_kind.has_answers:
        data["answers"] = row["answers"]
    if record_kind.has_attachments:
        data["attachments"] = row["attachments"]
    return versioning.normalise(record_kind, data)


def history_rows(store: Store, kind: str, ids: frozenset[str]) -> Iterator[tuple[Any, ...]]:
    """Every version of the selected records, oldest first per record, with all parents."""
    parents: dict[tuple[str, str], list[str]] = {}
    for record_id, version, parent in store.db.execute(
            "SELECT record_id, version, parent FROM version_edges WHERE kind = ?"
            " ORDER BY parent", [kind]):
        if record_id in ids:
            parents.setdefault((record_id, version), []).append(parent)
    seen: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for record_id, version, updated, device in store.db.execute(
            "SELECT record_id, version, updated_at, device_id FROM version_sightings"
            " WHERE kind = ? ORDER BY updated_at, device_id", [kind]):
        if record_id in ids:
            seen.setdefault((record_id, version), []).append((updated, device))
    for row in store.db.execute(
            "SELECT record_id, version, content, source, source_detail, device_id, updated_at"
            " FROM history WHERE kind = ? ORDER BY record_id, seq", [kind]):
        if row[0] in ids:
            times = seen.get((row[0], row[1])) or [(row[6], row[5])]
            yield (*row[:5], times[0][1], times[0][0], parents.get((row[0], row[1]), []),
                   times[1:])
