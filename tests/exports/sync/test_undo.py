"""Undo of the last import: refused, naming what changed since, unless forced."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.sync import importer
from storage.campaign import states
from storage.inspection.compounds import KIND as COMPOUND
from storage.inspection.compounds import get as get_compound
from storage.store import conflicts, edits
from storage.store.db import Store
from tests.exports.sync import helpers as h


@pytest.fixture
def imported(store: Store, tmp_path: Path) -> tuple[Store, dict]:
    """A supervisor's store right after importing an officer's file."""
    seeded = h.seed(store, tmp_path)
    other = h.new_store(tmp_path / "other" / "x.db")
    h.import_file(other, h.export(store, tmp_path / "out.xlsx"))
    return other, seeded


def _refused(store: Store) -> importer.UndoRefused:
    before = h.full_snapshot(store)
    with pytest.raises(importer.UndoRefused) as caught:
        importer.undo_last(store)
    assert caught.value.reason == "changed_since"
    assert h.full_snapshot(store) == before
    return caught.value


def test_a_campaign_move_after_the_import_is_not_discarded(imported: tuple[Store, dict]) -> None:
    store, seeded = imported
    states.move(store, seeded["compound"].id, "enrolled", who="王主任", why="投诉多")
    refused = _refused(store)
    assert [name for name, _ in refused.changes] == ["campaign_events"]
    importer.undo_last(store, force=True)
    assert store.db["compounds"].count == 0


def test_a_setting_changed_after_the_import_is_named(imported: tuple[Store, dict]) -> None:
    store, _ = imported
    states.set_setting(store, "campaign.top_n", 12)
    assert [name for name, _ in _refused(store).changes] == ["settings"]


def test_a_conflict_choice_after_the_import_is_named_and_kept_in_history(
        store: Store, tmp_path: Path) -> None:
    seeded = h.seed(store, tmp_path)
    ident = seeded["compound"].id
    importer.import_files(store, h.concurrent_addresses(store, seeded, tmp_path))
    (conflict,) = conflicts.listing(store)
    conflicts.choose(store, COMPOUND, conflict, conflict.winner)  # confirmed: no new version
    (choice,) = conflicts.choices(store)
    assert (choice.record_id, choice.field, choice.version, choice.state) == (
        ident, "address", conflict.winner, "confirmed")
    assert [name for name, _ in _refused(store).changes] == ["conflict_choices",
                                                             "sync_conflicts"]


def test_a_typed_change_after_the_import_is_counted(imported: tuple[Store, dict]) -> None:
    store, seeded = imported
    compound = get_compound(store, seeded["compound"].id)
    compound.households = 801
    edits.write(store, COMPOUND, compound.id, compound.content())
    assert _refused(store).changes == (("history", 1),)


def test_undo_works_from_another_folder(store: Store, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup path was stored relative to the folder the import ran in."""
    h.seed(store, tmp_path)
    path = h.export(store, tmp_path / "out.xlsx")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    other = h.new_store(Path("master.db"))
    h.import_file(other, path)
    other.close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    again = h.new_store(work / "master.db")
    importer.undo_last(again)
    assert again.db["compounds"].count == 0


def test_a_typed_change_back_to_a_version_the_import_brought_is_counted(
        store: Store, tmp_path: Path) -> None:
    """The file brought two versions of a compound; typing the first one's content again
    adds no history entry (the version is known), only a row: undo must still see it."""
    seeded = h.seed(store, tmp_path)
    laptop = h.laptops(store, tmp_path, ("a",))["a"]
    compound = get_compound(laptop, seeded["compound"].id)
    for households in (801, 802):
        compound.households = households
        edits.write(laptop, COMPOUND, compound.id, compound.content())
    h.import_file(store, h.export(laptop, tmp_path / "a.xlsx"))
    compound = get_compound(store, compound.id)
    compound.households = 801
    edits.write(store, COMPOUND, compound.id, compound.content())
    assert _refused(store).changes == (("history", 1),)
    assert get_compound(store, compound.id).households == 801
