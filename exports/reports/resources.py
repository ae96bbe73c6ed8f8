"""The campaign's resources on paper: a compound's three-ones helpers and projects in its
file, the helpers and the ledger's figures by lead department in the brief and a street's
report, and the lead and supporting departments a notice names for each finding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

from exports.reports.pdf.common import Doc
from exports.reports.pdf.text import QT_TRANSLATE_NOOP
from exports.reports.queries import Period
from storage.helpers import assignments, people, summary, work
from storage.inspection.compounds import Compound
from storage.inspection.findings import Finding
from storage.ledger import entries, routing
from storage.manual.links import Router
from storage.store.db import Store

ROLE = {"leader": QT_TRANSLATE_NOOP("reports", "County-level leader"),
        "secretary": QT_TRANSLATE_NOOP("reports", "Red-collar secretary"),
        "unit": QT_TRANSLATE_NOOP("reports", "Helping unit")}
PROJECT_STATE = {"planned": QT_TRANSLATE_NOOP("reports", "planned"),
                 "underway": QT_TRANSLATE_NOOP("reports", "under way"),
                 "done": QT_TRANSLATE_NOOP("reports", "completed"),
                 "cancelled": QT_TRANSLATE_NOOP("reports", "cancelled")}
VISITS_LISTED = 12


def wan(amount: float | None) -> str:
    """An amount in 万元 with at most two decimals, as on paper."""
    return "—" if amount is None else f"{amount:,.2f}".rstrip("0").rstrip(".")


# --- a compound's file ------------------------------------------------------------------

def compound_section(doc: Doc, store: Store, compound: Compound, life: Period,
                     number: int) -> list[Flowable]:
    """Its helpers (and those before), projects, funds, the latest visits."""
    words = doc.words
    every = assignments.for_compound(store, compound.id)
    projects = work.projects(store, compound.id)
    if not every and not projects:
        return []
    funds = work.funds(store, compound.id)
    visits = work.visits(store, compound.id)
    story: list[Flowable] = [
        doc.para(words.heading1(number, words.translate("reports", "Three-ones helpers")), "h1"),
        doc.para(words.translate(
            "reports", "Funds brought: {amount} (10,000 yuan) in {count} payments; "
            "{projects} livelihood projects; {visits} visits.").format(
            amount=wan(sum(f.amount_wan for f in funds)), count=len(funds),
            projects=len(projects), visits=len(visits))),
    ]
    parts = [(words.translate("reports", "Helpers and their changes"),
              _assignments(doc, store, every, life.end) if every else None),
             (words.translate("reports", "Livelihood projects"),
              _projects(doc, projects) if projects else None),
             (words.translate("reports", "Latest visits"),
              _visits(doc, store, visits[:VISITS_LISTED]) if visits else None)]
    shown = [(title, table) for title, table in parts if table is not None]
    for n, (title, table) in enumerate(shown, start=1):
        story += doc.headed(doc.para(words.heading2(n, title), "h2"), table)
    return story


def _assignments(doc: Doc, store: Store, found: Sequence[assignments.Assignment],
                 day: dt.date) -> Flowable:
    words = doc.words
    body = []
    for a in sorted(found, key=lambda a: (not a.active(day), a.role, a.since)):
        helper = people.get(store, a.helper_id)
        body.append([words.marked(ROLE[a.role]), helper.label(), helper.phone, a.since,
                     a.until or words.translate("reports", "now"), a.reason])
    return doc.table([words.translate("reports", "Role"), words.translate("reports", "Helper"),
                      words.translate("reports", "Phone"), words.translate("reports", "From"),
                      words.translate("reports", "To"), words.translate("reports", "Reason")],
                     body, [24, 50, 24, 20, 20, 36])


def _projects(doc: Doc, found: Sequence[work.Project]) -> Flowable:
    words = doc.words
    body = [[p.name, words.marked(PROJECT_STATE.get(p.state, p.state)), wan(p.budget_wan),
             p.start or "", p.finish or "", str(len(p.attachments))] for p in found]
    return doc.table([words.translate("reports", "Livelihood project"),
                      words.translate("reports", "State"),
                      words.translate("reports", "Budget (10,000 yuan)"),
                      words.translate("reports", "Start"), words.translate("reports", "Finish"),
                      words.translate("reports", "Photos")],
                     body, [58, 20, 26, 22, 22, 16], align_right=(2, 5))


def _visits(doc: Doc, store: Store, found: Sequence[work.Visit]) -> Flowable:
    words = doc.words
    names = {h.id: h.label() for h in people.search(store, limit=100_000)}
    body = [[v.day, names.get(v.helper_id or "", ""), v.purpose, v.decisions] for v in found]
    return doc.table([words.translate("reports", "Visit day"), words.translate("reports", "Who"),
                      words.translate("reports", "Looked at"),
                      words.translate("reports", "Decided")], body, [20, 36, 56, 62])


# --- the brief and a street's report --------------------------------------------------------

def brief_section(doc: Doc, store: Store, period: Period, number: int) -> list[Flowable]:
    """The helpers' totals and the problems solved, then the ledger by lead department."""
    return _area_section(doc, store, period, number, summary.Area())


def street_section(doc: Doc, store: Store, street: str, period: Period,
                   number: int) -> list[Flowable]:
    district = store.db.execute("SELECT district FROM compounds WHERE street = ? AND"
                                " deleted = 0 LIMIT 1", [street]).fetchone()
    return _area_section(doc, store, period, number,
                         summary.Area(district[0] if district else "", street))


def _area_section(doc: Doc, store: Store, period: Period, number: int,
                  area: summary.Area) -> list[Flowable]:
    words = doc.words
    helpers = summary.summary(store, area, start=period.start, end=period.end)
    solved = entries.solved(store, start=period.start, end=period.end, district=area.district,
                            street=area.street, today=period.reference_day())
    if not (helpers.compounds or solved.total or solved.pending):
        return []
    cards = [
        (str(helpers.leaders), words.translate("reports", "county-level leaders")),
        (str(helpers.secretaries), words.translate("reports", "red-collar secretaries")),
        (str(helpers.units), words.translate("reports", "helping units")),
        (wan(helpers.funds_wan), words.translate("reports", "funds (10,000 yuan)")),
        (str(helpers.projects), words.translate("reports", "livelihood projects")),
        (str(solved.total), words.translate("reports", "problems solved")),
        (str(solved.pending), words.translate("reports", "problems open now")),
        (str(solved.overdue), words.translate("reports", "of them overdue")),
    ]
    heading = doc.para(words.heading1(number, words.translate(
        "reports", "Helpers and the problem ledger")), "h1")
    story = doc.headed(heading, doc.table([label for _, label in cards],
                                          [[value for value, _ in cards]],
                                          [174 / len(cards)] * len(cards),
                                          align_right=range(len(cards))), rows=1)
    rows = by_department(store, period, area)
    if rows:
        story += doc.headed(doc.para(words.heading2(1, words.translate(
            "reports", "Problems by lead department")), "h2"), departments_table(doc, rows))
    return story


def brief_lines(doc: Doc, store: Store, period: Period) -> list[Flowable]:
    """For the brief's first page: the helpers at work and the problems solved, and the
    lead department with the most overdue problems."""
    words = doc.words
    helpers = summary.summary(store, start=period.start, end=period.end)
    solved = entries.solved(store, start=period.start, end=period.end,
                            today=period.reference_day())
    if not (helpers.compounds or solved.total or solved.pending):
        return []
    text = words.translate(
        "reports", "Three-ones helpers: {leaders} county-level leaders, {secretaries} "
        "red-collar secretaries and {units} units for {compounds} compounds; {funds} (10,000 "
        "yuan) brought in the period. Problems solved: {solved}; not closed: {pending}, "
        "{overdue} of them overdue.").format(
        leaders=helpers.leaders, secretaries=helpers.secretaries, units=helpers.units,
        compounds=helpers.compounds, funds=wan(helpers.funds_wan), solved=solved.total,
        pending=solved.pending, overdue=solved.overdue)
    worst = by_department(store, period, summary.Area())
    late = max(worst, key=lambda r: r["overdue"], default=None)
    if late and late["overdue"]:
        text += " " + words.translate(
            "reports", "Most overdue problems lead: {department} ({count}).").format(
            department=late["department"] or words.translate("reports", "not given"),
            count=late["overdue"])
    return [doc.para(text)]


def by_department(store: Store, period: Period, area: summary.Area) -> list[dict[str, Any]]:
    """Per lead department: open now, of them overdue, closed in the period."""
    day = period.reference_day()
    found: dict[str, dict[str, Any]] = {}
    for entry in entries.search(store, entries.Filter(district=area.district,
                                                      street=area.street)):
        row = found.setdefault(entry.lead_department, {"department": entry.lead_department,
                                                       "open": 0, "overdue": 0, "closed": 0})
        if entry.state not in entries.DONE:
            row["open"] += 1
            row["overdue"] += int(entry.overdue(day))
        elif entry.state == "closed" and entry.closed_on and \
                period.start.isoformat() <= entry.closed_on <= period.end.isoformat():
            row["closed"] += 1
    rows = [r for r in found.values() if r["open"] or r["closed"]]
    return sorted(rows, key=lambda r: (-r["open"], -r["closed"], r["department"]))


def departments_table(doc: Doc, rows: list[dict[str, Any]]) -> Flowable:
    """Open, overdue and closed problems per lead department (overdue rows shaded)."""
    words = doc.words
    body = [[r["department"] or words.translate("reports", "not given"), str(r["open"]),
             str(r["overdue"]), str(r["closed"])] for r in rows]
    return doc.table([words.translate("reports", "Lead department"),
                      words.translate("reports", "Open"), words.translate("reports", "Overdue"),
                      words.translate("reports", "Closed in the period")],
                     body, [74, 33, 33, 34], highlight=[n for n, r in enumerate(rows)
                                                         if r["overdue"]],
                     align_right=(1, 2, 3))


# --- a rectification notice -----------------------------------------------------------------

def department(doc: Doc, store: Store, finding: Finding) -> str:
    """The departments a notice names for a finding: the manual's lead and supporting ones
    (with the item), else the department the finding was given."""
    item = routing.finding(store, finding, Router(store))
    if item is None:
        return finding.department
    words = doc.words
    text = words.translate("reports", "{lead} (lead)").format(lead=item.lead)
    if item.supporting:
        text += words.translate("reports", "; {departments} (supporting)").format(
            departments="、".join(item.supporting_list))
    return text + words.translate("reports", " — manual item {code}").format(code=item.code)
