"""The one reader of versioned records: one record as stored, or many in bulk, and history.

Loading 100,000 inspections one by one through :func:`content` would take minutes; the
bulk readers read whole tables in order and rebuild the same content. Every record
that travels is written by ``storage.store.versioning`` and read here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from storage.store.db import Store, rows_in
from storage.store.versioning import Kind


@dataclass(frozen=True)
class Version:
    """One entry of a record's history."""

    seq: int
    version: str
    parent_version: str | None
    content: dict[str, Any]
    source: str
    source_detail: str
    device_id: str
    updated_at: str
    recorded_at: str


def current(store: Store, kind: Kind, record_id: str) -> dict[str, Any] | None:
    """The row as stored now (metadata and content), or None if the record is unknown."""
    row = store.db.execute(
        f"SELECT * FROM {kind.table} WHERE id = ?", [record_id]
    ).fetchone()
    if row is None:
        return None
    names = [d[0] for d in store.db.execute(f"SELECT * FROM {kind.table} LIMIT 0").description]
    return _decoded(kind, dict(zip(names, row, strict=True)))


def _decoded(kind: Kind, row: dict[str, Any]) -> dict[str, Any]:
    """A stored row with its answers (a JSON column, see migration 0033) as a dict."""
    if kind.has_answers:
        row["answers"] = json.loads(row["answers"])
    return row


def content(store: Store, kind: Kind, record_id: str) -> dict[str, Any] | None:
    """The current content of a record, children included, as versioned."""
    row = current(store, kind, record_id)
    if row is None:
        return None
    result = {column: row[column] for column in kind.columns}
    if kind.has_answers:
        result["answers"] = row["answers"]
    if kind.has_attachments:
        result["attachments"] = [
            {"photo": sha, "item": item, "caption": caption}
            for sha, item, caption in store.db.execute(
                "SELECT photo_sha256, item, caption FROM attachments"
                " WHERE owner_kind = ? AND owner_id = ? ORDER BY position",
                [kind.name, record_id],
            )
        ]
    return result


def history(store: Store, kind: Kind, record_id: str) -> list[Version]:
    """Every version the record has had, oldest first."""
    rows = store.db.execute(
        "SELECT seq, version, parent_version, content, source, source_detail, device_id,"
        " updated_at, recorded_at FROM history WHERE kind = ? AND record_id = ? ORDER BY seq",
        [kind.name, record_id],
    ).fetchall()
    return [
        Version(seq, version, parent, json.loads(text), source, detail, device, updated, recorded)
        for seq, version, parent, text, source, detail, device, updated, recorded in rows
    ]


def many(store: Store, kind: Kind, ids: frozenset[str], *,
         checklist_version_id: str | None = None) -> Iterator[dict[str, Any]]:
    """The stored rows of a kind with these ids (metadata and content, children included).

    Rows come in id order, read in one pass over the table.
    """
    where, params = ("WHERE checklist_version_id = ?", [checklist_version_id]) \
        if checklist_version_id else ("", [])
    cursor = store.db.execute(f"SELECT * FROM {kind.table} {where} ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    photos = _attachments(store, kind.name) if kind.has_attachments else {}
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        if row["id"] not in ids:
            continue
        if kind.has_attachments:
            row["attachments"] = photos.get(row["id"], [])
        yield _decoded(kind, row)


def _attachments(store: Store, kind: str) -> dict[str, list[dict[str, str]]]:
    found: dict[str, list[dict[str, str]]] = {}
    for owner, sha, item, caption in store.db.execute(
            "SELECT owner_id, photo_sha256, item, caption FROM attachments"
            " WHERE owner_kind = ? ORDER BY owner_id, position", [kind]):
        found.setdefault(owner, []).append({"photo": sha, "item": item, "caption": caption})
    return found


def history_rows(store: Store, kind: Kind, ids: frozenset[str]) -> Iterator[tuple[Any, ...]]:
    """Every version of the selected records, oldest first per record, with all parents."""
    parents: dict[tuple[str, str], list[str]] = {}
    for record_id, version, parent in store.db.execute(
            "SELECT record_id, version, parent FROM version_edges WHERE kind = ?"
            " ORDER BY parent", [kind.name]):
        if record_id in ids:
            parents.setdefault((record_id, version), []).append(parent)
    seen: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for record_id, version, updated, device in store.db.execute(
            "SELECT record_id, version, updated_at, device_id FROM version_sightings"
            " WHERE kind = ? ORDER BY updated_at, device_id", [kind.name]):
        if record_id in ids:
            seen.setdefault((record_id, version), []).append((updated, device))
    for row in store.db.execute(
            "SELECT record_id, version, content, source, source_detail, device_id, updated_at"
            " FROM history WHERE kind = ? ORDER BY record_id, seq", [kind.name]):
        if row[0] in ids:
            times = seen.get((row[0], row[1])) or [(row[6], row[5])]
            yield (*row[:5], times[0][1], times[0][0], parents.get((row[0], row[1]), []),
                   times[1:])


def versions(store: Store, kind: Kind, record_ids: Iterable[str]) -> dict[str, str]:
    """The version each of these records has now (records the store lacks are left out)."""
    return dict(rows_in(store, f"SELECT id, version FROM {kind.table} WHERE id IN ({{}})",
                        record_ids))
