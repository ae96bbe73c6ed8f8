"""Which records an export holds: changed since a date, of some compounds, or the package.

Whatever a chosen record refers to (``Kind.references``: its compound, a finding's
inspection …) comes along, so the file imports into a store that has never seen them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from exports.sync import sheets
from storage import kinds
from storage.inspection import compounds
from storage.store.db import Store


@dataclass(frozen=True)
class Selection:
    """The ids of the records an export holds, per kind (the closure of what was asked)."""

    chosen: Mapping[str, frozenset[str]]

    def ids(self, kind: str) -> frozenset[str]:
        return self.chosen.get(kind, frozenset())

    @property
    def total(self) -> int:
        return sum(len(ids) for ids in self.chosen.values())


def select(store: Store, *, since: str | None = None,
           compounds: Iterable[str] = ()) -> Selection:
    """Records changed since a date (UTC text prefix), of some compounds (names or ids).

    With compounds named, a kind of record that belongs to no compound travels only when
    a chosen record refers to it.
    """
    wanted = _compound_ids(store, compounds)
    where, params = ("updated_at >= ?", [since]) if since else ("1", [])
    chosen = {kind.name: _owned(store, kind.name, wanted, where, params) for kind in kinds.ALL}
    return _closure(store, chosen)


def select_package(store: Store, compounds: Iterable[str] = ()) -> Selection:
    """The supervisor's package for officers: compounds, their open findings and more.

    The inspections that raised those findings come along, so an officer can see what
    was found; kinds whose sheet is marked ``in_package`` come whole (of the chosen
    compounds, where they belong to one); checklists travel with every export.
    """
    wanted = _compound_ids(store, compounds)
    chosen: dict[str, set[str]] = {kind.name: set() for kind in kinds.ALL}
    chosen["compound"] = _owned(store, "compound", wanted, "deleted = 0", [])
    places = chosen["compound"]
    chosen["finding"] = {i for i in _owned(store, "finding", places, "deleted = 0 AND state"
                                           " NOT IN ('closed', 'withdrawn')", [])}
    for sheet in sheets.RECORD_SHEETS:
        if sheet.in_package and sheet.kind not in ("compound", "finding"):
            chosen[sheet.kind] = _owned(store, sheet.kind, places, "deleted = 0", [])
    return _closure(store, chosen)


def _owned(store: Store, kind_name: str, wanted: set[str] | None, where: str,
           params: list[str]) -> set[str]:
    """Ids of a kind's records matching ``where`` that belong to a wanted compound."""
    kind = kinds.BY_NAME[kind_name]
    owner = "id" if kind_name == "compound" else \
        "compound_id" if "compound_id" in kind.columns else None
    rows = store.db.execute(
        f"SELECT id, {owner or 'NULL'} FROM {kind.table} WHERE {where}", params)
    if wanted is None:
        return {record_id for record_id, _ in rows}
    return {record_id for record_id, compound_id in rows if compound_id in wanted}


def _closure(store: Store, chosen: dict[str, set[str]]) -> Selection:
    """Add what the chosen records refer to, referring kinds first (they come last)."""
    for kind in reversed(kinds.ALL):
        for field, target in kind.references:
            chosen[target] |= _referenced(store, kind.table, field, chosen[kind.name])
    return Selection({kind: frozenset(ids) for kind, ids in chosen.items()})


def _referenced(store: Store, table: str, field: str, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    return {target for record_id, target in store.db.execute(
        f"SELECT id, {field} FROM {table} WHERE {field} IS NOT NULL AND {field} <> ''")
        if record_id in ids}


def _compound_ids(store: Store, names: Iterable[str]) -> set[str] | None:
    wanted = [n for n in names if n]
    return {compounds.resolve(store, n).id for n in wanted} if wanted else None
