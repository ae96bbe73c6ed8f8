"""Streaming rows (iter_rows) gives what read_sheets gives; describe() sizes every sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.spreadsheet import files, workbook


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
    with pytest.raises(files.WorkbookError) as raised:
        list(workbook.iter_rows(path, "c"))
    assert raised.value.reason == "bad_encoding"


def test_a_streamed_sheet_reads_as_calamine_reads_it(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Sheets too large for calamine are parsed element by element, to the same rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "数据"
    sheet.append(["文字", 3, 2.5, True, None, "=不是公式"])
    sheet["C5"] = "跳过的行"
    sheet["H2"] = 10 ** 12
    sheet.cell(row=6, column=1).value = "=1+1"  # a formula no program computed
    path = tmp_path / "a.xlsx"
    book.save(path)
    reader = workbook.SheetReader(path)
    calamine = list(reader.rows("数据"))
    monkeypatch.setattr(workbook, "LARGE_PART", 0)
    streamed = list(workbook.SheetReader(path).rows("数据"))
    assert [[v for v in row] for row in streamed[:5]] == \
        [row[:len(streamed[n])] for n, row in enumerate(calamine[:5])]
    assert all(not any(v != "" for v in row[len(streamed[n]):])
               for n, row in enumerate(calamine[:5]))
    assert workbook.SheetReader(path).count("数据") == len(streamed)


def test_a_formula_no_program_computed_reads_as_its_text(tmp_path: Path) -> None:
    """A script wrote "=0" as a formula without a value: every import reads what was typed."""
    book = openpyxl.Workbook()
    book.active.title = "表"
    book["表"].append(["说明", "=0", "=A1&\"号\""])
    book.save(tmp_path / "f.xlsx")
    assert workbook.read_sheets(tmp_path / "f.xlsx")["表"] == [["说明", "=0", "=A1&\"号\""]]
