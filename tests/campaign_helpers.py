"""Builders shared by the campaign's tests: compounds, and messy hotline exports."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import openpyxl

from exports.campaign import hotline_import
from storage.campaign import hotline
from storage.inspection import compounds
from storage.store.db import Store

HEADER = ["序号", "工单编号", "来电时间", "来电号码", "诉求类别", "区县", "街道", "小区",
          "诉求内容", "满意度", "办理状态", "备注"]


def add_compound(store: Store, name: str, district: str = "兰山区",
                 street: str = "金雀山街道") -> str:
    return compounds.save(store, compounds.Compound(name=name, district=district,
                                                    street=street)).id


def row(number: str, when: Any, compound: str, *, category: str = "物业管理",
        district: str = "兰山区", street: str = "金雀山街道", satisfaction: str = "满意",
        content: str = "楼道堆放杂物") -> list[Any]:
    return ["", number, when, "138****1234", category, district, street, compound, content,
            satisfaction, "已办结", "额外列"]


def write_messy_xlsx(path: Path, rows: list[list[Any]], *, title: bool = True,
                     totals: bool = True) -> Path:
    """Like the platform's export: a merged title, a date line, the header, a totals row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工单明细"
    if title:
        sheet.append(["临沂市12345热线工单明细表"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
        sheet.append(["导出时间：2026年4月1日"])
    sheet.append(HEADER)
    for index, values in enumerate(rows, 1):
        sheet.append([index, *values[1:]])
    if totals:
        sheet.append(["合计", f"{len(rows)}件"])
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], encoding: str = "gb18030") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def to_xls(xlsx: Path, office: str) -> Path:
    """Convert with LibreOffice, as the platform's old .xls exports are made."""
    subprocess.run([office, "--headless", "--convert-to", "xls", "--outdir",
                    str(xlsx.parent), str(xlsx)], check=True, capture_output=True,
                   timeout=120)
    return xlsx.with_suffix(".xls")


def import_rows(store: Store, tmp: Path, rows: list[list[Any]], name: str = "a.xlsx"
                ) -> hotline_import.Report:
    return hotline_import.import_file(store, write_messy_xlsx(tmp / name, rows))


def add_orders(store: Store, compound_id: str | None, month: str, count: int,
               start: int = 0, prefix: str = "") -> None:
    """``count`` work orders for a compound in a month, straight into the store."""
    orders = [hotline.WorkOrder(number=f"{prefix}{compound_id}-{month}-{start + i}",
                                received_at=f"{month}-{1 + i % 28:02d} 09:00:00",
                                compound_id=compound_id, category_key="property")
              for i in range(count)]
    with store.atomic():
        hotline.store_batch(store, orders)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
