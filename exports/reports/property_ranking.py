"""The printable ranking of the property projects of a quarter (物业考核排名): how each
part weighed, the projects ranked with every part, the companies ranked, the measures."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from reportlab.platypus import Flowable

from exports.reports import queries
from exports.reports.pdf.common import Doc, Setup
from exports.reports.pdf.text import QT_TRANSLATE_NOOP, chinese_number
from storage import quarters
from storage.property import evaluation, measures
from storage.property.evaluation import Result
from storage.store.db import Store

PART_NAMES = {
    "party_branch": QT_TRANSLATE_NOOP("reports", "Party branch"),
    "satisfaction": QT_TRANSLATE_NOOP("reports", "Satisfaction"),
    "complaints": QT_TRANSLATE_NOOP("reports", "Complaints"),
    "findings": QT_TRANSLATE_NOOP("reports", "Findings"),
    "covert": QT_TRANSLATE_NOOP("reports", "Covert checks"),
}
GRADE_NAMES = {
    "excellent": QT_TRANSLATE_NOOP("reports", "excellent"),
    "good": QT_TRANSLATE_NOOP("reports", "good"),
    "pass": QT_TRANSLATE_NOOP("reports", "pass"),
    "fail": QT_TRANSLATE_NOOP("reports", "fail"),
}
MEASURE_NAMES = {
    "supervision": QT_TRANSLATE_NOOP("reports", "supervision orders"),
    "interview": QT_TRANSLATE_NOOP("reports", "companies interviewed"),
    "manager_replacement": QT_TRANSLATE_NOOP("reports", "managers replaced"),
    "expulsion": QT_TRANSLATE_NOOP("reports", "companies expelled"),
}


def render(store: Store, quarter: str, path: Path, setup: Setup | None = None) -> int:
    """Write the quarter's property ranking to ``path``; return the page count."""
    setup = setup or Setup()
    period = quarters.parse(quarter)
    results = evaluation.evaluate(store, str(period))
    doc = Doc(setup, queries.footer(store))
    words = doc.words
    doc.title = words.translate("reports", "Property companies' evaluation, {year} quarter "
                                           "{n}").format(year=period.year, n=period.number,
                                                         cn=chinese_number(period.number))
    story: list[Flowable] = [doc.para(doc.title, "title"),
                             doc.para(_weights(doc, store, str(period)), "subtitle")]
    sections = [_projects, _companies, _measures]
    parts = [functools.partial(s, doc, store, period, results) for s in sections]
    return doc.build_sections(story, parts, path)


def _weights(doc: Doc, store: Store, quarter: str) -> str:
    words = doc.words
    weights = evaluation.scheme(store, quarter).weights()
    return words.translate("reports", "Weights: {parts}").format(parts="，".join(
        f"{words.marked(PART_NAMES[p])} {w:g}%" for p, w in weights.items()))


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _projects(doc: Doc, store: Store, period: quarters.Quarter, results: list[Result],
              number: int) -> list[Flowable]:
    words = doc.words
    title = words.heading1(number, words.translate("reports", "Projects ranked"))
    if not results:
        return [doc.para(title, "h1"), doc.para(words.translate("reports", "None."))]
    header = [words.translate("reports", "Rank"), words.translate("reports", "Compound"),
              words.translate("reports", "Company"),
              *(words.marked(PART_NAMES[p]) for p in evaluation.PARTS),
              words.translate("reports", "Total"), words.translate("reports", "Grade")]
    body = [[str(r.rank or "—"), f"{r.compound}\n{r.district}{r.street}", r.company,
             *(_score(r.parts.get(p)) for p in evaluation.PARTS), _score(r.total),
             words.marked(GRADE_NAMES[r.grade]) if r.grade else
             words.translate("reports", "incomplete")] for r in results]
    failing = [n for n, r in enumerate(results) if r.grade == "fail"]
    # The spacer ends the heading's keep-with-next: the long table starts on this page.
    return [doc.para(title, "h1"), doc.space(0),
            doc.table(header, body, [10, 34, 36, 12, 12, 12, 12, 12, 13, 21],
                      highlight=failing, align_right=(0, 3, 4, 5, 6, 7, 8))]


def _companies(doc: Doc, store: Store, period: quarters.Quarter, results: list[Result],
               number: int) -> list[Flowable]:
    words = doc.words
    ranked = evaluation.by_company(results)
    if not ranked:
        return []
    header = [words.translate("reports", "Rank"), words.translate("reports", "Company"),
              words.translate("reports", "Projects"), words.translate("reports", "Evaluated"),
              words.translate("reports", "Mean")]
    body = [[str(c.rank or "—"), c.name, str(c.projects), str(c.evaluated), _score(c.mean)]
            for c in ranked]
    return [doc.para(words.heading1(number, words.translate("reports", "Companies ranked")),
                     "h1"),
            doc.table(header, body, [14, 88, 24, 24, 24], align_right=(0, 2, 3, 4))]


def _measures(doc: Doc, store: Store, period: quarters.Quarter, results: list[Result],
              number: int) -> list[Flowable]:
    words = doc.words
    taken = measures.between(store, period.first_day,
                             period.last_day + dt.timedelta(days=30))
    tally = measures.tally(taken)
    text = "，".join(f"{words.marked(MEASURE_NAMES[k])} {n}" for k, n in tally.items())
    return [doc.para(words.heading1(number, words.translate(
        "reports", "Measures taken (to a month after the quarter)")), "h1"), doc.para(text)]
