"""The party branches' score workbooks of a quarter's property evaluation, one per street.

    paths = workbooks.write_all(store, "2026-Q4", folder)   # one per street
    previews = workbooks.preview(store, files)             # nothing written
    results = workbooks.apply(store, previews)             # after a backup; undoable

Each row is a compound's property project; the party branch gives its score (0–100)
and, where a survey was made, the residents' satisfaction (per cent). A file is imported
whole or not at all, like the review's and sync's; an empty cell means "not given".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from exports.spreadsheet import template
from exports.spreadsheet.cells import Problem
from exports.spreadsheet.template import Grid, ValueColumn
from exports.sync import importer
from storage import clock, quarters
from storage.inspection import compounds
from storage.property import checks, companies, evaluation, projects
from storage.property.companies import PropertyError
from storage.store import typed, versioning
from storage.store.db import Store

FORMAT = "xuncha-property-scores"
SHEET = "物业考核"
PARTS = ("party_branch_score", "satisfaction")
_README = [
    "本表由“巡查”软件生成，用于小区党支部对物业服务企业的季度考核评价。",
    "每行一个小区的物业项目：请在黄色单元格内填写党支部评分（0–100）；",
    "做过居民满意度调查的，填写满意度（0–100，百分比）；未做的留空。",
    "请勿增删行列，勿修改隐藏的编号列。同一街道再次交回的表将替换前一次的评分。",
]


@dataclass
class ScorePreview(template.Preview):
    """A street's filled-in sheet, checked against the store."""

    quarter: str = ""
    given: dict[str, dict[str, float | None]] = field(default_factory=dict)


def _projects(store: Store, period: quarters.Quarter) -> list[tuple[projects.Project,
                                                                    compounds.Compound]]:
    found = [(p, compounds.get(store, p.compound_id))
             for p in projects.during(store, period.first_day, period.last_day)]
    return sorted(found, key=lambda pair: (pair[1].district, pair[1].street, pair[1].name))


def write_all(store: Store, quarter: str, folder: Path) -> list[Path]:
    """One workbook per street with property projects in the quarter, in ``folder``."""
    period = quarters.parse(quarter)
    given = evaluation.given(store, str(period))
    streets: dict[tuple[str, str], list[tuple[str, list[str], dict[str, float | None]]]] = {}
    for project, compound in _projects(store, period):
        company = companies.get(store, project.company_id).name
        typed_in = given.get(project.id)
        values = {part: getattr(typed_in, part) if typed_in else None for part in PARTS}
        streets.setdefault((compound.district, compound.street), []).append(
            (project.id, [compound.name, company], values))
    written = []
    for (district, street), rows in streets.items():
        path = folder / template.file_name(str(period), "物业考核", district, street)
        template.write(path, Grid(
            FORMAT, {"format_version": "1", "quarter": str(period), "district": district,
                     "street": street, "made_at": clock.now()},
            SHEET, f"{period} 小区党支部物业考核评分表（{district}{street}）",
            [("小区", 18), ("物业企业", 24)],
            [ValueColumn("party_branch_score", "党支部评分", 0, 100, required=False),
             ValueColumn("satisfaction", "居民满意度(%)", 0, 100, required=False)],
            rows, _README))
        written.append(path)
    return written


def preview(store: Store, paths: Sequence[Path]) -> list[ScorePreview]:
    """Read every file and check it against the store; nothing is written."""
    importer.check_safety()
    return [_preview(store, path) for path in paths]


def _preview(store: Store, path: Path) -> ScorePreview:
    filled = template.read(path, FORMAT)
    filled.require({"party_branch_score": "党支部评分", "satisfaction": "居民满意度(%)"})
    result = ScorePreview(path, filled.sha256, list(filled.problems))
    try:
        period = quarters.parse(filled.meta.get("quarter", ""))
    except ValueError:
        result.problems.append(Problem(template.META, 0, "", "unknown_quarter",
                                       filled.meta.get("quarter", "")))
        return result
    result.quarter = str(period)
    running = {p.id for p, _ in _projects(store, period)}
    for ident, values in filled.rows.items():
        if ident not in running:
            first = next(iter(values.values()), None)
            result.problems.append(Problem(filled.sheet, first.row if first else 0, "A",
                                           "unknown_row", ident))
            continue
        result.given[ident] = {part: _cell(values.get(part), result) for part in PARTS}
    if result.ok:
        result.outcome = _outcome(store, result)
    if when := importer.previous_import(store, result.sha256):
        result.warnings.append(("already_imported", when))
    return result


def _cell(value: template.Value | None, result: ScorePreview) -> float | None:
    if value is None or value.raw in (None, ""):
        return None
    if value.error:
        result.problems.append(Problem(value.sheet, value.row, value.column, "error_cell"))
        return None
    try:
        return checks.check_percent(value.raw, value.column)
    except PropertyError:
        reason = "range" if isinstance(value.raw, int | float) else "type"
        result.problems.append(Problem(value.sheet, value.row, value.column, reason,
                                       value.raw, "100"))
        return None


def _outcome(store: Store, result: ScorePreview) -> dict[str, int]:
    before = evaluation.given(store, result.quarter)
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    for project_id, values in result.given.items():
        old = before.get(project_id)
        if old is None:
            counts["new"] += 1
        elif all(getattr(old, part) == values[part] for part in PARTS):
            counts["unchanged"] += 1
        else:
            counts["changed"] += 1
    return counts


def apply(store: Store, previews: Sequence[ScorePreview]) -> list[importer.Result]:
    """Import the previewed files that have no problem, each whole, after one backup."""

    def write(item: importer.Previewed) -> None:
        assert isinstance(item, ScorePreview)
        before = evaluation.given(store, item.quarter)
        origin = versioning.Origin("imported", item.path.name)
        for project_id, values in item.given.items():
            record = before.get(project_id) or evaluation.Evaluation(
                item.quarter, project_id, id=evaluation.evaluation_id(item.quarter, project_id))
            record.party_branch_score = values["party_branch_score"]
            record.satisfaction = values["satisfaction"]
            typed.save(store, evaluation.EVALUATION, record, origin)

    return importer.apply_previewed(store, previews, write)
