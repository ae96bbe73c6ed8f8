"""Reads the records of a store for export in bulk, streamed per checklist version.

Loading 100,000 inspections one by one through ``versioning.content`` would take
minutes; these queries read whole tables in order and rebuild the same content.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from storage.inspection import compounds
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


