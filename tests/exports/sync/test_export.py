"""The exported workbook as a person sees it: headers, frozen panes, hidden columns, lists."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import openpyxl

from exports.sync import layout
from storage.store.db import Store
from tests.exports.sync import helpers as h


def test_the_workbook_is_readable_and_safe_to_edit(store: Store, tmp_path: Path) -> None:
    h.seed(store, tmp_path)
    path = h.export(store, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["停车与消防通道检查表 2026.1"]
    labels = [c.value for c in sheet[1]]
    codes = [c.value for c in sheet[2]]
    assert "消防车通道畅通，无车辆停放、杂物堆放" in labels and "answers.fire_lane_clear" in codes
    assert sheet.freeze_panes.endswith("3")  # both header rows stay in view
    for code in layout.MACHINE:
        letter = layout.column_letter(codes.index(code))
        assert sheet.column_dimensions[letter].hidden
    lists = {str(v.sqref).split(":")[0].rstrip("0123456789"): v.formula1
             for v in sheet.data_validations.dataValidation}
    assert layout.column_letter(codes.index("answers.fire_lane_clear")) in lists
    assert layout.column_letter(codes.index("status")) in lists
    assert book["_lists"].sheet_state == "hidden" and book["_meta"].sheet_state == "hidden"
    answer = sheet.cell(row=3, column=codes.index("answers.fire_lane_clear") + 1).value
    assert answer == "符合"  # choices are shown by their labels
    assert {"说明", "小区", "问题", "答案明细", "修改历史", "照片清单"} <= set(book.sheetnames)


def test_the_photo_manifest_carries_each_files_sha256(store: Store, tmp_path: Path) -> None:
    seeded = h.seed(store, tmp_path)
    path = h.export(store, tmp_path / "out.xlsx")
    manifest = openpyxl.load_workbook(path)["照片清单"]
    (row,) = list(manifest.iter_rows(min_row=3, values_only=True))
    assert row[6] == seeded["photo"]
    with zipfile.ZipFile(path.with_suffix(".zip")) as photos:
        assert hashlib.sha256(photos.read(row[7])).hexdigest() == seeded["photo"]
