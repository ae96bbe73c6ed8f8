"""Importing messy 12345 exports: title rows, merged cells, text dates, totals, encodings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from exports.campaign import hotline_import
from exports.spreadsheet import column_mapping
from storage.campaign import hotline
from storage.jobs import Cancelled
from storage.store import backup, cipher
from storage.store.db import Store
from tests.campaign_helpers import HEADER, add_compound, row, to_xls, write_csv, write_messy_xlsx


@pytest.fixture
def places(store: Store) -> dict[str, str]:
    return {"锦绣华庭一期": add_compound(store, "锦绣华庭一期", "罗庄区", "罗庄街道"),
            "香榭丽": add_compound(store, "香榭丽", "费县", "费城街道")}


def _rows() -> list[list[object]]:
    return [
        row("202603050001", "2026-03-05 14:22", "锦绣华庭（1期）", district="罗庄区",
            street="罗庄街道", category="物业管理"),
        row("202603050002", dt.datetime(2026, 3, 6, 9, 0), "锦绣华庭Ⅰ期小区",
            district="罗庄区", street="罗庄街道", category="违规饲养宠物", satisfaction="不满意"),
        row("202603050003", "2026年3月7日", "香榭丽", district="费县", street="费城街道",
            category="停车管理", satisfaction=""),
        row("202603050004", "2026/3/8", "香榭丽舍", district="费县", category="其他",
            content="小区雨污管网堵塞"),
        row("202603050005", 46089.4, "无名小区", district="兰山区"),
        row("", "2026-03-09", "香榭丽", district="费县"),
        row("202603050007", "三月九日", "香榭丽", district="费县"),
    ]


def test_messy_xlsx(store: Store, places: dict[str, str], tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "工单.xlsx", _rows())
    report = hotline_import.import_file(store, path)
    assert (report.rows, report.imported, report.duplicates, report.unmatched) == (7, 5, 0, 2)
    assert report.totals_skipped == 1
    assert [(p.sheet, p.row, p.column, p.reason) for p in report.problems] == [
        ("工单明细", 9, "工单编号", "no_number"), ("工单明细", 10, "来电时间", "bad_date")]
    first = hotline.get(store, "202603050001")
    assert first.compound_id == places["锦绣华庭一期"]
    assert first.received_at == "2026-03-05 14:22:00"
    assert first.category_key == "property" and first.satisfied == 1
    second = hotline.get(store, "202603050002")
    assert (second.compound_id, second.category_key, second.satisfied) == (
        places["锦绣华庭一期"], "pets", 0)
    assert hotline.get(store, "202603050004").category_key == "pipe_network"
    assert hotline.get(store, "202603050005").received_at == "2026-03-08 09:36:00"
    assert {u.text for u in hotline.unmatched(store)} == {"香榭丽舍", "无名小区"}


def test_reimport_changes_nothing(store: Store, places: dict[str, str], tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "工单.xlsx", _rows())
    hotline_import.import_file(store, path)
    before = store.db.execute("SELECT * FROM work_orders ORDER BY id").fetchall()
    again = hotline_import.import_file(store, path)
    assert (again.imported, again.updated, again.duplicates) == (0, 0, 5)
    assert store.db.execute("SELECT * FROM work_orders ORDER BY id").fetchall() == before


def test_a_later_export_brings_the_rating(store: Store, places: dict[str, str],
                                          tmp_path: Path) -> None:
    rows = _rows()[:3]
    hotline_import.import_file(store, write_messy_xlsx(tmp_path / "a.xlsx", rows))
    rows[2][9] = "满意"
    later = hotline_import.import_file(store, write_messy_xlsx(tmp_path / "b.xlsx", rows))
    assert (later.imported, later.updated, later.duplicates) == (0, 1, 2)
    assert hotline.get(store, "202603050003").satisfied == 1


def test_gb18030_csv(store: Store, places: dict[str, str], tmp_path: Path) -> None:
    rows = [r for r in _rows() if isinstance(r[2], str)]
    path = write_csv(tmp_path / "工单.csv", rows)
    report = hotline_import.import_file(store, path)
    assert report.imported == 3 and len(report.problems) == 2
    assert hotline.get(store, "202603050003").compound_id == places["香榭丽"]


def test_xls_through_the_same_path(store: Store, places: dict[str, str],
                                   tmp_path: Path, soffice: str) -> None:
    xls = to_xls(write_messy_xlsx(tmp_path / "工单.xlsx", _rows()), soffice)
    report = hotline_import.import_file(store, xls)
    assert (report.rows, report.imported, report.unmatched) == (7, 5, 2)
    assert hotline.get(store, "202603050001").compound_id == places["锦绣华庭一期"]


def test_merged_district_cells_belong_to_each_row(store: Store, tmp_path: Path) -> None:
    ident = add_compound(store, "幸福小区", "河东区", "九曲街道")
    add_compound(store, "幸福小区", "兰山区", "兰山街道")
    rows = [row(f"n{i}", "2026-03-05", "幸福小区", district="河东区", street="九曲街道")
            for i in range(3)]
    path = write_messy_xlsx(tmp_path / "merged.xlsx", rows)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    for column in (6, 7):  # 区县, 街道 merged down over the three rows
        for r in (5, 6):
            sheet.cell(r, column).value = None
        sheet.merge_cells(start_row=4, start_column=column, end_row=6, end_column=column)
    book.save(path)
    report = hotline_import.import_file(store, path)
    assert report.unmatched == 0
    assert {hotline.get(store, f"n{i}").compound_id for i in range(3)} == {ident}


def test_mapping_is_guessed_then_remembered(store: Store, tmp_path: Path) -> None:
    add_compound(store, "香榭丽", "费县")
    headers = ["工单号", "受理时间", "问题分类", "县区", "乡镇", "地址", "满意度", "其它"]
    book = openpyxl.Workbook()
    book.active.append(headers)
    book.active.append(["x1", "2026-03-01", "物业", "费县", "费城街道",
                        "费县费城街道香榭丽3号楼1单元", "满意", ""])
    path = tmp_path / "other.xlsx"
    book.save(path)
    preview = hotline_import.inspect(store, path)
    assert not preview.layout.remembered
    assert preview.layout.mapping == {"number": 0, "received_at": 1, "category": 2,
                                      "district": 3, "street": 4, "address": 5,
                                      "satisfaction": 6}
    preview.layout.mapping["state"] = 7  # the supervisor adds one by hand
    report = hotline_import.run(store, preview, who="王主任")
    assert report.unmatched == 0
    again = hotline_import.inspect(store, path)
    assert again.layout.remembered and again.layout.mapping["state"] == 7


def test_missing_fields_are_refused(store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["工单编号", "小区", "备注"])
    book.active.append(["1", "香榭丽", ""])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    with pytest.raises(hotline_import.HotlineImportError) as raised:
        hotline_import.import_file(store, path)
    assert raised.value.reason == "missing_fields" and "received_at" in raised.value.detail
    assert store.db["work_orders"].count == 0


def test_a_file_without_header_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(hotline_import.HotlineImportError) as raised:
        hotline_import.import_file(store, path)
    assert raised.value.reason == "no_header"


def test_cancel_leaves_the_store_as_it_was(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [row(f"n{i}", "2026-03-05", "甲") for i in range(10)])
    with pytest.raises(Cancelled):  # the one way every long job says it was cancelled
        hotline_import.import_file(store, path, progress=lambda done, total: False)
    assert store.db["work_orders"].count == 0


def test_signature_ignores_trailing_blank_headers() -> None:
    assert column_mapping.signature([*HEADER, "", ""]) == column_mapping.signature(HEADER)


def test_dry_run_counts_and_writes_nothing(store: Store, places: dict[str, str],
                                          tmp_path: Path) -> None:
    path = write_messy_xlsx(tmp_path / "工单.xlsx", _rows())
    preview = hotline_import.inspect(store, path)
    report = hotline_import.run(store, preview, dry_run=True)
    assert (report.imported, report.unmatched, len(report.problems)) == (5, 2, 2)
    assert store.db["work_orders"].count == 0
    assert not hotline_import.inspect(store, path).layout.remembered


def test_a_backup_is_taken_before_writing(store: Store, places: dict[str, str],
                                          tmp_path: Path) -> None:
    """The copy holds the store as it was: no work orders yet."""
    path = write_messy_xlsx(tmp_path / "工单.xlsx", _rows())
    assert hotline_import.run(store, hotline_import.inspect(store, path),
                              dry_run=True).backup is None
    report = hotline_import.import_file(store, path)
    assert report.backup is not None and report.backup.parent == backup.folder(store)
    copy = cipher.connect(report.backup)
    assert copy.execute("SELECT count(*) FROM work_orders").fetchone()[0] == 0
    copy.close()


def test_unmatched_counts_each_work_order_once(store: Store, places: dict[str, str],
                                               tmp_path: Path) -> None:
    """A work order listed twice (a re-export pasted under the first) is one unmatched order."""
    rows = _rows()[:5]
    path = write_messy_xlsx(tmp_path / "工单.xlsx", rows + [rows[3], rows[4], rows[4]])
    report = hotline_import.import_file(store, path)
    assert (report.rows, report.imported, report.unmatched) == (8, 5, 2)
    assert report.unmatched_texts == {"香榭丽舍": 1, "无名小区": 1}
    again = hotline_import.import_file(store, path)
    assert (again.imported, again.unmatched) == (0, 2)
