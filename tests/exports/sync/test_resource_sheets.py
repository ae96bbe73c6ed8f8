"""The campaign's resources travel in the sync workbook like every record."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.sync import export, importer, sheets
from storage import demo, kinds
from storage.forms import checklists
from storage.helpers import people
from storage.store import db, records
from tests.conftest import TEST_START

RESOURCES = ("manual_category", "manual_item", "helper", "helper_assignment", "helper_visit",
             "livelihood_project", "helper_fund", "problem")


@pytest.fixture
def source(tmp_path: Path) -> db.Store:
    store = db.open_store(tmp_path / "source.db")
    checklists.install_builtins(store)
    demo.build(store, compounds=8, inspections=30, months=4, today=TEST_START.date())
    return store


def _fresh(path: Path) -> db.Store:
    store = db.open_store(path)
    checklists.install_builtins(store)
    return store


def _contents(store: db.Store, kind: str) -> dict[str, dict[str, object]]:
    chosen = kinds.BY_NAME[kind]
    ids = frozenset(row[0] for row in store.db.execute(f"SELECT id FROM {chosen.table}"))
    return {row["id"]: {c: row[c] for c in chosen.columns} | {
        "attachments": row.get("attachments")} for row in records.many(store, chosen, ids)}


def test_every_resource_record_travels_with_its_photos(source: db.Store,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "周报.xlsx"
    export.export(source, out)
    titles = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert {sheets.BY_KIND[k].title for k in RESOURCES} <= set(titles)
    target = _fresh(tmp_path / "target.db")
    plan = importer.preview(target, out)
    assert plan.ok, plan.problems[:3]
    importer.apply(target, plan)
    for kind in RESOURCES:
        assert _contents(target, kind) == _contents(source, kind), kind
    assert target.db.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0] == 0
    project_photos = target.db.execute(
        "SELECT count(*) FROM attachments WHERE owner_kind = 'livelihood_project'").fetchone()
    assert project_photos[0] > 0
    again = importer.preview(target, out)
    assert again.counts["new"] == again.counts["changed"] == 0


def test_a_hand_edit_is_checked_like_typed_input(source: db.Store, tmp_path: Path) -> None:
    out = tmp_path / "周报.xlsx"
    export.export(source, out)
    book = openpyxl.load_workbook(out)
    sheet = book[sheets.BY_KIND["helper"].title]
    codes = [c.value for c in sheet[2]]
    sheet.cell(row=3, column=codes.index("phone") + 1).value = "打办公室电话"
    funds = book[sheets.BY_KIND["helper_fund"].title]
    fund_codes = [c.value for c in funds[2]]
    funds.cell(row=3, column=fund_codes.index("amount_wan") + 1).value = -5
    book.save(out)
    plan = importer.preview(source, out)
    found = {(p.sheet, p.row, p.reason, p.value) for p in plan.problems}
    assert found == {("帮带人员", 3, "bad_phone", "打办公室电话"),
                     ("帮扶资金", 3, "bad_amount", "-5.0")}
    assert any(p.column.endswith("(联系电话)") for p in plan.problems), plan.problems


def test_a_hand_edit_of_a_helper_becomes_a_version_from_the_file(source: db.Store,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "周报.xlsx"
    export.export(source, out)
    book = openpyxl.load_workbook(out)
    sheet = book[sheets.BY_KIND["helper"].title]
    codes = [c.value for c in sheet[2]]
    helper_id = sheet.cell(row=3, column=codes.index("id") + 1).value
    sheet.cell(row=3, column=codes.index("post") + 1).value = "县委副书记"
    book.save(out)
    plan = importer.preview(source, out)
    assert plan.ok and plan.counts["changed"] == 1
    importer.apply(source, plan)
    assert people.get(source, helper_id).post == "县委副书记"
    last = records.history(source, people.KIND, helper_id)[-1]
    assert (last.source, last.source_detail) == ("spreadsheet_edit", "周报.xlsx")
