"""The departments' score workbooks of a quarter's review: written, read back, imported.

    paths = workbooks.write_all(store, "2026-Q4", folder)   # one per department
    previews = workbooks.preview(store, files)             # nothing written; every problem
    results = workbooks.apply(store, previews)             # after a backup; undoable

Each department scores every reporting street on every criterion. A file is imported
whole or not at all: a blank, a word, a score above the maximum, a missing street, a
row whose hidden id was changed, or an error cell refuses it, each problem named by
sheet, row and column. A department's file replaces the scores it gave before; two
files of one department in one batch: the later one wins.
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
from storage.review import plans, scores
from storage.review.plans import Department, Plan
from storage.store import versioning
from storage.store.db import Store

FORMAT = "xuncha-review-scores"
SHEET = "评分"
_README = [
    "本表由“巡查”软件生成，用于街道党工委抓小区治理述职的现场评议打分。",
    "每行一个述职街道，每列一项评议指标；请在黄色单元格内填写分数，不得超过该项满分。",
    "每个单元格都须填写；请勿增删行列，勿修改隐藏的编号列。",
    "填好后原文件交回，由汇总人员导入；同一部门再次交回的表将替换前一次的评分。",
]


@dataclass
class SheetPreview(template.Preview):
    """A department's filled-in sheet, checked against the quarter's review."""

    quarter: str = ""
    department: Department | None = None
    sheet: dict[scores.Cell, float] = field(default_factory=dict)


def grid(store: Store, plan: Plan, department: Department) -> Grid:
    """The template of one department (its scores so far filled in)."""
    given = scores.department_scores(store, plan.quarter, department.id)
    rows = [(s.id, [s.district, s.street, s.secretary],
             {c.id: given[(s.id, c.id)].score if (s.id, c.id) in given else None
              for c in plan.criteria}) for s in plan.streets]
    return Grid(
        FORMAT, {"format_version": "1", "quarter": plan.quarter,
                 "department_id": department.id, "department": department.name,
                 "made_at": clock.now()},
        SHEET, f"{plan.quarter} 街道党工委书记抓小区治理述职评议表（{department.name}）",
        [("县区", 10), ("街道", 14), ("党工委书记", 12)],
        [ValueColumn(c.id, c.name, 0.0, c.max_score) for c in plan.criteria], rows, _README)


def write_all(store: Store, quarter: str, folder: Path) -> list[Path]:
    """One workbook per department of the quarter's review, in ``folder``."""
    plan = plans.require(store, quarter)
    if not plan.streets:
        raise plans.PlanError("no_streets", plan.quarter)
    written = []
    for department in plan.departments:
        path = folder / template.file_name(plan.quarter, "述职评议", department.name)
        template.write(path, grid(store, plan, department))
        written.append(path)
    return written


def preview(store: Store, paths: Sequence[Path]) -> list[SheetPreview]:
    """Read every file and check it against the store; nothing is written."""
    importer.check_safety()
    found = [_preview(store, path) for path in paths]
    seen: dict[str, Path] = {}
    for item in found:
        if item.department is None:
            continue
        if item.department.id in seen:  # the later file of the batch replaces the earlier
            item.warnings.append(("same_department", f"{item.department.name}: "
                                  f"{seen[item.department.id].name}"))
        seen[item.department.id] = item.path
    return found


def _preview(store: Store, path: Path) -> SheetPreview:
    result = SheetPreview(path)
    plan, filled = _plan_of(store, path, result)
    if plan is None or filled is None:
        return result
    result.sha256 = filled.sha256
    result.problems += filled.problems
    department = next((d for d in plan.departments
                       if d.id == filled.meta.get("department_id")), None)
    if department is None:
        result.problems.append(Problem(template.META, 0, "", "unknown_department",
                                       filled.meta.get("department", "")))
        return result
    result.department = department
    _read_scores(plan, filled, result)
    if result.ok:
        change = scores.plan_sheet(store, plan, department.id, result.sheet)
        result.outcome = change.counts()
        if change.replaces:
            result.warnings.append(("replaces", department.name))
    if when := importer.previous_import(store, result.sha256):
        result.warnings.append(("already_imported", when))
    return result


def _plan_of(store: Store, path: Path,
             result: SheetPreview) -> tuple[Plan | None, template.Filled | None]:
    """The quarter's review the file is for, and the file as read (None when refused)."""
    filled = template.read(path, FORMAT)
    try:
        quarter = quarters.normal(filled.meta.get("quarter", ""))
    except ValueError:
        quarter = ""
    plan = plans.get(store, quarter) if quarter else None
    if plan is None:
        result.problems.append(Problem(template.META, 0, "", "unknown_quarter",
                                       filled.meta.get("quarter", "")))
        return None, None
    result.quarter = plan.quarter
    filled.require({c.id: c.name for c in plan.criteria})
    return plan, filled


def _read_scores(plan: Plan, filled: template.Filled, result: SheetPreview) -> None:
    if not any(v.raw not in (None, "") for row in filled.rows.values() for v in row.values()):
        result.problems.append(Problem(filled.sheet, 0, "", "empty_sheet"))
        return
    streets = {s.id: s for s in plan.streets}
    for ident, values in filled.rows.items():
        if ident not in streets:
            first = next(iter(values.values()), None)
            result.problems.append(Problem(filled.sheet, first.row if first else 0, "A",
                                           "unknown_row", ident))
            continue
        for criterion in plan.criteria:
            value = values.get(criterion.id)
            if value is not None:
                _read_cell(criterion, ident, value, result)
    for street in plan.streets:
        if street.id not in filled.rows:
            result.problems.append(Problem(filled.sheet, 0, "", "missing_row", street.label))


def _read_cell(criterion: plans.Criterion, street_id: str, value: template.Value,
               result: SheetPreview) -> None:
    if value.error:
        result.problems.append(Problem(value.sheet, value.row, value.column, "error_cell"))
        return
    try:
        result.sheet[(street_id, criterion.id)] = scores.check(value.raw, criterion)
    except scores.ScoreProblem as problem:
        result.problems.append(Problem(value.sheet, value.row, value.column, problem.reason,
                                       value.raw, f"{problem.maximum:g}"))


def apply(store: Store, previews: Sequence[SheetPreview]) -> list[importer.Result]:
    """Import the previewed files that have no problem, each whole, after one backup."""

    def write(item: importer.Previewed) -> None:
        assert isinstance(item, SheetPreview) and item.department is not None
        plan = plans.require(store, item.quarter)
        origin = versioning.Origin("imported", item.path.name)
        scores.record_sheet(store, plan, item.department.id, item.sheet, origin)

    return importer.apply_previewed(store, previews, write)
