"""Findings (问题): a violation with a responsible party and a deadline, until closed.

States: open → in_progress → awaiting_reinspection → closed, or withdrawn. Overdue is
not a state: it is derived from the deadline.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields
from typing import Any

from storage import clock
from storage.forms.xlsform import Item
from storage.store import numbering, records, versioning
from storage.store.db import Store

STATES = ("open", "in_progress", "awaiting_reinspection", "closed", "withdrawn")
DONE = ("closed", "withdrawn")
SEVERITIES = ("critical", "major", "minor")
# Days to rectify by severity: immediate danger is fixed within days, the rest in weeks.
DEADLINE_DAYS = {"critical": 3, "major": 15, "minor": 30}
_NEXT = {
    "open": {"in_progress", "awaiting_reinspection", "closed", "withdrawn"},
    "in_progress": {"open", "awaiting_reinspection", "closed", "withdrawn"},
    "awaiting_reinspection": {"in_progress", "closed", "withdrawn", "open"},
    "closed": {"open"},
    "withdrawn": {"open"},
}


@dataclass
class Finding:
    compound_id: str
    description: str
    severity: str = "major"
    responsible_party: str = ""
    department: str = ""
    legal_basis: str = ""
    action: str = ""
    deadline: str | None = None  # ISO date, local
    state: str = "open"
    inspection_id: str | None = None
    item: str = ""
    closed_by_inspection_id: str | None = None
    closed_at: str | None = None
    note: str = ""
    number: str = ""
    deleted: bool = False
    attachments: list[dict[str, str]] = field(default_factory=list)
    id: str = ""

    def content(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}
        data["deleted"] = int(self.deleted)
        data["attachments"] = [dict(a) for a in self.attachments]
        return data

    def is_overdue(self, today: dt.date | None = None) -> bool:
        today = today or clock.today_local()
        return (self.state not in DONE and self.deadline is not None
                and dt.date.fromisoformat(self.deadline) < today)


KIND = versioning.Kind(
    "finding", "findings",
    tuple(f.name for f in fields(Finding) if f.name not in ("id", "attachments")),
    has_attachments=True,
    references=(("compound_id", "compound"), ("inspection_id", "inspection"),
                ("closed_by_inspection_id", "inspection")),
)


class BadTransition(ValueError):
    def __init__(self, current: str, wanted: str) -> None:
        super().__init__(f"{current} -> {wanted}")
        self.current = current
        self.wanted = wanted


def default_deadline(severity: str, today: dt.date | None = None) -> str:
    today = today or clock.today_local()
    return (today + dt.timedelta(days=DEADLINE_DAYS.get(severity, 15))).isoformat()


def from_item(compound_id: str, inspection_id: str, item: Item, language: str = "zh",
              today: dt.date | None = None, where: tuple[str, str] = ("", "")) -> Finding:
    """A finding pre-filled from a non-compliant checklist item (not yet saved).

    ``where`` is the answer's path and the block's title for an item in a repeat block
    ("structures[0002-…]/legal", "违建 2"): the finding names that block.
    """
    severity = item.severity or "major"
    # Items state the compliant condition; the finding names the failure, in the
    # checklist's own words ("不符合：消防车通道畅通…").
    failing = next((c for c in item.choices if c.compliance == "fail"), None)
    separator = "：" if language == "zh" else ": "
    description = item.label(language)
    if failing:
        description = failing.label(language) + separator + description
    path, block = where
    if block:
        description += f"（{block}）" if language == "zh" else f" ({block})"
    return Finding(
        compound_id=compound_id, inspection_id=inspection_id, item=path or item.name,
        description=description, severity=severity, department=item.department,
        legal_basis=item.legal_basis, action=item.action,
        deadline=default_deadline(severity, today),
    )


def raise_finding(store: Store, finding: Finding) -> Finding:
    """Save a new finding with its number."""
    if not finding.description.strip():
        raise ValueError("a finding needs a description")
    if finding.severity not in SEVERITIES:
        raise ValueError(f"severity {finding.severity!r}")
    with store.atomic():
        finding.id = finding.id or str(uuid.uuid4())
        finding.number = finding.number or numbering.next_number(
            store, "finding", clock.today_local().year)
        versioning.write(store, KIND, finding.id, finding.content())
    return finding


def update(store: Store, finding: Finding) -> Finding:
    """Save edits of an existing finding (party, deadline, description …)."""
    versioning.write(store, KIND, finding.id, finding.content())
    return finding


def move(store: Store, finding: Finding, state: str, *, note: str = "",
         inspection_id: str | None = None) -> Finding:
    """Change the state, checking the transition; closing records who closed it and when."""
    if state not in _NEXT.get(finding.state, set()):
        raise BadTransition(finding.state, state)
    finding.state = state
    if note:
        finding.note = note
    if state == "closed":
        finding.closed_by_inspection_id = inspection_id
        finding.closed_at = clock.now()
    elif state == "open":
        finding.closed_by_inspection_id = finding.closed_at = None
    return update(store, finding)


def reinspect(store: Store, finding: Finding, reinspection_id: str, *, rectified: bool,
              new_deadline: str | None = None, note: str = "",
              photos: list[dict[str, str]] | None = None) -> Finding:
    """Record a re-inspection: close with proof, or keep open with a new deadline."""
    finding.attachments = [*finding.attachments, *(photos or [])]
    if rectified:
        return move(store, finding, "closed", note=note, inspection_id=reinspection_id)
    if not new_deadline:
        raise ValueError("a finding kept open needs a new deadline")
    finding.deadline = new_deadline
    if note:
        finding.note = note
    if finding.state == "awaiting_reinspection":
        finding.state = "in_progress"
    return update(store, finding)


def get(store: Store, finding_id: str) -> Finding:
    data = records.content(store, KIND, finding_id)
    if data is None:
        raise KeyError(finding_id)
    return Finding(**{**data, "deleted": bool(data["deleted"]), "id": finding_id})


def open_for_compound(store: Store, compound_id: str) -> list[Finding]:
    """The compound's findings that are not closed or withdrawn, by deadline."""
    rows = store.db.execute(
        "SELECT id FROM findings WHERE compound_id = ? AND deleted = 0"
        " AND state NOT IN ('closed', 'withdrawn') ORDER BY deadline IS NULL, deadline",
        [compound_id]).fetchall()
    return [get(store, row[0]) for row in rows]
