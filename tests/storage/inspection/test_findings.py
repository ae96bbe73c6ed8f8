"""Findings: raised from an item, states, overdue, re-inspection."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.forms import checklists
from storage.inspection import compounds, findings, inspections
from storage.inspection.compounds import Compound
from storage.store import db, records

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def finding(store: db.Store) -> findings.Finding:
    compound = compounds.save(store, Compound(name="怡景新苑"))
    item = checklists.builtin("parking").item("fire_lane_clear")
    made = findings.from_item(compound.id, "", item, today=TODAY)
    made.inspection_id = None
    made.responsible_party = "临沂恒信物业"
    return findings.raise_finding(store, made)


def test_from_item_prefills_department_basis_action_and_deadline(
        finding: findings.Finding) -> None:
    assert finding.severity == "critical"
    assert finding.description.startswith("不符合：消防车通道")
    assert finding.department and finding.legal_basis and finding.action
    assert finding.deadline == (TODAY + dt.timedelta(days=3)).isoformat()
    assert finding.number.startswith("ZG-")


def test_overdue_is_derived_from_the_deadline(finding: findings.Finding) -> None:
    assert not finding.is_overdue(TODAY)
    assert finding.is_overdue(TODAY + dt.timedelta(days=4))
    finding.state = "closed"
    assert not finding.is_overdue(TODAY + dt.timedelta(days=4))


def test_transitions_are_checked(store: db.Store, finding: findings.Finding) -> None:
    findings.move(store, finding, "in_progress")
    findings.move(store, finding, "awaiting_reinspection")
    findings.move(store, finding, "closed")
    assert finding.closed_at
    with pytest.raises(findings.BadTransition):
        findings.move(store, finding, "in_progress")
    states = [v.content["state"] for v in records.history(store, findings.KIND, finding.id)]
    assert states == ["open", "in_progress", "awaiting_reinspection", "closed"]


def test_reinspection_closes_with_proof_or_extends(store: db.Store,
                                                   finding: findings.Finding) -> None:
    parking = checklists.find(store, "parking")
    assert parking is not None
    first = inspections.start(store, finding.compound_id, parking.id).id
    second = inspections.start(store, finding.compound_id, parking.id).id
    with pytest.raises(ValueError):
        findings.reinspect(store, finding, first, rectified=False)
    findings.reinspect(store, finding, first, rectified=False, new_deadline="2026-12-15",
                       note="物业已清理一半")
    assert findings.get(store, finding.id).deadline == "2026-12-15"
    assert findings.open_for_compound(store, finding.compound_id)
    store.db["photos"].insert({"sha256": "a" * 64, "media_type": "image/jpeg", "size": 1,
                               "width": 1, "height": 1, "thumbnail": b"", "added_at": "x"})
    findings.reinspect(store, finding, second, rectified=True,
                       photos=[{"photo": "a" * 64, "item": "", "caption": "整改后"}])
    closed = findings.get(store, finding.id)
    assert closed.state == "closed" and closed.closed_by_inspection_id == second
    assert closed.attachments[-1]["caption"] == "整改后"
    assert findings.open_for_compound(store, finding.compound_id) == []


def test_a_finding_needs_a_responsible_party_or_an_explicit_unknown(
        store: db.Store, finding: findings.Finding) -> None:
    other = findings.Finding(compound_id=finding.compound_id, description="占用消防通道")
    with pytest.raises(findings.MissingParty):
        findings.raise_finding(store, other)
    finding.responsible_party = "  "
    with pytest.raises(findings.MissingParty):
        findings.update(store, finding)
    other.responsible_party = findings.PARTY_UNKNOWN
    assert findings.raise_finding(store, other).number


def test_a_final_inspection_takes_new_findings_only_with_a_reason(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="丰瑞丽都"))
    parking = checklists.find(store, "parking")
    assert parking is not None
    checklist = checklists.load(store, parking.id)
    inspection = inspections.start(store, compound.id, parking.id)
    inspection.answers.update({i.name: "ok" for i in checklist.items if i.scored})
    inspections.finalise(store, inspection)
    late = findings.from_item(compound.id, inspection.id, checklist.item("fire_lane_clear"))
    late.responsible_party = "物业服务企业"
    with pytest.raises(findings.FinalInspection) as refused:
        findings.raise_finding(store, late)
    assert refused.value.inspection_number == inspection.number
    assert store.db["findings"].count == 0
    findings.raise_finding(store, late, reason="漏登记：现场已拍照")
    (version,) = records.history(store, findings.KIND, late.id)
    assert (version.source, version.source_detail) == ("typed", "漏登记：现场已拍照")


def test_offered_words_are_shown_in_the_readers_language(store: db.Store,
                                                         finding: findings.Finding) -> None:
    """A description kept as offered is the item's; the officer's own words stay as written."""
    item = checklists.builtin("parking").item("fire_lane_clear")
    stored = findings.item_text(item, "中文 (zh)")
    assert finding.description == stored
    english = findings.shown(stored, item, "中文 (zh)", "en")
    assert english.startswith("Non-compliant: ") and "消防" not in english
    assert findings.to_store(english, item, "中文 (zh)", "en") == stored
    assert findings.shown("楼道堆放杂物", item, "中文 (zh)", "en") == "楼道堆放杂物"
    assert findings.to_store("Blocked by 3 cars", item, "中文 (zh)", "en") == "Blocked by 3 cars"
    assert findings.shown(stored, None, "", "en") == stored
