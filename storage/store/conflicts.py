"""Conflicts of merged records, kept for the supervisor: every value, and who chose.

A conflict is a field that concurrent versions set to different values (found by
``version_graph.merge``). All of them are kept here with the provisional winner; the
supervisor confirms it, or flips to another value, which writes a new version
(source ``conflict``) that later merges build upon everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from storage import clock
from storage.store import lineage, records, version_graph, versioning
from storage.store.db import Store


@dataclass(frozen=True)
class Candidate:
    version: str
    value: Any
    device_id: str
    updated_at: str


@dataclass(frozen=True)
class Conflict:
    """One field of one record with the values concurrent versions gave it."""

    kind: str
    record_id: str
    field: str
    candidates: tuple[Candidate, ...]  # the provisional winner first
    winner: str
    state: str  # open | confirmed | resolved
    chosen_by: str  # rule | supervisor | edit

    @property
    def winning(self) -> Candidate:
        return next(c for c in self.candidates if c.version == self.winner)


def record(store: Store, kind: versioning.Kind, record_id: str, merged: version_graph.Merged,
           nodes: dict[str, lineage.Node]) -> int:
    """Keep the conflicts of a record's merge; those no longer in it become resolved.

    Returns how many conflicts are open or confirmed now. A conflict the supervisor
    confirmed stays confirmed while its candidates stay the same.
    """
    known = {row[0]: (row[1], row[2]) for row in store.db.execute(
        "SELECT field, candidates, state FROM sync_conflicts WHERE kind = ? AND record_id = ?",
        [kind.name, record_id])}
    now = clock.now()
    current = set()
    for conflict in merged.conflicts:
        current.add(conflict.field)
        candidates = [_candidate(nodes[v], conflict.field) for v in conflict.candidates]
        text = json.dumps(candidates, ensure_ascii=False, sort_keys=True)
        before = known.get(conflict.field)
        if before and before[1] == "confirmed" and before[0] == text:
            continue
        store.db.execute(
            "INSERT INTO sync_conflicts (kind, record_id, field, candidates, winner, state,"
            " chosen_by, detected_at) VALUES (?, ?, ?, ?, ?, 'open', 'rule', ?)"
            " ON CONFLICT (kind, record_id, field) DO UPDATE SET candidates = excluded.candidates,"
            " winner = excluded.winner, state = 'open', chosen_by = 'rule', resolved_at = NULL",
            [kind.name, record_id, conflict.field, text, conflict.winner, now])
    for name, (_, state) in known.items():
        if name not in current and state in ("open", "confirmed"):
            store.db.execute(
                "UPDATE sync_conflicts SET state = 'resolved', chosen_by = 'edit',"
                " resolved_at = ? WHERE kind = ? AND record_id = ? AND field = ?",
                [now, kind.name, record_id, name])
    return len(current)


def _candidate(node: lineage.Node, name: str) -> dict[str, Any]:
    value = version_graph.fields(node.content).get(name, "")
    return {"version": node.version, "value": value, "device_id": node.device_id,
            "updated_at": node.updated_at}


def listing(store: Store, *, states: tuple[str, ...] = ("open",),
            kind: str | None = None) -> list[Conflict]:
    """The conflicts in some states, by record and field."""
    marks = ", ".join("?" * len(states))
    where = f"state IN ({marks})" + (" AND kind = ?" if kind else "")
    rows = store.db.execute(
        "SELECT kind, record_id, field, candidates, winner, state, chosen_by"
        f" FROM sync_conflicts WHERE {where} ORDER BY kind, record_id, field",
        [*states, *([kind] if kind else [])]).fetchall()
    return [_conflict(row) for row in rows]


def get(store: Store, kind: str, record_id: str, name: str) -> Conflict | None:
    row = store.db.execute(
        "SELECT kind, record_id, field, candidates, winner, state, chosen_by"
        " FROM sync_conflicts WHERE kind = ? AND record_id = ? AND field = ?",
        [kind, record_id, name]).fetchone()
    return _conflict(row) if row else None


def _conflict(row: tuple[Any, ...]) -> Conflict:
    kind, record_id, name, text, winner, state, chosen_by = row
    candidates = tuple(Candidate(**c) for c in json.loads(text))
    return Conflict(kind, record_id, name, candidates, winner, state, chosen_by)


def choose(store: Store, kind: versioning.Kind, conflict: Conflict, version: str,
           *, derive: Any = None) -> None:
    """The supervisor's choice: keep the winner (confirm) or flip to another candidate.

    Flipping writes a new version of the record with that value, sourced ``conflict``,
    so the choice travels with the next export; every choice is kept (:func:`choices`).
    ``derive`` recomputes derived fields (an inspection's score) of the new content.
    """
    chosen = next(c for c in conflict.candidates if c.version == version)
    now = clock.now()
    with store.atomic():
        data = records.content(store, kind, conflict.record_id)
        row = records.current(store, kind, conflict.record_id)
        if data is None or row is None:
            raise KeyError(conflict.record_id)
        flat = version_graph.fields(data)
        if flat.get(conflict.field, "") != chosen.value:
            flat[conflict.field] = chosen.value
            new = version_graph.unflatten(kind, flat)
            new = derive(new) if derive else new
            versioning.write(store, kind, conflict.record_id, new,
                             versioning.Origin("conflict", conflict.field))
            refresh(store, kind, conflict.record_id)
            state = "resolved"
        else:
            state = "confirmed"
        store.db.execute(
            "UPDATE sync_conflicts SET state = ?, chosen_by = 'supervisor', winner = ?,"
            " resolved_at = ? WHERE kind = ? AND record_id = ? AND field = ?",
            [state, version, now, kind.name, conflict.record_id, conflict.field])
        store.db.execute(
            "INSERT INTO conflict_choices (kind, record_id, field, version, value, state,"
            " device_id, chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [kind.name, conflict.record_id, conflict.field, version,
             json.dumps(chosen.value, ensure_ascii=False), state, store.device_id, now])


def settle(store: Store, kind: versioning.Kind, record_id: str) -> None:
    """After a change made here: the record's conflicts, if it has any, as its graph now
    has them (see :mod:`storage.store.edits`)."""
    if store.db.execute("SELECT 1 FROM sync_conflicts WHERE kind = ? AND record_id = ?"
                        " AND state IN ('open', 'confirmed')", [kind.name, record_id]
                        ).fetchone() is not None:
        refresh(store, kind, record_id)


def refresh(store: Store, kind: versioning.Kind, record_id: str) -> None:
    """The record's conflicts as its graph now has them (a flip back to a version the
    graph had decides every field, as every store that imports it will find)."""
    nodes = lineage.graph(store, kind.name, record_id)
    record(store, kind, record_id, version_graph.merge(kind, nodes), nodes)


@dataclass(frozen=True)
class Choice:
    """A choice the supervisor made: which version's value a field keeps, when, where."""

    kind: str
    record_id: str
    field: str
    version: str
    value: Any
    state: str  # confirmed (the provisional winner kept) | resolved (flipped)
    device_id: str
    chosen_at: str


def choices(store: Store, record_id: str | None = None) -> list[Choice]:
    """Every choice made (of one record), oldest first: the history of conflict choices."""
    rows = store.db.execute(
        "SELECT kind, record_id, field, version, value, state, device_id, chosen_at"
        " FROM conflict_choices" + (" WHERE record_id = ?" if record_id else "")
        + " ORDER BY id", [record_id] if record_id else []).fetchall()
    return [Choice(k, r, f, v, json.loads(value), state, device, at)
            for k, r, f, v, value, state, device, at in rows]


def base_value(store: Store, kind: versioning.Kind, conflict: Conflict) -> Any:
    """The field's value in the latest version every candidate builds upon (the base)."""
    nodes = lineage.condense(lineage.graph(store, kind.name, conflict.record_id))
    shared: set[str] | None = None
    for candidate in conflict.candidates:
        if candidate.version not in nodes:
            return None
        behind = lineage.ancestors(nodes, candidate.version)
        shared = behind if shared is None else shared & behind
    if not shared:
        return None
    latest = max(shared, key=lambda v: (len(lineage.ancestors(nodes, v)), nodes[v].key))
    return version_graph.fields(nodes[latest].content).get(conflict.field, "")
