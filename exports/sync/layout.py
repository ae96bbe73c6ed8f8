"""The layout of a sync workbook: its sheets, columns, and how a value becomes a cell and back.

Export and import both use these definitions, so a value written is read back as the
same value. Choices are shown by their Chinese labels (codes are accepted too);
timestamps and dates are ISO text; numbers are numbers.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storage import clock
from storage.forms import validate
from storage.forms.xlsform import Checklist, Item

FORMAT = "xuncha-sync"
FORMAT_VERSION = "1"
HEADER_ROWS = 2  # row 1: Chinese labels; row 2: the codes a machine reads
MACHINE = ("id", "version", "parent_version", "device_id", "created_at", "updated_at")

README = "说明"
COMPOUNDS = "小区"
FINDINGS = "问题"
LONG = "答案明细"
HISTORY = "修改历史"
PHOTOS = "照片清单"
LISTS = "_lists"
CHECKLISTS = "_checklists"
META = "_meta"
SHEET_NAME_MAX = 31
LONG_ROWS_PER_SHEET = 1_000_000  # Excel's limit is 1,048,576 rows

STATUS = (("draft", "草稿"), ("final", "已完成"))
SEVERITY = (("critical", "严重"), ("major", "较重"), ("minor", "一般"))
STATE = (("open", "待整改"), ("in_progress", "整改中"), ("awaiting_reinspection", "待复查"),
         ("closed", "已销号"), ("withdrawn", "已撤销"))
PARTY = (("entity", "实体型"), ("functional", "功能型"))
FLAG = ((1, "是"), (0, "否"))
SOURCES = {"typed": "录入", "imported": "导入", "spreadsheet_edit": "表格修改",
           "conflict": "冲突处理", "demo": "演示"}
_SEPARATORS = re.compile(r"[；;，,、\n]+")


class CellProblem(ValueError):
    """A cell whose text is not a value of its column; ``reason`` names why."""

    def __init__(self, reason: str, value: Any = None) -> None:
        super().__init__(f"{reason}: {value!r}")
        self.reason = reason  # type | choice | required | error_cell | date | timestamp
        self.value = value


@dataclass(frozen=True)
class Column:
    """One column of a record sheet: the content field it holds and how it is shown."""

    code: str  # a content key, "answers.<item>", or "info.<x>" for what is only shown
    label: str
    kind: str  # text|integer|decimal|date|datetime|timestamp|choice|multi|flag|info
    choices: tuple[tuple[Any, str], ...] = ()
    optional: bool = True  # an empty cell is allowed
    hidden: bool = False
    width: int = 14
    item: Item | None = None

    @property
    def is_content(self) -> bool:
        return not self.code.startswith("info.")


def _c(code: str, label: str, kind: str = "text", **extra: Any) -> Column:
    return Column(code, label, kind, **extra)


def _machine() -> list[Column]:
    return [_c(name, name, "text", hidden=True) for name in MACHINE]


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
            _c("compound_id", "compound_id", hidden=True, optional=False),
            _c("inspection_id", "inspection_id", hidden=True),
            _c("closed_by_inspection_id", "closed_by_inspection_id", hidden=True),
            _c("number", "编号", width=22), _c("info.compound", "小区", "info", width=16),
            _c("item", "检查项代码"), _c("description", "问题描述", optional=False, width=30),
            _c("severity", "严重程度", "choice", choices=SEVERITY, optional=False, width=10),
            _c("responsible_party", "责任主体", width=18), _c("department", "责任部门"),
            _c("legal_basis", "法律依据", width=24), _c("action", "整改措施", width=24),
            _c("deadline", "整改期限", "date", width=12),
            _c("state", "状态", "choice", choices=STATE, optional=False, width=10),
            _c("closed_at", "销号时间", "timestamp", width=22), _c("note", "备注", width=20),
            _c("deleted", "已删除", "flag", choices=FLAG, optional=False, width=8)]


def inspection_columns(checklist: Checklist) -> list[Column]:
    columns = [*_machine(),
               _c("compound_id", "compound_id", hidden=True, optional=False),
               _c("checklist_version_id", "checklist_version_id", hidden=True, optional=False),
               _c("number", "编号", width=22), _c("info.compound", "小区", "info", width=16),
               _c("officer", "检查人", width=10), _c("place", "检查部位"),
               _c("started_at", "开始时间", "timestamp", optional=False, width=22),
               _c("finished_at", "完成时间", "timestamp", width=22),
               _c("status", "状态", "choice", choices=STATUS, optional=False, width=8),
               _c("info.score", "得分", "info", width=8), _c("note", "备注", width=20),
               _c("deleted", "已删除", "flag", choices=FLAG, optional=False, width=8)]
    for item in checklist.items:
        if item.type == "note":
            continue
        columns.append(item_column(item))
    return columns


def item_column(item: Item) -> Column:
    label = item.label("zh")
    if item.type == "image":
        return Column(f"info.photos.{item.name}", label, "info", item=item, width=16)
    kinds = {"select_one": "choice", "select_multiple": "multi", "integer": "integer",
             "decimal": "decimal", "date": "date", "datetime": "datetime"}
    choices = tuple((c.name, c.label("zh")) for c in item.choices)
    if len({label for _, label in choices}) < len(choices):
        choices = tuple((name, name) for name, _ in choices)  # labels ambiguous: codes
    return Column(f"answers.{item.name}", label, kinds.get(item.type, "text"),
                  choices=choices, item=item, width=max(10, min(len(label), 24)))


def sheet_name(title: str, version: str, taken: set[str]) -> str:
    """A sheet name for a checklist version: at most 31 characters, none of []:*?/\\."""
    base = re.sub(r"[\[\]:*?/\\']", "_", f"{title} {version}").strip()[:SHEET_NAME_MAX]
    name, n = base, 2
    while name in taken or name in (README, COMPOUNDS, FINDINGS, HISTORY, PHOTOS):
        suffix = f" ({n})"
        name, n = base[:SHEET_NAME_MAX - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


# --- values to cells ---------------------------------------------------------------------

def render(column: Column, value: Any) -> Any:
    """The cell value of a content value: labels for choices, numbers, ISO text."""
    if value is None or value == "" or value == []:
        return None
    if column.kind in ("choice", "flag"):
        return dict(column.choices).get(value, value)
    if column.kind == "multi":
        labels = dict(column.choices)
        return "；".join(labels.get(v, v) for v in value)
    if column.kind in ("integer", "decimal"):
        return value
    return value if isinstance(value, str) else str(value)


def normal(raw: Any) -> Any:
    """A cell value in one comparable form: whole floats as ints, trimmed text, ISO dates."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        if math.isnan(raw):
            return ""
        return int(raw) if raw.is_integer() else raw
    if isinstance(raw, dt.datetime):
        return raw.isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, dt.time | dt.timedelta):
        return str(raw)
    return raw.strip() if isinstance(raw, str) else raw


def parse(column: Column, raw: Any) -> Any:
    """The content value of a cell, or CellProblem; an empty cell is the empty value."""
    value = normal(raw)
    if value == "":
        if not column.optional:
            raise CellProblem("required")
        return _EMPTY.get(column.kind, "")
    parser = _PARSERS.get(column.kind)
    return parser(column, value) if parser else str(value)


def _choice(column: Column, value: Any) -> Any:
    for code, label in column.choices:
        if value in (label, code) or str(value) == str(code):
            return code
    raise CellProblem("choice", value)


def _multi(column: Column, value: Any) -> list[str]:
    codes = []
    for part in (p.strip() for p in _SEPARATORS.split(str(value)) if p.strip()):
        try:
            codes.append(_choice(column, part))
        except CellProblem:
            codes += [_choice(column, word) for word in part.split()]
    return codes


def _typed(column: Column, value: Any) -> Any:
    assert column.item is not None
    try:
        return validate.coerce(column.item, value)
    except validate.CoercionError:
        raise CellProblem("type", value) from None


def _number(column: Column, value: Any) -> Any:
    if column.item is not None:
        return _typed(column, value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise CellProblem("type", value) from None
    if not number.is_integer():
        raise CellProblem("type", value)
    return int(number)


def _date(column: Column, value: Any) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise CellProblem("date", value) from None


def _timestamp(column: Column, value: Any) -> str:
    """UTC text as the store keeps it; a time without a zone is this laptop's local time."""
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise CellProblem("timestamp", value) from None
    if moment.tzinfo is None:
        moment = clock.assume_local(moment)
    return clock.format_utc(moment)


_EMPTY: dict[str, Any] = {"multi": [], "integer": None, "decimal": None, "flag": None,
                          "date": None, "timestamp": None, "choice": ""}
_PARSERS = {"choice": _choice, "flag": _choice, "multi": _multi, "integer": _number,
            "decimal": _typed, "date": _date, "datetime": _typed, "timestamp": _timestamp}


def answer_empty(column: Column) -> Any:
    """An unanswered item's value (answers drop it)."""
    return [] if column.kind == "multi" else ""


def column_letter(index: int) -> str:
    """The spreadsheet letters of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def codes_row(columns: Sequence[Column]) -> list[str]:
    return [c.code for c in columns]
