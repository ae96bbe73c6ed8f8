"""The sync sheets of the campaign's resources: the manual, the helpers, the ledger.

Each kind's columns (declared in ``sheets.RECORD_SHEETS``) and its check of a row edited
by hand, which refuses what typed input would refuse (``(field, reason, value)`` each).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exports.sync.layout import FLAG, Column, machine_columns
from storage.helpers import assignments, people, work
from storage.helpers.people import HelperError
from storage.ledger import problems
from storage.ledger.problems import LedgerError
from storage.manual import items
from storage.manual.items import ManualError

Refusal = tuple[str, str, str]  # field, reason, value
ROLE = (("leader", "县级领导"), ("secretary", "红领书记"), ("unit", "帮扶单位"))
PROJECT_STATE = (("planned", "计划"), ("underway", "实施中"), ("done", "已完成"),
                 ("cancelled", "已取消"))
SOURCE = (("work_order", "12345工单"), ("review", "述职评议"), ("helper", "帮带走访"),
          ("other", "其他"))
PROBLEM_STATE = (("open", "待整改"), ("in_progress", "整改中"), ("closed", "已销号"),
                 ("withdrawn", "已撤销"))


def _c(code: str, label: str, kind: str = "text", **extra: Any) -> Column:
    return Column(code, label, kind, **extra)


def _deleted() -> Column:
    return _c("deleted", "已删除", "flag", choices=FLAG, optional=False, width=8)


def _owned(*hidden: str, helper: bool = True) -> list[Column]:
    """The machine columns, the hidden references, and the names they stand for."""
    columns = [*machine_columns(), *(_c(code, code, hidden=True, optional=code in
                                        ("helper_id", "project_id")) for code in hidden)]
    columns.append(_c("info.compound", "小区", "info", width=16))
    return columns + ([_c("info.helper", "帮带人", "info", width=16)] if helper else [])


def manual_category_columns() -> list[Column]:
    return [*machine_columns(), _c("code", "编号", optional=False, width=6),
            _c("title", "分类名称", optional=False, width=24), _c("title_en", "英文名称", width=30),
            _c("position", "顺序", "integer", width=6), _deleted()]


def manual_item_columns() -> list[Column]:
    texts = (("demand", "群众诉求表现", 30), ("lead", "牵头部门", 10),
             ("supporting", "配合部门", 16), ("what", "干什么", 30), ("how", "怎么干", 40),
             ("cooperation", "怎么配合", 30))
    return [*machine_columns(), _c("code", "编号", optional=False, width=8),
            _c("category", "分类", optional=False, width=6),
            _c("title", "诉求事项", optional=False, width=24), _c("title_en", "英文名称", width=24),
            *(_c(code, label, width=width, optional=code != "lead")
              for code, label, width in texts),
            _c("time_limit_days", "办理时限（天）", "integer", width=8),
            _c("legal_basis", "法律依据", width=30), _c("checklist_items", "关联检查项", width=30),
            _c("hotline_categories", "热线分类", width=16),
            _c("hotline_keywords", "热线关键词", width=24),
            _c("position", "顺序", "integer", width=6), _deleted()]


def helper_columns() -> list[Column]:
    return [*machine_columns(), _c("role", "类别", "choice", choices=ROLE, optional=False),
            _c("name", "姓名或单位", optional=False, width=18), _c("post", "职务", width=16),
            _c("unit", "所在单位", width=20), _c("contact", "联系人", width=10),
            _c("phone", "联系电话", width=14), _c("district", "县区", width=10),
            _c("note", "备注", width=20), _deleted()]


def assignment_columns() -> list[Column]:
    return [*_owned("compound_id", "helper_id"),
            _c("role", "类别", "choice", choices=ROLE, optional=False),
            _c("since", "开始日期", "date", optional=False, width=12),
            _c("until", "结束日期", "date", width=12), _c("reason", "原因", width=20), _deleted()]


def visit_columns() -> list[Column]:
    return [*_owned("compound_id", "helper_id"),
            _c("day", "走访日期", "date", optional=False, width=12),
            _c("people", "参加人员", width=20), _c("purpose", "走访事项", width=24),
            _c("decisions", "议定事项", width=30), _deleted()]


def project_columns() -> list[Column]:
    return [*_owned("compound_id", "helper_id"),
            _c("name", "项目名称", optional=False, width=22),
            _c("budget_wan", "预算（万元）", "decimal", width=10),
            _c("state", "状态", "choice", choices=PROJECT_STATE, optional=False, width=8),
            _c("start", "开工日期", "date", width=12), _c("finish", "完工日期", "date", width=12),
            _c("description", "说明", width=30), _c("info.photos.", "照片", "info", width=8),
            _deleted()]


def fund_columns() -> list[Column]:
    return [*_owned("compound_id", "helper_id", "project_id"),
            _c("amount_wan", "金额（万元）", "decimal", optional=False, width=10),
            _c("day", "日期", "date", optional=False, width=12), _c("source", "资金来源", width=14),
            _c("use", "用途", width=24), _deleted()]


def problem_columns() -> list[Column]:
    return [*_owned("compound_id", helper=False), _c("number", "编号", width=22),
            _c("source", "来源", "choice", choices=SOURCE, optional=False, width=10),
            _c("source_ref", "来源编号", width=20),
            _c("description", "问题描述", optional=False, width=30),
            _c("manual_item", "手册事项", width=8), _c("lead_department", "牵头部门", width=10),
            _c("supporting", "配合部门", width=16), _c("responsible_party", "责任主体", width=16),
            _c("raised_by", "提出人", width=12),
            _c("raised_on", "提出日期", "date", optional=False, width=12),
            _c("deadline", "整改期限", "date", width=12),
            _c("state", "状态", "choice", choices=PROBLEM_STATE, optional=False, width=8),
            _c("verified_by", "核验人", width=12), _c("verified_at", "销号时间", "timestamp",
                                                    width=22),
            _c("closing_note", "销号说明", width=20), _c("note", "备注", width=20),
            _c("info.photos.after", "整改后照片", "info", width=8), _deleted()]


# --- hand edits checked like typed input -------------------------------------------------

def _refusals(check: Callable[[dict[str, Any]], object],
              errors: tuple[type[Exception], ...]) -> Callable[[dict[str, Any]], list[Refusal]]:
    def refusals(content: dict[str, Any]) -> list[Refusal]:
        if content.get("deleted"):
            return []
        try:
            check(dict(content))
        except errors as error:
            field = getattr(error, "field", "")
            return [(field, getattr(error, "reason", ""), str(getattr(error, "value", "")))]
        return []
    return refusals


def _record(cls: type, content: dict[str, Any]) -> Any:
    return cls(**{k: v for k, v in content.items() if k != "deleted"})


def _manual_item(content: dict[str, Any]) -> None:
    item = _record(items.Item, content)
    items.check_item(item, {item.category})  # the category itself is checked on import


CHECKS: dict[str, Callable[[dict[str, Any]], list[Refusal]]] = {
    "manual_category": _refusals(lambda c: items.check_category(_record(items.Category, c)),
                                 (ManualError,)),
    "manual_item": _refusals(_manual_item, (ManualError,)),
    "helper": _refusals(lambda c: people.check(_record(people.Helper, c)), (HelperError,)),
    "helper_assignment": _refusals(lambda c: assignments.check(_record(
        assignments.Assignment, c)), (HelperError,)),
    "helper_visit": _refusals(lambda c: work.check_visit(_record(work.Visit, c)),
                              (HelperError,)),
    "livelihood_project": _refusals(lambda c: work.check_project(_record(work.Project, c)),
                                    (HelperError,)),
    "helper_fund": _refusals(lambda c: work.check_fund(_record(work.Fund, c)), (HelperError,)),
    "problem": _refusals(lambda c: problems.check(_record(problems.Problem, c)),
                         (LedgerError,)),
}


# kind, sheet title, columns, the field that names a row, whether officers get it (their
# package): the manual routes their findings, helpers and projects show on compound pages.
SHEETS: tuple[tuple[str, str, Callable[[], list[Column]], str, bool], ...] = (
    ("manual_category", "手册分类", manual_category_columns, "code", True),
    ("manual_item", "手册事项", manual_item_columns, "code", True),
    ("helper", "帮带人员", helper_columns, "name", False),
    ("helper_assignment", "帮带关系", assignment_columns, "since", True),
    ("helper_visit", "帮带走访", visit_columns, "day", False),
    ("livelihood_project", "民生项目", project_columns, "name", True),
    ("helper_fund", "帮扶资金", fund_columns, "day", False),
    ("problem", "问题台账", problem_columns, "number", True),
)
