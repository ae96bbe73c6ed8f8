"""Inspections: a checklist filled in at a compound, from draft to final and amended."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from storage import clock
from storage.store import edits, numbering, records, versioning
from storage.store.db import Store

if TYPE_CHECKING:  # the form model loads when an inspection is written, not with the records
    from storage.forms import validate

STATUSES = ("draft", "final")


@dataclass
class Inspection:
    compound_id: str
    checklist_version_id: str
    officer: str = ""
    place: str = ""  # where in the compound: building, unit, yard
    started_at: str = ""
    finished_at: str | None = None
    status: str = "draft"
    score: float | None = None
    note: str = ""
    number: str = ""
    deleted: bool = False
    answers: dict[str, Any] = field(default_factory=dict)
    attachments: list[dict[str, str]] = field(default_factory=list)
    id: str = ""

    def content(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}
        data["deleted"] = int(self.deleted)
        data["answers"] = dict(self.answers)
        data["attachments"] = [dict(a) for a in self.attachments]
        return data

    @property
    def attached_items(self) -> set[str]:
        return {a["item"] for a in self.attachments if a.get("item")}


KIND = versioning.Kind(
    "inspection", "inspections",
    tuple(f.name for f in fields(Inspection) if f.name not in ("id", "answers", "attachments")),
    has_answers=True, has_attachments=True, references=(("compound_id", "compound"),),
    derived=("score",),
)


class InvalidAnswers(ValueError):
    """Finalising failed: the answers have problems (see ``problems``)."""

    def __init__(self, problems: list[validate.Problem]) -> None:
        super().__init__(", ".join(f"{p.item}: {p.reason}" for p in problems))
        self.problems = problems


class AlreadyFinal(ValueError):
    """A final inspection changes only through :func:`amend`, with a reason."""


def start(store: Store, compound_id: str, checklist_version_id: str, *, officer: str = "",
          place: str = "", started_at: str | None = None) -> Inspection:
    """Begin a draft inspection with the checklist's default answers filled in."""
    from storage.forms import checklists, validate  # noqa: PLC0415 - see the imports

    checklist = checklists.load(store, checklist_version_id)
    stamp = started_at or clock.now()
    with store.atomic():
        inspection = Inspection(
            compound_id=compound_id, checklist_version_id=checklist_version_id,
            officer=officer, place=place, started_at=stamp,
            number=numbering.next_number(store, "inspection", int(stamp[:4])),
            answers=validate.defaults(checklist),
            id=str(uuid.uuid4()),
        )
        _write(store, inspection)
    return inspection


def save_draft(store: Store, inspection: Inspection) -> Inspection:
    """Save the answers as they stand (autosave); a final inspection is refused."""
    stored = get(store, inspection.id)
    if stored.status == "final":
        raise AlreadyFinal(inspection.id)
    _write(store, inspection)
    return inspection


def finalise(store: Store, inspection: Inspection, *, finished_at: str | None = None,
             today: dt.date | None = None) -> Inspection:
    """Validate everything and lock the inspection as final."""
    from storage.forms import checklists, validate  # noqa: PLC0415 - see the imports

    checklist = checklists.load(store, inspection.checklist_version_id)
    problems = validate.validate(checklist, inspection.answers,
                                 attached=inspection.attached_items, today=today)
    if problems:
        raise InvalidAnswers(problems)
    inspection.status = "final"
    inspection.finished_at = finished_at or clock.now()
    _write(store, inspection)
    return inspection


def amend(store: Store, inspection: Inspection, reason: str,
          today: dt.date | None = None) -> Inspection:
    """Change a final inspection: validated like a new one, the reason kept in the history."""
    if not reason.strip():
        raise ValueError("an amendment needs a reason")
    from storage.forms import checklists, validate  # noqa: PLC0415 - see the imports

    checklist = checklists.load(store, inspection.checklist_version_id)
    problems = validate.validate(checklist, inspection.answers,
                                 attached=inspection.attached_items, today=today)
    if problems:
        raise InvalidAnswers(problems)
    _write(store, inspection, versioning.Origin("typed", reason.strip()))
    return inspection


def delete(store: Store, inspection: Inspection) -> None:
    """Delete as a tombstone, so the deletion travels to other machines."""
    inspection.deleted = True
    _write(store, inspection)


def _write(store: Store, inspection: Inspection,
           origin: versioning.Origin = versioning.TYPED) -> None:
    from storage.forms import checklists, validate  # noqa: PLC0415 - see the imports

    checklist = checklists.load(store, inspection.checklist_version_id)
    inspection.score = validate.score(checklist, inspection.answers)
    edits.write(store, KIND, inspection.id, inspection.content(), origin)


def context(store: Store, inspection: Inspection,
            today: dt.date | None = None) -> validate.Context:
    """What the checklist's metadata and time functions see for this inspection.

    A final inspection's "today" is the day it was finished, so what it calculated
    stays as it was; a draft's is ``today`` (the clock's when None).
    """
    from storage.forms import validate  # noqa: PLC0415 - see the imports

    start, end = clock.local_naive(inspection.started_at), clock.local_naive(
        inspection.finished_at)
    device = store.db.execute("SELECT device_id FROM inspections WHERE id = ?",
                              [inspection.id]).fetchone()
    return validate.Context(
        today=end.date() if end and inspection.status == "final" else today,
        now=end or None, start=start.isoformat(timespec="seconds") if start else "",
        end=end.isoformat(timespec="seconds") if end else "",
        device_id=device[0] if device else store.device_id, username=inspection.officer,
        seed=inspection.id)


def get(store: Store, inspection_id: str) -> Inspection:
    data = records.content(store, KIND, inspection_id)
    if data is None:
        raise KeyError(inspection_id)
    return Inspection(**{**data, "deleted": bool(data["deleted"]), "id": inspection_id})


def drafts(store: Store) -> list[Inspection]:
    """Drafts left open on this store, newest first (offered for resuming at start-up)."""
    rows = store.db.execute(
        "SELECT id FROM inspections WHERE status = 'draft' AND deleted = 0"
        " ORDER BY updated_at DESC").fetchall()
    return [get(store, row[0]) for row in rows]


def for_compound(store: Store, compound_id: str) -> list[Inspection]:
    """A compound's inspections, newest first."""
    rows = store.db.execute(
        "SELECT id FROM inspections WHERE compound_id = ? AND deleted = 0"
        " ORDER BY started_at DESC", [compound_id]).fetchall()
    return [get(store, row[0]) for row in rows]
