"""The helpers' totals for the city, a county or district, or a street: the article's
139 leaders, 129 secretaries, 236 units, 4,837 万元 and 306 projects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from storage import clock
from storage.store.db import Store


@dataclass(frozen=True)
class Area:
    """The whole city (both empty), a district, or a street of a district."""

    district: str = ""
    street: str = ""

    def where(self, alias: str = "c") -> tuple[str, list[str]]:
        parts, params = [f"{alias}.deleted = 0"], []
        for column, value in (("district", self.district), ("street", self.street)):
            if value:
                parts.append(f"{alias}.{column} = ?")
                params.append(value)
        return " AND ".join(parts), params


@dataclass
class Summary:
    area: Area
    on: str  # the day whose assignments are counted
    start: str | None  # the period of funds, projects and visits (None: all time)
    end: str | None
    leaders: int = 0
    secretaries: int = 0
    units: int = 0
    compounds: int = 0  # compounds with at least one helper on that day
    key_compounds: int = 0  # compounds in the campaign (any state)
    incomplete: int = 0  # key compounds lacking a leader, a secretary or a unit
    funds_wan: float = 0.0
    projects: int = 0  # not cancelled
    projects_by_state: dict[str, int] = field(default_factory=dict)
    visits: int = 0

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["area"] = dict(self.area.__dict__)
        return data


def summary(store: Store, area: Area = Area(), *, start: dt.date | None = None,
            end: dt.date | None = None, on: dt.date | None = None) -> Summary:
    """Helpers in force on ``on`` (the period's end, else today); funds, projects and
    visits of the period (all time when none)."""
    day = on or end or clock.today_local()
    result = Summary(area, day.isoformat(), start.isoformat() if start else None,
                     end.isoformat() if end else None)
    _helpers(store, area, day, result)
    _key(store, area, day, result)
    _work(store, area, result)
    return result


def _helpers(store: Store, area: Area, day: dt.date, result: Summary) -> None:
    where, params = area.where()
    rows = store.db.execute(
        "SELECT a.role, count(DISTINCT a.helper_id), count(DISTINCT a.compound_id)"
        " FROM helper_assignments a JOIN compounds c ON c.id = a.compound_id"
        f" JOIN helpers h ON h.id = a.helper_id WHERE {where} AND a.deleted = 0"
        " AND h.deleted = 0 AND a.since <= ? AND (a.until IS NULL OR a.until >= ?)"
        " GROUP BY a.role", [*params, day.isoformat(), day.isoformat()]).fetchall()
    counts = {role: helpers for role, helpers, _ in rows}
    result.leaders = counts.get("leader", 0)
    result.secretaries = counts.get("secretary", 0)
    result.units = counts.get("unit", 0)
    result.compounds = store.db.execute(
        "SELECT count(DISTINCT a.compound_id) FROM helper_assignments a"
        f" JOIN compounds c ON c.id = a.compound_id WHERE {where} AND a.deleted = 0"
        " AND a.since <= ? AND (a.until IS NULL OR a.until >= ?)",
        [*params, day.isoformat(), day.isoformat()]).fetchone()[0]


def _key(store: Store, area: Area, day: dt.date, result: Summary) -> None:
    where, params = area.where()
    text = day.isoformat()
    result.key_compounds, result.incomplete = store.db.execute(
        "SELECT count(*), coalesce(sum(roles < 3), 0) FROM (SELECT c.id, (SELECT count(DISTINCT"
        " a.role) FROM helper_assignments a WHERE a.compound_id = c.id AND a.deleted = 0"
        " AND a.since <= ? AND (a.until IS NULL OR a.until >= ?)) AS roles FROM compounds c"
        f" WHERE {where} AND c.id IN (SELECT compound_id FROM campaign_events))",
        [text, text, *params]).fetchone()


def _work(store: Store, area: Area, result: Summary) -> None:
    where, params = area.where()
    period, bounds = _period("f.day", result.start, result.end)
    total = store.db.execute(
        "SELECT coalesce(sum(f.amount_wan), 0) FROM helper_funds f JOIN compounds c"
        f" ON c.id = f.compound_id WHERE {where} AND f.deleted = 0 {period}",
        [*params, *bounds]).fetchone()[0]
    result.funds_wan = round(float(total), 4)
    period, bounds = _period("coalesce(p.start, substr(p.created_at, 1, 10))", result.start,
                             result.end)
    result.projects_by_state = dict(store.db.execute(
        "SELECT p.state, count(*) FROM livelihood_projects p JOIN compounds c"
        f" ON c.id = p.compound_id WHERE {where} AND p.deleted = 0 {period} GROUP BY p.state",
        [*params, *bounds]).fetchall())
    result.projects = sum(n for state, n in result.projects_by_state.items()
                          if state != "cancelled")
    period, bounds = _period("v.day", result.start, result.end)
    result.visits = store.db.execute(
        "SELECT count(*) FROM helper_visits v JOIN compounds c ON c.id = v.compound_id"
        f" WHERE {where} AND v.deleted = 0 {period}", [*params, *bounds]).fetchone()[0]


def _period(column: str, start: str | None, end: str | None) -> tuple[str, list[str]]:
    sql, params = "", []
    if start:
        sql += f" AND {column} >= ?"
        params.append(start)
    if end:
        sql += f" AND {column} <= ?"
        params.append(end)
    return sql, params


@dataclass(frozen=True)
class CompoundHelpers:
    """One compound's helpers in force, and what they brought (for lists and the board)."""

    compound_id: str
    leader: str = ""
    secretary: str = ""
    units: str = ""
    projects: int = 0
    funds_wan: float = 0.0


def by_compound(store: Store, on: dt.date | None = None) -> dict[str, CompoundHelpers]:
    """Every compound that has helpers or projects: who, how many projects, how much."""
    day = (on or clock.today_local()).isoformat()
    names: dict[str, dict[str, list[str]]] = {}
    for compound_id, role, name in store.db.execute(
            "SELECT a.compound_id, a.role, h.name FROM helper_assignments a JOIN helpers h"
            " ON h.id = a.helper_id WHERE a.deleted = 0 AND a.since <= ? AND"
            " (a.until IS NULL OR a.until >= ?) ORDER BY a.since", [day, day]):
        names.setdefault(compound_id, {}).setdefault(role, []).append(name)
    projects = dict(store.db.execute(
        "SELECT compound_id, count(*) FROM livelihood_projects WHERE deleted = 0"
        " AND state <> 'cancelled' GROUP BY compound_id").fetchall())
    money = dict(store.db.execute("SELECT compound_id, sum(amount_wan) FROM helper_funds"
                                  " WHERE deleted = 0 GROUP BY compound_id").fetchall())
    return {ident: CompoundHelpers(
        ident, "、".join(names.get(ident, {}).get("leader", [])),
        "、".join(names.get(ident, {}).get("secretary", [])),
        "、".join(names.get(ident, {}).get("unit", [])), projects.get(ident, 0),
        round(float(money.get(ident) or 0), 4))
        for ident in {*names, *projects, *money}}
