"""The problem ledger as a workbook: one row per problem as filtered, and the totals.

Sheets: 问题台账 (every entry: source, compound, description, manual item, lead and
supporting departments, party, dates, state, overdue, 销号 date and verifier) and 汇总
(problems closed in the period by source, category and lead department).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from exports.spreadsheet import writing
from storage import clock, jobs
from storage.jobs import Progress
from storage.ledger import entries
from storage.ledger.entries import Entry, Filter
from storage.manual import items
from storage.store.db import Store

LEDGER, TOTALS = "问题台账", "汇总"
SOURCES = {"inspection": "巡查发现", "work_order": "12345工单", "review": "述职评议",
           "helper": "帮带走访", "other": "其他"}
STATES = {"open": "待整改", "in_progress": "整改中", "awaiting": "待复查", "closed": "已销号",
          "withdrawn": "已撤销"}
COLUMNS = (("序号", 6), ("编号", 22), ("来源", 10), ("来源编号", 20), ("县区", 8), ("街道", 12),
           ("小区", 16), ("问题描述", 40), ("手册事项", 22), ("牵头部门", 10), ("配合部门", 18),
           ("责任主体", 16), ("提出日期", 11), ("整改期限", 11), ("状态", 8), ("超期", 6),
           ("销号日期", 11), ("核验人", 10))
_BOLD = Font(bold=True)
_FILL = PatternFill("solid", fgColor="DDEBF7")
_RED = Font(color="B00020")


def export(store: Store, path: Path, flt: Filter | None = None, *,
           progress: Progress | None = None) -> int:
    """Write the entries the filter selects, and the period's totals; return the count."""
    flt = flt or Filter()
    found = entries.search(store, flt)
    titles = {i.code: i.label() for i in items.all_items(store, deleted=True)}
    today = flt.today or clock.today_local()
    with writing.writing(path) as book:
        sheet = book.create_sheet(LEDGER)
        _ledger(sheet, found, titles, today, progress)
        _totals(book.create_sheet(TOTALS), store, flt, len(found))
    return len(found)


def _ledger(sheet: Any, found: list[Entry], titles: dict[str, str], today: dt.date,
            progress: Progress | None) -> None:
    sheet.append([writing.styled(sheet, label, _BOLD, _FILL) for label, _ in COLUMNS])
    for n, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    sheet.freeze_panes = "C2"
    for n, entry in enumerate(found, start=1):
        sheet.append(writing.safe_row(sheet, row(entry, n, titles, today)))
        if entry.overdue(today):
            sheet.cell(row=n + 1, column=16).font = _RED
        if n % 500 == 0:
            jobs.report(progress, n, len(found))
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(found) + 1}"
    jobs.report(progress, len(found), len(found))


def row(entry: Entry, n: int, titles: dict[str, str], today: dt.date) -> list[Any]:
    """One entry as the workbook (and the printed ledger) shows it."""
    return [n, entry.number, SOURCES.get(entry.source, entry.source), entry.source_ref,
            entry.district, entry.street, entry.compound, entry.description,
            titles.get(entry.manual_item, entry.manual_item), entry.lead_department,
            entry.supporting, entry.responsible_party, entry.raised_on, entry.deadline or "",
            STATES.get(entry.state, entry.state), "是" if entry.overdue(today) else "",
            entry.closed_on or "", entry.verified_by]


def _totals(sheet: Any, store: Store, flt: Filter, count: int) -> None:
    done = entries.solved(store, start=flt.closed_from, end=flt.closed_to,
                          district=flt.district, street=flt.street, today=flt.today)
    names = {c.code: c.title for c in items.categories(store, deleted=True)}
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 12
    lines: list[tuple[Any, ...]] = [
        ("问题台账汇总",), ("导出时间", clock.local_text(clock.now())),
        ("范围", " ".join(p for p in (flt.district, flt.street) if p) or "全市"),
        ("销号期间", f"{done.start or '不限'} 至 {done.end or '不限'}"),
        ("本表问题数", count), ("已销号（解决）", done.total), ("未销号", done.pending),
        ("其中超期", done.overdue), (), ("已销号：按来源",)]
    lines += _pairs(done.by_source.items(), SOURCES)
    lines += [(), ("已销号：按手册分类",)]
    lines += _pairs(done.by_category.items(), names, "未对应手册事项")
    lines += [(), ("已销号：按牵头部门",)]
    lines += _pairs(done.by_department.items(), {}, "未明确")
    for line in lines:
        sheet.append(writing.safe_row(sheet, list(line)))
    sheet["A1"].font = Font(bold=True, size=14)


def _pairs(counts: Iterable[tuple[str, int]], names: dict[str, str],
           blank: str = "") -> list[tuple[Any, ...]]:
    return [(names.get(key, key) or blank, number) for key, number in counts]
