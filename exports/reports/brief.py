"""The meeting brief (工作简报): a period's key figures, tables by district, street and
compound, rankings, charts, the overdue findings and, where the store has 12345 work
orders, the hotline complaints with their year-on-year change."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table

from exports.reports import hotline, queries
from exports.reports.pdf import charts, official
from exports.reports.pdf.common import GRID, HEADER_FILL, Doc, Setup
from exports.reports.queries import Period
from storage import clock
from storage.store import documents
from storage.store.db import Store

UNIT_KEY, TO_KEY, CODE_KEY = "reports.brief_unit", "reports.brief_to", "reports.brief_code"
DEFAULT_CODE = "巡查简报"


def render(store: Store, period: Period, path: Path, setup: Setup | None = None) -> int:
    """Write the brief for ``period`` to ``path``; return the page count.

    A brief is numbered 第N期 per year (its number taken when the file is written; a
    reprint of the same period keeps it), headed with the issuing unit and date, has a
    one-page summary, and its full tables in the appendix.
    """
    setup = setup or Setup()
    return official.build_numbered(lambda: _render(store, period, Path(path), setup))


def _render(store: Store, period: Period, path: Path, setup: Setup) -> int:
    doc = Doc(setup, queries.footer(store))
    doc.title = doc.words.translate("reports", "Inspection work brief")
    key = f"{period.start}/{period.end}"
    code = documents.option(store, CODE_KEY, DEFAULT_CODE)
    issued = documents.find(store, "brief", key)
    number = issued.number if issued else documents.peek(store, code, clock.today_local().year)
    story = _header(doc, store, period, number) + _summary(doc, store, period)
    story += [PageBreak(), doc.para(doc.words.translate("reports", "Appendix: full lists"),
                                    "title")]
    sections = [_districts, _streets, _compounds, _charts, _overdue, _hotline]

    def register() -> None:
        if issued is None:
            documents.record(store, "brief", key, number)

    parts = [functools.partial(section, doc, store, period) for section in sections]
    return doc.build_sections(story, parts, path,
                              publish=official.publish(store, register))


def _header(doc: Doc, store: Store, period: Period, number: documents.Number) -> list[Flowable]:
    """The 简报 head: the title, 第N期, the issuing unit and the date over a rule."""
    words = doc.words
    unit = documents.option(store, UNIT_KEY) or queries.footer(store).device
    line = Table([[doc.para(unit, "body"), doc.para(words.date(clock.today_local()), "right")]],
                 colWidths=[doc.width / 2] * 2)
    line.setStyle(doc.style([("LINEBELOW", (0, 0), (-1, 0), 1.5, colors.Color(0.75, 0, 0)),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        doc.para(words.translate("reports", "Inspection work brief"), "masthead"),
        doc.para(words.translate("reports", "No. {serial}, {year}").format(
            serial=number.serial, year=number.year), "subtitle"),
        line,
        doc.space(3),
        doc.para(period_text(doc, period), "subtitle"),
    ]


def _summary(doc: Doc, store: Store, period: Period) -> list[Flowable]:
    """Page one: the key figures, and the few facts a meeting acts on."""
    words = doc.words
    figures = queries.figures(store, period)
    complaints = hotline.counts(store, period)
    story: list[Flowable] = [
        doc.para(words.heading1(1, words.translate("reports", "Key figures")), "h1"),
        figure_cards(doc, key_cards(doc, figures, complaints)),
        doc.para(words.heading1(2, words.translate("reports", "In brief")), "h1"),
    ]
    streets = ranked_streets(store, period)
    if streets:
        best = [r["street"] for rank, r in streets if rank == 1]
        worst = [r["street"] for rank, r in streets if rank == streets[-1][0]]
        story.append(doc.para(words.translate(
            "reports", "Highest closure rate: {best}; lowest: {worst} ({count} streets ranked)."
        ).format(best="、".join(best), worst="、".join(worst), count=len(streets))))
    day = period.reference_day()
    longest = queries.overdue(store, day, limit=3)
    for row in longest:
        story.append(doc.para(words.translate(
            "reports", "Overdue {days} days: {compound}, {problem} ({number})").format(
            days=row["days"], compound=row["compound"], problem=row["description"][:60],
            number=row["number"])))
    distribution = documents.option(store, TO_KEY)
    if distribution:
        story += [doc.space(6), doc.para(words.translate("reports", "To: {to}").format(
            to=distribution), "small")]
    return story


def period_text(doc: Doc, period: Period) -> str:
    return doc.words.translate("reports", "{start} to {end}").format(
        start=doc.words.date(period.start), end=doc.words.date(period.end)
    )


def figure_cards(doc: Doc, cards: list[tuple[str, str]]) -> Table:
    """Big numbers with their labels, up to four across."""
    across = min(4, len(cards))
    rows: list[list[object]] = []
    row: list[object] = []
    for value, label in cards:
        row.append([doc.para(value, "figure"), doc.para(label, "figure_label")])
        if len(row) == across:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (across - len(row)))
    table = Table(rows, colWidths=[174 * mm / across] * across)
    table.setStyle(
        doc.style(
            [
                ("BOX", (0, 0), (-1, -1), 0.4, GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def key_cards(
    doc: Doc, figures: dict[str, Any], complaints: dict[str, int]
) -> list[tuple[str, str]]:
    words = doc.words
    cards = [
        (str(figures["inspections"]), words.translate("reports", "inspections")),
        (str(figures["raised"]), words.translate("reports", "findings raised")),
        (str(figures["closed"]), words.translate("reports", "findings closed")),
        (words.percent(figures["closure_rate"]), words.translate("reports", "closure rate")),
        (str(figures["open"]), words.translate("reports", "findings open now")),
        (str(figures["overdue"]), words.translate("reports", "findings overdue")),
    ]
    if complaints:
        cards += [
            (str(complaints["now"]), words.translate("reports", "hotline complaints")),
            (
                words.change(complaints["now"], complaints["before"]),
                words.translate("reports", "complaints year on year"),
            ),
        ]
    return cards


def area_row(doc: Doc, row: dict[str, Any]) -> list[str]:
    return [
        str(row["inspections"]),
        str(row["raised"]),
        str(row["closed"]),
        doc.words.percent(row["closure_rate"]),
        str(row["open"]),
        str(row["overdue"]),
    ]


def area_header(doc: Doc) -> list[str]:
    words = doc.words
    return [
        words.translate("reports", "Inspections"),
        words.translate("reports", "Raised"),
        words.translate("reports", "Closed"),
        words.translate("reports", "Closure rate"),
        words.translate("reports", "Open"),
        words.translate("reports", "Overdue"),
    ]


_NUMBERS = tuple(range(1, 12))


def _districts(doc: Doc, store: Store, period: Period, number: int) -> list[Flowable]:
    rows = queries.by_area(store, period, "district")
    body = [[r["district"], str(r["compounds"]), *area_row(doc, r)] for r in rows]
    return doc.headed(
        doc.para(doc.words.heading1(number, doc.words.translate("reports", "By district")), "h1"),
        doc.table(
            [
                doc.words.translate("reports", "District"),
                doc.words.translate("reports", "Compounds"),
                *area_header(doc),
            ],
            body,
            [34, 20, 20, 20, 20, 20, 20, 20],
            align_right=_NUMBERS,
        ),
    )


def ranked_streets(store: Store, period: Period) -> list[tuple[int, dict[str, Any]]]:
    """Streets with findings in the period, best first (highest closure rate, then fewest
    overdue), with competition ranks; streets with nothing to rate are left out."""
    rows = [r for r in queries.by_area(store, period, "street") if r["closure_rate"] is not None]
    return queries.competition_ranks(rows, lambda r: (-r["closure_rate"], r["overdue"]))


def _streets(doc: Doc, store: Store, period: Period, number: int) -> list[Flowable]:
    words = doc.words
    rows = ranked_streets(store, period)
    if not rows:
        return []
    body = [[str(rank), r["district"], r["street"], *area_row(doc, r)] for rank, r in rows]
    return doc.headed(
        doc.para(
            words.heading1(number, words.translate("reports", "Streets ranked by closure rate")),
            "h1",
        ),
        doc.table(
            [
                words.translate("reports", "Rank"),
                words.translate("reports", "District"),
                words.translate("reports", "Street"),
                *area_header(doc),
            ],
            body,
            [12, 24, 30, 18, 18, 18, 18, 18, 18],
            align_right=(0, *_NUMBERS[2:]),
        ),
    )


def _compounds(doc: Doc, store: Store, period: Period, number: int) -> list[Flowable]:
    words = doc.words
    rows = queries.competition_ranks(
        [r for r in queries.by_area(store, period, "compound")
         if r["raised"] or r["open"] or r["inspections"]],
        lambda r: (-r["overdue"], -r["open"], -r["raised"]))
    if not rows:
        return []
    body = [[str(rank), r["name"], r["street"], *area_row(doc, r)] for rank, r in rows]
    return doc.headed(
        doc.para(
            words.heading1(
                number, words.translate("reports", "Compounds ranked by overdue and open findings")
            ),
            "h1",
        ),
        doc.table(
            [
                words.translate("reports", "Rank"),
                words.translate("reports", "Compound"),
                words.translate("reports", "Street"),
                *area_header(doc),
            ],
            body,
            [12, 32, 22, 18, 18, 18, 18, 18, 18],
            align_right=(0, *_NUMBERS[2:]),
        ),
    )


def _charts(doc: Doc, store: Store, period: Period, number: int) -> list[Flowable]:
    words = doc.words
    checklists = queries.by_checklist(store, period)
    monthly = queries.monthly(store, period)
    return [
        KeepTogether(
            [
                doc.para(words.heading1(number, words.translate("reports", "Charts")), "h1"),
                charts.bars(
                    doc,
                    words.translate("reports", "Findings raised by checklist"),
                    [
                        title or words.translate("reports", "No checklist")
                        for title, _ in checklists
                    ],
                    [count for _, count in checklists],
                ),
            ]
        ),
        doc.space(4),
        KeepTogether(
            [
                charts.lines(
                    doc,
                    words.translate("reports", "Monthly trend"),
                    [m["month"] for m in monthly],
                    charts.monthly_series(doc, monthly),
                )
            ]
        ),
    ]


def overdue_table(doc: Doc, rows: list[dict[str, Any]]) -> Table:
    words = doc.words
    body = [
        [
            r["number"],
            r["compound"],
            r["description"],
            r["responsible_party"],
            words.short(dt.date.fromisoformat(r["deadline"])),
            str(r["days"]),
        ]
        for r in rows
    ]
    return doc.table(
        [
            words.translate("reports", "Number"),
            words.translate("reports", "Compound"),
            words.translate("reports", "Problem"),
            words.translate("reports", "Responsible party"),
            words.translate("reports", "Deadline"),
            words.translate("reports", "Days over"),
        ],
        body,
        [33, 26, 57, 24, 20, 14],
        align_right=(5,),
    )


OVERDUE_LISTED = 500  # a meeting reads the worst; every one is in its compound's file


def _overdue(doc: Doc, store: Store, period: Period, number: int) -> list[Flowable]:
    words = doc.words
    day = period.reference_day()
    rows = queries.overdue(store, day, limit=OVERDUE_LISTED)
    count = queries.overdue_count(store, day)
    title = words.heading1(
        number,
        words.translate("reports", "Overdue findings on {date} ({count})").format(
            date=words.date(day), count=count
        ),
    )
    if not rows:
        return [
            doc.para(title, "h1"),
            doc.para(words.translate("reports", "No finding is overdue.")),
        ]
    story = doc.headed(doc.para(title, "h1"), overdue_table(doc, rows))
    if count > len(rows):
        story.append(doc.para(words.translate(
            "reports", "The {listed} longest overdue are listed; {rest} more are in the "
            "compound files.").format(listed=len(rows), rest=count - len(rows)), "small"))
    return story


def _hotline(doc: Doc, store: Store, period: Period, number: int) -> list[Flowable]:
    if not hotline.available(store):
        return []
    words = doc.words
    story: list[Flowable] = [
        doc.para(
            words.heading1(number, words.translate("reports", "12345 hotline complaints")), "h1"
        )
    ]
    for m, group in enumerate(("district", "compound"), start=1):
        rows = hotline.by_area(store, period, group)[:30]
        key, title, column = (
            (
                "district",
                words.translate("reports", "By district"),
                words.translate("reports", "District"),
            )
            if group == "district"
            else (
                "name",
                words.translate("reports", "Compounds with the most complaints"),
                words.translate("reports", "Compound"),
            )
        )
        body = [
            [str(n), r[key], str(r["now"]), str(r["before"]), words.change(r["now"], r["before"])]
            for n, r in enumerate(rows, start=1)
        ]
        story += [
            doc.para(words.heading2(m, title), "h2"),
            doc.table(
                [
                    words.translate("reports", "Rank"),
                    column,
                    words.translate("reports", "Complaints"),
                    words.translate("reports", "A year before"),
                    words.translate("reports", "Year on year"),
                ],
                body,
                [14, 70, 30, 30, 30],
                align_right=(0, 2, 3, 4),
            ),
        ]
    return story
