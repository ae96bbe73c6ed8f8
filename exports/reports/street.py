"""A street's quarterly report (季度述职): its key compounds and their campaign state,
findings and closure, complaints year on year, and its rank among the streets."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from exports.reports import brief, hotline, queries
from exports.reports.pdf import charts
from exports.reports.pdf.common import Doc, Setup
from exports.reports.pdf.text import ReportProblem, Words
from exports.reports.queries import Period
from storage.store.db import Store


class UnknownStreet(ReportProblem):
    """No compound of the store lies in a street of this name (``street``)."""

    def __init__(self, street: str, known: list[str]) -> None:
        super().__init__(street)
        self.street = street
        self.known = known


def streets(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.db.execute(
            "SELECT DISTINCT street FROM compounds WHERE deleted = 0 AND street != ''"
            " ORDER BY street"
        )
    ]


def render(
    store: Store, street: str, period: Period, path: Path, setup: Setup | None = None
) -> int:
    """Write the street's report for ``period`` (a quarter) to ``path``; return the pages."""
    known = streets(store)
    if street not in known:
        raise UnknownStreet(street, known)
    setup = setup or Setup()
    words = Words(setup.translate)
    doc = Doc(
        setup,
        queries.footer(store),
        title=words.translate("reports", "Quarterly report of {street}").format(street=street),
    )
    sections = [_figures, _rank, _compounds, _trend, _overdue]
    story: list[Flowable] = [
        doc.para(
            doc.words.translate("reports", "Quarterly report of {street}").format(street=street),
            "title",
        ),
        doc.para(brief.period_text(doc, period), "subtitle"),
    ]
    parts = [functools.partial(section, doc, store, street, period) for section in sections]
    return doc.build_sections(story, parts, path)


def _figures(doc: Doc, store: Store, street: str, period: Period, number: int) -> list[Flowable]:
    figures = queries.figures(store, period, "street", street)
    complaints = hotline.counts(store, period, "street", street)
    compounds = store.db.execute(
        "SELECT count(*) FROM compounds WHERE street = ? AND deleted = 0", [street]
    ).fetchone()[0]
    cards = [
        (str(compounds), doc.words.translate("reports", "compounds")),
        *brief.key_cards(doc, figures, complaints),
    ]
    return [
        doc.para(doc.words.heading1(number, doc.words.translate("reports", "Key figures")), "h1"),
        brief.figure_cards(doc, cards),
    ]


def _rank(doc: Doc, store: Store, street: str, period: Period, number: int) -> list[Flowable]:
    words = doc.words
    ranked = brief.ranked_streets(store, period)
    place = next((rank for rank, r in ranked if r["street"] == street), None)
    if place is None:
        text = words.translate(
            "reports", "{street} raised no findings in the period, so it is not ranked by "
            "closure rate ({count} streets are).").format(street=street, count=len(ranked))
    else:
        text = words.translate(
            "reports", "By closure rate {street} ranks {rank} of {count} streets."
        ).format(street=street, rank=place, count=len(ranked))
    complaints = hotline.by_area(store, period, "street")
    if complaints:
        order = [r["street"] for r in complaints]
        if street in order:
            text += " " + words.translate(
                "reports",
                "By hotline complaints it ranks {rank} of {count} (most complaints first).",
            ).format(rank=order.index(street) + 1, count=len(order))
    return [
        doc.para(
            words.heading1(number, words.translate("reports", "Rank among the streets")), "h1"
        ),
        doc.para(text),
    ]


def _compounds(doc: Doc, store: Store, street: str, period: Period, number: int) -> list[Flowable]:
    words = doc.words
    states = hotline.campaign_states(store)
    complaints = {
        r["id"]: r for r in hotline.by_area(store, period, "compound", "street", street)
    }
    rows = queries.by_area(store, period, "compound", "street", street)
    header = [
        words.translate("reports", "Compound"),
        words.translate("reports", "Campaign state"),
        *brief.area_header(doc),
    ]
    widths = [32, 24, 17, 17, 17, 17, 17, 17]
    if complaints:
        header += [
            words.translate("reports", "Complaints"),
            words.translate("reports", "Year on year"),
        ]
        widths = [28, 20, 15, 14, 14, 15, 13, 14, 15, 16]
    body = []
    for r in rows:
        state = states.get(r["id"], "")
        line = [
            r["name"],
            words.marked(hotline.STATE_NAMES[state])
            if state in hotline.STATE_NAMES
            else state or "—",
            *brief.area_row(doc, r),
        ]
        if complaints:
            c: dict[str, Any] = complaints.get(r["id"], {"now": 0, "before": 0})
            line += [str(c["now"]), words.change(c["now"], c["before"])]
        body.append(line)
    return [
        doc.para(words.heading1(number, words.translate("reports", "Compounds")), "h1"),
        doc.table(header, body, widths, align_right=tuple(range(2, len(header)))),
    ]


def _trend(doc: Doc, store: Store, street: str, period: Period, number: int) -> list[Flowable]:
    words = doc.words
    monthly = queries.monthly(store, period, "street", street)
    months = [m["month"] for m in monthly]
    series = charts.monthly_series(doc, monthly)
    story: list[Flowable] = [
        KeepTogether(
            [
                doc.para(words.heading1(number, words.translate("reports", "Monthly trend")), "h1"),
                charts.columns(
                    doc,
                    words.translate("reports", "Inspections and findings by month"),
                    months,
                    series,
                ),
            ]
        )
    ]
    if hotline.available(store):
        now = hotline.monthly(store, period, "street", street)
        before = hotline.monthly(store, period.year_before(), "street", street)
        earlier = [f"{int(m[:4]) - 1}{m[4:]}" for m in months]
        story.append(
            charts.columns(
                doc,
                words.translate("reports", "Hotline complaints by month, against a year before"),
                months,
                [
                    (words.translate("reports", "This year"), [now.get(m, 0) for m in months]),
                    (
                        words.translate("reports", "A year before"),
                        [before.get(m, 0) for m in earlier],
                    ),
                ],
            )
        )
    return story


def _overdue(doc: Doc, store: Store, street: str, period: Period, number: int) -> list[Flowable]:
    words = doc.words
    day = period.reference_day()
    rows = queries.overdue(store, day, "street", street)
    title = words.heading1(
        number,
        words.translate("reports", "Overdue findings on {date} ({count})").format(
            date=words.date(day), count=len(rows)
        ),
    )
    if not rows:
        return [
            doc.para(title, "h1"),
            doc.para(words.translate("reports", "No finding is overdue.")),
        ]
    return [doc.para(title, "h1"), brief.overdue_table(doc, rows)]
