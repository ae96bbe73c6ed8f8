"""The circular (通报) of a quarter's street review, in the layout of official documents.

Built on the official form (``exports.reports.pdf.official``) and its numbers
(``storage.store.documents``): 机关代字〔2026〕N号, N counting per agency code and year,
taken only when the file is written; a reprint of the quarter's circular keeps its number
and date. Then the addressees, what was reviewed and by whom, the ranked table, the
lagging streets named and their secretaries' interviews, the follow-up of the last
quarter's interviews, the requirements, the issuing office and the date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable

from exports.reports import queries
from exports.reports.pdf import official
from exports.reports.pdf.common import Doc, Setup
from exports.reports.pdf.text import QT_TRANSLATE_NOOP, chinese_number
from storage import clock, quarters
from storage.review import interviews, plans, ranking
from storage.review.ranking import Ranking, StreetResult
from storage.store import documents
from storage.store.db import Store

KIND = "review_circular"
DEFAULT_CODE = "述职通报"
CODE_KEY, OFFICE_KEY = "reports.circular_code", "reports.circular_office"


def render(store: Store, quarter: str, path: Path, setup: Setup | None = None, *,
           office: str = "", code: str = "") -> int:
    """Write the quarter's circular to ``path``; return the page count. ``code`` and
    ``office`` are remembered for the next circular (the last ones by default)."""
    setup = setup or Setup()
    found = ranking.rank(store, quarters.normal(quarter))
    chosen = {CODE_KEY: code.strip() or documents.option(store, CODE_KEY, DEFAULT_CODE),
              OFFICE_KEY: office.strip() or documents.option(store, OFFICE_KEY)}
    documents.set_options(store, {k: v for k, v in chosen.items() if v})
    return official.build_numbered(lambda: _render(
        store, found, Path(path), setup, chosen[OFFICE_KEY], chosen[CODE_KEY]))


def _render(store: Store, found: Ranking, path: Path, setup: Setup, office: str,
            code: str) -> int:
    issued = documents.find(store, KIND, found.plan.quarter)
    day = _day(found, issued)
    number = issued.number if issued else documents.peek(store, code, day.year)
    doc = Doc(setup, queries.footer(store), layout="official")
    words = doc.words
    period = quarters.parse(found.plan.quarter)
    doc.title = words.translate(
        "reports", "Circular on the review of the street party working committees' "
        "governance of residential compounds, {year} quarter {n}").format(
        year=period.year, n=period.number, cn=chinese_number(period.number))
    story: list[Flowable] = [
        official.title(doc, doc.title), official.number(doc, number.text()), doc.space(4),
        official.addressee(doc, words.translate(
            "reports", "To the party committees of the counties and districts, and the city "
                       "departments concerned:")),
        official.body(doc, _opening(doc, found)),
    ]
    story += _results(doc, found, 1) + _lagging(doc, store, found, 2)
    story += _follow_up(doc, store, found, 3)
    story += official.closing(doc, _requirements(doc, 4), office or words.translate(
        "reports", "____________ (seal)"), day)

    def register() -> None:
        if issued is None:
            documents.record(store, KIND, found.plan.quarter, number)

    return doc.build(story, path, publish=official.publish(store, register))


def _day(found: Ranking, issued: documents.Issued | None) -> dt.date:
    """The circular's date: of its first printing, else the review meeting, else today."""
    if issued is not None:
        moment = clock.local_naive(issued.issued_at)
        if moment is not None:
            return moment.date()
    meeting = found.plan.settings.meeting_date
    return dt.date.fromisoformat(meeting) if meeting else clock.today_local()


def _opening(doc: Doc, found: Ranking) -> str:
    words, settings = doc.words, found.plan.settings
    day = dt.date.fromisoformat(settings.meeting_date) if settings.meeting_date else None
    departments = "、".join(d.name for d in found.plan.departments)
    text = words.translate(
        "reports", "On {date} the city heard the reports of {streets} street party working "
        "committee secretaries on their governance of residential compounds; {count} city "
        "departments ({departments}) scored them on the spot.").format(
        date=words.date(day) if day else words.translate("reports", "the review meeting"),
        streets=len(found.plan.streets), count=len(found.plan.departments),
        departments=departments)
    if settings.drop_extremes:
        text += words.translate("reports", " Each street's highest and lowest score were "
                                           "left out.")
    return text + words.translate("reports", " The results are circulated as follows.")


def _results(doc: Doc, found: Ranking, n: int) -> list[Flowable]:
    words = doc.words
    header = [words.translate("reports", "Rank"), words.translate("reports", "District"),
              words.translate("reports", "Street"), words.translate("reports", "Secretary"),
              words.translate("reports", "Score"), words.translate("reports", "Change")]
    body = [[str(r.rank or "—"), r.street.district, r.street.street, r.street.secretary,
             "—" if r.total is None else f"{r.total:.2f}", _moved(r)] for r in found.results]
    lagging = [i for i, r in enumerate(found.results) if r.lagging]
    story: list[Flowable] = [
        official.heading(doc, 1, n, words.translate("reports", "Results of the review")),
        doc.space(0),  # ends the heading's keep-with-next: the table starts on this page
        doc.table(header, body, [14, 26, 36, 30, 24, 26], highlight=lagging,
                  align_right=(0, 4)),
    ]
    if found.missing:
        story.append(official.body(doc, words.translate(
            "reports", "Not yet scored by: {names}.").format(
            names="、".join(d.name for d in found.missing))))
    return story


def _moved(result: StreetResult) -> str:
    moved = result.rank_change
    if moved is None:
        return "—"
    return "—" if moved == 0 else f"↑{moved}" if moved > 0 else f"↓{-moved}"


def _lagging(doc: Doc, store: Store, found: Ranking, n: int) -> list[Flowable]:
    words = doc.words
    lagging = found.lagging
    if not lagging:
        return []
    names = "、".join(f"{r.street.district}{r.street.street}" for r in lagging)
    story: list[Flowable] = [
        official.heading(doc, 1, n, words.translate("reports", "Streets lagging behind")),
        official.body(doc, words.translate(
            "reports", "The last in the ranking are {names}. Their party working committee "
            "secretaries are to be interviewed and to report on their rectification at the "
            "next review.").format(names=names)),
    ]
    held = interviews.of_quarter(store, found.plan.quarter)
    streets = {s.id: s.label for s in found.plan.streets}
    for m, interview in enumerate(held, start=1):
        story.append(official.heading(doc, 2, m, words.translate(
            "reports", "{street}: {who} interviewed by {by} on {date}").format(
            street=streets.get(interview.street_id, ""), who=interview.interviewee,
            by=interview.interviewer,
            date=words.date(dt.date.fromisoformat(interview.held_on)))))
        if interview.commitments:
            story.append(official.body(doc, words.translate(
                "reports", "Commitments: {text}").format(text=interview.commitments)))
    return story


def _follow_up(doc: Doc, store: Store, found: Ranking, n: int) -> list[Flowable]:
    words = doc.words
    before = str(quarters.parse(found.plan.quarter).previous())
    earlier = interviews.of_quarter(store, before)
    if not earlier:
        return []
    streets = {s.id: s.label for s in plans.draft(store, before).streets}
    story: list[Flowable] = [official.heading(doc, 1, n, words.translate(
        "reports", "Follow-up of last quarter's interviews"))]
    for interview in earlier:
        outcome = words.marked(_OUTCOME_NAMES[interview.outcome])
        story.append(official.body(doc, words.translate(
            "reports", "{street} ({who}): {outcome}. {text}").format(
            street=streets.get(interview.street_id, ""), who=interview.interviewee,
            outcome=outcome, text=interview.follow_up).strip()))
    return story


def _requirements(doc: Doc, n: int) -> list[Flowable]:
    words = doc.words
    return [
        official.heading(doc, 1, n, words.translate("reports", "Requirements")),
        official.body(doc, words.translate(
            "reports", "Every street party working committee is to study the results, "
            "face its shortcomings and take the key compounds' problems in hand one by one; "
            "the lagging streets are to draw up rectification measures within two weeks "
            "and report them in writing.")),
    ]


_OUTCOME_NAMES = {
    "kept": QT_TRANSLATE_NOOP("reports", "commitments kept"),
    "partly": QT_TRANSLATE_NOOP("reports", "commitments partly kept"),
    "not_kept": QT_TRANSLATE_NOOP("reports", "commitments not kept"),
    "": QT_TRANSLATE_NOOP("reports", "not yet followed up"),
}
