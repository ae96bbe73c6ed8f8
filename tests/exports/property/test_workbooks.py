"""The party branches' score workbooks: one per street, read back whole or not at all."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.property import workbooks
from exports.sync import importer
from storage.property import evaluation
from storage.store.db import Store
from tests.exports.sync import helpers as h
from tests.property_helpers import project


@pytest.fixture
def written(store: Store, tmp_path: Path) -> list[Path]:
    project(store, "恒信物业", "香榭丽", serial=1)
    project(store, "华新物业", "丰瑞丽都", serial=2)
    return workbooks.write_all(store, "2026-Q3", tmp_path / "out")


def _type(path: Path, cells: dict[str, object]) -> Path:
    book = openpyxl.load_workbook(path)
    for address, value in cells.items():
        book[workbooks.SHEET][address] = value
    book.save(path)
    return path


def test_one_workbook_per_street(store: Store, written: list[Path]) -> None:
    assert [p.name for p in written] == ["2026-Q3 物业考核 费县 费城街道.xlsx"]
    sheet = openpyxl.load_workbook(written[0])[workbooks.SHEET]
    assert [sheet.cell(r, 2).value for r in (3, 4)] == ["丰瑞丽都", "香榭丽"]
    assert [sheet.cell(r, 3).value for r in (3, 4)] == ["华新物业", "恒信物业"]


def test_scores_read_back_blank_means_not_given(store: Store, written: list[Path]) -> None:
    path = _type(written[0], {"D3": 88, "E3": "91.5%", "D4": 72})
    preview = workbooks.preview(store, [path])[0]
    assert preview.ok and preview.counts == {"new": 2, "changed": 0, "unchanged": 0,
                                             "invalid": 0}
    workbooks.apply(store, [preview])
    given = {e.party_branch_score: e.satisfaction
             for e in evaluation.given(store, "2026-Q3").values()}
    assert given == {88.0: 91.5, 72.0: None}
    importer.undo_last(store)
    assert evaluation.given(store, "2026-Q3") == {}


def test_a_bad_cell_refuses_the_street_s_file(store: Store, written: list[Path]) -> None:
    path = _type(written[0], {"D3": 101, "D4": "优秀"})
    before = h.full_snapshot(store)
    preview = workbooks.preview(store, [path])[0]
    assert [(p.row, p.column, p.reason) for p in preview.problems] == [
        (3, "D (党支部评分)", "range"), (4, "D (党支部评分)", "type")]
    assert workbooks.apply(store, [preview]) == []
    assert h.full_snapshot(store) == before
