"""The merge of a record's heads, field by field, with the fields in conflict.

The record's content is the merge of the heads of its version graph
(``storage.store.lineage``), so importing files in any order gives the same store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from storage.store import lineage, versioning


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


def fields(content: Mapping[str, Any]) -> dict[str, Any]:
    """A content as flat fields: each column, ``answers.<item>``, and ``attachments``.

    A repeat's blocks are a field each, ``answers.<repeat>[<block id>]``, so blocks
    added or changed on two laptops merge like separate answers.
    """
    flat = {k: v for k, v in content.items() if k != "answers"}
    for name, value in content.get("answers", {}).items():
        if versioning.is_blocks(value):
            flat.update({f"answers.{name}[{b[versioning.BLOCK_ID]}]": b for b in value})
        else:
            flat[f"answers.{name}"] = value
    return flat


def unflatten(kind: versioning.Kind, flat: Mapping[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in flat.items() if not k.startswith("answers.")}
    if kind.has_answers:
        data["answers"] = answers_of(flat)
    return versioning.normalise(kind, data)


def answers_of(flat: Mapping[str, Any]) -> dict[str, Any]:
    """The answers of flat fields (a repeat's block fields gathered into its list)."""
    answers: dict[str, Any] = {}
    for key, value in flat.items():
        if not key.startswith("answers."):
            continue
        name = key[8:]
        if name.endswith("]") and "[" in name and isinstance(value, Mapping):
            answers.setdefault(name[:name.index("[")], []).append(value)
        else:
            answers[name] = value
    return answers


_ABSENT = object()  # an unanswered item: no key in the content


def merge(kind: versioning.Kind, nodes: Mapping[str, lineage.Node], *,
          derive: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> Merged:
    """The record's content given every version known: its heads merged field by field.

    A pure function of the graph, so any order of imports gives the same result. For
    each field, the versions that set its value are traced through the graph; those a
    later version built upon drop out. If the remaining ones disagree, the field is in
    conflict and the provisional winner is the latest change (then device id, then
    version). The kind's ``derived`` fields (a score) are recomputed by ``derive``.
    """
    derived = kind.derived
    nodes = lineage.condense(nodes)
    tracer = _Tracer(nodes)
    tops = lineage.heads(nodes)
    merged: dict[str, Any] = {}
    conflicts = []
    for name in sorted(tracer.names - set(derived)):
        setters = tracer.maximal(frozenset().union(*(tracer.setters(h, name) for h in tops)))
        winner = max(setters, key=lambda v: nodes[v].key)
        merged[name] = tracer.value(winner, name)
        if len({_text(tracer.value(v, name)) for v in setters}) > 1:
            order = sorted(setters, key=lambda v: nodes[v].key, reverse=True)
            conflicts.append(Conflict(name, tuple(order), winner))
    frontier = tracer.frontier(frozenset(derived))
    top = max(frontier, key=lambda v: nodes[v].key)
    if len(tops) == 1:
        content = nodes[tops[0]].content
    else:
        flat = {k: v for k, v in merged.items() if v is not _ABSENT}
        flat.update({name: nodes[top].content[name] for name in derived})
        content = unflatten(kind, flat)
        content = derive(content) if derive else content
    node = nodes[top]
    mine = versioning.version_of(content)
    others = sorted((v for v in frontier if v != mine), key=lambda v: nodes[v].key)
    if others:  # the latest other change merged in, never the merged version itself
        row_parent: str | None = others[-1]
    else:
        row_parent = min(tracer.parents(mine), default=None) if mine in nodes else None
    return Merged(content, tops, tuple(conflicts), top, node.device_id, node.updated_at,
                  row_parent)


class _Tracer:
    """Which versions set each field's value, through the graph (parents before children)."""

    def __init__(self, nodes: Mapping[str, lineage.Node]) -> None:
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

    def frontier(self, derived: frozenset[str] = frozenset()) -> list[str]:
        """The latest real changes, none behind another: versions made from one (or
        none), and versions made from several that set a field themselves (a change
        typed over a merge, a conflict choice), not a merge that only gathers them."""
        names = self.names - derived
        real = [v for v in self.nodes if len(self.parents(v)) < 2
                or any(v in self._setters[v][name] for name in names)]
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
            return {name: self._merged(version, name, parents) for name in self.names}
        parent, mine = parents[0], self.flat[version]
        theirs = self.flat[parent]
        return {name: self._setters[parent][name]
                if _same(mine.get(name, _ABSENT), theirs.get(name, _ABSENT)) else own
                for name in self.names}

    def _merged(self, version: str, name: str, parents: list[str]) -> frozenset[str]:
        """Who set a field of a version made from several: its parents' setters, or
        the version itself where it holds a value chosen there (a flip, a cycle's end)."""
        setters = self.maximal(frozenset().union(*(self._setters[p][name] for p in parents)))
        mine = self.value(version, name)
        if self.nodes[version].folded:  # the last change made in a cycle decided every field
            chosen = any(not _same(mine, self.value(v, name)) for v in setters)
        else:  # a merge holds its winner's value; another is a flip back to this version
            winner = max(setters, key=lambda v: self.nodes[v].key)
            chosen = not _same(mine, self.value(winner, name))
        return frozenset({version}) if chosen else setters


def _text(value: Any) -> str:
    """A field's value as canonical text (an absent answer differs from every value)."""
    return "" if value is _ABSENT else versioning.canonical({"v": value})


def _same(a: Any, b: Any) -> bool:
    if a is _ABSENT or b is _ABSENT:
        return a is b
    return a == b and type(a) is type(b)
