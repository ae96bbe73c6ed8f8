"""Shared by the helpers' tests: a roster as a county keeps it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from exports.spreadsheet import writing

HEADER = ["序号", "县区", "街道", "小区名称", "包保县级领导", "职务", "联系电话", "红领书记",
          "派出单位", "联系电话", "结对帮扶单位", "联系人", "联系电话", "帮包时间"]
ROWS = [
    [1, "罗庄区", "罗庄街道", "锦绣华庭一期", "王建国", "副区长", "13905391111", "赵敏",
     "市行政审批服务局", "13905392222", "罗庄区住建局", "孙伟", "0539-8221234",
     dt.datetime(2026, 3, 1)],
    [2, "费县", "费城街道", "香榭丽舍", "李志强", "县委常委、副县长", "13905393333", "周红梅",
     "市民政局", "13905394444", "费县水务局", "吴刚", "13905395555", "2026/3/5"],
    [3, "兰山区", "兰山街道", "不存在的小区", "王建国", "副区长", "13905391111", "", "", "", "",
     "", "", ""],
]


def write_roster(path: Path, rows: list[list[Any]], header: list[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "三个一帮带台账"
    sheet.append(["临沂市重点小区“三个一”帮带情况统计表"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(writing.safe_row(sheet, row))  # "=0" typed is text, as Excel keeps it
    sheet.append(["合计", "", "", "合计"])
    book.save(path)
    return path
