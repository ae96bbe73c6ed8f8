"""The inspection record (巡查记录单): one inspection on paper, with its photos and signatures.

Several records can go into one PDF (a day's inspections printed at once); each starts
on a new page.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table

from exports.reports import evidence, queries
from exports.reports.pdf import photo_grid
from exports.reports.pdf.common import GRID, Doc, PartStart, Setup, stage
from exports.reports.pdf.text import QT_TRANSLATE_NOOP, ReportProblem
from storage import clock, jobs
from storage.forms import checklists, validate, xlsform
from storage.forms.xlsform import Checklist, Group, Item, Repeat
from storage.inspection import compounds, findings, inspections
from storage.store.db import Store

Chain = tuple[tuple[str, str], ...]
SEVERITY = {
    "critical": QT_TRANSLATE_NOOP("reports", "critical"),
    "major": QT_TRANSLATE_NOOP("reports", "major"),
    "minor": QT_TRANSLATE_NOOP("reports", "minor"),
}
STATUS = {
    "draft": QT_TRANSLATE_NOOP("reports", "draft (not final)"),
    "final": QT_TRANSLATE_NOOP("reports", "final"),
}
FINDING_STATE = {
    "open": QT_TRANSLATE_NOOP("reports", "open"),
    "in_progress": QT_TRANSLATE_NOOP("reports", "in progress"),
    "awaiting_reinspection": QT_TRANSLATE_NOOP("reports", "awaiting re-inspection"),
    "closed": QT_TRANSLATE_NOOP("reports", "closed"),
    "withdrawn": QT_TRANSLATE_NOOP("reports", "withdrawn"),
}


FINDINGS_COLUMNS = (33, 67, 32, 22, 20)
FINDINGS_WIDTH = sum(FINDINGS_COLUMNS)


class UnknownInspection(ReportProblem):
    """No inspection with this number or id (``reference``)."""

    def __init__(self, reference: str) -> None:
        super().__init__(reference)
        self.reference = reference


def find(store: Store, reference: str) -> str:
    """The id of the inspection with this number (e.g. XC-2026-7F3A-000123) or id."""
    row = store.db.execute(
        "SELECT id FROM inspections WHERE (number = ? OR id = ?) AND deleted = 0",
        [reference.strip(), reference.strip()],
    ).fetchone()
    if row is None:
        raise UnknownInspection(reference)
    return str(row[0])


def render(
    store: Store, inspection_ids: Sequence[str], path: Path, setup: Setup | None = None
) -> int:
    """Write the records of the inspections to ``path``; return the page count."""
    setup = setup or Setup()
    doc = Doc(setup, queries.footer(store))
    doc.title = doc.words.translate("reports", "Inspection record")
    with tempfile.TemporaryDirectory(prefix="xuncha-photos-") as folder:
        cache = photo_grid.PhotoCache(store, Path(folder))
        story: list[Flowable] = []
        collecting = stage(setup.progress, 0, 2)
        for n, ident in enumerate(inspection_ids):
            if n:
                story += [PageBreak(), PartStart()]
            story += record(doc, store, inspections.get(store, ident), cache)
            jobs.report(collecting, n + 1, len(inspection_ids))
        return doc.build(story, path, stage(setup.progress, 1, 2))


def record(
    doc: Doc, store: Store, inspection: inspections.Inspection, cache: photo_grid.PhotoCache
) -> list[Flowable]:
    """The flowables of one record."""
    words = doc.words
    checklist = checklists.load(store, inspection.checklist_version_id)
    compound = compounds.get(store, inspection.compound_id)
    story: list[Flowable] = [
        doc.para(words.translate("reports", "Inspection record"), "title"),
        doc.para(
            words.translate("reports", "No. {number}").format(number=inspection.number), "subtitle"
        ),
        _header(doc, inspection, compound, checklist),
    ]
    story += _answers(doc, checklist, inspection)
    raised = _raised(store, inspection.id)
    story += _findings(doc, store, raised, cache)
    if inspection.note.strip():
        story += [doc.para(words.translate("reports", "Remarks"), "h1"), doc.para(inspection.note)]
    shots = evidence.of_inspection(store, inspection, doc.setup.language)
    if shots and doc.setup.photos != "none":
        story.append(
            doc.para(words.translate("reports", "Photos ({count})").format(count=len(shots)), "h1")
        )
        story += photo_grid.grid(doc, cache, shots)
    story.append(_signatures(doc))
    if doc.setup.photos == "annex":
        story += photo_grid.annex(doc, cache, words.translate("reports", "Annex: photos"), [
            (words.translate("reports", "Finding {number}").format(number=f.number),
             evidence.of_finding(store, f, doc.setup.language)) for f in raised])
    return story


def _header(
    doc: Doc, inspection: inspections.Inspection, compound: compounds.Compound, checklist: Checklist
) -> Flowable:
    words = doc.words
    score = validate.score_text(inspection.score)
    pairs = [
        (words.translate("reports", "Compound"), compound.name),
        (
            words.translate("reports", "District / street"),
            " ".join(p for p in (compound.district, compound.street, compound.community) if p),
        ),
        (words.translate("reports", "Address"), compound.address),
        (words.translate("reports", "Place inspected"), inspection.place),
        (words.translate("reports", "Officer"), inspection.officer),
        (words.translate("reports", "Property company"), compound.property_company),
        (words.translate("reports", "Started"),
         words.moment(clock.local_naive(inspection.started_at))),
        (words.translate("reports", "Finished"),
         words.moment(clock.local_naive(inspection.finished_at))),
        (
            words.translate("reports", "Checklist"),
            f"{checklist.display_title(doc.setup.language)} ({checklist.version})",
        ),
        (
            words.translate("reports", "Status"),
            words.marked(STATUS.get(inspection.status, inspection.status)),
        ),
        (words.translate("reports", "Score"), score),
        (
            words.translate("reports", "Non-compliant items"),
            str(len(validate.non_compliant(checklist, inspection.answers))),
        ),
    ]
    return doc.fields(pairs, [24, 63, 24, 63])


def _answers(doc: Doc, checklist: Checklist, inspection: inspections.Inspection) -> list[Flowable]:
    found = validate.state(checklist, inspection.answers)
    story: list[Flowable] = [doc.para(doc.words.translate("reports", "Answers"), "h1")]
    loose = [c for c in checklist.children if isinstance(c, Item)]
    for child in checklist.children:
        if isinstance(child, Group):
            story += _group(doc, child, (), found, child.label(doc.setup.language))
        elif isinstance(child, Repeat):
            story += _repeat(doc, child, (), found, "")
    if loose:
        story += _group_table(doc, doc.words.translate("reports", "Other items"), loose, (),
                              found)
    return story


def _group(doc: Doc, group: Group | Repeat, chain: Chain, found: validate.State,
           title: str) -> list[Flowable]:
    items = [c for c in group.children if isinstance(c, Item)]
    story = _group_table(doc, title, items, chain, found)
    for child in group.children:
        if isinstance(child, Group):
            story += _group(
                doc, child, chain, found, f"{title} · {child.label(doc.setup.language)}"
            )
        elif isinstance(child, Repeat):
            story += _repeat(doc, child, chain, found, title)
    return story


def _repeat(doc: Doc, repeat: Repeat, chain: Chain, found: validate.State,
            title: str) -> list[Flowable]:
    """A table per block of a repeat ("违建 1", "违建 2" …)."""
    where = xlsform.path(repeat.name, chain)
    if not found.applies.get(where):
        return []
    story: list[Flowable] = []
    for number, block in enumerate(found.blocks.get(where, []), start=1):
        name = f"{repeat.label(doc.setup.language)} {number}"
        story += _group(doc, repeat, (*chain, (repeat.name, block)), found,
                        f"{title} · {name}" if title else name)
    return story


def _group_table(doc: Doc, title: str, items: Sequence[Item], chain: Chain,
                 found: validate.State) -> list[Flowable]:
    words, language = doc.words, doc.setup.language
    shown = [i for i in items if found.applies.get(xlsform.path(i.name, chain)) and i.shown
             and i.type not in ("note", "image", "media")]
    if not shown:
        return []
    rows: list[list[object]] = []
    failing: list[int] = []
    for item in shown:
        value = found.values.get(xlsform.path(item.name, chain))
        fails = item.scored and validate.compliance(item, value) == "fail"
        if fails:
            failing.append(len(rows))
        detail = " · ".join(
            p
            for p in (
                words.marked(SEVERITY.get(item.severity, "")) if item.severity else "",
                item.department,
            )
            if p
        )
        rows.append(
            [
                item.label(language),
                answer_text(item, value, language, words.translate("reports", "—")),
                detail if fails else "",
            ]
        )
    table = doc.table(
        [
            words.translate("reports", "Item"),
            words.translate("reports", "Answer"),
            words.translate("reports", "Severity · department"),
        ],
        rows,
        [104, 40, 30],
        highlight=failing,
    )
    return doc.headed(doc.para(title, "h2"), table) if title else [table]


def answer_text(item: Item, value: Any, language: str, empty: str) -> str:
    """An answer as people read it: choice labels, not codes."""
    if validate.is_empty(value):
        return empty
    if item.type == "select_one":
        choice = item.choice(str(value))
        return choice.label(language) if choice else str(value)
    if item.type == "select_multiple":
        names = value if isinstance(value, list) else str(value).split()
        return "、".join((c.label(language) if (c := item.choice(n)) else n) for n in names)
    return str(value)


def _raised(store: Store, inspection_id: str) -> list[findings.Finding]:
    rows = store.db.execute(
        "SELECT id FROM findings WHERE inspection_id = ? AND deleted = 0 ORDER BY number",
        [inspection_id],
    ).fetchall()
    return [findings.get(store, row[0]) for row in rows]


def _findings(doc: Doc, store: Store, raised: Sequence[findings.Finding],
              cache: photo_grid.PhotoCache) -> list[Flowable]:
    """The findings raised, each with its photos as thumbnails in the row under it."""
    words = doc.words
    if not raised:
        return []
    body = [
        [
            f.number,
            f.description,
            f.responsible_party,
            words.short(dt.date.fromisoformat(f.deadline)) if f.deadline else "—",
            words.marked(FINDING_STATE.get(f.state, f.state)),
        ]
        for f in raised
    ]
    details = {}
    if doc.setup.photos == "thumbnails":
        details = {n: photo_grid.thumbnails(
            doc, cache, evidence.of_finding(store, f, doc.setup.language), FINDINGS_WIDTH - 6)
            for n, f in enumerate(raised)}
    return doc.headed(
        doc.para(
            words.translate("reports", "Findings raised ({count})").format(count=len(raised)),
            "h1"),
        doc.table(
            [
                words.translate("reports", "Number"),
                words.translate("reports", "Problem"),
                words.translate("reports", "Responsible party"),
                words.translate("reports", "Deadline"),
                words.translate("reports", "State"),
            ],
            body,
            FINDINGS_COLUMNS,
            details=details,
        ),
    )


def _signatures(doc: Doc) -> Flowable:
    """Two signature blocks side by side: a label above a line to sign on, then the date."""
    words = doc.words
    rows = [
        [
            doc.para(words.translate("reports", "Inspector (signature):"), "sign"),
            "",
            doc.para(words.translate("reports", "Inspected party (signature):"), "sign"),
            "",
        ],
        [
            doc.para(words.translate("reports", "Date:"), "sign"),
            "",
            doc.para(words.translate("reports", "Date:"), "sign"),
            "",
        ],
    ]
    table = Table(rows, colWidths=[38 * mm, 46 * mm, 58 * mm, 32 * mm])
    table.setStyle(
        doc.style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, GRID),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, GRID),
            ]
        )
    )
    return KeepTogether([doc.space(8), table])
