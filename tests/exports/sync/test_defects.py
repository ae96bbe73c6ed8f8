"""The real weeks that were refused or went wrong (issue 11), each reproduced here first."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import integrity
from storage.inspection import inspections
from storage.inspection.inspections import KIND as INSPECTION
from storage.store import conflicts, records
from storage.store.db import Store
from tests.exports.sync import helpers as h


@pytest.fixture
def seeded(store: Store, tmp_path: Path) -> dict:
    return h.seed(store, tmp_path)


@pytest.mark.parametrize("where", ["app", "workbook"])
def test_a_cleared_answer_against_an_edit_is_a_conflict_and_stays_importable(
        store: Store, seeded: dict, tmp_path: Path, where: str) -> None:
    """Clear vs edit of one answer: a conflict with both values; flipped, still importable."""
    a, b = h.laptops(store, tmp_path, ("a", "b")).values()
    ident = seeded["inspections"][1].id
    if where == "app":
        cleared = inspections.get(a, ident)
        del cleared.answers["remarks"]
        h.write_inspection(a, cleared, updated_at="2026-11-20T08:00:00.000Z")
        sent_a = h.export(a, tmp_path / "a.xlsx")
    else:
        sent_a = h.edit_cell(h.export(a, tmp_path / "a.xlsx"), ident, "answers.remarks", None)
    edited = inspections.get(b, ident)
    edited.answers["remarks"] = "已整改"
    h.write_inspection(b, edited, updated_at="2026-11-21T08:00:00.000Z")
    sent_b = h.export(b, tmp_path / "b.xlsx")
    for path in (sent_a, sent_b):
        h.import_file(store, path)
    (conflict,) = conflicts.listing(store)
    assert conflict.field == "answers.remarks"
    assert sorted(c.value for c in conflict.candidates) == ["", "已整改"]
    empty = next(c for c in conflict.candidates if c.value == "")
    conflicts.choose(store, INSPECTION, conflict, empty.version)
    assert "remarks" not in inspections.get(store, ident).answers
    master = h.export(store, tmp_path / "master.xlsx")
    for target in (h.new_store(tmp_path / "fresh" / "x.db"), a, b):
        h.import_file(target, master)
        assert "remarks" not in inspections.get(target, ident).answers
        assert records.current(target, INSPECTION, ident)["version"] == \
            records.current(store, INSPECTION, ident)["version"]
        assert integrity.check(target) == []
