"""Streaming rows (iter_rows) gives what read_sheets gives; describe() sizes every sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.spreadsheet import workbook


def test_xlsx_rows_keep_their_columns(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["C3"] = "甲"
    book.active["D4"] = 2
    path = tmp_path / "a.xlsx"
    book.save(path)
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("A6:B7")
    book.save(path)
    [info] = workbook.describe(path)
    assert list(workbook.iter_rows(path, info.name)) == workbook.read_sheets(path)[info.name]
    assert (info.rows, info.merged) == (4, [(5, 0, 6, 1)])


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "b.csv"
    path.write_text("工单编号,小区\n1,香榭丽\n2,\"锦绣\n华庭\"\n", encoding=encoding)
    rows = list(workbook.iter_rows(path, "b"))
    assert rows == [["工单编号", "小区"], ["1", "香榭丽"], ["2", "锦绣\n华庭"]]
    assert rows == workbook.read_sheets(path)["b"]
    assert workbook.describe(path)[0] == workbook.SheetInfo("b", 4, [])  # line ends: a little
    # high with a line break inside a quoted cell, as documented


def test_csv_in_neither_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(b"\xff\xfe\x00\x81\x30")
    with pytest.raises(workbook.WorkbookError) as raised:
        list(workbook.iter_rows(path, "c"))
    assert raised.value.reason == "bad_encoding"
