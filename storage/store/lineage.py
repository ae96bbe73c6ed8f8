"""The versions a store knows of a record and how they descend from each other.

Every version a record has had, on any machine, is a node; its parents are the versions
it was made from (a merge, or a change made over one, has several). A content changed
and changed back returns to a version the graph already has: such cycles are folded
into one node. The heads are the versions nothing known descends from.
``storage.store.version_graph`` merges the heads; ``versioning`` makes a change made
here build on all of them.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from storage.store.db import Store, rows_in


@dataclass(frozen=True)
class Node:
    """A version in a record's graph: its content, parents and who made it when."""

    version: str
    content: dict[str, Any]
    parents: tuple[str, ...]
    device_id: str
    updated_at: str
    last_seen: tuple[str, str] = ("", "")  # the latest (updated_at, device id) it was made
    folded: bool = False  # it stands for a cycle (see condense)

    @property
    def key(self) -> tuple[str, str, str]:
        """The provisional-winner order: later change first, then device id, then version."""
        return (self.updated_at, self.device_id, self.version)


def graph(store: Store, kind: str, record_id: str) -> dict[str, Node]:
    """Every version the store knows of a record, with all its parents."""
    return _nodes(store, kind, record_id, "content")


def heads_of(store: Store, kind: str, record_id: str) -> tuple[str, ...]:
    """The record's heads, its cycles folded (read without the versions' contents)."""
    return heads(condense(_nodes(store, kind, record_id, "'{}'")))


def _nodes(store: Store, kind: str, record_id: str, content: str) -> dict[str, Node]:
    parents: dict[str, list[str]] = {}
    for version, parent in store.db.execute(
            "SELECT version, parent FROM version_edges WHERE kind = ? AND record_id = ?"
            " ORDER BY parent", [kind, record_id]):
        parents.setdefault(version, []).append(parent)
    seen = all_sightings(store, kind, record_id)
    nodes = {}
    for version, text, device, updated in store.db.execute(
            f"SELECT version, {content}, device_id, updated_at FROM history"
            " WHERE kind = ? AND record_id = ?", [kind, record_id]):
        times = seen.get(version) or [(updated, device)]
        nodes[version] = Node(version, json.loads(text), tuple(parents.get(version, ())),
                              times[0][1], times[0][0], times[-1])
    return nodes


def all_sightings(store: Store, kind: str,
                  record_id: str) -> dict[str, list[tuple[str, str]]]:
    """Each version's (updated_at, device id) on every machine that made it, earliest first."""
    found: dict[str, list[tuple[str, str]]] = {}
    for version, updated, device in store.db.execute(
            "SELECT version, updated_at, device_id FROM version_sightings"
            " WHERE kind = ? AND record_id = ? ORDER BY updated_at, device_id",
            [kind, record_id]):
        found.setdefault(version, []).append((updated, device))
    return found


def condense(nodes: Mapping[str, Node]) -> dict[str, Node]:
    """The graph with each cycle folded into one version (a content changed and back).

    Versions are hashes of content, so changing a value and changing it back returns
    to a version the graph already has. The versions of a cycle count as one: the one
    made last (then the greatest hash) stands for them.
    """
    reach = {v: ancestors(nodes, v) for v in nodes}
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
        folded[chosen] = dataclasses.replace(nodes[chosen], folded=len(members) > 1,
                                             parents=tuple(sorted(parents - {chosen})))
    return folded


def ancestors(nodes: Mapping[str, Node], version: str) -> set[str]:
    """Every version ``version`` was made from, directly or not, among ``nodes``."""
    seen: set[str] = set()
    stack = [version]
    while stack:
        for parent in nodes[stack.pop()].parents:
            if parent in nodes and parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen


def sightings(store: Store, kind: str,
              record_ids: Iterable[str]) -> set[tuple[str, str, str, str]]:
    """Every (record id, version, updated_at, device id) the store has seen of records."""
    return set(rows_in(  # type: ignore[arg-type]
        store, "SELECT record_id, version, updated_at, device_id FROM version_sightings"
        " WHERE kind = ? AND record_id IN ({})", record_ids, [kind]))


def heads(nodes: Mapping[str, Node]) -> tuple[str, ...]:
    """The versions nothing known descends from (one when there is nothing to merge)."""
    inner = {p for node in nodes.values() for p in node.parents}
    return tuple(sorted(v for v in nodes if v not in inner))
