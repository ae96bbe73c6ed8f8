"""How a record is versioned: canonical content, its hash, and the append-only history.

Every record that travels (compound, inspection, finding) is written through
:func:`write`, which stores the current row and appends the version to ``history``
with where it came from. Nothing else writes those tables.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from storage import clock
from storage.db import Store

SOURCES = ("typed", "imported", "spreadsheet_edit", "conflict", "demo")


@dataclass(frozen=True)
class Kind:
    """A kind of record that travels: its table, content columns and child collections."""

    name: str
    table: str
    columns: tuple[str, ...]
    has_answers: bool = False
    has_attachments: bool = False


@dataclass(frozen=True)
class Origin:
    """Where a version came from: typed here, imported from a file, and so on."""

    source: str
    detail: str = ""

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"unknown source {self.source!r}")


TYPED = Origin("typed")


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


def canonical(content: Mapping[str, Any]) -> str:
    """The canonical JSON text of a record's content: sorted keys, no spaces."""
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def version_of(content: Mapping[str, Any]) -> str:
    """The version of a content: the first 128 bits of the SHA-256 of its canonical text."""
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()[:32]


def current(store: Store, kind: Kind, record_id: str) -> dict[str, Any] | None:
    """The row as stored now (metadata and content), or None if the record is unknown."""
    row = store.db.execute(
        f"SELECT * FROM {kind.table} WHERE id = ?", [record_id]
    ).fetchone()
    if row is None:
        return None
    names = [d[0] for d in store.db.execute(f"SELECT * FROM {kind.table} LIMIT 0").description]
    return dict(zip(names, row, strict=True))


def content(store: Store, kind: Kind, record_id: str) -> dict[str, Any] | None:
    """The current content of a record, children included, as versioned."""
    row = current(store, kind, record_id)
    if row is None:
        return None
    result = {column: row[column] for column in kind.columns}
    if kind.has_answers:
        result["answers"] = {
            item: json.loads(value)
            for item, value in store.db.execute(
                "SELECT item, value FROM answers WHERE inspection_id = ? ORDER BY item",
                [record_id],
            )
        }
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
    parent_version: str | None = None,
) -> str:
    """Store ``new_content`` as the record's current version and append it to the history.

    For a typed change the parent is the version stored now; an import passes the
    parent, creator and times it read from the file. Writing the content a record
    already has is a no-op. Returns the version.
    """
    data = _normalise(kind, new_content)
    version = version_of(data)
    with store.atomic():
        existing = current(store, kind, record_id)
        if existing is not None and existing["version"] == version:
            return version
        if existing is not None and parent_version is None and origin == TYPED:
            parent_version = existing["version"]
        stamp = updated_at or clock.now()
        row = {column: data[column] for column in kind.columns}
        row.update(
            id=record_id,
            device_id=existing["device_id"] if existing else (device_id or store.device_id),
            created_at=existing["created_at"] if existing else (created_at or stamp),
            updated_at=stamp,
            version=version,
            parent_version=parent_version,
        )
        store.db.table(kind.table).upsert(row, pk="id")
        _write_children(store, kind, record_id, data)
        append_history(
            store, kind, record_id, data, origin,
            version=version, parent_version=parent_version,
            device_id=device_id or store.device_id, updated_at=stamp,
        )
    return version


def append_history(
    store: Store,
    kind: Kind,
    record_id: str,
    data: Mapping[str, Any],
    origin: Origin,
    *,
    version: str,
    parent_version: str | None,
    device_id: str,
    updated_at: str,
) -> None:
    """Append one version to the history; a version already known is kept as it was."""
    store.db.execute(
        "INSERT OR IGNORE INTO history (kind, record_id, version, parent_version, content,"
        " source, source_detail, device_id, updated_at, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [kind.name, record_id, version, parent_version, canonical(data), origin.source,
         origin.detail, device_id, updated_at, clock.now()],
    )
    add_parents(store, kind, record_id, version, [parent_version] if parent_version else [])
    store.db.execute(
        "INSERT OR IGNORE INTO version_sightings (kind, record_id, version, updated_at,"
        " device_id) VALUES (?, ?, ?, ?, ?)", [kind.name, record_id, version, updated_at,
                                               device_id])


def add_parents(store: Store, kind: Kind, record_id: str, version: str,
                parents: Iterable[str]) -> None:
    """Record parents of a version (a merge has several); known edges are kept once."""
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO version_edges (kind, record_id, version, parent)"
        " VALUES (?, ?, ?, ?)",
        [(kind.name, record_id, version, parent) for parent in parents if parent != version],
    )


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
        data["answers"] = {
            k: v for k, v in sorted(data["answers"].items()) if v not in ("", None, [])
        }
    if kind.has_attachments:
        data["attachments"] = [
            {"photo": a["photo"], "item": a.get("item", ""), "caption": a.get("caption", "")}
            for a in data["attachments"]
        ]
    return data


def _write_children(store: Store, kind: Kind, record_id: str, data: Mapping[str, Any]) -> None:
    if kind.has_answers:
        store.db.execute("DELETE FROM answers WHERE inspection_id = ?", [record_id])
        store.db.table("answers").insert_all(
            {"inspection_id": record_id, "item": item, "value": json.dumps(value,
             ensure_ascii=False)}
            for item, value in data["answers"].items()
        )
    if kind.has_attachments:
        store.db.execute(
            "DELETE FROM attachments WHERE owner_kind = ? AND owner_id = ?",
            [kind.name, record_id],
        )
        store.db.table("attachments").insert_all(
            {"owner_kind": kind.name, "owner_id": record_id, "position": position,
             "photo_sha256": a["photo"], "item": a["item"], "caption": a["caption"]}
            for position, a in enumerate(data["attachments"])
        )


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


def normalise(kind: Kind, new_content: Mapping[str, Any]) -> dict[str, Any]:
    """The content as it is versioned (unanswered items dropped, attachments complete)."""
    return _normalise(kind, new_content)


def append_entries(store: Store, kind: Kind, entries: Iterable[Entry]) -> None:
    """Append many versions to the history at once (known versions are kept as they were)."""
    now = clock.now()
    rows, edges, seen = [], [], []
    for e in entries:
        rows.append((kind.name, e.record_id, e.version, e.parents[0] if e.parents else None,
                     canonical(e.content), e.origin.source, e.origin.detail, e.device_id,
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


# The text of an answer as _write_children stores it (json.dumps(value,
# ensure_ascii=False)), with one encoder instead of a new one per value.
_ANSWER_TEXT = json.JSONEncoder(ensure_ascii=False).encode


def insert_current(store: Store, kind: Kind,
                   entries: Iterable[tuple[Entry, str, str]]) -> None:
    """Store versions as the current rows of records the store does not have yet.

    Each triple is the version, the record's creation time and the device that created
    it; the history must already hold the version (see :func:`append_entries`).
    """
    names = ["id", *kind.columns, "device_id", "created_at", "updated_at", "version",
             "parent_version"]
    rows, answers, attachments = [], [], []
    for e, created_at, creator in entries:
        data = e.content
        rows.append([e.record_id, *(data[c] for c in kind.columns), creator, created_at,
                     e.updated_at, e.version, e.parents[0] if e.parents else None])
        if kind.has_answers:
            answers += [(e.record_id, item, _ANSWER_TEXT(value))
                        for item, value in data["answers"].items()]
        if kind.has_attachments:
            attachments += [(kind.name, e.record_id, n, a["photo"], a["item"], a["caption"])
                            for n, a in enumerate(data["attachments"])]
    marks = ", ".join("?" * len(names))
    store.db.conn.executemany(
        f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({marks})", rows)
    store.db.conn.executemany(
        "INSERT INTO answers (inspection_id, item, value) VALUES (?, ?, ?)", answers)
    store.db.conn.executemany(
        "INSERT INTO attachments (owner_kind, owner_id, position, photo_sha256, item, caption)"
        " VALUES (?, ?, ?, ?, ?, ?)", attachments)


# --- The version graph of a record, and the merge of its heads ---------------------------

@dataclass(frozen=True)
class Node:
    """A version in a record's graph: its content, parents and who made it when."""

    version: str
    content: dict[str, Any]
    parents: tuple[str, ...]
    device_id: str
    updated_at: str
    last_seen: tuple[str, str] = ("", "")  # the latest (updated_at, device id) it was made

    @property
    def key(self) -> tuple[str, str, str]:
        """The provisional-winner order: later change first, then device id, then version."""
        return (self.updated_at, self.device_id, self.version)


@dataclass(frozen=True)
class Conflict:
    """A field changed differently by concurrent versions; ``winner`` is one of them."""

    field: str
    candidates: tuple[str, ...]
    winner: str


@dataclass(frozen=True)
class Merged:
    """The content of a record given its heads, with the fields in conflict."""

    content: dict[str, Any]
    heads: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    parent: str  # the head with the latest change: the merged version's first parent
    device_id: str
    updated_at: str
    row_parent: str | None = None  # the parent the record's row names


def graph(store: Store, kind: Kind, record_id: str) -> dict[str, Node]:
    """Every version the store knows of a record, with all its parents."""
    parents: dict[str, list[str]] = {}
    for version, parent in store.db.execute(
            "SELECT version, parent FROM version_edges WHERE kind = ? AND record_id = ?"
            " ORDER BY parent", [kind.name, record_id]):
        parents.setdefault(version, []).append(parent)
    seen = all_sightings(store, kind, record_id)
    nodes = {}
    for version, text, device, updated in store.db.execute(
            "SELECT version, content, device_id, updated_at FROM history"
            " WHERE kind = ? AND record_id = ?", [kind.name, record_id]):
        times = seen.get(version) or [(updated, device)]
        nodes[version] = Node(version, json.loads(text), tuple(parents.get(version, ())),
                              times[0][1], times[0][0], times[-1])
    return nodes


def all_sightings(store: Store, kind: Kind, record_id: str) -> dict[str, list[tuple[str, str]]]:
    """Each version's (updated_at, device id) on every machine that made it, earliest first."""
    found: dict[str, list[tuple[str, str]]] = {}
    for version, updated, device in store.db.execute(
            "SELECT version, updated_at, device_id FROM version_sightings"
            " WHERE kind = ? AND record_id = ? ORDER BY updated_at, device_id",
            [kind.name, record_id]):
        found.setdefault(version, []).append((updated, device))
    return found


def condense(nodes: Mapping[str, Node]) -> dict[str, Node]:
    """The graph with each cycle folded into one version (a content changed and back).

    Versions are hashes of content, so changing a value and changing it back returns
    to a version the graph already has. The versions of a cycle count as one: the one
    made last (then the greatest hash) stands for them.
    """
    reach = {v: _reach(nodes, v) for v in nodes}
    stands_for: dict[str, str] = {}
    for version in sorted(nodes):
        if version in stands_for:
            continue
        group = {version} | {u for u in reach[version] if version in reach[u]}
        chosen = max(group, key=lambda u: (nodes[u].last_seen, u))
        stands_for.update(dict.fromkeys(group, chosen))
    if all(stands_for[v] == v for v in nodes):
        return dict(nodes)
    folded = {}
    for chosen in set(stands_for.values()):
        members = [u for u in nodes if stands_for[u] == chosen]
        parents = {stands_for[p] for u in members for p in nodes[u].parents if p in nodes}
        folded[chosen] = dataclasses.replace(nodes[chosen],
                                             parents=tuple(sorted(parents - {chosen})))
    return folded


def _reach(nodes: Mapping[str, Node], version: str) -> set[str]:
    seen: set[str] = set()
    stack = [version]
    while stack:
        for parent in nodes[stack.pop()].parents:
            if parent in nodes and parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen


def sightings(store: Store, kind: Kind,
              record_ids: Iterable[str]) -> set[tuple[str, str, str, str]]:
    """Every (record id, version, updated_at, device id) the store has seen of records."""
    found: set[tuple[str, str, str, str]] = set()
    for chunk in _chunks(sorted(set(record_ids))):
        marks = ", ".join("?" * len(chunk))
        found.update(tuple(row) for row in store.db.execute(  # type: ignore[misc]
            "SELECT record_id, version, updated_at, device_id FROM version_sightings"
            f" WHERE kind = ? AND record_id IN ({marks})", [kind.name, *chunk]))
    return found


def current_versions(store: Store, kind: Kind, record_ids: Iterable[str]) -> dict[str, str]:
    """The version each of these records has now (records the store lacks are left out)."""
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(set(record_ids))):
        marks = ", ".join("?" * len(chunk))
        found.update(store.db.execute(
            f"SELECT id, version FROM {kind.table} WHERE id IN ({marks})", chunk).fetchall())
    return found


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    return (items[n:n + size] for n in range(0, len(items), size))


def touch(store: Store, kind: Kind, record_id: str, updated_at: str,
          parent_version: str | None) -> None:
    """Set a record's change time and parent (its version's earliest sighting)."""
    store.db.execute(f"UPDATE {kind.table} SET updated_at = ?, parent_version = ?"
                     " WHERE id = ?", [updated_at, parent_version, record_id])


def heads(nodes: Mapping[str, Node]) -> tuple[str, ...]:
    """The versions nothing known descends from (one when there is nothing to merge)."""
    inner = {p for node in nodes.values() for p in node.parents}
    return tuple(sorted(v for v in nodes if v not in inner))


def fields(content: Mapping[str, Any]) -> dict[str, Any]:
    """A content as flat fields: each column, ``answers.<item>``, and ``attachments``."""
    flat = {k: v for k, v in content.items() if k != "answers"}
    flat.update({f"answers.{k}": v for k, v in content.get("answers", {}).items()})
    return flat


def unflatten(kind: Kind, flat: Mapping[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in flat.items() if not k.startswith("answers.")}
    if kind.has_answers:
        data["answers"] = {k[8:]: v for k, v in flat.items() if k.startswith("answers.")}
    return _normalise(kind, data)


_ABSENT = object()  # an unanswered item: no key in the content


def merge(kind: Kind, nodes: Mapping[str, Node], *, derived: tuple[str, ...] = (),
          derive: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> Merged:
    """The record's content given every version known: its heads merged field by field.

    A pure function of the graph, so any order of imports gives the same result. For
    each field, the versions that set its value are traced through the graph; those a
    later version built upon drop out. If the remaining ones disagree, the field is in
    conflict and the provisional winner is the latest change (then device id, then
    version). ``derived`` fields (a score) are recomputed by ``derive`` after a merge.
    """
    nodes = condense(nodes)
    tracer = _Tracer(nodes)
    tops = heads(nodes)
    merged: dict[str, Any] = {}
    conflicts = []
    for name in sorted(tracer.names - set(derived)):
        setters = tracer.maximal(frozenset().union(*(tracer.setters(h, name) for h in tops)))
        winner = max(setters, key=lambda v: nodes[v].key)
        merged[name] = tracer.value(winner, name)
        if len({canonical({"v": tracer.value(v, name)}) for v in setters}) > 1:
            order = sorted(setters, key=lambda v: nodes[v].key, reverse=True)
            conflicts.append(Conflict(name, tuple(order), winner))
    frontier = tracer.frontier()
    top = max(frontier, key=lambda v: nodes[v].key)
    if len(tops) == 1:
        content = nodes[tops[0]].content
    else:
        flat = {k: v for k, v in merged.items() if v is not _ABSENT}
        flat.update({name: nodes[top].content[name] for name in derived})
        content = unflatten(kind, flat)
        content = derive(content) if derive else content
    node = nodes[top]
    mine = version_of(content)
    others = sorted((v for v in frontier if v != mine), key=lambda v: nodes[v].key)
    if others:  # the latest other change merged in, never the merged version itself
        row_parent: str | None = others[-1]
    else:
        row_parent = min(tracer.parents(mine), default=None) if mine in nodes else None
    return Merged(content, tops, tuple(conflicts), top, node.device_id, node.updated_at,
                  row_parent)


class _Tracer:
    """Which versions set each field's value, through the graph (parents before children)."""

    def __init__(self, nodes: Mapping[str, Node]) -> None:
        self.nodes = nodes
        self.flat = {v: fields(n.content) for v, n in nodes.items()}
        self.names = set().union(*self.flat.values()) if self.flat else set()
        self._ancestors: dict[str, frozenset[str]] = {}
        self._setters: dict[str, dict[str, frozenset[str]]] = {}
        for version in self._order():
            self._setters[version] = self._trace(version)

    def value(self, version: str, name: str) -> Any:
        return self.flat[version].get(name, _ABSENT)

    def setters(self, version: str, name: str) -> frozenset[str]:
        return self._setters[version][name]

    def frontier(self) -> list[str]:
        """The latest real changes: versions that are not merges, none behind another."""
        real = [v for v in self.nodes if len(self.parents(v)) < 2]
        return sorted(v for v in real
                      if not any(v in self.ancestors(o) for o in real if o != v))

    def maximal(self, versions: frozenset[str]) -> frozenset[str]:
        return frozenset(v for v in versions
                         if not any(v in self.ancestors(o) for o in versions if o != v))

    def ancestors(self, version: str) -> frozenset[str]:
        if version not in self._ancestors:
            seen: set[str] = set()
            stack = [version]
            while stack:
                for parent in self._parents(stack.pop()):
                    if parent not in seen:
                        seen.add(parent)
                        stack.append(parent)
            seen.discard(version)
            self._ancestors[version] = frozenset(seen)
        return self._ancestors[version]

    def parents(self, version: str) -> list[str]:
        return [p for p in self.nodes[version].parents if p in self.nodes]

    _parents = parents

    def _order(self) -> list[str]:
        """Parents before children; an edge back into a cycle is ignored."""
        order: list[str] = []
        state: dict[str, int] = {}
        for root in sorted(self.nodes):
            stack = [(root, False)]
            while stack:
                version, done = stack.pop()
                if done:
                    state[version] = 2
                    order.append(version)
                    continue
                if version in state:
                    continue
                state[version] = 1
                stack.append((version, True))
                stack += [(p, False) for p in self._parents(version) if p not in state]
        return order

    def _trace(self, version: str) -> dict[str, frozenset[str]]:
        parents = [p for p in self._parents(version) if p in self._setters]
        own = frozenset({version})
        if not parents:
            return dict.fromkeys(self.names, own)
        if len(parents) >= 2:
            return {name: self.maximal(frozenset().union(
                *(self._setters[p][name] for p in parents))) for name in self.names}
        parent, mine = parents[0], self.flat[version]
        theirs = self.flat[parent]
        return {name: self._setters[parent][name]
                if _same(mine.get(name, _ABSENT), theirs.get(name, _ABSENT)) else own
                for name in self.names}


def _same(a: Any, b: Any) -> bool:
    if a is _ABSENT or b is _ABSENT:
        return a is b
    return a == b and type(a) is type(b)
