"""The ledger workbook: the filtered entries and the totals, read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from exports.ledger import ledger_file
from storage.ledger import problems
from storage.ledger.entries import Filter
from tests.conftest import TEST_START
from tests.ledger_helpers import Place, finding


def test_the_workbook_lists_the_filtered_entries_and_the_totals(place: Place,
                                                                tmp_path: Path) -> None:
    store = place.store
    finding(store, place.xiangxieli)
    made = problems.raise_from_work_orders(store, ["LY1", "LY2"]).created
    problems.close(store, made[1], verified_by="孙伟", photos=[{"photo": place.photo}])
    path = tmp_path / "台账.xlsx"
    assert ledger_file.export(store, path, Filter(district="费县")) == 2
    book = openpyxl.load_workbook(path)
    rows = list(book[ledger_file.LEDGER].values)
    assert rows[0][:3] == ("序号", "编号", "来源")
    assert {r[2] for r in rows[1:]} == {"巡查发现", "12345工单"}
    assert {r[9] for r in rows[1:]} == {"消防", "市场监管"}
    assert [r[8] for r in rows[1:] if r[2] == "12345工单"] == ["2.01 电梯故障与安全"]
    totals = dict(r[:2] for r in book[ledger_file.TOTALS].values if r and r[0])
    assert (totals["本表问题数"], totals["已销号（解决）"], totals["未销号"]) == (2, 0, 2)
    everything = tmp_path / "全市.xlsx"
    ledger_file.export(store, everything, Filter(closed_from=TEST_START.date()))
    totals = dict(r[:2] for r in openpyxl.load_workbook(everything)[ledger_file.TOTALS].values
                  if r and r[0])
    assert (totals["已销号（解决）"], totals["违法建设与装饰装修"]) == (1, 1)
