"""Re-inspections as inspection records: close with proof, keep open, all or nothing."""

from __future__ import annotations

import pytest

from storage import integrity
from storage.forms import checklists
from storage.inspection import compounds, findings, inspections, reinspection
from storage.store import db


@pytest.fixture
def place(store: db.Store) -> compounds.Compound:
    return compounds.save(store, compounds.Compound(name="香榭丽", district="费县"))


def _finding(store: db.Store, place: compounds.Compound, item: str = "fire_lane_clear"):
    form = checklists.find(store, "parking")
    origin = inspections.start(store, place.id, form.id)
    checklist = checklists.load(store, form.id)
    return findings.raise_finding(store, findings.from_item(place.id, origin.id,
                                                            checklist.item(item)))


PROOF = [{"photo": "a" * 64, "item": "", "caption": "已清理"}]


def _with_photo(store: db.Store) -> list[dict[str, str]]:
    store.db["photos"].insert({"sha256": "a" * 64, "media_type": "image/jpeg", "size": 1,
                               "width": 1, "height": 1, "thumbnail": b"", "added_at": "x"})
    return PROOF


def test_closing_and_extending_make_one_final_record(store: db.Store,
                                                     place: compounds.Compound) -> None:
    fixed, still = _finding(store, place), _finding(store, place, "hydrant_clear")
    made = reinspection.record(store, place.id, [
        reinspection.Outcome(fixed.id, rectified=True, photos=_with_photo(store)),
        reinspection.Outcome(still.id, rectified=False, new_deadline="2027-01-10",
                             note="物业已联系车主")], officer="王强")
    assert len(made) == 1
    record = inspections.get(store, made[0].id)
    assert record.status == "final" and reinspection.is_reinspection(record)
    assert record.answers == {"fire_lane_clear": "ok", "hydrant_clear": "issue"}
    assert record.officer == "王强" and fixed.number in record.note
    closed, kept = findings.get(store, fixed.id), findings.get(store, still.id)
    assert closed.state == "closed" and closed.closed_by_inspection_id == record.id
    assert closed.attachments[-1]["caption"] == "已清理"
    assert kept.state == "open" and kept.deadline == "2027-01-10"
    assert integrity.check(store, verify_photo_hashes=False) == [
        integrity.Issue("photo_missing", "a" * 64, str(store.photos_dir / "aa" /
                                                      ("a" * 64 + ".jpg")))]


def test_closing_without_a_photo_changes_nothing(store: db.Store,
                                                 place: compounds.Compound) -> None:
    fixed = _finding(store, place)
    before = store.db["inspections"].count
    with pytest.raises(reinspection.MissingProof):
        reinspection.record(store, place.id, [reinspection.Outcome(fixed.id, rectified=True)])
    assert findings.get(store, fixed.id).state == "open"
    assert store.db["inspections"].count == before


def test_a_failure_halfway_rolls_everything_back(store: db.Store,
                                                 place: compounds.Compound) -> None:
    first, second = _finding(store, place), _finding(store, place, "hydrant_clear")
    before = store.db["inspections"].count
    with pytest.raises(ValueError):
        reinspection.record(store, place.id, [
            reinspection.Outcome(first.id, rectified=False, new_deadline="2027-01-01"),
            reinspection.Outcome(second.id, rectified=False)])  # no new deadline
    assert findings.get(store, first.id).deadline != "2027-01-01"
    assert store.db["inspections"].count == before
