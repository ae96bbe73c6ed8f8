"""The manual as a workbook: exported, edited in a spreadsheet, previewed, imported."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.manual import manual_file
from storage.manual import items, links, source
from storage.store import records
from storage.store.db import Store


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    source.install_builtin(store)
    path = tmp_path / "手册.xlsx"
    assert manual_file.export(store, path) == 46
    return path


def _edit(path: Path, cells: dict[str, object], sheet: str = manual_file.ITEMS,
          rows: list[list[object]] = ()) -> Path:  # type: ignore[assignment]
    book = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        book[sheet][ref] = value
    for row in rows:
        book[sheet].append(row)
    book.save(path)
    return path


def _column(code: str) -> str:
    return openpyxl.utils.get_column_letter(
        [c.code for c in manual_file.ITEM_COLUMNS].index(code) + 1)


def test_an_exported_manual_imports_unchanged(store: Store, exported: Path) -> None:
    plan = manual_file.preview(store, exported)
    assert plan.ok and plan.counts == {"new": 0, "changed": 0, "unchanged": 51, "invalid": 0}
    sheet = openpyxl.load_workbook(exported)[manual_file.ITEMS]
    assert [c.value for c in sheet[1]][2:5] == ["编号", "分类", "诉求事项"]
    assert sheet.column_dimensions["A"].hidden and sheet["C3"].value == "1.01"


def test_edits_added_items_and_deletions_are_imported_as_versions(store: Store,
                                                                  exported: Path) -> None:
    row = 2 + [i.code for i in items.all_items(store)].index("3.11") + 1
    _edit(exported, {f"{_column('lead')}{row}": "生态环境",
                     f"{_column('hotline_keywords')}{row}": "噪音；广场舞",
                     f"{_column('deleted')}{row + 1}": "是"},
          rows=[["", "", "3.13", "3", "高空抛物", "", "", "公安", "城管、社区", "", "", "",
                 "3天", "", "", "", "抛物", "否"]])
    plan = manual_file.preview(store, exported)
    assert plan.counts == {"new": 1, "changed": 2, "unchanged": 49, "invalid": 0}
    manual_file.apply(store, plan)
    noise = items.find(store, "3.11")
    assert (noise.lead, noise.hotline_keywords) == ("生态环境", "噪音; 广场舞")
    history = records.history(store, items.ITEM_KIND, noise.id)
    assert (history[-1].source, history[-1].source_detail) == ("imported", "手册.xlsx")
    added = items.find(store, "3.13")
    assert (added.time_limit_days, added.supporting) == (3, "城管; 社区")
    assert "3.12" not in [i.code for i in items.all_items(store)]
    assert links.Router(store).for_text("", "高空抛物砸车").code == "3.13"  # type: ignore[union-attr]


def test_problems_name_sheet_row_and_column_and_nothing_is_written(store: Store,
                                                                   exported: Path) -> None:
    _edit(exported, {f"{_column('lead')}3": "", f"{_column('checklist_items')}4":
                     "parking.no_such_item", f"{_column('time_limit_days')}5": "尽快",
                     f"{_column('code')}6": "1.01", f"{_column('deleted')}7": "也许"})
    plan = manual_file.preview(store, exported)
    assert [(p.sheet, p.row, p.column, p.reason) for p in plan.problems] == [
        ("事项", 3, "牵头部门（由谁干）", "required"),
        ("事项", 4, "关联检查项", "unknown_checklist_item"),
        ("事项", 5, "办理时限（天）", "bad_time_limit"),
        ("事项", 6, "编号", "duplicate"), ("事项", 7, "已删除", "bad_flag")]
    with pytest.raises(manual_file.ManualFileError):
        manual_file.apply(store, plan)
    assert items.find(store, "1.01").lead == "住建"


def test_a_row_changed_in_the_store_since_the_export_is_refused(store: Store,
                                                                 exported: Path) -> None:
    item = items.find(store, "1.01")
    item.lead = "街道"
    items.save_item(store, item)
    _edit(exported, {f"{_column('what')}3": "另一种做法"})
    plan = manual_file.preview(store, exported)
    assert [(p.row, p.reason, p.value) for p in plan.problems] == [
        (3, "changed_since_export", "1.01")]


def test_a_manual_resaved_by_libreoffice_imports_unchanged(store: Store, exported: Path,
                                                           soffice: str) -> None:
    folder = exported.parent / "lo"
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(folder),
                    str(exported)], check=True, capture_output=True, timeout=180)
    plan = manual_file.preview(store, folder / exported.name)
    assert plan.ok and plan.counts["unchanged"] == 51


def test_a_workbook_without_manual_items_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "电话"])
    book.save(path)
    with pytest.raises(manual_file.ManualFileError) as raised:
        manual_file.preview(store, path)
    assert raised.value.reason == "no_items_sheet"


_cell = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=200).map(str.strip)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(what=_cell, how=_cell, basis=_cell)
def test_any_text_typed_in_a_cell_is_imported_as_typed(store: Store, exported: Path,
                                                       what: str, how: str,
                                                       basis: str) -> None:
    _edit(exported, {f"{_column('what')}3": what, f"{_column('how')}3": how,
                     f"{_column('legal_basis')}3": basis, f"{_column('version')}3":
                     records.current(store, items.ITEM_KIND,
                                     items.find(store, "1.01").id)["version"]})
    plan = manual_file.preview(store, exported)
    assert plan.ok, plan.problems
    manual_file.apply(store, plan)
    item = items.find(store, "1.01")
    assert (item.what, item.how, item.legal_basis) == (what, how, basis)
    assert manual_file.preview(store, exported).counts["changed"] == 0
