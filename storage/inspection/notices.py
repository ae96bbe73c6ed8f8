"""Rectification notices (整改通知书): a number 机关代字〔2026〕N号 for a set of findings.

Printing the same findings again gives the same notice (same number, same date), so a
lost paper can be reprinted without a second number being used up. A new notice gets its
number only when its file is written (``provisional``, then ``register`` in the
transaction that publishes the file). ``problems`` lists what the officer should know
before a new notice is issued: a deadline already past, a finding already in a notice.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storage import clock
from storage.store import documents
from storage.store.db import Store

DEFAULT_CODE = "整改通知"
_SETTINGS = {"code": "reports.notice_code", "office": "reports.notice_office"}


@dataclass(frozen=True)
class Notice:
    id: str
    number: str  # as printed: 兰综执改〔2026〕3号 (older notices: TZ-2026-7F3A-000001)
    year: int
    compound_id: str
    finding_ids: tuple[str, ...]
    issued_at: str  # UTC
    serial: int | None = None
    code: str = ""
    registered: bool = True  # False: numbered for printing, taken when the file is written


@dataclass(frozen=True)
class NoticeSettings:
    code: str = DEFAULT_CODE  # the issuing agency's code (机关代字)
    office: str = ""  # the issuing office, printed above the date


@dataclass(frozen=True)
class Problem:
    """Why a new notice may be wrong: ``kind`` past_deadline (``detail``: the deadline) or
    already_notified (``detail``: the other notice's number), for finding ``finding``."""

    kind: str
    finding: str  # the finding's number
    detail: str


def settings(store: Store) -> NoticeSettings:
    return NoticeSettings(code=documents.option(store, _SETTINGS["code"], DEFAULT_CODE),
                          office=documents.option(store, _SETTINGS["office"]))


def save_settings(store: Store, chosen: NoticeSettings) -> None:
    documents.set_options(store, {key: getattr(chosen, name) for name, key in _SETTINGS.items()})


def _key(finding_ids: Sequence[str]) -> str:
    return json.dumps(sorted(finding_ids))


def existing(store: Store, compound_id: str, finding_ids: Sequence[str]) -> Notice | None:
    """The notice issued before for exactly these findings, if any."""
    row = store.db.execute(
        "SELECT id, number, year, issued_at, serial, code FROM notices"
        " WHERE compound_id = ? AND findings = ?", [compound_id, _key(finding_ids)],
    ).fetchone()
    if row is None:
        return None
    return Notice(row[0], row[1], row[2], compound_id, tuple(sorted(finding_ids)), row[3],
                  row[4], row[5])


def provisional(store: Store, compound_id: str, finding_ids: Sequence[str], code: str,
                ahead: int = 0, today: dt.date | None = None) -> Notice:
    """A new notice numbered with the next free number (``ahead`` more for the later
    notices of the same file), not yet registered."""
    if not finding_ids:
        raise ValueError("a notice needs at least one finding")
    year = (today or clock.today_local()).year
    number = documents.peek(store, code, year, ahead)
    return Notice(str(uuid.uuid4()), number.text(), year, compound_id,
                  tuple(sorted(finding_ids)), clock.now(), number.serial, code,
                  registered=False)


def issue(store: Store, compound_id: str, finding_ids: Sequence[str], code: str = DEFAULT_CODE,
          ahead: int = 0, today: dt.date | None = None) -> Notice:
    """The notice for these findings: the one issued before, or a new provisional one."""
    return existing(store, compound_id, finding_ids) or provisional(
        store, compound_id, finding_ids, code, ahead, today)


def register(store: Store, notice: Notice) -> Notice:
    """Take the provisional notice's number and keep it (inside the transaction that
    publishes its file); NumberTaken if another printout took the number meanwhile."""
    if notice.registered:
        return notice
    assert notice.serial is not None
    documents.take(store, documents.Number(notice.code, notice.year, notice.serial))
    issued = replace(notice, issued_at=clock.now(), registered=True)
    store.db.table("notices").insert({
        "id": issued.id, "number": issued.number, "year": issued.year,
        "compound_id": issued.compound_id, "findings": _key(issued.finding_ids),
        "issued_at": issued.issued_at, "device_id": store.device_id,
        "code": issued.code, "serial": issued.serial,
    })
    return issued


def for_compound(store: Store, compound_id: str) -> list[Notice]:
    """The notices issued for a compound, oldest first."""
    rows = store.db.execute(
        "SELECT id, number, year, findings, issued_at, serial, code FROM notices"
        " WHERE compound_id = ? ORDER BY issued_at, number", [compound_id],
    ).fetchall()
    return [Notice(r[0], r[1], r[2], compound_id, tuple(json.loads(r[3])), r[4], r[5], r[6])
            for r in rows]


def problems(store: Store, findings: Sequence[tuple[str, str, str | None]], compound_id: str,
             today: dt.date | None = None) -> list[Problem]:
    """What is odd about a new notice for ``findings`` (id, number, deadline): deadlines
    already past, findings already in another notice of the compound."""
    today = today or clock.today_local()
    found = [Problem("past_deadline", number, deadline)
             for _, number, deadline in findings
             if deadline and dt.date.fromisoformat(deadline) < today]
    notified = {ident: n.number for n in for_compound(store, compound_id)
                for ident in n.finding_ids}
    found += [Problem("already_notified", number, notified[ident])
              for ident, number, _ in findings if ident in notified]
    return found
