"""The masked package: numbers masked on the way down, never written back on the way up."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.privacy import masking, policy
from exports.sync import export as sync_export
from exports.sync import masked, scope
from storage.inspection import findings
from storage.store import records
from storage.store.db import Store
from tests.exports.privacy.test_masking import BANK_CARDS, ID_CARDS, MOBILES, TEXT, _id_card
from tests.exports.sync import helpers as h

PHONE, ID_CARD = "13812345678", _id_card(371302, dt.date(1990, 3, 7), 123)
DESCRIPTION = f"3号楼502业主 王某 {PHONE} 反映楼道堆物"
NOTE = f"身份证 {ID_CARD}，电话 0539-8123456"


def _package(store: Store, path: Path, **options: Any) -> Path:
    sync_export.export(store, path, selection=scope.select_package(store), **options)
    return path


def _texts(path: Path) -> list[str]:
    """Every cell of every sheet, hidden ones included, as text."""
    book = openpyxl.load_workbook(path, read_only=True)
    return [str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
            for value in row if value is not None]


def _master(folder: Path, description: str = DESCRIPTION) -> tuple[Store, dict[str, Any]]:
    store = h.new_store(folder / "master" / "x.db")
    seeded = h.seed(store, folder)
    finding = seeded["finding"]
    finding.description, finding.note = description, NOTE
    findings.update(store, finding)
    return store, seeded


def _officer_week(master_package: Path, folder: Path, finding_id: str,
                  edit: Any) -> Path:
    """An officer imports the package, changes the finding, and exports the week."""
    officer = h.new_store(folder / "officer" / "x.db")
    h.import_file(officer, master_package)
    finding = findings.get(officer, finding_id)
    edit(officer, finding)
    week = folder / "officer" / "week.xlsx"
    h.export(officer, week)
    officer.close()
    return week


def _history(store: Store, finding_id: str) -> list[dict[str, Any]]:
    return [v.content for v in records.history(store, findings.KIND, finding_id)]


def test_the_package_shows_no_number_in_full(tmp_path: Path) -> None:
    """Not in its rows, its history (contents and changes) or the long sheet of answers."""
    store, seeded = _master(tmp_path)
    inspection = seeded["inspections"][0]  # the one that raised the finding travels
    inspection.answers["remarks"] = f"业主电话 {PHONE}"
    h.write_inspection(store, inspection)
    texts = _texts(_package(store, tmp_path / "down.xlsx", mask=True))
    assert not [t for t in texts if PHONE in t or ID_CARD in t or "8123456" in t]
    assert masking.mask(DESCRIPTION) in texts and masking.mask(NOTE) in texts
    assert "业主电话 138****5678" in texts
    assert any("已脱敏" in t for t in texts)


def test_unmasked_when_the_setting_says_so(tmp_path: Path) -> None:
    store, _ = _master(tmp_path)
    policy.set_masks(store, "package", False)
    assert not policy.masks(store, "package")
    texts = _texts(_package(store, tmp_path / "down.xlsx",
                            mask=policy.masks(store, "package")))
    assert DESCRIPTION in texts


def test_an_officer_sees_masked_numbers_and_edits_merge_without_them(tmp_path: Path) -> None:
    store, seeded = _master(tmp_path)
    finding_id = seeded["finding"].id
    package = _package(store, tmp_path / "down.xlsx", mask=True)

    def edit(officer: Store, finding: findings.Finding) -> None:
        assert finding.description == masking.mask(DESCRIPTION)
        findings.move(officer, finding, "in_progress")

    week = _officer_week(package, tmp_path, finding_id, edit)
    result = h.import_file(store, week)
    assert result.counts["conflict"] == 0
    back = findings.get(store, finding_id)
    assert (back.state, back.description, back.note) == ("in_progress", DESCRIPTION, NOTE)
    assert not [c for c in _history(store, finding_id) if masking.STAR in c["description"]]
    assert not store.db.execute("SELECT 1 FROM sync_conflicts").fetchall()


def test_text_edited_around_a_masked_number_keeps_the_number(tmp_path: Path) -> None:
    store, seeded = _master(tmp_path)
    finding_id = seeded["finding"].id
    package = _package(store, tmp_path / "down.xlsx", mask=True)

    def edit(officer: Store, finding: findings.Finding) -> None:
        finding.description += "，已回访"
        findings.update(officer, finding)

    h.import_file(store, _officer_week(package, tmp_path, finding_id, edit))
    assert findings.get(store, finding_id).description == DESCRIPTION + "，已回访"


def test_the_master_moving_on_meanwhile_keeps_its_own_change(tmp_path: Path) -> None:
    """The officer changed the state, the master the description: both survive, no conflict."""
    store, seeded = _master(tmp_path)
    finding_id = seeded["finding"].id
    package = _package(store, tmp_path / "down.xlsx", mask=True)
    moved = findings.get(store, finding_id)
    moved.description = f"王某 {PHONE} 已搬走，新住户 13900001111"
    findings.update(store, moved)
    week = _officer_week(package, tmp_path, finding_id,
                         lambda officer, f: findings.move(officer, f, "in_progress"))
    assert h.import_file(store, week).counts["conflict"] == 0
    back = findings.get(store, finding_id)
    assert (back.state, back.description) == ("in_progress", moved.description)


def test_a_hand_edited_package_comes_back_with_the_numbers(tmp_path: Path) -> None:
    """The package's own workbook, edited in Excel beside a masked cell, sent back."""
    store, seeded = _master(tmp_path)
    finding_id = seeded["finding"].id
    package = _package(store, tmp_path / "down.xlsx", mask=True)
    h.edit_cell(package, finding_id, "action", "清理堆物")
    result = h.import_file(store, package)
    assert result.counts["changed"] == 1 and result.counts["conflict"] == 0
    back = findings.get(store, finding_id)
    assert (back.action, back.description, back.note) == ("清理堆物", DESCRIPTION, NOTE)


def test_its_own_package_imported_changes_nothing(tmp_path: Path) -> None:
    store, _ = _master(tmp_path)
    before = h.snapshot(store)
    result = h.import_file(store, _package(store, tmp_path / "down.xlsx", mask=True))
    assert result.counts["new"] == result.counts["changed"] == result.counts["merged"] == 0
    assert result.warnings == []
    assert h.snapshot(store) == before


def test_the_officers_store_holds_only_views(tmp_path: Path) -> None:
    """Every version the officer's store has of a record is masked, history included."""
    store, seeded = _master(tmp_path)
    package = _package(store, tmp_path / "down.xlsx", mask=True)
    officer = h.new_store(tmp_path / "officer" / "x.db")
    h.import_file(officer, package)
    contents = [text for (text,) in officer.db.execute("SELECT content FROM history")]
    assert contents and not [t for t in contents if PHONE in t or ID_CARD in t]
    assert officer.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


NUMBERS = st.one_of(MOBILES, ID_CARDS, BANK_CARDS)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(TEXT, NUMBERS), min_size=1, max_size=3), TEXT)
def test_numbers_in_any_text_go_down_masked_and_come_back_whole(
        parts: list[tuple[str, str]], tail: str) -> None:
    text = "".join(before + " " + number + " " for before, number in parts) + tail
    description = text.strip() or "空"
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store, seeded = _master(folder, description)
        finding_id = seeded["finding"].id
        package = _package(store, folder / "down.xlsx", mask=True)
        shown = h.cell(package, finding_id, "description")[2]
        assert shown == masking.mask(description)
        assert not [n for _, n in parts if n in shown]
        week = _officer_week(package, folder, finding_id,
                             lambda officer, f: findings.move(officer, f, "in_progress"))
        h.import_file(store, week)
        back = findings.get(store, finding_id)
        assert (back.state, back.description) == ("in_progress", description)
        store.close()


@given(TEXT, NUMBERS, TEXT)
def test_content_unmasks_field_by_field(before: str, number: str, after: str) -> None:
    content = {"description": before + number + after, "compound_id": number,
               "answers": {"remarks": number, "count": 3}}
    view = masked.mask_content(content)
    assert view["compound_id"] == number and view["answers"]["count"] == 3
    assert number not in view["description"] and number not in view["answers"]["remarks"]
    assert masked.unmask_content(view, content) == content
