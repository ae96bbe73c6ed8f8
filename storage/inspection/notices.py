"""Rectification notices (整改通知书) issued: a number per year for a set of findings.

Printing the same findings again gives the same notice (same number, same date), so a
lost paper can be reprinted without a second number being used up.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from storage import clock
from storage.store import numbering
from storage.store.db import Store


@dataclass(frozen=True)
class Notice:
    id: str
    number: str
    year: int
    compound_id: str
    finding_ids: tuple[str, ...]
    issued_at: str  # UTC


def issue(
    store: Store, compound_id: str, finding_ids: Sequence[str], today: dt.date | None = None
) -> Notice:
    """The notice for these findings: the one issued before, or a new one numbered now."""
    if not finding_ids:
        raise ValueError("a notice needs at least one finding")
    key = json.dumps(sorted(finding_ids))
    with store.atomic():
        row = store.db.execute(
            "SELECT id, number, year, issued_at FROM notices"
            " WHERE compound_id = ? AND findings = ?",
            [compound_id, key],
        ).fetchone()
        if row:
            return Notice(row[0], row[1], row[2], compound_id, tuple(sorted(finding_ids)), row[3])
        year = (today or clock.today_local()).year
        notice = Notice(
            str(uuid.uuid4()),
            numbering.next_number(store, "notice", year),
            year,
            compound_id,
            tuple(sorted(finding_ids)),
            clock.now(),
        )
        store.db.table("notices").insert(
            {
                "id": notice.id,
                "number": notice.number,
                "year": year,
                "compound_id": compound_id,
                "findings": key,
                "issued_at": notice.issued_at,
                "device_id": store.device_id,
            }
        )
    return notice


def for_compound(store: Store, compound_id: str) -> list[Notice]:
    """The notices issued for a compound, oldest first."""
    rows = store.db.execute(
        "SELECT id, number, year, findings, issued_at FROM notices WHERE compound_id = ?"
        " ORDER BY issued_at, number",
        [compound_id],
    ).fetchall()
    return [Notice(r[0], r[1], r[2], compound_id, tuple(json.loads(r[3])), r[4]) for r in rows]
