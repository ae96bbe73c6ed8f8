"""Re-inspections as their own records: outcomes, photos, no score, all or nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import integrity
from storage.forms import checklists
from storage.inspection import compounds, findings, inspections, reinspection
from storage.store import db, records


@pytest.fixture
def place(store: db.Store) -> compounds.Compound:
    return compounds.save(store, compounds.Compound(name="香榭丽", district="费县"))


def _finding(store: db.Store, place: compounds.Compound, item: str = "fire_lane_clear"):
    form = checklists.find(store, "parking")
    origin = inspections.start(store, place.id, form.id)
    checklist = checklists.load(store, form.id)
    made = findings.from_item(place.id, origin.id, checklist.item(item))
    made.responsible_party = "物业服务企业"
    return findings.raise_finding(store, made)


PROOF = [{"photo": "a" * 64, "item": "", "caption": "已清理"}]


def _with_photo(store: db.Store) -> list[dict[str, str]]:
    store.db["photos"].insert({"sha256": "a" * 64, "media_type": "image/jpeg", "size": 1,
                               "width": 1, "height": 1, "thumbnail": b"", "added_at": "x"})
    return PROOF


def test_one_record_lists_each_finding_checked(store: db.Store,
                                               place: compounds.Compound) -> None:
    fixed, still = _finding(store, place), _finding(store, place, "hydrant_clear")
    inspections_before = store.db["inspections"].count
    made = reinspection.record(store, place.id, [
        reinspection.Outcome(fixed.id, rectified=True, photos=_with_photo(store)),
        reinspection.Outcome(still.id, rectified=False, new_deadline="2027-01-10",
                             note="物业已联系车主")], officer="王强")
    assert made is not None and made.number.startswith("FC-2026-")
    record = reinspection.get(store, made.id)
    assert record.officer == "王强" and record.finished_at
    assert [(o.number, o.rectified, o.new_deadline, o.note) for o in record.outcomes] == [
        (fixed.number, True, None, ""), (still.number, False, "2027-01-10", "物业已联系车主")]
    assert record.photos_of(fixed.id) == [{**PROOF[0], "item": fixed.id}]
    assert record.outcomes[0].photos == record.photos_of(fixed.id)
    assert store.db["inspections"].count == inspections_before  # no checklist, no score
    closed, kept = findings.get(store, fixed.id), findings.get(store, still.id)
    assert closed.state == "closed" and closed.closed_by_inspection_id == record.id
    assert closed.attachments[-1] == {**PROOF[0], "item": ""}
    assert kept.state == "open" and kept.deadline == "2027-01-10"
    assert [r.id for r in reinspection.for_finding(store, still.id)] == [record.id]
    assert integrity.check(store, verify_photo_hashes=False) == [
        integrity.Issue("photo_missing", "a" * 64, str(store.photos_dir / "aa" /
                                                      ("a" * 64 + ".jpg")))]


def test_the_record_is_versioned_with_its_photos(store: db.Store,
                                                 place: compounds.Compound) -> None:
    fixed = _finding(store, place)
    made = reinspection.record(store, place.id, [
        reinspection.Outcome(fixed.id, rectified=True, photos=_with_photo(store))])
    assert made is not None
    history = records.history(store, reinspection.KIND, made.id)
    assert len(history) == 1
    assert history[0].content["attachments"] == [{**PROOF[0], "item": fixed.id}]
    assert reinspection.decode(history[0].content["outcomes"])[0].finding_id == fixed.id


def test_closing_without_a_photo_changes_nothing(store: db.Store,
                                                 place: compounds.Compound) -> None:
    fixed = _finding(store, place)
    with pytest.raises(reinspection.MissingProof):
        reinspection.record(store, place.id, [reinspection.Outcome(fixed.id, rectified=True)])
    assert findings.get(store, fixed.id).state == "open"
    assert store.db["reinspections"].count == 0


def test_a_failure_halfway_rolls_everything_back(store: db.Store,
                                                 place: compounds.Compound) -> None:
    first, second = _finding(store, place), _finding(store, place, "hydrant_clear")
    with pytest.raises(ValueError):
        reinspection.record(store, place.id, [
            reinspection.Outcome(first.id, rectified=False, new_deadline="2027-01-01"),
            reinspection.Outcome(second.id, rectified=False)])  # no new deadline
    assert findings.get(store, first.id).deadline != "2027-01-01"
    assert store.db["reinspections"].count == 0


def test_nothing_checked_records_nothing(store: db.Store, place: compounds.Compound) -> None:
    assert reinspection.record(store, place.id, []) is None
    assert store.db["reinspections"].count == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.text(max_size=40),
                          st.none() | st.dates().map(str)), max_size=6))
def test_outcomes_survive_their_stored_text(rows: list[tuple[bool, str, str | None]]) -> None:
    """Whatever officers write in the notes, the stored text reads back as the same outcomes."""
    outcomes = [reinspection.Outcome(f"id-{n}", rectified=fixed, note=note,
                                     new_deadline=None if fixed else deadline, number=f"ZG-{n}")
                for n, (fixed, note, deadline) in enumerate(rows)]
    text = reinspection.encode([o.stored() for o in outcomes])
    assert reinspection.decode(text) == outcomes
    assert reinspection.encode([o.stored() for o in reinspection.decode(text)]) == text
