"""The compound file (一小区一档): everything about one compound over time — who and where,
campaign state, every inspection, every finding and its rectification, notices issued,
hotline complaints, and the history of the compound's own record."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from exports.reports import hotline, inspection, queries, resources
from exports.reports.pdf import charts
from exports.reports.pdf.common import Doc, Setup
from exports.reports.pdf.text import QT_TRANSLATE_NOOP, Words
from exports.reports.queries import Period
from storage import clock
from storage.inspection import compounds, notices
from storage.inspection.compounds import Compound
from storage.store import records
from storage.store.db import Store

BRANCH = {
    "entity": QT_TRANSLATE_NOOP("reports", "entity-type"),
    "functional": QT_TRANSLATE_NOOP("reports", "functional"),
}
SOURCE = {
    "typed": QT_TRANSLATE_NOOP("reports", "typed"),
    "imported": QT_TRANSLATE_NOOP("reports", "imported"),
    "spreadsheet_edit": QT_TRANSLATE_NOOP("reports", "edited in a spreadsheet"),
    "conflict": QT_TRANSLATE_NOOP("reports", "conflict resolved"),
    "demo": QT_TRANSLATE_NOOP("reports", "demo data"),
}


def render(store: Store, compound_id: str, path: Path, setup: Setup | None = None) -> int:
    """Write the compound's file to ``path``; return the page count."""
    setup = setup or Setup()
    compound = compounds.get(store, compound_id)
    words = Words(setup.translate)
    doc = Doc(
        setup,
        queries.footer(store),
        title=words.translate("reports", "Compound file: {name}").format(name=compound.name),
    )
    life = _lifetime(store, compound_id)
    sections = [_basics, resources.compound_section, _inspections, _findings, _notices,
                _trend, _hotline, _history]
    story: list[Flowable] = [
        doc.para(
            doc.words.translate("reports", "Compound file: {name}").format(name=compound.name),
            "title",
        ),
        doc.para(_records_period(doc, life), "subtitle"),
    ]
    parts = [functools.partial(section, doc, store, compound, life) for section in sections]
    return doc.build_sections(story, parts, path)


def _records_period(doc: Doc, period: Period) -> str:
    return doc.words.translate("reports", "Records from {start} to {end}").format(
        start=doc.words.date(period.start), end=doc.words.date(period.end)
    )


def _lifetime(store: Store, compound_id: str) -> Period:
    first = store.db.execute(
        "SELECT min(t) FROM (SELECT min(started_at) AS t FROM inspections WHERE compound_id = ?"
        " UNION ALL SELECT min(created_at) FROM findings WHERE compound_id = ?"
        " UNION ALL SELECT created_at FROM compounds WHERE id = ?)",
        [compound_id] * 3,
    ).fetchone()[0]
    today = clock.today_local()
    start = (clock.local_naive(first) or clock.now_local()).date() if first else today
    return Period(min(start, today), today)


def _basics(
    doc: Doc, store: Store, compound: Compound, life: Period, number: int
) -> list[Flowable]:
    words = doc.words
    state = hotline.campaign_states(store).get(compound.id, "")
    full_time = {
        True: words.translate("reports", "yes"),
        False: words.translate("reports", "no"),
        None: "—",
    }
    pairs = [
        (words.translate("reports", "Compound"), compound.name),
        (words.translate("reports", "District"), compound.district),
        (words.translate("reports", "Street"), compound.street),
        (words.translate("reports", "Community"), compound.community),
        (words.translate("reports", "Address"), compound.address),
        (words.translate("reports", "Property company"), compound.property_company),
        (
            words.translate("reports", "Households"),
            "—" if compound.households is None else str(compound.households),
        ),
        (
            words.translate("reports", "Party branch"),
            words.marked(BRANCH[compound.party_branch]) if compound.party_branch in BRANCH else "—",
        ),
        (
            words.translate("reports", "Full-time party secretary"),
            full_time[compound.party_secretary_full_time],
        ),
        (
            words.translate("reports", "Campaign state"),
            words.marked(hotline.STATE_NAMES[state])
            if state in hotline.STATE_NAMES
            else state or "—",
        ),
    ]
    figures = queries.figures(store, life, "compound", compound.id)
    summary = words.translate(
        "reports",
        "{inspections} inspections; {raised} findings raised, {closed} closed, "
        "{open} open, {overdue} overdue.",
    ).format(**figures)
    return [
        doc.para(words.heading1(number, words.translate("reports", "The compound")), "h1"),
        doc.fields(pairs, [26, 61, 26, 61]),
        doc.space(2),
        doc.para(summary),
    ]


def _inspections(
    doc: Doc, store: Store, compound: Compound, life: Period, number: int
) -> list[Flowable]:
    words = doc.words
    rows = store.db.execute(
        "SELECT i.number, i.started_at, v.title, i.officer, i.place, i.score, i.status"
        " FROM inspections i JOIN checklist_versions v ON v.id = i.checklist_version_id"
        " WHERE i.compound_id = ? AND i.deleted = 0 ORDER BY i.started_at",
        [compound.id],
    ).fetchall()
    body = [
        [
            num,
            words.short(clock.local_naive(started)),
            title,
            officer,
            place,
            "—" if score is None else f"{score:.1f}",
            words.marked(inspection.STATUS.get(status, status)),
        ]
        for num, started, title, officer, place, score, status in rows
    ]
    title = words.heading1(
        number, words.translate("reports", "Inspections ({count})").format(count=len(rows))
    )
    if not rows:
        return [doc.para(title, "h1"), doc.para(words.translate("reports", "None."))]
    return [
        doc.para(title, "h1"),
        doc.table(
            [
                words.translate("reports", "Number"),
                words.translate("reports", "Time"),
                words.translate("reports", "Checklist"),
                words.translate("reports", "Officer"),
                words.translate("reports", "Place"),
                words.translate("reports", "Score"),
                words.translate("reports", "Status"),
            ],
            body,
            [33, 27, 40, 16, 18, 14, 26],
            align_right=(5,),
        ),
    ]


def _findings(
    doc: Doc, store: Store, compound: Compound, life: Period, number: int
) -> list[Flowable]:
    words = doc.words
    today = clock.today_local().isoformat()
    rows = store.db.execute(
        "SELECT number, created_at, description, responsible_party, deadline, state,"
        " closed_at FROM findings WHERE compound_id = ? AND deleted = 0 ORDER BY created_at",
        [compound.id],
    ).fetchall()
    body, late = [], []
    for n, (num, created, text, party, deadline, state, closed) in enumerate(rows):
        if state in queries.OPEN_STATES and deadline and deadline < today:
            late.append(n)
        body.append(
            [
                num,
                words.short(_date(created)),
                text,
                party,
                words.short(dt.date.fromisoformat(deadline)) if deadline else "—",
                words.marked(inspection.FINDING_STATE.get(state, state)),
                words.short(_date(closed)) if closed else "",
            ]
        )
    title = words.heading1(
        number,
        words.translate("reports", "Findings and rectification ({count})").format(count=len(rows)),
    )
    if not rows:
        return [doc.para(title, "h1"), doc.para(words.translate("reports", "None."))]
    return [
        doc.para(title, "h1"),
        doc.para(words.translate("reports", "Rows shaded red are overdue."), "small"),
        doc.table(
            [
                words.translate("reports", "Number"),
                words.translate("reports", "Raised"),
                words.translate("reports", "Problem"),
                words.translate("reports", "Responsible party"),
                words.translate("reports", "Deadline"),
                words.translate("reports", "State"),
                words.translate("reports", "Closed"),
            ],
            body,
            [33, 18, 48, 22, 18, 17, 18],
            highlight=late,
        ),
    ]


def _date(moment_utc: str | None) -> dt.date | None:
    moment = clock.local_naive(moment_utc)
    return moment.date() if moment else None


def _notices(
    doc: Doc, store: Store, compound: Compound, life: Period, number: int
) -> list[Flowable]:
    issued = notices.for_compound(store, compound.id)
    if not issued:
        return []
    words = doc.words
    body = [[n.number, words.short(_date(n.issued_at)), str(len(n.finding_ids))] for n in issued]
    return [
        doc.para(
            words.heading1(number, words.translate("reports", "Rectification notices issued")), "h1"
        ),
        doc.table(
            [
                words.translate("reports", "Notice number"),
                words.translate("reports", "Issued on"),
                words.translate("reports", "Findings"),
            ],
            body,
            [60, 60, 54],
            align_right=(2,),
        ),
    ]


def _trend(doc: Doc, store: Store, compound: Compound, life: Period, number: int) -> list[Flowable]:
    words = doc.words
    recent = Period(max(life.start, (life.end - dt.timedelta(days=365)).replace(day=1)), life.end)
    monthly = queries.monthly(store, recent, "compound", compound.id)
    return [
        KeepTogether(
            [
                doc.para(words.heading1(number, words.translate("reports", "Monthly trend")), "h1"),
                charts.columns(
                    doc,
                    words.translate("reports", "Inspections and findings by month"),
                    [m["month"] for m in monthly],
                    charts.monthly_series(doc, monthly),
                ),
            ]
        )
    ]


def _hotline(
    doc: Doc, store: Store, compound: Compound, life: Period, number: int
) -> list[Flowable]:
    if not hotline.available(store):
        return []
    words = doc.words
    year = Period((life.end - dt.timedelta(days=365)).replace(day=1), life.end)
    now = hotline.monthly(store, year, "compound", compound.id)
    before = hotline.monthly(store, year.year_before(), "compound", compound.id)
    months = year.months()
    body = [
        [
            m,
            str(now.get(m, 0)),
            str(before.get(f"{int(m[:4]) - 1}{m[4:]}", 0)),
            words.change(now.get(m, 0), before.get(f"{int(m[:4]) - 1}{m[4:]}", 0)),
        ]
        for m in months
    ]
    return [
        doc.para(
            words.heading1(number, words.translate("reports", "12345 hotline complaints")), "h1"
        ),
        doc.table(
            [
                words.translate("reports", "Month"),
                words.translate("reports", "Complaints"),
                words.translate("reports", "A year before"),
                words.translate("reports", "Year on year"),
            ],
            body,
            [44, 43, 43, 44],
            align_right=(1, 2, 3),
        ),
    ]


def _history(
    doc: Doc, store: Store, compound: Compound, life: Period, number: int
) -> list[Flowable]:
    words = doc.words
    versions = records.history(store, compounds.KIND, compound.id)
    body = [
        [
            words.short(clock.local_naive(v.updated_at)),
            words.marked(SOURCE.get(v.source, v.source)),
            v.source_detail,
            v.version[:12],
        ]
        for v in versions
    ]
    return [
        doc.para(
            words.heading1(number, words.translate("reports", "Changes to the compound's record")),
            "h1",
        ),
        doc.table(
            [
                words.translate("reports", "Time"),
                words.translate("reports", "Source"),
                words.translate("reports", "Detail"),
                words.translate("reports", "Version"),
            ],
            body,
            [40, 36, 68, 30],
        ),
    ]
