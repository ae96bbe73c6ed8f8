"""The one writer of versioned records: canonical content, its hash, the append-only history.

Every record that travels (``storage/kinds.py`` lists them) is written here: one typed
change through :func:`write`, which stores the current row and appends the version to
``history`` with where it came from, or a whole file's new records in bulk
(:func:`append_entries`, :func:`insert_current`). Nothing else writes those tables;
``storage.store.records`` is the one reader.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from storage import clock
from storage.store import lineage
from storage.store.db import Store

_NATURAL_IDS = uuid.UUID("6f1c2b0e-5d8a-4c1e-9b7a-2a4e8c6d0f13")
SOURCES = ("typed", "imported", "spreadsheet_edit", "conflict", "demo")
BLOCK_ID = "@id"  # a repeat block's stable id, inside the block's answers


@dataclass(frozen=True)
class Kind:
    """A kind of record that travels: its table, content columns and child collections.

    A kind ``has_answers`` keeps them in its table's ``answers`` column (a JSON object);
    ``has_attachments``, in the ``attachments`` table.

    ``references`` names the fields holding another record's id, with that record's kind:
    an export takes the referenced records along, an import refuses an id it cannot find.
    ``derived`` fields are computed from the others (an inspection's score): a merge
    recomputes them, and they are never in conflict.
    """

    name: str
    table: str
    columns: tuple[str, ...]
    has_answers: bool = False
    has_attachments: bool = False
    references: tuple[tuple[str, str], ...] = ()
    derived: tuple[str, ...] = ()

    def id_for(self, *key: str) -> str:
        """The id of the record of this kind named by a natural key (a quarter, a street …).

        The same on every machine, so two supervisors who make the same quarter's review
        make one record, which merges field by field, not two.
        """
        return str(uuid.uuid5(_NATURAL_IDS, "\x1f".join((self.name, *key))))


@dataclass(frozen=True)
class Origin:
    """Where a version came from: typed here, imported from a file, and so on."""

    source: str
    detail: str = ""

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"unknown source {self.source!r}")


TYPED = Origin("typed")


def content_of(record: Any) -> dict[str, Any]:
    """A record dataclass's content as versioned: every field but ``id``, ``deleted`` as
    0 or 1 (lists of photos copied)."""
    data = dataclasses.asdict(record)
    del data["id"]
    data["deleted"] = int(record.deleted)
    return data


def canonical(content: Mapping[str, Any]) -> str:
    """The canonical JSON text of a record's content: sorted keys, no spaces."""
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def version_of(content: Mapping[str, Any]) -> str:
    """The version of a content: the first 128 bits of the SHA-256 of its canonical text."""
    return version_of_text(canonical(content))


def version_of_text(text: str) -> str:
    """The version of a content given as its canonical text (:func:`canonical`)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def write(
    store: Store,
    kind: Kind,
    record_id: str,
    new_content: Mapping[str, Any],
    origin: Origin = TYPED,
    *,
    device_id: str | None = None,
    created_at: str | None = None,
    updated_at: str | None = None,
    parents: tuple[str, ...] | None = None,
) -> str:
    """Store ``new_content`` as the record's current version and append it to the history.

    A change made on this machine (typed, a local import, a conflict choice: ``parents``
    not given) builds on every head the store knows of the record: the version its row
    holds and any other that a merge equal to the row left standing, so every store that
    imports the change finds it made after all of them; such a change is written through
    :func:`storage.store.edits.write`, which settles the record's conflicts too. A sync
    import passes the parents it read from the file (none for a merge, whose edges come
    with its entries). Writing the content a record already has is a no-op. Returns the
    version.
    """
    data = _normalise(kind, new_content)
    version = version_of(data)
    with store.atomic():
        existing = store.db.execute(
            f"SELECT version, device_id, created_at FROM {kind.table} WHERE id = ?",
            [record_id]).fetchone()
        if existing is not None and existing[0] == version:
            return version
        if parents is None:
            parents = _local_parents(store, kind, record_id, existing[0]) if existing else ()
        stamp = _stamp(store, kind, record_id, version, origin, updated_at or clock.now())
        row = {column: data[column] for column in kind.columns}
        row.update(
            id=record_id,
            device_id=existing[1] if existing else (device_id or store.device_id),
            created_at=existing[2] if existing else (created_at or stamp),
            updated_at=stamp,
            version=version,
            parent_version=parents[0] if parents else None,
        )
        if kind.has_answers:
            row["answers"] = canonical(data["answers"])
        _upsert(store, kind, row)
        _write_attachments(store, kind, record_id, data)
        append_entries(store, kind, [Entry(
            record_id, version, data, parents, device_id or store.device_id, stamp, origin)])
    return version


def _upsert(store: Store, kind: Kind, row: Mapping[str, Any]) -> None:
    """Insert or replace the record's row (one statement: sqlite-utils' upsert reads the
    table's schema at every call: a fifth of a typed change's time)."""
    names = list(row)
    store.db.execute(
        f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        f" ON CONFLICT (id) DO UPDATE SET "
        + ", ".join(f"{name} = excluded.{name}" for name in names if name != "id"),
        [row[name] for name in names])


def _local_parents(store: Store, kind: Kind, record_id: str, current: str) -> tuple[str, ...]:
    """The version the row holds, then the record's other heads.

    A merge equal to one of its heads is not recorded as a version of its own (it has no
    content of its own), so the row holds that head and the others stay heads.
    """
    return (current, *(v for v in lineage.heads_of(store, kind.name, record_id)
                       if v != current))


def _stamp(store: Store, kind: Kind, record_id: str, version: str, origin: Origin,
           stamp: str) -> str:
    """A change made here back to a content the record had is stamped after every version
    it knows: the cycle it closes is folded into the version made last (by time, on any
    laptop's clock), and that must be this change, not one from a clock running ahead."""
    if origin.source not in ("typed", "conflict"):
        return stamp
    latest = store.db.execute(
        "SELECT max(s.updated_at) FROM version_sightings s WHERE s.kind = ? AND"
        " s.record_id = ? AND EXISTS (SELECT 1 FROM history h WHERE h.kind = s.kind AND"
        " h.record_id = s.record_id AND h.version = ?)",
        [kind.name, record_id, version]).fetchone()[0]
    return max(stamp, clock.after(latest)) if latest else stamp


def set_row_parent(store: Store, kind: Kind, record_id: str, updated_at: str,
                   parent_version: str | None) -> None:
    """Set a record's change time and the parent its row names (after a merge).

    The history is not touched: the merged version's edges came with its entries.
    """
    store.db.execute(f"UPDATE {kind.table} SET updated_at = ?, parent_version = ?"
                     " WHERE id = ?", [updated_at, parent_version, record_id])


def _normalise(kind: Kind, new_content: Mapping[str, Any]) -> dict[str, Any]:
    expected = set(kind.columns)
    expected |= {"answers"} if kind.has_answers else set()
    expected |= {"attachments"} if kind.has_attachments else set()
    missing, extra = expected - set(new_content), set(new_content) - expected
    if missing or extra:
        raise ValueError(f"{kind.name} content: missing {sorted(missing)}, extra {sorted(extra)}")
    data = dict(new_content)
    if kind.has_answers:
        # Unanswered items are absent, so "" and a missing answer are one version.
        data["answers"] = normal_answers(data["answers"])
    if kind.has_attachments:
        data["attachments"] = [
            {"photo": a["photo"], "item": a.get("item", ""), "caption": a.get("caption", "")}
            for a in data["attachments"]
        ]
    return data


def normal_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as versioned: without the unanswered; a repeat's blocks ordered by id."""
    return {k: _blocks(v) if is_blocks(v) else v for k, v in sorted(answers.items())
            if v not in ("", None, [])}


def is_blocks(value: Any) -> bool:
    """Whether an answer is a repeat's blocks: a list of dicts, each with its ``@id``."""
    return isinstance(value, list) and bool(value) and all(
        isinstance(b, Mapping) and b.get(BLOCK_ID) for b in value)


def _blocks(blocks: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return sorted(({BLOCK_ID: str(b[BLOCK_ID]), **normal_answers(
        {k: v for k, v in b.items() if k != BLOCK_ID})} for b in blocks),
        key=lambda b: b[BLOCK_ID])


def _write_attachments(store: Store, kind: Kind, record_id: str,
                       data: Mapping[str, Any]) -> None:
    if kind.has_attachments:
        store.db.execute(
            "DELETE FROM attachments WHERE owner_kind = ? AND owner_id = ?",
            [kind.name, record_id],
        )
        store.db.conn.executemany(
            "INSERT INTO attachments (owner_kind, owner_id, position, photo_sha256, item,"
            " caption) VALUES (?, ?, ?, ?, ?, ?)",
            [(kind.name, record_id, position, a["photo"], a["item"], a["caption"])
             for position, a in enumerate(data["attachments"])])


# --- Bulk insertion of records new to the store (imports of whole files) ------------------

@dataclass(frozen=True)
class Entry:
    """A version to record: content (normalised by :func:`normalise`) and its metadata."""

    record_id: str
    version: str
    content: dict[str, Any]
    parents: tuple[str, ...]
    device_id: str
    updated_at: str
    origin: Origin
    sightings: tuple[tuple[str, str], ...] = ()  # other (updated_at, device id) it was made
    text: str | None = None  # the canonical text of the content, when it is known already


def normalise(kind: Kind, new_content: Mapping[str, Any]) -> dict[str, Any]:
    """The content as it is versioned (unanswered items dropped, attachments complete)."""
    return _normalise(kind, new_content)


def append_entries(store: Store, kind: Kind, entries: Iterable[Entry]) -> None:
    """Append many versions to the history at once (known versions are kept as they were)."""
    now = clock.now()
    rows, edges, seen = [], [], []
    for e in entries:
        rows.append((kind.name, e.record_id, e.version, e.parents[0] if e.parents else None,
                     e.text or canonical(e.content), e.origin.source, e.origin.detail, e.device_id,
                     e.updated_at, now))
        edges += [(kind.name, e.record_id, e.version, p) for p in e.parents if p != e.version]
        seen += [(kind.name, e.record_id, e.version, updated, device)
                 for updated, device in e.sightings]
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO history (kind, record_id, version, parent_version, content,"
        " source, source_detail, device_id, updated_at, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO version_edges (kind, record_id, version, parent)"
        " VALUES (?, ?, ?, ?)", edges)
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO version_sightings (kind, record_id, version, updated_at,"
        " device_id) VALUES (?, ?, ?, ?, ?)",
        [(kind.name, row[1], row[2], row[8], row[7]) for row in rows] + seen)


def insert_current(store: Store, kind: Kind,
                   entries: Iterable[tuple[Entry, str, str]]) -> None:
    """Store versions as the current rows of records the store does not have yet.

    Each triple is the version, the record's creation time and the device that created
    it; the history must already hold the version (see :func:`append_entries`).
    """
    names = ["id", *kind.columns, "device_id", "created_at", "updated_at", "version",
             "parent_version", *(["answers"] if kind.has_answers else [])]
    rows, attachments = [], []
    for e, created_at, creator in entries:
        data = e.content
        rows.append([e.record_id, *(data[c] for c in kind.columns), creator, created_at,
                     e.updated_at, e.version, e.parents[0] if e.parents else None,
                     *([canonical(data["answers"])] if kind.has_answers else [])])
        if kind.has_attachments:
            attachments += [(kind.name, e.record_id, n, a["photo"], a["item"], a["caption"])
                            for n, a in enumerate(data["attachments"])]
    marks = ", ".join("?" * len(names))
    store.db.conn.executemany(
        f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({marks})", rows)
    store.db.conn.executemany(
        "INSERT INTO attachments (owner_kind, owner_id, position, photo_sha256, item, caption)"
        " VALUES (?, ?, ?, ?, ?, ?)", attachments)
