"""The sheets of a sync workbook: every kind of record travels, with every field."""

from __future__ import annotations

from exports.sync import layout, sheets
from storage import kinds


def test_every_kind_that_travels_has_a_sheet_with_every_field() -> None:
    """A kind added to storage/kinds.py without its sheet, or a field left off, fails here."""
    for kind in kinds.ALL:
        if kind.name == "inspection":
            codes = {c.code for c in sheets.inspection_columns(None)}
        else:
            codes = {c.code for c in sheets.BY_KIND[kind.name].columns()}
        derived = {"score"} if kind.name == "inspection" else set()
        assert set(kind.columns) - derived <= codes, kind.name
        assert set(layout.MACHINE) <= codes, kind.name


def test_a_sheet_is_recognised_by_its_codes_even_with_a_column_deleted() -> None:
    for sheet in sheets.RECORD_SHEETS:
        codes = [c.code for c in sheet.columns()]
        assert sheets.kind_of(codes) == sheet.kind
        assert sheets.kind_of(codes[:-1]) == sheet.kind
    assert sheets.kind_of(["id", "version", "something", "else"]) is None
    assert sheets.kind_of(["id", "checklist_version_id"]) == "inspection"


def test_labels_of_kinds_read_back() -> None:
    for kind in kinds.ALL:
        assert sheets.kind_of_label(sheets.label(kind.name)) == kind.name
    assert sheets.kind_of_label("finding") == "finding"  # a code written by hand
