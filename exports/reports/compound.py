"""The compound file (一小区一档): everything about one compound over time — who and where,
campaign state, every inspection, every finding and its rectification, notices issued,
hotline complaints, and the history of the compound's own record."""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from exports.reports import brief, evidence, hotline, inspection, queries
from exports.reports.pdf import charts, photo_grid
from exports.reports.pdf.common import Doc, Setup
from exports.reports.pdf.text import QT_TRANSLATE_NOOP, Words
from exports.reports.queries import Period
from storage import clock
from storage.forms import validate
from storage.inspection import compounds, findings, notices
from storage.inspection.compounds import Compound
from storage.store import records
from storage.store.db import Store

BRANCH = {
    "entity": QT_TRANSLATE_NOOP("reports", "entity-type"),
    "functional": QT_TRANSLATE_NOOP("reports", "functional"),
}
FINDING_COLUMNS = (33, 18, 48, 22, 18, 17, 18)
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
    sections = [_basics, _inspections, _findings, _notices, _trend, _hotline, _history]
    story: list[Flowable] = [
        doc.para(
            doc.words.translate("reports", "Compound file: {name}").format(name=compound.name),
            "title",
        ),
        doc.para(_records_period(doc, life), "subtitle"),
        *_summary(doc, store, compound, life),
        doc.para(doc.words.translate("reports", "Contents"), "h1"),
        doc.contents(),
        PageBreak(),
    ]
    with tempfile.TemporaryDirectory(prefix="xuncha-photos-") as folder:
        cache = photo_grid.PhotoCache(store, Path(folder))
        parts = [functools.partial(section, doc, store, compound, life, cache=cache)
                 if section is _findings else functools.partial(section, doc, store, compound, life)
                 for section in sections]
        return doc.build_sections(story, parts, path)


def _summary(doc: Doc, store: Store, compound: Compound, life: Period) -> list[Flowable]:
    """The first page: the key figures of the compound's whole record."""
    words = doc.words
    figures = queries.figures(store, life, "compound", compound.id)
    state = hotline.campaign_states(store).get(compound.id, "")
    cards = [(str(figures["inspections"]), words.translate("reports", "inspections")),
             (str(figures["raised"]), words.translate("reports", "findings raised")),
             (str(figures["open"]), words.translate("reports", "findings open now")),
             (str(figures["overdue"]), words.translate("reports", "findings overdue"))]
    lines = [words.translate("reports", "{district} {street} {community}, {address}").format(
        district=compound.district, street=compound.street, community=compound.community,
        address=compound.address or "—")]
    if state in hotline.STATE_NAMES:
        lines.append(words.translate("reports", "Campaign state: {state}").format(
            state=words.marked(hotline.STATE_NAMES[state])))
    return [doc.para(words.translate("reports", "Summary"), "h1"),
            *[doc.para(line) for line in lines], doc.space(2),
            brief.figure_cards(doc, cards), doc.space(4)]


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
            validate.score_text(score),
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


def _findings(doc: Doc, store: Store, compound: Compound, life: Period, number: int,
              cache: photo_grid.PhotoCache | None = None) -> list[Flowable]:
    """Every finding with its rectification, overdue ones shaded, photos under each."""
    words = doc.words
    today = clock.today_local()
    ids = [r[0] for r in store.db.execute(
        "SELECT id FROM findings WHERE compound_id = ? AND deleted = 0 ORDER BY created_at",
        [compound.id])]
    raised = [findings.get(store, ident) for ident in ids]
    title = words.heading1(
        number,
        words.translate("reports", "Findings and rectification ({count})").format(
            count=len(raised)),
    )
    if not raised:
        return [doc.para(title, "h1"), doc.para(words.translate("reports", "None."))]
    body = [[f.number, words.short(_date(store_created(store, f.id))), f.description,
             f.responsible_party,
             words.short(dt.date.fromisoformat(f.deadline)) if f.deadline else "—",
             words.marked(inspection.FINDING_STATE.get(f.state, f.state)),
             words.short(_date(f.closed_at)) if f.closed_at else ""] for f in raised]
    details = {}
    if cache is not None and doc.setup.photos == "thumbnails":
        details = {n: photo_grid.thumbnails(doc, cache, evidence.of_finding(
            store, f, doc.setup.language), sum(FINDING_COLUMNS) - 6)
            for n, f in enumerate(raised) if f.attachments}
    table = doc.table(
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
        FINDING_COLUMNS,
        highlight=[n for n, f in enumerate(raised) if f.is_overdue(today)],
        details=details,
    )
    story = doc.headed(doc.para(title, "h1"), table)
    story.insert(2, doc.para(words.translate("reports", "Rows shaded red are overdue."), "small"))
    if cache is not None and doc.setup.photos == "annex":
        story += photo_grid.annex(doc, cache, words.translate("reports", "Annex: photos"), [
            (words.translate("reports", "Finding {number}").format(number=f.number),
             evidence.of_finding(store, f, doc.setup.language)) for f in raised])
    return story


def store_created(store: Store, finding_id: str) -> str | None:
    row = store.db.execute("SELECT created_at FROM findings WHERE id = ?", [finding_id]).fetchone()
    return str(row[0]) if row and row[0] else None


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


FIELDS = {
    "name": QT_TRANSLATE_NOOP("reports", "Compound"),
    "district": QT_TRANSLATE_NOOP("reports", "District"),
    "street": QT_TRANSLATE_NOOP("reports", "Street"),
    "community": QT_TRANSLATE_NOOP("reports", "Community"),
    "address": QT_TRANSLATE_NOOP("reports", "Address"),
    "property_company": QT_TRANSLATE_NOOP("reports", "Property company"),
    "households": QT_TRANSLATE_NOOP("reports", "Households"),
    "party_branch": QT_TRANSLATE_NOOP("reports", "Party branch"),
    "party_secretary_full_time": QT_TRANSLATE_NOOP("reports", "Full-time party secretary"),
}


def _history(
    doc: Doc, store: Store, compound: Compound, life: Period, number: int
) -> list[Flowable]:
    """Who changed the compound's record, when, and what: each field's old and new value."""
    words = doc.words
    versions = records.history(store, compounds.KIND, compound.id)
    who = dict(store.db.execute("SELECT id, coalesce(nullif(officer, ''), name) FROM devices"))
    body = []
    before: dict[str, object] = {}
    for v in versions:
        source = words.marked(SOURCE.get(v.source, v.source))
        body.append([words.short(clock.local_naive(v.updated_at)),
                     str(who.get(v.device_id) or v.device_id[:8]),
                     " · ".join(p for p in (source, v.source_detail) if p),
                     _changes(doc, before, v.content)])
        before = v.content
    table = doc.table(
        [
            words.translate("reports", "Time"),
            words.translate("reports", "By"),
            words.translate("reports", "Source"),
            words.translate("reports", "What changed"),
        ],
        body,
        [28, 26, 36, 84],
    )
    heading = doc.para(
        words.heading1(number, words.translate("reports", "Changes to the compound's record")),
        "h1")
    return doc.headed(heading, table)


def _changes(doc: Doc, before: dict[str, object], after: dict[str, object]) -> str:
    """The fields that changed, "field: old → new", one a line; "created" at first."""
    words = doc.words
    if not before:
        return words.translate("reports", "Record created")
    lines = [f"{words.marked(label)}：{_shown(before.get(name))} → {_shown(after.get(name))}"
             for name, label in FIELDS.items() if before.get(name) != after.get(name)]
    if before.get("deleted") != after.get("deleted"):
        lines.append(words.translate("reports", "Record deleted") if after.get("deleted")
                     else words.translate("reports", "Record restored"))
    return "\n".join(lines) or words.translate("reports", "No visible change")


def _shown(value: object) -> str:
    return "—" if value in (None, "") else str(value)
