"""The rectification notice (整改通知书) in the layout of official documents (GB/T 9704-2012).

One notice per responsible party: printing all open findings of a compound gives each
party its own notice listing its findings with their photos, each followed by a stub
(存根) for the office's file. A notice is numbered 机关代字〔2026〕N号 per agency code and
year (``storage.inspection.notices``); the number is taken when the file is written, and
a reprint keeps its number and date. ``problems`` says what to know before issuing.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from exports.reports import evidence, queries
from exports.reports.pdf import official, photo_grid
from exports.reports.pdf.common import Doc, PartStart, Setup, stage
from exports.reports.pdf.text import ReportProblem
from storage import clock, jobs
from storage.inspection import compounds, findings, inspections, notices
from storage.inspection.compounds import Compound
from storage.inspection.findings import Finding
from storage.store.db import Store

# Responsible parties recorded as a kind of party rather than a name.
PROPERTY = ("物业服务企业", "物业公司", "物业企业", "物业")
CATEGORIES = (*PROPERTY, "业主委员会", "业委会", "商户", "开发建设单位", "业主", "待查明")
STUB_SIGNATURE_MM = 14.0  # rows to sign on the stub (≥ 12 mm)


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


def addressee(party: str, compound: Compound) -> str:
    """Whom the notice names: the property company for "物业服务企业", the compound's
    owners' committee for "业委会", the party as recorded otherwise."""
    party = party.strip()
    if (party in PROPERTY or not party) and compound.property_company.strip():
        return compound.property_company.strip()
    if party in ("业主委员会", "业委会"):
        return f"{compound.name}业主委员会"
    return party or compound.name


def groups_for_compound(store: Store, compound_id: str) -> list[list[Finding]]:
    """The compound's open findings, one group per addressee."""
    compound = compounds.get(store, compound_id)
    by_party: dict[str, list[Finding]] = {}
    for finding in findings.open_for_compound(store, compound_id):
        by_party.setdefault(addressee(finding.responsible_party, compound), []).append(finding)
    if not by_party:
        raise NothingToNotify(compound.name)
    return list(by_party.values())


def problems(store: Store, groups: Sequence[Sequence[Finding]]) -> list[notices.Problem]:
    """What to know before issuing the new notices among ``groups`` (reprints are fine):
    deadlines already past, findings already in a notice, parties that are no name."""
    found = []
    for group in groups:
        compound_id = group[0].compound_id
        if notices.existing(store, compound_id, [f.id for f in group]):
            continue
        found += notices.problems(store, [(f.id, f.number, f.deadline) for f in group],
                                  compound_id)
        found += [notices.Problem("party_is_a_kind", f.number, f.responsible_party.strip())
                  for f in group if f.responsible_party.strip() in CATEGORIES[len(PROPERTY):]]
    return found


def render(
    store: Store,
    groups: Sequence[Sequence[Finding]],
    path: Path,
    setup: Setup | None = None,
    office: str = "",
) -> int:
    """Write one notice (and its stub) per group of findings; return the page count.

    New notices take their numbers when the file is written; ``office`` (the settings'
    by default) is printed above the date.
    """
    setup = setup or Setup()
    chosen = notices.settings(store)
    return official.build_numbered(
        lambda: _render(store, groups, Path(path), setup, office or chosen.office, chosen.code))


def _render(store: Store, groups: Sequence[Sequence[Finding]], path: Path, setup: Setup,
            office: str, code: str) -> int:
    doc = Doc(setup, queries.footer(store), layout="official")
    doc.title = doc.words.translate("reports", "Rectification notice")
    story: list[Flowable] = []
    collecting = stage(setup.progress, 0, 2)
    issued: list[notices.Notice] = []
    with tempfile.TemporaryDirectory(prefix="xuncha-photos-") as folder:
        cache = photo_grid.PhotoCache(store, Path(folder))
        for n, group in enumerate(groups):
            ahead = sum(1 for i in issued if not i.registered)
            notice = notices.issue(store, group[0].compound_id, [f.id for f in group], code,
                                   ahead)
            issued.append(notice)
            if n:
                story += [PageBreak(), PartStart()]
            story += notice_story(doc, store, notice, group, office, cache)
            jobs.report(collecting, n + 1, len(groups))

        def register() -> None:
            for notice in issued:
                notices.register(store, notice)

        return doc.build(story, path, stage(setup.progress, 1, 2),
                         publish=official.publish(store, register))


def notice_story(doc: Doc, store: Store, notice: notices.Notice, group: Sequence[Finding],
                 office: str, cache: photo_grid.PhotoCache) -> list[Flowable]:
    words = doc.words
    compound = compounds.get(store, notice.compound_id)
    issued = clock.local_naive(notice.issued_at) or clock.now_local().replace(tzinfo=None)
    party = addressee(group[0].responsible_party, compound)
    story: list[Flowable] = [
        official.title(doc, words.translate("reports", "Rectification notice")),
        official.number(doc, notice.number),
        doc.space(4),
        official.addressee(doc, party),
        official.body(doc, _opening(doc, store, group, compound)),
    ]
    for n, finding in enumerate(group, start=1):
        story += _finding(doc, store, n, finding, cache)
    closing = official.body(doc, words.translate(
        "reports",
        "On receiving this notice, rectify the problems above by the deadlines "
        "and report the rectification to us in writing. Problems not "
        "rectified in time, or not properly, will be dealt with according to "
        "the law.",
    ))
    contact = official.body(doc, words.translate(
        "reports", "Contact: {officer}    Telephone: ____________").format(
        officer=_officer(store, group) or "____________"))
    story += official.closing(doc, [closing, contact],
                              office or words.translate("reports", "____________ (seal)"),
                              issued.date())
    story += [
        doc.space(6),
        doc.para(
            words.translate("reports", "Received by (signature): __________    Date: __________"),
            "plain",
        ),
    ]
    if doc.setup.photos == "annex":
        story += photo_grid.annex(doc, cache, words.translate("reports", "Annex: photos"), [
            (words.translate("reports", "Finding {number}").format(number=f.number),
             evidence.of_finding(store, f, doc.setup.language)) for f in group])
    return story + _stub(doc, notice, group, compound, party, issued, office)


def _opening(doc: Doc, store: Store, group: Sequence[Finding], compound: Compound) -> str:
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


def _finding(doc: Doc, store: Store, n: int, finding: Finding,
             cache: photo_grid.PhotoCache) -> list[Flowable]:
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
        (words.translate("reports", "Department responsible"), finding.department),
    ]
    story: list[Flowable] = [official.heading(doc, 1, n, finding.description)]
    shown = [(label, text) for label, text in parts if text.strip()]
    for m, (label, text) in enumerate(shown, start=1):
        story += [official.heading(doc, 2, m, label), official.body(doc, text)]
    story.append(official.body(doc, words.translate(
        "reports", "Finding number: {number}").format(number=finding.number)))
    if doc.setup.photos == "thumbnails":
        shots = evidence.of_finding(store, finding, doc.setup.language)
        story += photo_grid.thumbnails(doc, cache, shots)
    return story


def _officer(store: Store, group: Sequence[Finding]) -> str:
    for finding in group:
        if finding.inspection_id:
            officer = inspections.get(store, finding.inspection_id).officer
            if officer:
                return officer
    return ""


def _stub(doc: Doc, notice: notices.Notice, group: Sequence[Finding], compound: Compound,
          party: str, issued: dt.datetime, office: str) -> list[Flowable]:
    words = doc.words
    deadlines = sorted(f.deadline for f in group if f.deadline)
    problems_text = "\n".join(
        f"{n}. {f.description}（{f.number}）" for n, f in enumerate(group, start=1)
    )
    pairs = [
        (words.translate("reports", "Notice number"), notice.number),
        (words.translate("reports", "Compound"), compound.name),
        (words.translate("reports", "Address"), compound.address),
        (words.translate("reports", "Addressed to"), party),
        (words.translate("reports", "Problems"), problems_text),
        (
            words.translate("reports", "Earliest deadline"),
            words.date(dt.date.fromisoformat(deadlines[0])) if deadlines else "—",
        ),
        (words.translate("reports", "Issued by"), office),
        (words.translate("reports", "Issued on"), words.date(issued.date())),
        (words.translate("reports", "Served by"), ""),  # room to sign
        (words.translate("reports", "Received by and date"), ""),
    ]
    signing = {len(pairs) - 2: STUB_SIGNATURE_MM, len(pairs) - 1: STUB_SIGNATURE_MM}
    return [
        PageBreak(),
        doc.para(words.translate("reports", "Rectification notice (stub for the file)"), "title"),
        official.number(doc, notice.number),
        doc.space(4),
        doc.fields(pairs, [36, 120], columns=1, heights_mm=signing),
    ]
