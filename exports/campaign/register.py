"""Importing the register of compounds from a spreadsheet (one row per compound).

A row updates the compound of the same normalised name in the same district, or adds
a new one; each goes through ``storage.compounds.save`` and so is versioned with the
file as its origin. An 别名 (aliases) column lists other names, separated by 、 , ; or
/, which become confirmed aliases. Bad rows are reported with sheet, row and column;
the good rows are imported in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from exports.spreadsheet import cells, column_mapping, workbook
from storage import jobs
from storage.campaign import matching, names
from storage.inspection import compounds
from storage.jobs import Progress
from storage.store import access_log, backup, versioning
from storage.store.db import Store

FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("小区名称", "小区", "名称", "小区名"),
    "district": ("区县", "县区", "所属区县"),
    "street": ("街道", "乡镇", "街道乡镇", "所属街道"),
    "community": ("社区", "所属社区"),
    "address": ("地址", "详细地址"),
    "property_company": ("物业公司", "物业", "物业企业"),
    "households": ("户数", "住户数", "总户数"),
    "party_branch": ("党支部类型", "党支部", "支部类型"),
    "party_secretary_full_time": ("书记专职", "专职书记", "支部书记专职"),
    "aliases": ("别名", "曾用名", "其他名称"),
}
_BRANCH = {"实体型": "entity", "实体": "entity", "entity": "entity",
           "功能型": "functional", "功能": "functional", "functional": "functional", "": ""}
_YES = {"是": True, "专职": True, "yes": True, "y": True, "1": True,
        "否": False, "兼职": False, "no": False, "n": False, "0": False}
_ALIAS_SPLIT = re.compile(r"[、,，;；/]")


class CompoundsImportError(Exception):
    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path, self.reason, self.detail = path, reason, detail  # no_header


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str
    reason: str  # no_name | bad_households | bad_party_branch | bad_full_time
    value: str


@dataclass
class Report:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    aliases: int = 0
    problems: list[Problem] = field(default_factory=list)
    backup: Path | None = None  # the copy of the store taken before writing

    def as_dict(self) -> dict[str, Any]:
        return {**{k: v for k, v in self.__dict__.items() if k not in ("problems", "backup")},
                "problems": [p.__dict__ for p in self.problems],
                "backup": str(self.backup or "")}


def import_file(store: Store, path: Path, *, who: str = "",
                progress: Progress | None = None) -> Report:
    """Add or update every good row of the register in one transaction."""
    sheet, header_row, mapping, rows = _locate(path)
    headers = [cells.text(h) for h in rows[header_row]]
    report = Report()
    existing = _existing(store)
    origin = versioning.Origin("imported", path.name)
    data = rows[header_row + 1:]
    report.backup = backup.take(store)
    aliases: list[tuple[str, compounds.Compound]] = []
    with store.atomic():
        for index, row in enumerate(data):
            if index % 200 == 0:
                jobs.report(progress, index, len(data))
            values = {f: cells.text(row[i]) if i < len(row) else "" for f, i in mapping.items()}
            if not any(values.values()):
                continue
            report.rows += 1
            where = (sheet, header_row + index + 2, headers, mapping)
            _one(store, values, where, existing, origin, report, aliases)
        report.aliases = _add_aliases(store, aliases, who or origin.detail)
        access_log.record(store, "import", str(path), "compound register")
    if progress is not None:
        progress(len(data), len(data))
    return report


def _locate(path: Path) -> tuple[str, int, dict[str, int], list[list[Any]]]:
    sheets = workbook.read_sheets(path)
    for name, rows in sheets.items():
        found = column_mapping.find_header(rows, FIELDS)
        if found and "name" in found[1]:
            return name, found[0], found[1], rows
    raise CompoundsImportError(str(path), "no_header", ", ".join(sheets))


def _existing(store: Store) -> dict[tuple[str, str], compounds.Compound]:
    found = compounds.search(store, limit=1_000_000)
    return {(names.fold(c.district), names.normalise(c.name)): c for c in found}


def _one(store: Store, values: dict[str, str], where: tuple[str, int, list[str],
         dict[str, int]], existing: dict[tuple[str, str], compounds.Compound],
         origin: versioning.Origin, report: Report,
         aliases: list[tuple[str, compounds.Compound]]) -> None:
    sheet, line, headers, mapping = where
    parsed = _parse(values)
    if isinstance(parsed, tuple):
        column, reason = parsed
        report.problems.append(Problem(sheet, line, headers[mapping[column]], reason,
                                       values.get(column, "")))
        return
    key = (names.fold(parsed.district), names.normalise(parsed.name))
    known = existing.get(key)
    if known is not None:
        parsed = replace(parsed, id=known.id)
    before = known.content() if known else None
    saved = compounds.save(store, parsed, origin)
    existing[key] = saved
    if before is None:
        report.added += 1
    elif before == saved.content():
        report.unchanged += 1
    else:
        report.updated += 1
    aliases += [(alias, saved) for alias in filter(None, (
        a.strip() for a in _ALIAS_SPLIT.split(values.get("aliases", ""))))]


def _parse(values: dict[str, str]) -> compounds.Compound | tuple[str, str]:
    """The compound of a row, or (field, reason) for the first bad cell."""
    if not values.get("name"):
        return ("name", "no_name")
    households: int | None = None
    if values.get("households"):
        try:
            households = int(float(values["households"]))
        except ValueError:
            return ("households", "bad_households")
    branch = _BRANCH.get(values.get("party_branch", "").lower())
    if branch is None:
        return ("party_branch", "bad_party_branch")
    full_time = _YES.get(values.get("party_secretary_full_time", "").lower(), None)
    if values.get("party_secretary_full_time") and full_time is None:
        return ("party_secretary_full_time", "bad_full_time")
    return compounds.Compound(
        name=values["name"], district=values.get("district", ""),
        street=values.get("street", ""), community=values.get("community", ""),
        address=values.get("address", ""), property_company=values.get("property_company",
                                                                         ""),
        households=households, party_branch=branch, party_secretary_full_time=full_time)


def _add_aliases(store: Store, aliases: list[tuple[str, compounds.Compound]], who: str) -> int:
    """Confirm the register's other names, once every compound of the file is known."""
    matcher = matching.Matcher(store)
    added = 0
    for text, compound in aliases:
        own = matcher.key(compound.name, compound.district, compound.street)
        if matcher.key(text, compound.district, compound.street) in ("", own):
            continue
        matching.confirm_alias(store, text, compound.id, who=who, matcher=matcher)
        added += 1
    return added
