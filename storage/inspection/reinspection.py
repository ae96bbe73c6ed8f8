"""A re-inspection (复查): going back to a compound to check its open findings one by one.

A re-inspection is its own kind of record, not a checklist: it lists each finding checked
with its outcome (rectified and closed, or not rectified and given a new deadline), the
officer's note and the photos taken that day (attachments whose ``item`` is the finding's
id). It has no score, so no average or ranking of inspection scores ever counts it. It
has a number for the paper trail (``FC-2026-…``), shows in the compound's history,
travels with sync and is what a closed finding points to (``closed_by_inspection_id``).
It is final once recorded: it says what was seen that day.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, fields
from typing import Any

from storage import clock
from storage.inspection import findings
from storage.store import edits, numbering, records, versioning
from storage.store.db import Store

RESULTS = ("rectified", "not_rectified")


@dataclass
class Outcome:
    """What the officer found for one finding (``photos``: taken after rectification)."""

    finding_id: str
    rectified: bool
    new_deadline: str | None = None
    note: str = ""
    photos: list[dict[str, str]] = field(default_factory=list)
    number: str = ""  # the finding's number, kept for reading the record on paper

    def stored(self) -> dict[str, Any]:
        return {"finding_id": self.finding_id, "number": self.number,
                "result": RESULTS[0] if self.rectified else RESULTS[1],
                "new_deadline": self.new_deadline, "note": self.note}


@dataclass
class Reinspection:
    compound_id: str
    officer: str = ""
    started_at: str = ""
    finished_at: str | None = None
    number: str = ""
    note: str = ""
    outcomes: list[Outcome] = field(default_factory=list)
    deleted: bool = False
    attachments: list[dict[str, str]] = field(default_factory=list)
    id: str = ""

    def content(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}
        data["deleted"] = int(self.deleted)
        data["outcomes"] = encode([o.stored() for o in self.outcomes])
        data["attachments"] = [dict(a) for a in self.attachments]
        return data

    def photos_of(self, finding_id: str) -> list[dict[str, str]]:
        """The photos taken of one finding's rectification."""
        return [a for a in self.attachments if a.get("item") == finding_id]

    @property
    def closed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.rectified]

    @property
    def kept_open(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.rectified]


KIND = versioning.Kind(
    "reinspection", "reinspections",
    tuple(f.name for f in fields(Reinspection) if f.name not in ("id", "attachments")),
    has_attachments=True, references=(("compound_id", "compound"),),
)


def encode(outcomes: list[dict[str, Any]]) -> str:
    """The stored text of the outcomes: canonical JSON, so equal lists are one version."""
    return json.dumps(outcomes, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> list[Outcome]:
    """Outcomes from their stored text (unknown results read as not rectified).

    Text that is not a list of outcomes (edited by hand in a workbook) reads as none; the
    record keeps the text as it came.
    """
    try:
        stored = json.loads(text or "[]")
    except json.JSONDecodeError:
        return []
    return [Outcome(finding_id=str(o.get("finding_id", "")),
                    rectified=o.get("result") == RESULTS[0],
                    new_deadline=o.get("new_deadline") or None, note=str(o.get("note") or ""),
                    number=str(o.get("number") or ""))
            for o in (stored if isinstance(stored, list) else []) if isinstance(o, dict)]


class MissingProof(ValueError):
    """A finding closed as rectified without a photo of the rectification."""

    def __init__(self, finding_id: str) -> None:
        super().__init__(finding_id)
        self.finding_id = finding_id


def record(store: Store, compound_id: str, outcomes: list[Outcome], *, officer: str = "",
           require_photo: bool = True, started_at: str | None = None) -> Reinspection | None:
    """Record the re-inspection and apply every outcome to its finding, all or nothing.

    None when no finding was checked.
    """
    for outcome in outcomes:
        if outcome.rectified and require_photo and not outcome.photos:
            raise MissingProof(outcome.finding_id)
    if not outcomes:
        return None
    stamp = started_at or clock.now()
    with store.atomic():
        made = Reinspection(compound_id=compound_id, officer=officer, started_at=stamp,
                            finished_at=clock.now(), id=str(uuid.uuid4()),
                            number=numbering.next_number(store, "reinspection",
                                                         int(stamp[:4])))
        for outcome in outcomes:
            finding = findings.get(store, outcome.finding_id)
            outcome.number = finding.number
            made.outcomes.append(outcome)
            made.attachments += [{**photo, "item": finding.id} for photo in outcome.photos]
            findings.reinspect(store, finding, made.id, rectified=outcome.rectified,
                               new_deadline=outcome.new_deadline, note=outcome.note,
                               photos=[{**photo, "item": ""} for photo in outcome.photos])
        edits.write(store, KIND, made.id, made.content())
    return made


def get(store: Store, reinspection_id: str) -> Reinspection:
    data = records.content(store, KIND, reinspection_id)
    if data is None:
        raise KeyError(reinspection_id)
    return from_content(reinspection_id, data)


def from_content(reinspection_id: str, data: dict[str, Any]) -> Reinspection:
    """A re-inspection from its versioned content (as ``records`` reads it)."""
    photos = [dict(a) for a in data.get("attachments", [])]
    outcomes = decode(data["outcomes"])
    for outcome in outcomes:
        outcome.photos = [a for a in photos if a.get("item") == outcome.finding_id]
    return Reinspection(**{**data, "outcomes": outcomes, "attachments": photos,
                           "deleted": bool(data["deleted"]), "id": reinspection_id})


def for_finding(store: Store, finding_id: str) -> list[Reinspection]:
    """The re-inspections that checked a finding, oldest first."""
    rows = store.db.execute(
        "SELECT DISTINCT r.id, r.started_at FROM reinspections r, json_each(r.outcomes) o"
        " WHERE r.deleted = 0 AND json_extract(o.value, '$.finding_id') = ?"
        " ORDER BY r.started_at", [finding_id]).fetchall()
    return [get(store, row[0]) for row in rows]
