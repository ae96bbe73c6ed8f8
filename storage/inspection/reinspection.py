"""A re-inspection (复查): going back to a compound to check its open findings one by one.

A re-inspection is itself an inspection record, so it has a number for the paper trail,
shows in the compound's history, travels with sync and is what a closed finding points
to (``closed_by_inspection_id``). It is recorded against the checklist the findings came
from (one record per checklist when they came from several), answers only the items
re-inspected (compliant when rectified, non-compliant when not) and is final at once:
it records what was seen that day, not a full checklist still to be filled in, which is
why it does not go through the full-checklist validation of ``inspections.finalise``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storage import clock
from storage.forms import checklists, validate
from storage.forms.xlsform import Checklist
from storage.inspection import findings, inspections
from storage.store import versioning
from storage.store.db import Store

PLACE = "复查"  # how the record names itself in lists (the officer's language on paper)


@dataclass
class Outcome:
    """What the officer found for one finding."""

    finding_id: str
    rectified: bool
    new_deadline: str | None = None
    note: str = ""
    photos: list[dict[str, str]] = field(default_factory=list)


class MissingProof(ValueError):
    """A finding closed as rectified without a photo of the rectification."""

    def __init__(self, finding_id: str) -> None:
        super().__init__(finding_id)
        self.finding_id = finding_id


def record(store: Store, compound_id: str, outcomes: list[Outcome], *, officer: str = "",
           require_photo: bool = True) -> list[inspections.Inspection]:
    """Record the re-inspection and apply every outcome, all or nothing."""
    for outcome in outcomes:
        if outcome.rectified and require_photo and not outcome.photos:
            raise MissingProof(outcome.finding_id)
    if not outcomes:
        return []
    with store.atomic():
        loaded = [(findings.get(store, o.finding_id), o) for o in outcomes]
        records: dict[str, inspections.Inspection] = {}
        for finding, outcome in loaded:
            checklist_id = _checklist_of(store, finding)
            if checklist_id not in records:
                records[checklist_id] = inspections.start(
                    store, compound_id, checklist_id, officer=officer, place=PLACE)
            record_ = records[checklist_id]
            _answer(record_, checklists.load(store, checklist_id), finding, outcome)
            record_.attachments += [{**photo, "item": ""} for photo in outcome.photos]
            findings.reinspect(store, finding, record_.id, rectified=outcome.rectified,
                               new_deadline=outcome.new_deadline, note=outcome.note,
                               photos=outcome.photos)
        for record_ in records.values():
            _finalise(store, record_, loaded)
    return list(records.values())


def _checklist_of(store: Store, finding: findings.Finding) -> str:
    if finding.inspection_id:
        row = store.db.execute("SELECT checklist_version_id FROM inspections WHERE id = ?",
                               [finding.inspection_id]).fetchone()
        if row:
            return str(row[0])
    return checklists.install_builtins(store)[0]


def _answer(record_: inspections.Inspection, checklist: Checklist,
            finding: findings.Finding, outcome: Outcome) -> None:
    try:
        item = checklist.item(finding.item) if finding.item else None
    except KeyError:
        item = None
    if item is None or not item.scored:
        return
    wanted = "pass" if outcome.rectified else "fail"
    choice = next((c.name for c in item.choices if c.compliance == wanted), None)
    if choice:
        record_.answers[item.name] = choice


def _finalise(store: Store, record_: inspections.Inspection,
              loaded: list[tuple[findings.Finding, Outcome]]) -> None:
    mine = [(f, o) for f, o in loaded if _checklist_of(store, f) == record_.checklist_version_id]
    closed = [f.number for f, o in mine if o.rectified]
    kept = [f.number for f, o in mine if not o.rectified]
    record_.note = "; ".join(part for part in (
        "已整改销号：" + "、".join(closed) if closed else "",
        "未整改，延期：" + "、".join(kept) if kept else "") if part)
    record_.status = "final"
    record_.finished_at = clock.now()
    record_.score = validate.score(checklists.load(store, record_.checklist_version_id),
                                   record_.answers)
    versioning.write(store, inspections.KIND, record_.id, record_.content())


def is_reinspection(inspection: inspections.Inspection) -> bool:
    return inspection.place == PLACE
