"""Reading a sync workbook: the history's contents are parsed only when needed, and checked."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl
import pytest

from exports.sync import importer, layout, read
from storage import kinds
from storage.inspection.inspections import KIND as INSPECTION
from storage.store import records
from storage.store.db import Store
from tests.exports.sync import helpers as h


@pytest.fixture
def seeded(store: Store, tmp_path: Path) -> dict:
    return h.seed(store, tmp_path)


def _rewrite_history(path: Path, change: dict[int, tuple[str, str]]) -> None:
    """Set the content (and version) of history rows: row offset -> (version, text)."""
    book = openpyxl.load_workbook(path)
    sheet = book[layout.HISTORY]
    for offset, (version, text) in change.items():
        sheet.cell(layout.HEADER_ROWS + 1 + offset, 3, version)
        sheet.cell(layout.HEADER_ROWS + 1 + offset, 10, text)
    book.save(path)


def test_history_as_exported_is_parsed_only_when_asked(store: Store, seeded: dict,
                                                       tmp_path: Path) -> None:
    path = h.export(store, tmp_path / "out.xlsx")
    book = read.read(path)
    assert book.history and book.history.parsed == 0
    inspection = seeded["inspections"][1]
    current = records.current(store, INSPECTION, inspection.id)
    assert current is not None
    key = ("inspection", inspection.id, current["version"])
    assert book.history[key].content == records.content(store, INSPECTION, inspection.id)
    assert book.history.parsed == 1


def test_a_reformatted_history_cell_still_reads_and_a_forged_one_is_dropped(
        store: Store, seeded: dict, tmp_path: Path) -> None:
    """Text some program reformatted is parsed and hashed the long way; text that hashes
    to the version it claims but is no content (forged) is dropped when it is read."""
    path = h.export(store, tmp_path / "out.xlsx")
    first = read.read(path)
    keys = list(first.history)
    content = first.history[keys[0]].content
    forged = "{not json"
    forged_version = hashlib.sha256(forged.encode()).hexdigest()[:32]
    _rewrite_history(path, {0: (keys[0][2], json.dumps(content, indent=2)),
                            1: (forged_version, forged)})
    book = read.read(path)
    assert book.history.parsed == 1  # the reformatted one: checked on reading
    assert book.history[keys[0]].content == content
    forged_key = (keys[1][0], keys[1][1], forged_version)
    assert forged_key in book.history and book.history.get(forged_key) is None
    assert forged_key not in book.history


def test_a_reimport_of_what_the_store_has_seen_parses_no_content(store: Store,
                                                                tmp_path: Path) -> None:
    """Every row unchanged, decided from the rows' checksums and the versions' sightings:
    the history's contents are never parsed (a re-import costs little more than reading)."""
    h.seed(store, tmp_path, inspections=3)
    path = h.export(store, tmp_path / "out.xlsx")
    other = h.new_store(tmp_path / "other" / "x.db")
    h.import_file(other, path)
    plan = importer.preview(other, path)
    assert {r.outcome for r in plan.rows} == {"unchanged"} and plan.book is not None
    # The seed has a photo: only the rows that may hold photos read their version's list.
    with_photos = {kind.name for kind in kinds.ALL if kind.has_attachments}
    assert plan.book.photo_files
    assert plan.book.history.parsed == sum(r.kind in with_photos for r in plan.rows) < len(
        plan.book.history)
    assert {r.label for r in plan.rows if r.kind == "inspection"} == {
        f"XC-2026-TEST-{n:06d}" for n in (1, 2, 3)}
