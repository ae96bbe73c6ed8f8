"""Inspections from draft to final, amendments with reasons, numbers, tombstones."""

from __future__ import annotations

import pytest

from storage.forms import checklists
from storage.inspection import compounds, inspections
from storage.inspection.compounds import Compound
from storage.store import db, records


@pytest.fixture
def started(store: db.Store) -> inspections.Inspection:
    compound = compounds.save(store, Compound(name="丰瑞丽都", district="郯城县"))
    parking = checklists.find(store, "parking")
    assert parking is not None
    return inspections.start(store, compound.id, parking.id, officer="张伟", place="3号楼")


def _all_ok(store: db.Store, inspection: inspections.Inspection) -> None:
    checklist = checklists.load(store, inspection.checklist_version_id)
    for item in checklist.items:
        if item.scored:
            inspection.answers[item.name] = "ok"
        elif item.required and item.type == "image":
            inspection.attachments.append({"photo": "0" * 64, "item": item.name,
                                           "caption": ""})


def test_start_numbers_the_inspection_and_applies_defaults(
        store: db.Store, started: inspections.Inspection) -> None:
    assert started.number.startswith("XC-")
    assert started.number.endswith("-000001")
    assert started.status == "draft"
    checklist = checklists.load(store, started.checklist_version_id)
    defaults = {i.name for i in checklist.items if i.default and i.type not in ("image", "note")}
    assert defaults <= set(started.answers)


def test_drafts_are_saved_and_listed(store: db.Store, started: inspections.Inspection) -> None:
    started.answers["fire_lane_clear"] = "issue"
    inspections.save_draft(store, started)
    (draft,) = inspections.drafts(store)
    assert draft.answers["fire_lane_clear"] == "issue"
    assert draft.score == 0.0


def test_finalise_refuses_incomplete_answers(store: db.Store,
                                             started: inspections.Inspection) -> None:
    with pytest.raises(inspections.InvalidAnswers) as caught:
        inspections.finalise(store, started)
    assert {p.reason for p in caught.value.problems} == {"required"}
    assert inspections.get(store, started.id).status == "draft"


def test_final_inspection_changes_only_by_amendment_with_reason(
        store: db.Store, started: inspections.Inspection) -> None:
    store.db["photos"].insert({"sha256": "0" * 64, "media_type": "image/jpeg", "size": 1,
                               "width": 1, "height": 1, "thumbnail": b"", "added_at": "x"})
    _all_ok(store, started)
    inspections.finalise(store, started)
    assert inspections.get(store, started.id).status == "final"
    started.answers["fire_lane_clear"] = "issue"
    with pytest.raises(inspections.AlreadyFinal):
        inspections.save_draft(store, started)
    with pytest.raises(ValueError):
        inspections.amend(store, started, "  ")
    with pytest.raises(inspections.InvalidAnswers) as caught:
        inspections.amend(store, started, "复核时发现消防通道被占用")
    assert {p.item for p in caught.value.problems} == {"blocking_types", "blocking_count"}
    started.answers.update(blocking_types=["car"], blocking_count=2)
    inspections.amend(store, started, "复核时发现消防通道被占用")
    last = records.history(store, inspections.KIND, started.id)[-1]
    assert last.source_detail == "复核时发现消防通道被占用"
    assert last.content["answers"]["fire_lane_clear"] == "issue"


def test_delete_is_a_tombstone_in_the_history(store: db.Store,
                                              started: inspections.Inspection) -> None:
    inspections.delete(store, started)
    assert inspections.get(store, started.id).deleted
    assert inspections.drafts(store) == []
    assert records.history(store, inspections.KIND, started.id)[-1].content["deleted"] == 1
