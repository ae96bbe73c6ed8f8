"""Importing the roster of helpers counties already keep: a row per key compound naming its
leader, red-collar secretary and unit, with posts, phones and the date they started.

Two steps, like the hotline import: :func:`inspect` finds the header under any title
rows and the column mapping (remembered for this layout, else guessed: a 职务 or 电话
column belongs to the person named on its left); :func:`run` imports every row in one
transaction, or only counts with ``dry_run``. A person already known (same role and
name, same phone or unit) is updated, not duplicated; a new helper of a compound is a
change of assignment, dated. A row whose compound is not found is listed, never guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from exports.spreadsheet import cells, column_mapping, workbook, writing
from exports.spreadsheet.column_mapping import Layout
from storage import clock, jobs
from storage.campaign import matching, names
from storage.helpers import assignments, people
from storage.helpers.people import Helper, HelperError
from storage.jobs import Progress
from storage.store import backup, versioning
from storage.store.db import Store

KIND = "helpers"
# field → header texts (folded) that name it exactly.
FIELDS: dict[str, tuple[str, ...]] = {
    "compound": ("小区名称", "小区", "重点小区", "小区名", "重点小区名称"),
    "district": ("县区", "区县", "所属县区", "所属区县"),
    "street": ("街道", "乡镇", "街道乡镇", "所属街道", "乡镇街道"),
    "since": ("帮包时间", "包保时间", "开始时间", "确定时间", "帮带时间", "结对时间", "日期"),
    "leader": ("县级领导", "包保县级领导", "联系县级领导", "帮包县级领导", "县级干部",
               "县级领导姓名", "联系帮包县级干部"),
    "secretary": ("红领书记", "驻点红领书记", "红领书记姓名", "驻点书记"),
    "unit": ("帮扶单位", "结对单位", "结对帮扶单位", "县区直部门", "县区直单位", "帮包单位",
             "县直部门", "区直部门"),
}
# What a column may say about the person named on its left, by the words it contains.
DETAILS: dict[str, tuple[str, ...]] = {
    "phone": ("电话", "手机", "联系方式"),
    "post": ("职务", "职位"),
    "contact": ("联系人",),
    "origin": ("派出单位", "选派单位", "所在单位", "工作单位", "原单位"),
}
# The detail fields each person takes: leader_post, secretary_origin, unit_contact …
ROLE_DETAILS = {"leader": ("post", "phone"), "secretary": ("post", "origin", "phone"),
                "unit": ("contact", "phone")}
ALL_FIELDS = (*FIELDS, *(f"{role}_{d}" for role, ds in ROLE_DETAILS.items() for d in ds))
_PERSON_WORDS = {"leader": ("县级领导", "县级干部", "领导"), "secretary": ("红领书记", "书记"),
                 "unit": ("帮扶单位", "结对单位", "县区直", "县直", "区直", "帮包单位")}


class RosterImportError(Exception):
    """The file cannot be imported as it is; ``reason`` says why, for the message."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path, self.reason, self.detail = path, reason, detail  # no_header | missing_fields


@dataclass(frozen=True)
class Problem:
    """A row (or one person of it) not imported: where and why."""

    sheet: str
    row: int
    column: str
    reason: str  # unknown_compound | ambiguous_compound | bad_date | bad_phone | …
    value: str


@dataclass
class Report:
    rows: int = 0
    compounds: int = 0  # compounds the rows named
    added: int = 0  # people and units new to the store
    updated: int = 0
    assigned: int = 0  # new assignments (first ones and changes)
    changed: int = 0  # of which ended someone else's
    unchanged: int = 0  # assignments already as the file says
    problems: list[Problem] = field(default_factory=list)
    backup: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        return {**{k: v for k, v in self.__dict__.items() if k not in ("problems", "backup")},
                "problems": [p.__dict__ for p in self.problems],
                "backup": str(self.backup or "")}


@dataclass
class Preview:
    path: Path
    layout: Layout
    rows: list[list[Any]]  # every row under the header

    @property
    def sample(self) -> list[dict[str, str]]:
        return [values(self.layout, row) for row in self.rows[:20]]


def guess(headers: list[Any]) -> dict[str, int]:
    """field → column: names by their headers, details by the person on their left."""
    folded = [names.fold(cells.text(h)) for h in headers]
    mapping = column_mapping.guess(headers, {k: v for k, v in FIELDS.items()
                                             if k not in _PERSON_WORDS})
    person = ""
    for index, text in enumerate(folded):
        if not text or index in mapping.values():
            continue
        detail = next((d for d, words in DETAILS.items() if any(w in text for w in words)), "")
        named = next((r for r, words in _PERSON_WORDS.items() if any(w in text for w in words)),
                     "")
        if named and not detail:
            person = named
            mapping.setdefault(named, index)
        elif detail and (named or person) and detail in ROLE_DETAILS[named or person]:
            mapping.setdefault(f"{named or person}_{detail}", index)
    return mapping


def inspect(store: Store, path: Path) -> Preview:
    """Find the header and the mapping (remembered, else guessed); writes nothing."""
    sheets = workbook.read_sheets(path)
    best: tuple[str, int, list[list[Any]], int] | None = None
    for name, rows in sheets.items():
        for index, row in enumerate(rows[:column_mapping.HEADER_SCAN_ROWS]):
            found = guess(row)
            score = len(found) if "compound" in found else 0
            if score >= 2 and (best is None or score > best[3]):
                best = (name, index, rows, score)
    if best is None:
        raise RosterImportError(str(path), "no_header", ", ".join(sheets))
    sheet, header_row, rows, _ = best
    headers = [cells.text(h) for h in rows[header_row]]
    remembered = column_mapping.recall(store, headers, KIND)
    layout = Layout(sheet, header_row, headers, remembered or guess(headers),
                    remembered is not None)
    return Preview(path, layout, rows[header_row + 1:])


def column_label(headers: list[str], index: int) -> str:
    """A column as a person names it: its header, and its occurrence when the header
    repeats (联系电话#2)."""
    name = column_mapping.header_names(headers)[index]
    _, hash_, occurrence = name.rpartition("#")
    repeated = hash_ and headers.count(headers[index]) > 1
    return f"{headers[index]}#{occurrence}" if repeated else headers[index]


def column_index(headers: list[str], label: str) -> int | None:
    """The column a person named (as :func:`column_label` writes it), or None."""
    labels = [column_label(headers, n) for n in range(len(headers))]
    text = label.strip()
    return labels.index(text) if text and text in labels else None


def missing(layout: Layout) -> list[str]:
    """Fields the import cannot do without: the compound and at least one helper."""
    absent = [] if "compound" in layout.mapping else ["compound"]
    if not any(role in layout.mapping for role in people.ROLES):
        absent.append("leader|secretary|unit")
    return absent


def values(layout: Layout, row: list[Any]) -> dict[str, str]:
    return {name: cells.text(row[index]) if index < len(row) else ""
            for name, index in layout.mapping.items()}


class _DryRun(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


def run(store: Store, preview: Preview, *, who: str = "", dry_run: bool = False,
        remember: bool = True, progress: Progress | None = None) -> Report:
    """Import every row in one transaction (a dry run rolls it back after counting)."""
    absent = missing(preview.layout)
    if absent:
        raise RosterImportError(str(preview.path), "missing_fields", ", ".join(absent))
    report = Report()
    if not dry_run:
        report.backup = backup.take(store)
    origin = versioning.Origin("imported", preview.path.name)
    matcher, seen = matching.Matcher(store), set()
    try:
        with store.atomic():
            for index, row in enumerate(preview.rows):
                jobs.report(progress, index, len(preview.rows))
                line = preview.layout.header_row + index + 2
                compound_id = _row(store, preview.layout, row, line, matcher, origin, report)
                if compound_id:
                    seen.add(compound_id)
            if remember and not dry_run:
                column_mapping.remember(store, preview.layout.headers, preview.layout.mapping,
                                        who=who, kind=KIND)
            report.compounds = len(seen)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    jobs.report(progress, len(preview.rows), len(preview.rows))
    return report


def _row(store: Store, layout: Layout, row: list[Any], line: int, matcher: matching.Matcher,
         origin: versioning.Origin, report: Report) -> str | None:
    found = values(layout, row)
    if not any(found.values()) or _is_totals(found):
        return None
    report.rows += 1
    where = (layout, line)
    compound_id = _compound(found, matcher, where, report)
    since = _since(found, where, report)
    if compound_id is None or since is None:
        return None
    for role in people.ROLES:
        if found.get(role):
            _person(store, compound_id, role, found, since, where, origin, report)
    return compound_id


def _is_totals(found: dict[str, str]) -> bool:
    return found.get("compound", "").replace(" ", "") in ("合计", "总计", "小计")


def _problem(report: Report, where: tuple[Layout, int], name: str, reason: str,
             value: str) -> None:
    layout, line = where
    index = layout.mapping.get(name)
    column = layout.headers[index] if index is not None else name
    report.problems.append(Problem(layout.sheet, line, column, reason, value))


def _compound(found: dict[str, str], matcher: matching.Matcher, where: tuple[Layout, int],
              report: Report) -> str | None:
    text = found.get("compound", "")
    match = matcher.match(text, found.get("district", ""), found.get("street", ""))
    if match.compound_id is None:
        _problem(report, where, "compound", "unknown_compound" if text else "no_compound", text)
    return match.compound_id


def _since(found: dict[str, str], where: tuple[Layout, int], report: Report) -> str | None:
    raw = found.get("since", "")
    if not raw:
        return clock.today_local().isoformat()
    moment = cells.moment(raw)
    if moment is None:
        _problem(report, where, "since", "bad_date", raw)
        return None
    return moment[:10]


def _person(store: Store, compound_id: str, role: str, found: dict[str, str], since: str,
            where: tuple[Layout, int], origin: versioning.Origin, report: Report) -> None:
    detail = {d: found.get(f"{role}_{d}", "") for d in ("post", "phone", "contact", "origin")}
    helper = Helper(role=role, name=found[role], post=detail["post"], unit=detail["origin"],
                    contact=detail["contact"], phone=detail["phone"],
                    district=found.get("district", ""))
    try:
        people.check(helper)
    except HelperError as error:
        name = role if error.field == "name" else f"{role}_{error.field}"
        _problem(report, where, name, error.reason, error.value)
        return
    saved = _save_person(store, helper, origin, report)
    before = {a.id for a in assignments.current(store, compound_id, _day(since))}
    made = assignments.assign(store, compound_id, saved.id, since=since,
                              reason=f"{origin.detail}", origin=origin)
    if made.id in before:
        report.unchanged += 1
        return
    report.assigned += 1
    ended = before - {a.id for a in assignments.current(store, compound_id, _day(since))}
    report.changed += 1 if ended else 0


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _save_person(store: Store, helper: Helper, origin: versioning.Origin,
                 report: Report) -> Helper:
    known = people.same(store, helper)
    if known is None:
        report.added += 1
        return people.save(store, helper, origin)
    merged = Helper(**{**known.content(), "deleted": False, "id": known.id})
    for name in ("post", "unit", "contact", "phone", "district"):
        if getattr(helper, name):
            setattr(merged, name, getattr(helper, name))
    if merged.content() != known.content():
        report.updated += 1
        return people.save(store, merged, origin)
    return known


def template(path: Path) -> None:
    """An empty roster in the layout the guess knows (for counties starting one)."""
    header = ["序号", "县区", "街道", "小区名称", "县级领导", "职务", "联系电话", "红领书记",
              "派出单位", "联系电话", "帮扶单位", "联系人", "联系电话", "帮包时间"]
    with writing.writing(path) as book:
        sheet = book.create_sheet("三个一帮带")
        sheet.append(header)
        for column, width in enumerate((6, 10, 12, 18, 10, 16, 14, 10, 20, 14, 22, 10, 14, 12),
                                       start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
