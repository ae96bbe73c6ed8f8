"""Findings (问题): a violation with a responsible party and a deadline, until closed.

States: open → in_progress → awaiting_reinspection → closed, or withdrawn. Overdue is
not a state: it is derived from the deadline.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from storage import clock
from storage.store import edits, numbering, records, versioning
from storage.store.db import Store

if TYPE_CHECKING:  # the form model loads when a checklist is read, not with the records
    from storage.forms.xlsform import Item

# The responsible party when it is not yet known: a finding never goes without one, and
# the notice and the lists show this rather than guessing (it is the term on paper, and
# the interface shows it in the reader's language).
PARTY_UNKNOWN = "待查明"
# The ``item`` of the attachment that is the responsible party's signature, given on site.
SIGNATURE = "signature"
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

    @property
    def signature(self) -> dict[str, str] | None:
        """The responsible party's latest signature, if they signed."""
        return next((a for a in reversed(self.attachments) if a.get("item") == SIGNATURE), None)

    @property
    def photos(self) -> list[dict[str, str]]:
        """The attachments that are photos (not the signature)."""
        return [a for a in self.attachments if a.get("item") != SIGNATURE]

    def is_overdue(self, today: dt.date | None = None) -> bool:
        today = today or clock.today_local()
        return (self.state not in DONE and self.deadline is not None
                and dt.date.fromisoformat(self.deadline) < today)


KIND = versioning.Kind(
    "finding", "findings",
    tuple(f.name for f in fields(Finding) if f.name not in ("id", "attachments")),
    has_attachments=True,
    references=(("compound_id", "compound"), ("inspection_id", "inspection"),
                ("closed_by_inspection_id", "reinspection")),
)


class BadTransition(ValueError):
    def __init__(self, current: str, wanted: str) -> None:
        super().__init__(f"{current} -> {wanted}")
        self.current = current
        self.wanted = wanted


def default_deadline(severity: str, today: dt.date | None = None) -> str:
    today = today or clock.today_local()
    return (today + dt.timedelta(days=DEADLINE_DAYS.get(severity, 15))).isoformat()


def item_text(item: Item, language: str) -> str:
    """How a finding raised from ``item`` is worded in ``language``.

    Items state the compliant condition; the finding names the failure in the
    checklist's own words ("不符合：消防车通道畅通…").
    """
    failing = next((c for c in item.choices if c.compliance == "fail"), None)
    chinese = language.startswith("zh") or language.endswith("(zh)")
    separator = "：" if chinese else ": "
    description = item.label(language)
    return failing.label(language) + separator + description if failing else description


def from_item(compound_id: str, inspection_id: str, item: Item, language: str = "zh",
              today: dt.date | None = None, where: tuple[str, str] = ("", "")) -> Finding:
    """A finding pre-filled from a non-compliant checklist item (not yet saved).

    ``language`` is the language the description is stored in: the checklist's own
    (``Checklist.default_language``), so that every reader sees it in theirs
    (:func:`describe`). ``where`` is the answer's path and the block's title for an item
    in a repeat block ("structures[0002-…]/legal", "违建 2"): the finding names that block.
    """
    severity = item.severity or "major"
    description = item_text(item, language)
    path, block = where
    if block:
        chinese = language.startswith("zh") or language.endswith("(zh)")
        description += f"（{block}）" if chinese else f" ({block})"
    return Finding(
        compound_id=compound_id, inspection_id=inspection_id, item=path or item.name,
        description=description, severity=severity, department=item.department,
        legal_basis=item.legal_basis, action=item.action,
        deadline=default_deadline(severity, today),
    )


class MissingParty(ValueError):
    """A finding saved without a responsible party (use :data:`PARTY_UNKNOWN` if unknown)."""


class FinalInspection(ValueError):
    """A finding added to a final inspection without a reason (as for changing its answers).

    ``inspection_number`` names the inspection.
    """

    def __init__(self, inspection_number: str) -> None:
        super().__init__(inspection_number)
        self.inspection_number = inspection_number


def _check_party(finding: Finding) -> None:
    if not finding.responsible_party.strip():
        raise MissingParty(finding.number or finding.description[:20])


def raise_finding(store: Store, finding: Finding, *, reason: str = "") -> Finding:
    """Save a new finding with its number.

    A finding added to a final inspection is a change of that inspection: it needs a
    reason, which its history keeps (``inspections.amend`` asks the same).
    """
    if not finding.description.strip():
        raise ValueError("a finding needs a description")
    if finding.severity not in SEVERITIES:
        raise ValueError(f"severity {finding.severity!r}")
    _check_party(finding)
    origin = versioning.TYPED
    if finding.inspection_id:
        row = store.db.execute("SELECT status, number FROM inspections WHERE id = ?",
                               [finding.inspection_id]).fetchone()
        if row and row[0] == "final":
            if not reason.strip():
                raise FinalInspection(row[1])
            origin = versioning.Origin("typed", reason.strip())
    with store.atomic():
        finding.id = finding.id or str(uuid.uuid4())
        finding.number = finding.number or numbering.next_number(
            store, "finding", clock.today_local().year)
        edits.write(store, KIND, finding.id, finding.content(), origin)
    return finding


def update(store: Store, finding: Finding) -> Finding:
    """Save edits of an existing finding (party, deadline, description …)."""
    _check_party(finding)
    edits.write(store, KIND, finding.id, finding.content())
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


def source_item(store: Store, finding: Finding) -> tuple[Item | None, str]:
    """The checklist item a finding was raised from (if any) and the checklist's language."""
    if not (finding.item and finding.inspection_id):
        return None, ""
    row = store.db.execute("SELECT checklist_version_id FROM inspections WHERE id = ?",
                           [finding.inspection_id]).fetchone()
    if row is None:
        return None, ""
    from storage.forms import checklists  # noqa: PLC0415 - see the imports

    checklist = checklists.load(store, row[0])
    try:
        return checklist.item(finding.item), checklist.default_language
    except KeyError:
        return None, checklist.default_language


def shown(description: str, item: Item | None, stored_language: str, language: str) -> str:
    """A description for a reader of ``language``.

    Words offered from the checklist item and kept as offered are the item's, shown in
    the reader's language; words the officer wrote are shown as written.
    """
    if item is not None and description == item_text(item, stored_language):
        return item_text(item, language)
    return description


def to_store(text: str, item: Item | None, stored_language: str, language: str) -> str:
    """What to store for a description edited by a reader of ``language`` (see :func:`shown`)."""
    if item is not None and text == item_text(item, language):
        return item_text(item, stored_language)
    return text


def describe(store: Store, finding: Finding, language: str) -> str:
    """The finding's description as a reader of ``language`` sees it."""
    item, stored_language = source_item(store, finding)
    return shown(finding.description, item, stored_language, language)


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
