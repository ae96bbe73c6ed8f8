"""The problem ledger on paper (问题台账): what the filter chose, its figures and its lead
departments, then every problem with its deadline, state and 销号; overdue rows shaded."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from exports.reports import queries, resources
from exports.reports.pdf.common import Doc, Setup
from exports.reports.pdf.text import QT_TRANSLATE_NOOP, Words
from storage import clock
from storage.helpers import summary
from storage.inspection import compounds
from storage.ledger import entries
from storage.ledger.entries import Entry, Filter
from storage.store.db import Store

SOURCE = {"inspection": QT_TRANSLATE_NOOP("reports", "inspection"),
          "work_order": QT_TRANSLATE_NOOP("reports", "12345 work order"),
          "review": QT_TRANSLATE_NOOP("reports", "street review"),
          "helper": QT_TRANSLATE_NOOP("reports", "helper's visit"),
          "other": QT_TRANSLATE_NOOP("reports", "other")}
STATE = {"open": QT_TRANSLATE_NOOP("reports", "to rectify"),
         "in_progress": QT_TRANSLATE_NOOP("reports", "rectifying"),
         "awaiting": QT_TRANSLATE_NOOP("reports", "awaiting re-inspection"),
         "closed": QT_TRANSLATE_NOOP("reports", "closed"),
         "withdrawn": QT_TRANSLATE_NOOP("reports", "withdrawn")}
_PADDING = 6 / mm + 1  # a cell's left and right padding (3 pt each) and a hair, in mm
_NAMES = 16.0  # mm for the compound and for the lead: "Compound", 市场监管 on one line


def render(store: Store, flt: Filter, path: Path, setup: Setup | None = None) -> int:
    """Write the ledger the filter selects to ``path``; return the page count."""
    setup = setup or Setup()
    words = Words(setup.translate)
    title = words.translate("reports", "Problem ledger")
    doc = Doc(setup, queries.footer(store), title=title)
    found = entries.search(store, flt)
    story: list[Flowable] = [doc.para(title, "title"), doc.para(_scope(doc, store, flt),
                                                                  "subtitle")]
    parts = [functools.partial(section, doc, store, flt, found)
             for section in (_figures, _departments, _list)]
    return doc.build_sections(story, parts, path)


def _scope(doc: Doc, store: Store, flt: Filter) -> str:
    words = doc.words
    parts = [p for p in (flt.district, flt.street) if p]
    if flt.compound_id:
        parts.append(compounds.get(store, flt.compound_id).name)
    for label, value in ((words.translate("reports", "lead department {value}"),
                          flt.department),
                         (words.translate("reports", "source {value}"),
                          words.marked(SOURCE[flt.source]) if flt.source in SOURCE else ""),
                         (words.translate("reports", "state {value}"),
                          words.marked(STATE[flt.state]) if flt.state in STATE else "")):
        if value:
            parts.append(label.format(value=value))
    if flt.overdue:
        parts.append(words.translate("reports", "overdue only"))
    if flt.closed_from or flt.closed_to:
        parts.append(words.translate("reports", "closed {start} to {end}").format(
            start=words.date(flt.closed_from) or "…", end=words.date(flt.closed_to) or "…"))
    return "；".join(parts) or words.translate("reports", "Every problem of the city")


def _figures(doc: Doc, store: Store, flt: Filter, found: list[Entry],
             number: int) -> list[Flowable]:
    words = doc.words
    today = flt.today or clock.today_local()
    pending = [e for e in found if e.state not in entries.DONE]
    cards = [(str(len(found)), words.translate("reports", "problems listed")),
             (str(sum(e.state == "closed" for e in found)),
              words.translate("reports", "closed (销号)")),
             (str(len(pending)), words.translate("reports", "not closed")),
             (str(sum(e.overdue(today) for e in pending)),
              words.translate("reports", "of them overdue"))]
    return [doc.para(words.heading1(number, words.translate("reports", "Key figures")), "h1"),
            doc.table([label for _, label in cards], [[value for value, _ in cards]],
                      [43.5] * 4, align_right=range(4))]


def _departments(doc: Doc, store: Store, flt: Filter, found: list[Entry],
                 number: int) -> list[Flowable]:
    if not found:
        return []
    first = min((e.closed_on or e.raised_on for e in found), default=None)
    period = queries.Period(flt.closed_from or _day(first), flt.closed_to or
                            clock.today_local())
    rows = [r for r in resources.by_department(store, period, summary.Area(
        flt.district, flt.street)) if r["department"] in {e.lead_department for e in found}]
    if not rows:
        return []
    return [doc.para(doc.words.heading1(number, doc.words.translate(
        "reports", "Problems by lead department")), "h1"), resources.departments_table(doc, rows)]


def _day(text: str | None) -> dt.date:
    return dt.date.fromisoformat(text[:10]) if text else clock.today_local()


def _list(doc: Doc, store: Store, flt: Filter, found: list[Entry],
          number: int) -> list[Flowable]:
    words = doc.words
    today = flt.today or clock.today_local()
    title = words.heading1(number, words.translate("reports", "The problems ({count})").format(
        count=len(found)))
    if not found:
        return [doc.para(title, "h1"), doc.para(words.translate("reports", "None."))]
    body = [[str(n), e.number, e.compound, e.description,
             f"{e.lead_department}\n{e.manual_item}".strip(), e.deadline or "—",
             words.marked(STATE.get(e.state, e.state)),
             f"{e.closed_on or ''}\n{e.verified_by}".strip()]
            for n, e in enumerate(found, start=1)]
    return [doc.para(title, "h1"),
            doc.para(words.translate("reports", "Rows shaded red are overdue."), "small"),
            doc.table([words.translate("reports", "No."), words.translate("reports", "Number"),
                       words.translate("reports", "Compound"),
                       words.translate("reports", "Problem"),
                       words.translate("reports", "Lead (manual item)"),
                       words.translate("reports", "Deadline"), words.translate("reports", "State"),
                       words.translate("reports", "Closed, verified by")],
                      body, _widths(doc, found),
                      highlight=[n for n, e in enumerate(found) if e.overdue(today)],
                      align_right=(0,))]


def _widths(doc: Doc, found: list[Entry]) -> list[float]:
    """The columns, in mm. What must stay on one line (the row's and the problem's numbers,
    the dates, every state in the document's language) is as wide as its widest text in
    the font printed with; the problem takes what the compound and the lead leave."""
    fit = functools.partial(_fit, doc)
    day = "2026-12-31"
    row = fit([doc.words.translate("reports", "No."), str(len(found))])
    number = fit([e.number for e in found])
    deadline = fit([day, *(e.deadline or "" for e in found)])
    state = fit([doc.words.marked(label) for label in STATE.values()])
    closed = fit([day, *(e.closed_on or "" for e in found)])
    problem = doc.width / mm - row - number - deadline - state - closed - 2 * _NAMES
    return [row, number, _NAMES, problem, _NAMES, deadline, state, closed]


def _fit(doc: Doc, texts: list[str]) -> float:
    """The width in mm of a cell that holds the widest of ``texts`` on one line."""
    style = doc.styles["cell"]
    return max(stringWidth(t, style.fontName, style.fontSize) for t in texts) / mm + _PADDING
