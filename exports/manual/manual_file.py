"""The responsibility manual as a workbook a department edits in Excel or WPS, and back.

Sheets: 说明 (how to edit), 分类 (categories) and 事项 (items); row 1 the Chinese
headers, row 2 the codes a machine reads, hidden id and version columns. An import is
previewed first (new, changed, unchanged rows and every problem with its sheet, row and
column) and written whole or not at all, after a backup; a row changed in the store
since the file was exported is refused rather than overwritten.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from exports.spreadsheet import cells, workbook, writing
from storage import clock
from storage.manual import items, links
from storage.manual.items import Category, Item, ManualError
from storage.store import backup, edits, records, versioning
from storage.store.db import Store

README, CATEGORIES, ITEMS = "说明", "分类", "事项"
HEADER_ROWS = 2
YES, NO = "是", "否"
_FLAGS = {YES: True, "yes": True, "y": True, "1": True, "true": True,
          NO: False, "no": False, "n": False, "0": False, "false": False, "": False}
_BOLD = Font(bold=True)
_CODE = Font(italic=True, color="808080", size=9)
_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")
_DAYS = re.compile(r"^\s*(\d+)\s*(个工作日|工作日|日|天)?\s*$")


@dataclass(frozen=True)
class Column:
    code: str
    label: str
    width: int = 14
    hidden: bool = False


CATEGORY_COLUMNS = (
    Column("id", "id", 10, True), Column("version", "version", 10, True),
    Column("code", "编号", 8), Column("title", "分类名称", 24),
    Column("title_en", "英文名称", 30), Column("deleted", "已删除", 8))
ITEM_COLUMNS = (
    Column("id", "id", 10, True), Column("version", "version", 10, True),
    Column("code", "编号", 8), Column("category", "分类", 6), Column("title", "诉求事项", 24),
    Column("title_en", "英文名称", 24), Column("demand", "群众诉求表现", 36),
    Column("lead", "牵头部门（由谁干）", 12), Column("supporting", "配合部门", 18),
    Column("what", "干什么", 36), Column("how", "怎么干", 48),
    Column("cooperation", "怎么配合", 36), Column("time_limit_days", "办理时限（天）", 10),
    Column("legal_basis", "法律依据", 30), Column("checklist_items", "关联检查项", 30),
    Column("hotline_categories", "对应热线分类", 18),
    Column("hotline_keywords", "热线关键词", 24), Column("deleted", "已删除", 8))


def export(store: Store, path: Path) -> int:
    """Write every category and item (deleted ones too, marked); return the item count."""
    cats = items.categories(store, deleted=True)
    found = items.all_items(store, deleted=True)
    with writing.writing(path) as book:
        _readme(book.create_sheet(README), store, len(found))
        _sheet(book.create_sheet(CATEGORIES), CATEGORY_COLUMNS,
               [_row(store, items.CATEGORY_KIND, c) for c in cats], [c.code for c in cats])
        _sheet(book.create_sheet(ITEMS), ITEM_COLUMNS,
               [_row(store, items.ITEM_KIND, i) for i in found], [c.code for c in cats])
    return len(found)


def _row(store: Store, kind: versioning.Kind, record: Category | Item) -> dict[str, Any]:
    current = records.current(store, kind, record.id) or {}
    data = {**record.content(), "id": record.id, "version": current.get("version", "")}
    data["deleted"] = YES if record.deleted else NO
    return data


def _sheet(sheet: Any, columns: tuple[Column, ...], rows: list[dict[str, Any]],
           category_codes: list[str]) -> None:
    sheet.append([writing.styled(sheet, c.label, _BOLD, _FILL) for c in columns])
    sheet.append([writing.styled(sheet, c.code, _CODE) for c in columns])
    for row in rows:
        sheet.append(writing.safe_row(sheet, [row.get(c.code) for c in columns]))
    for n, column in enumerate(columns, start=1):
        dimension = sheet.column_dimensions[get_column_letter(n)]
        dimension.width, dimension.hidden = column.width, column.hidden
        for cell in sheet[get_column_letter(n)][HEADER_ROWS:]:
            cell.alignment = _WRAP
    sheet.freeze_panes = f"{get_column_letter(4)}{HEADER_ROWS + 1}"
    last = HEADER_ROWS + max(len(rows), 1) + 200  # room for rows a person adds
    _dropdown(sheet, columns, "deleted", f'"{YES},{NO}"', last)
    if any(c.code == "category" for c in columns) and category_codes:
        _dropdown(sheet, columns, "category", f'"{",".join(category_codes)}"', last)


def _dropdown(sheet: Any, columns: tuple[Column, ...], code: str, formula: str,
              last: int) -> None:
    letter = get_column_letter(next(n for n, c in enumerate(columns, 1) if c.code == code))
    rule = DataValidation(type="list", formula1=formula, allow_blank=True,
                          showErrorMessage=True, errorTitle="无效的值",
                          error="请从下拉列表中选择。")
    rule.add(f"{letter}{HEADER_ROWS + 1}:{letter}{last}")
    sheet.add_data_validation(rule)


def _readme(sheet: Any, store: Store, count: int) -> None:
    sheet.column_dimensions["A"].width = 100
    lines = [
        "部门联动履职工作指导手册（事项清单）",
        f"导出时间（UTC）：{clock.now()}；设备：{store.device_id}；事项 {count} 项。",
        "",
        "修改说明：",
        "1. “分类”和“事项”两张表可直接修改；第 2 行是机器读取的代码，请勿修改。",
        "2. 隐藏的 id、version 列用于识别每一行，请勿修改或删除；新增事项时留空即可。",
        "3. 编号写作“分类号.两位序号”，如 3.01；牵头部门、诉求事项必填。",
        "4. 配合部门、关联检查项、热线分类、热线关键词可填多个，用分号隔开。",
        "5. 关联检查项写作“检查表代码.检查项代码”，如 parking.fire_lane_clear。",
        "6. 删除一项：把“已删除”改为“是”，不要删除整行。",
    ]
    for n, line in enumerate(lines):
        sheet.append([writing.styled(sheet, line, Font(bold=True, size=14) if n == 0 else None)])


# --- import -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str  # the header as the user sees it
    reason: str
    value: str = ""


@dataclass
class RowPlan:
    sheet: str
    row: int
    kind: str  # category | item
    code: str
    outcome: str  # new | changed | unchanged
    record: Category | Item


@dataclass
class Plan:
    path: Path
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def counts(self) -> dict[str, int]:
        found = {"new": 0, "changed": 0, "unchanged": 0}
        for row in self.rows:
            found[row.outcome] += 1
        found["invalid"] = len({(p.sheet, p.row) for p in self.problems})
        return found


class ManualFileError(Exception):
    """A file that is not a manual workbook at all; ``reason`` says why."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path, self.reason, self.detail = path, reason, detail  # no_items_sheet


def preview(store: Store, path: Path) -> Plan:
    """What importing the file would do; writes nothing."""
    sheets = workbook.read_sheets(path)
    plan = Plan(path)
    cats = _sheet_rows(sheets, CATEGORY_COLUMNS)
    its = _sheet_rows(sheets, ITEM_COLUMNS)
    if its is None:
        raise ManualFileError(str(path), "no_items_sheet", ", ".join(sheets))
    known = {c.code for c in items.categories(store)}
    if cats is not None:
        known = _plan_categories(store, cats, plan, known)
    _plan_items(store, its, plan, known, _checklist_refs(store))
    return plan


Located = tuple[int, dict[str, int]]  # the header row's index, code → column


def _locate(rows: list[list[Any]], columns: tuple[Column, ...]) -> Located | None:
    """The header row naming every column but id and version: the row of codes, else the
    row of labels (when a person deleted the codes)."""
    wanted = {c.code for c in columns} - {"id", "version"}
    names = ({c.code: c.code for c in columns}, {c.label: c.code for c in columns})
    for by in names:
        for index, row in enumerate(rows[:5]):
            mapping = {by[t]: n for n, t in enumerate(cells.text(v) for v in row) if t in by}
            if wanted <= set(mapping):
                return index, mapping
    return None


def _sheet_rows(sheets: workbook.Sheets, columns: tuple[Column, ...]
                ) -> tuple[str, int, list[dict[str, str]]] | None:
    for name, rows in sheets.items():
        located = _locate(rows, columns)
        if located is None or (columns is CATEGORY_COLUMNS and _locate(rows, ITEM_COLUMNS)):
            continue
        header, mapping = located
        data = [{code: cells.text(row[n]) if n < len(row) else "" for code, n in
                 mapping.items()} for row in rows[header + 1:]]
        return name, header + 2, data
    return None


def _checklist_refs(store: Store) -> set[str]:
    return {f"{form}.{item}" for form, item in store.db.execute(
        "SELECT v.form_id, i.item FROM checklist_items i JOIN checklist_versions v"
        " ON v.id = i.checklist_version_id")}


def _label(columns: tuple[Column, ...], code: str) -> str:
    return next((c.label for c in columns if c.code == code), code)


def _plan_categories(store: Store, sheet: tuple[str, int, list[dict[str, str]]], plan: Plan,
                     known: set[str]) -> set[str]:
    name, first, data = sheet
    codes = set(known)
    for n, values in enumerate(data):
        if not any(values.values()):
            continue
        line = first + n
        deleted = _flag(values, name, line, CATEGORY_COLUMNS, plan)
        category = Category(code=values.get("code", ""), title=values.get("title", ""),
                            title_en=values.get("title_en", ""), position=n + 1,
                            deleted=bool(deleted))
        try:
            items.check_category(category)
        except ManualError as error:
            plan.problems.append(Problem(name, line, _label(CATEGORY_COLUMNS, error.field),
                                         error.reason, error.value))
            continue
        _decide(store, items.CATEGORY_KIND, category, values, (name, line), plan)
        (codes.discard if category.deleted else codes.add)(category.code)
    return codes


def _plan_items(store: Store, sheet: tuple[str, int, list[dict[str, str]]], plan: Plan,
                categories: set[str], refs: set[str]) -> None:
    name, first, data = sheet
    seen: set[str] = set()
    for n, values in enumerate(data):
        if not any(values.values()):
            continue
        line = first + n
        item = _item(values, n, name, line, plan)
        if item is None:
            continue
        if not item.deleted and item.code in seen:
            plan.problems.append(Problem(name, line, _label(ITEM_COLUMNS, "code"), "duplicate",
                                         item.code))
        if not item.deleted:
            seen.add(item.code)
        try:
            items.check_item(item, categories)
        except ManualError as error:
            plan.problems.append(Problem(name, line, _label(ITEM_COLUMNS, error.field),
                                         error.reason, error.value))
            continue
        for ref in item.entries("checklist_items"):
            if ref not in refs:
                plan.problems.append(Problem(name, line, _label(ITEM_COLUMNS,
                                             "checklist_items"), "unknown_checklist_item", ref))
        _decide(store, items.ITEM_KIND, item, values, (name, line), plan)


def _item(values: dict[str, str], n: int, sheet: str, line: int, plan: Plan) -> Item | None:
    deleted = _flag(values, sheet, line, ITEM_COLUMNS, plan)
    days = values.get("time_limit_days", "")
    match = _DAYS.match(days)
    if days and match is None:
        plan.problems.append(Problem(sheet, line, _label(ITEM_COLUMNS, "time_limit_days"),
                                     "bad_time_limit", days))
        return None
    texts = {c.code: values.get(c.code, "") for c in ITEM_COLUMNS
             if c.code not in ("id", "version", "time_limit_days", "deleted")}
    return Item(**texts, time_limit_days=int(match.group(1)) if match else None,
                position=n + 1, deleted=bool(deleted))


def _flag(values: dict[str, str], sheet: str, line: int, columns: tuple[Column, ...],
          plan: Plan) -> bool | None:
    raw = values.get("deleted", "").strip().lower()
    if raw not in _FLAGS:
        plan.problems.append(Problem(sheet, line, _label(columns, "deleted"), "bad_flag", raw))
        return None
    return _FLAGS[raw]


def _decide(store: Store, kind: versioning.Kind, record: Category | Item,
            values: dict[str, str], where: tuple[str, int], plan: Plan) -> None:
    """New, changed or unchanged against the store; refused if changed there meanwhile."""
    sheet, line = where
    existing = _existing(store, kind, values.get("id", ""), record.code)
    record.id = existing["id"] if existing else (values.get("id") or str(uuid.uuid4()))
    if existing is None:
        plan.rows.append(RowPlan(sheet, line, kind.name.removeprefix("manual_"), record.code,
                                 "new", record))
        return
    stored = {c: existing[c] for c in kind.columns}
    if stored == record.content():
        outcome = "unchanged"
    elif values.get("version") and values["version"] != existing["version"]:
        plan.problems.append(Problem(sheet, line, "version", "changed_since_export",
                                     record.code))
        return
    else:
        outcome = "changed"
    plan.rows.append(RowPlan(sheet, line, kind.name.removeprefix("manual_"), record.code,
                             outcome, record))


def _existing(store: Store, kind: versioning.Kind, record_id: str,
              code: str) -> dict[str, Any] | None:
    if record_id:
        found = records.current(store, kind, record_id)
        if found is not None:
            return found
    row = store.db.execute(f"SELECT id FROM {kind.table} WHERE code = ? AND deleted = 0",
                           [code]).fetchone()
    return records.current(store, kind, row[0]) if row else None


def apply(store: Store, plan: Plan) -> Path:
    """Write a clean plan in one transaction, after a backup; return the backup's path."""
    if not plan.ok:
        raise ManualFileError(str(plan.path), "not_clean", str(len(plan.problems)))
    copy = backup.take(store)
    origin = versioning.Origin("imported", plan.path.name)
    with store.atomic():
        for row in sorted(plan.rows, key=lambda r: r.kind != "category"):
            if row.outcome == "unchanged":
                continue
            kind = items.CATEGORY_KIND if row.kind == "category" else items.ITEM_KIND
            edits.write(store, kind, row.record.id, row.record.content(), origin)
    links.refresh(store)
    return copy
