"""The rectification notice (整改通知书) in the layout of official documents (GB/T 9704-2012).

One notice per responsible party: printing all open findings of a compound gives each
party its own notice listing its findings, each followed by a stub (存根) for the
office's file. Notices are numbered per year (storage/notices.py); a reprint keeps its
number and date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from exports.reports import queries, resources
from exports.reports.pdf.common import Doc, PartStart, Setup, stage
from exports.reports.pdf.text import ReportProblem
from storage import clock, jobs
from storage.inspection import compounds, findings, inspections, notices
from storage.inspection.findings import Finding
from storage.store.db import Store


class UnknownFinding(ReportProblem):
    """No finding with this number or id (``reference``)."""

    def __init__(self, reference: str) -> None:
        super().__init__(reference)
        self.reference = reference


class NothingToNotify(ReportProblem):
    """The compound (``compound``) has no open findings to put in a notice."""

    def __init__(self, compound: str) -> None:
        super().__init__(compound)
        self.compound = compound


def find(store: Store, reference: str) -> str:
    """The id of the finding with this number (e.g. ZG-2026-7F3A-000012) or id."""
    row = store.db.execute(
        "SELECT id FROM findings WHERE (number = ? OR id = ?) AND deleted = 0",
        [reference.strip()] * 2,
    ).fetchone()
    if row is None:
        raise UnknownFinding(reference)
    return str(row[0])


def groups_for_compound(store: Store, compound_id: str) -> list[list[Finding]]:
    """The compound's open findings, one group per responsible party."""
    by_party: dict[str, list[Finding]] = {}
    for finding in findings.open_for_compound(store, compound_id):
        by_party.setdefault(finding.responsible_party.strip(), []).append(finding)
    if not by_party:
        raise NothingToNotify(compounds.get(store, compound_id).name)
    return list(by_party.values())


def render(
    store: Store,
    groups: Sequence[Sequence[Finding]],
    path: Path,
    setup: Setup | None = None,
    office: str = "",
) -> int:
    """Write one notice (and its stub) per group of findings; return the page count."""
    setup = setup or Setup()
    doc = Doc(setup, queries.footer(store), layout="official")
    doc.title = doc.words.translate("reports", "Rectification notice")
    story: list[Flowable] = []
    collecting = stage(setup.progress, 0, 2)
    for n, group in enumerate(groups):
        notice = notices.issue(store, group[0].compound_id, [f.id for f in group])
        if n:
            story += [PageBreak(), PartStart()]
        story += notice_story(doc, store, notice, group, office)
        jobs.report(collecting, n + 1, len(groups))
    return doc.build(story, path, stage(setup.progress, 1, 2))


def notice_story(
    doc: Doc, store: Store, notice: notices.Notice, group: Sequence[Finding], office: str
) -> list[Flowable]:
    words = doc.words
    compound = compounds.get(store, notice.compound_id)
    issued = clock.local_naive(notice.issued_at) or clock.now_local().replace(tzinfo=None)
    party = _addressee(group, compound)
    story: list[Flowable] = [
        doc.para(words.translate("reports", "Rectification notice"), "title"),
        doc.para(words.translate("reports", "No. {number}").format(number=notice.number), "number"),
        doc.space(4),
        doc.para(words.translate("reports", "{party}:").format(party=party), "addressee"),
        doc.para(_opening(doc, store, group, compound)),
    ]
    named = resources.departments(doc, store, group)  # routed by the manual
    for n, finding in enumerate(group, start=1):
        story += _finding(doc, n, finding, named.get(finding.id, finding.department))
    story += [
        doc.para(
            words.translate(
                "reports",
                "On receiving this notice, rectify the problems above by the deadlines "
                "and report the rectification to us in writing. Problems not "
                "rectified in time, or not properly, will be dealt with according to "
                "the law.",
            )
        ),
        doc.para(
            words.translate("reports", "Contact: {officer}    Telephone: ____________").format(
                officer=_officer(store, group) or "____________"
            )
        ),
        doc.space(6),
        KeepTogether(
            [
                doc.para(office or words.translate("reports", "____________ (seal)"), "right"),
                doc.para(words.date(issued.date()), "right"),
            ]
        ),
        doc.space(6),
        doc.para(
            words.translate("reports", "Received by (signature): __________    Date: __________"),
            "plain",
        ),
    ]
    return story + _stub(doc, notice, group, compound, party, issued, office)


def _addressee(group: Sequence[Finding], compound: compounds.Compound) -> str:
    parties = list(
        dict.fromkeys(f.responsible_party.strip() for f in group if f.responsible_party.strip())
    )
    return "、".join(parties) or compound.property_company or compound.name


def _opening(doc: Doc, store: Store, group: Sequence[Finding], compound: compounds.Compound) -> str:
    words = doc.words
    days = []
    for finding in group:
        if finding.inspection_id:
            started = inspections.get(store, finding.inspection_id).started_at
            days.append((clock.local_naive(started) or clock.now_local()).date())
    where = compound.name + (f"（{compound.address}）" if compound.address else "")
    when = words.date(min(days)) if days else ""
    if when:
        return words.translate(
            "reports",
            "On {date} our officers inspected {place} and found the following "
            "problems, which you are required to rectify:",
        ).format(date=when, place=where)
    return words.translate(
        "reports",
        "Our officers found the following problems at {place}, which you are required to rectify:",
    ).format(place=where)


def _finding(doc: Doc, n: int, finding: Finding, department: str) -> list[Flowable]:
    words = doc.words
    parts = [
        (words.translate("reports", "Regulation breached"), finding.legal_basis),
        (words.translate("reports", "What must be done"), finding.action),
        (
            words.translate("reports", "Deadline"),
            words.translate("reports", "Rectify by {date}.").format(
                date=words.date(dt.date.fromisoformat(finding.deadline))
            )
            if finding.deadline
            else "",
        ),
        (words.translate("reports", "Department responsible"), department),
    ]
    story: list[Flowable] = [doc.para(words.heading1(n, finding.description), "h1")]
    shown = [(label, text) for label, text in parts if text.strip()]
    for m, (label, text) in enumerate(shown, start=1):
        story.append(KeepTogether([doc.para(words.heading2(m, label), "h2"), doc.para(text)]))
    story.append(
        doc.para(
            words.translate("reports", "Finding number: {number}").format(number=finding.number)
        )
    )
    return story


def _officer(store: Store, group: Sequence[Finding]) -> str:
    for finding in group:
        if finding.inspection_id:
            officer = inspections.get(store, finding.inspection_id).officer
            if officer:
                return officer
    return ""


def _stub(
    doc: Doc,
    notice: notices.Notice,
    group: Sequence[Finding],
    compound: compounds.Compound,
    party: str,
    issued: dt.datetime,
    office: str,
) -> list[Flowable]:
    words = doc.words
    deadlines = sorted(f.deadline for f in group if f.deadline)
    problems = "\n".join(
        f"{n}. {f.description}（{f.number}）" for n, f in enumerate(group, start=1)
    )
    pairs = [
        (words.translate("reports", "Notice number"), notice.number),
        (words.translate("reports", "Compound"), compound.name),
        (words.translate("reports", "Address"), compound.address),
        (words.translate("reports", "Addressed to"), party),
        (words.translate("reports", "Problems"), problems),
        (
            words.translate("reports", "Earliest deadline"),
            words.date(dt.date.fromisoformat(deadlines[0])) if deadlines else "—",
        ),
        (words.translate("reports", "Issued by"), office),
        (words.translate("reports", "Issued on"), words.date(issued.date())),
        (words.translate("reports", "Served by"), "\n"),  # room to sign
        (words.translate("reports", "Received by and date"), "\n"),
    ]
    return [
        PageBreak(),
        doc.para(words.translate("reports", "Rectification notice (stub for the file)"), "title"),
        doc.para(words.translate("reports", "No. {number}").format(number=notice.number), "number"),
        doc.space(4),
        doc.fields(pairs, [36, 120], columns=1),
    ]
