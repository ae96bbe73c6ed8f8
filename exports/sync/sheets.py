"""Which records travel on which sheet of a sync workbook, with which columns.

Every kind of record in ``storage/kinds.py`` travels: inspections on a sheet per
checklist version (a column per item), every other kind on one sheet declared in
:data:`RECORD_SHEETS`. A new kind of record is declared here (its columns and title) and
export, preview, import, merge and the history sheet handle it like the rest. A sheet is
recognised by the codes in its second row, so a renamed sheet still imports.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from exports.sync import layout, property_sheets, resource_sheets, review_sheets
from exports.sync.layout import (
    FLAG,
    HISTORY,
    MACHINE,
    PHOTOS,
    README,
    SHEET_NAME_MAX,
    Column,
    machine_columns,
)
from storage import kinds
from storage.forms.xlsform import Checklist, Item
from storage.inspection import reinspection

STATUS = (("draft", "草稿"), ("final", "已完成"))
SEVERITY = (("critical", "严重"), ("major", "较重"), ("minor", "一般"))
STATE = (("open", "待整改"), ("in_progress", "整改中"), ("awaiting_reinspection", "待复查"),
         ("closed", "已销号"), ("withdrawn", "已撤销"))
PARTY = (("entity", "实体型"), ("functional", "功能型"))
INSPECTION_LABEL = "检查"  # inspections in the history and photo sheets


def _c(code: str, label: str, kind: str = "text", **extra: Any) -> Column:
    return Column(code, label, kind, **extra)


def _machine() -> list[Column]:
    return machine_columns()


def compound_columns() -> list[Column]:
    return [*_machine(),
            _c("name", "小区名称", optional=False, width=18), _c("district", "县区"),
            _c("street", "街道"), _c("community", "社区"), _c("address", "地址", width=28),
            _c("property_company", "物业公司", width=20), _c("households", "户数", "integer"),
            _c("party_branch", "党支部类型", "choice", choices=PARTY),
            _c("party_secretary_full_time", "专职书记", "flag", choices=FLAG),
            _c("deleted", "已删除", "flag", choices=FLAG, optional=False, width=8)]


def finding_columns() -> list[Column]:
    return [*_machine(),
            _c("compound_id", "compound_id", "reference", hidden=True, optional=False),
            _c("inspection_id", "inspection_id", "reference", hidden=True),
            _c("closed_by_inspection_id", "closed_by_inspection_id", "reference", hidden=True),
            _c("number", "编号", width=22), _c("info.compound", "小区", "info", width=16),
            _c("item", "检查项代码"), _c("description", "问题描述", optional=False, width=30),
            _c("severity", "严重程度", "choice", choices=SEVERITY, optional=False, width=10),
            _c("responsible_party", "责任主体", width=18), _c("department", "责任部门"),
            _c("legal_basis", "法律依据", width=24), _c("action", "整改措施", width=24),
            _c("deadline", "整改期限", "date", width=12),
            _c("state", "状态", "choice", choices=STATE, optional=False, width=10),
            _c("closed_at", "销号时间", "timestamp", width=22), _c("note", "备注", width=20),
            _c("deleted", "已删除", "flag", choices=FLAG, optional=False, width=8)]


def reinspection_columns() -> list[Column]:
    """A re-inspection per row: the findings checked travel in a hidden column, shown beside."""
    return [*_machine(),
            _c("compound_id", "compound_id", hidden=True, optional=False),
            _c("outcomes", "outcomes", hidden=True, optional=False),
            _c("number", "编号", width=22), _c("info.compound", "小区", "info", width=16),
            _c("officer", "复查人", width=10),
            _c("started_at", "复查时间", "timestamp", optional=False, width=22),
            _c("finished_at", "完成时间", "timestamp", width=22),
            _c("info.outcomes", "复查结果", "info", width=48), _c("note", "备注", width=20),
            _c("deleted", "已删除", "flag", choices=FLAG, optional=False, width=8)]


def outcomes_text(stored: str) -> str:
    """The findings a re-inspection checked, as people read them in the workbook."""
    parts = []
    for outcome in reinspection.decode(stored):
        text = f"{outcome.number} " + ("已整改" if outcome.rectified else "未整改")
        if outcome.new_deadline:
            text += f"，新期限 {outcome.new_deadline}"
        parts.append(text + (f"：{outcome.note}" if outcome.note else ""))
    return "；".join(parts)


def inspection_columns(checklist: Checklist | None) -> list[Column]:
    """The columns of a checklist version's sheet (without a checklist: the fixed ones)."""
    columns = [*_machine(),
               _c("compound_id", "compound_id", "reference", hidden=True, optional=False),
               _c("checklist_version_id", "checklist_version_id", "reference", hidden=True,
                  optional=False),
               _c("number", "编号", width=22), _c("info.compound", "小区", "info", width=16),
               _c("officer", "检查人", width=10), _c("place", "检查部位"),
               _c("started_at", "开始时间", "timestamp", optional=False, width=22),
               _c("finished_at", "完成时间", "timestamp", width=22),
               _c("status", "状态", "choice", choices=STATUS, optional=False, width=8),
               _c("info.score", "得分", "info", width=8), _c("note", "备注", width=20),
               _c("deleted", "已删除", "flag", choices=FLAG, optional=False, width=8)]
    for item in checklist.items if checklist else ():
        if item.type not in NO_COLUMN:
            columns.append(item_column(item))
    return columns


# Items without a column: notes, metadata, and media not collected on a laptop.
NO_COLUMN = ("note", "meta", "media")


def item_column(item: Item) -> Column:
    label = item.label("zh") if item.labels else item.name
    if item.type == "image":
        return Column(f"info.photos.{item.name}", label, "info", item=item, width=16)
    if item.derived:  # calculated: shown, never read back
        return Column(f"info.calc.{item.name}", label, "info", item=item, width=12)
    kinds = {"select_one": "choice", "select_multiple": "multi", "integer": "integer",
             "decimal": "decimal", "date": "date", "datetime": "datetime", "time": "typed",
             "range": "typed", "geopoint": "typed", "geotrace": "typed",
             "geoshape": "typed", "acknowledge": "typed"}
    choices = layout.shown_choices(tuple((c.name, c.label("zh")) for c in item.choices),
                                   item.type == "select_multiple")
    return Column(f"answers.{item.name}", label, kinds.get(item.type, "text"),
                  choices=choices, item=item, width=max(10, min(len(label), 24)))


def sheet_name(title: str, version: str, taken: set[str]) -> str:
    """A sheet name for a checklist version: at most 31 characters, none of []:*?/\\."""
    base = re.sub(r"[\[\]:*?/\\']", "_", f"{title} {version}").strip()[:SHEET_NAME_MAX]
    name, n = base, 2
    while name in taken or name in _FIXED_NAMES:
        suffix = f" ({n})"
        name, n = base[:SHEET_NAME_MAX - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


@dataclass(frozen=True)
class RecordSheet:
    """A kind of record travelling as one sheet: its title, columns and what names a row."""

    kind: str
    title: str  # the sheet's name, and the kind's label in the history and photo sheets
    columns: Callable[[], list[Column]]
    label_field: str  # the content field people know a record by ("name", "number")
    in_package: bool = False  # also sent down to officers in the supervisor's package
    # What typed input would refuse in a row edited by hand: (field, reason, value) each.
    check: Callable[[dict[str, Any]], list[tuple[str, str, str]]] | None = None


# In the order of storage/kinds.py: what a record refers to comes first.
RECORD_SHEETS: tuple[RecordSheet, ...] = (
    RecordSheet("compound", "小区", compound_columns, "name", in_package=True),
    RecordSheet("reinspection", "复查", reinspection_columns, "number"),
    RecordSheet("finding", "问题", finding_columns, "number", in_package=True),
    *(RecordSheet(kind, title, columns, label, in_package=package,
                  check=resource_sheets.CHECKS[kind])
      for kind, title, columns, label, package in resource_sheets.SHEETS),
    RecordSheet("review_quarter", "述职评议", review_sheets.quarter_columns, "quarter"),
    RecordSheet("review_department", "评议部门", review_sheets.department_columns, "name"),
    RecordSheet("review_criterion", "评议指标", review_sheets.criterion_columns, "name"),
    RecordSheet("review_street", "述职街道", review_sheets.street_columns, "street"),
    RecordSheet("review_score", "评议得分", review_sheets.score_columns, "quarter"),
    RecordSheet("review_interview", "约谈", review_sheets.interview_columns, "interviewee"),
    RecordSheet("property_company", "物业企业", property_sheets.company_columns, "name"),
    RecordSheet("property_project", "物业项目", property_sheets.project_columns, "started_on"),
    RecordSheet("property_manager", "项目经理", property_sheets.manager_columns, "name"),
    RecordSheet("property_scheme", "物业考核权重", property_sheets.scheme_columns, "quarter"),
    RecordSheet("property_evaluation", "物业考核", property_sheets.evaluation_columns,
                "quarter"),
    RecordSheet("property_check", "物业暗访", property_sheets.check_columns, "checked_on"),
    RecordSheet("property_measure", "物业处置", property_sheets.measure_columns, "measure"),
)
BY_KIND = {sheet.kind: sheet for sheet in RECORD_SHEETS}
ORDER = tuple(kind.name for kind in kinds.ALL)  # referenced records first
_FIXED_NAMES = {README, HISTORY, PHOTOS, *(s.title for s in RECORD_SHEETS)}
_LABELS = {"inspection": INSPECTION_LABEL, **{s.kind: s.title for s in RECORD_SHEETS}}
_KINDS_OF_LABEL = {label: kind for kind, label in _LABELS.items()}


def label(kind: str) -> str:
    """The kind's Chinese label in the history and photo sheets ("小区", "检查" …)."""
    return _LABELS[kind]


def label_field(kind: str) -> str:
    """The content field that names a record of ``kind`` for people."""
    return BY_KIND[kind].label_field if kind in BY_KIND else "number"


def kind_of_label(text: str) -> str:
    """The kind a label names (a code written instead is taken as it is)."""
    return _KINDS_OF_LABEL.get(text, text)


def kind_of(codes: Iterable[str]) -> str | None:
    """The kind of a record sheet from its codes row, or None if it is none of them.

    A sheet per checklist carries ``checklist_version_id``; any other kind is the one
    whose content columns the sheet has the largest share of (at least half: a column
    deleted by hand is reported as missing, the rows still read).
    """
    present = set(codes)
    if "checklist_version_id" in present:
        return "inspection"
    shares = []
    for sheet, content in _content_codes():
        found = sum(code in present for code in content)
        # Equal shares (a department's columns are all among a criterion's): more wins.
        shares.append((found / len(content), found, sheet.kind))
    share, _, kind = max(shares)
    return kind if share >= 0.5 else None


@functools.cache
def _content_codes() -> tuple[tuple[RecordSheet, tuple[str, ...]], ...]:
    """Each record sheet's content codes (fixed: every sheet of every file asks)."""
    return tuple((sheet, tuple(c.code for c in sheet.columns()
                               if c.is_content and c.code not in MACHINE))
                 for sheet in RECORD_SHEETS)


def field_labels(checklists: Iterable[Checklist]) -> dict[str, str]:
    """The people's name of every field (for the history sheet and conflicts)."""
    columns = [c for sheet in RECORD_SHEETS for c in sheet.columns()]
    columns += inspection_columns(None)
    for checklist in checklists:
        columns += inspection_columns(checklist)
    found = {c.code: c.label for c in columns if not c.hidden}
    found["attachments"] = "照片"
    return found


def info_value(column: Column, row: dict[str, Any], names: dict[str, str]) -> Any:
    """A value shown only for reading: a compound's name, the score, photo counts."""
    if column.code in ("info.compound", "info.helper"):
        return names.get(row.get(column.code[5:] + "_id") or "", "")
    if column.code == "info.score":
        return row.get("score")
    if column.code == "info.outcomes":
        return outcomes_text(row.get("outcomes") or "")
    if column.code.startswith("info.photos."):
        item = column.code[len("info.photos."):]
        count = sum(1 for a in row.get("attachments", []) if a["item"] == item)
        return f"{count} 张" if count else None
    if column.code.startswith("info.calc."):  # computed when the row was written
        value = row.get("_derived", {}).get(column.code[len("info.calc."):])
        if isinstance(value, list):
            return "、".join(map(str, value)) or None
        return None if value in ("", None) else value
    return row.get(column.code)  # what a row brings itself (a repeat block's number)
