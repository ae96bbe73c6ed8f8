"""Charts drawn with reportlab.graphics: bars by category and lines by month."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from exports.reports.pdf.common import Doc

PALETTE = [
    colors.Color(0.16, 0.38, 0.66),
    colors.Color(0.85, 0.42, 0.13),
    colors.Color(0.22, 0.6, 0.33),
    colors.Color(0.6, 0.25, 0.6),
]


def _nice_max(value: float) -> int:
    """A round axis maximum a little above ``value``."""
    if value <= 5:
        return 5
    step = 10 ** (len(str(int(value))) - 1)
    return int((value // step + 1) * step)


def bars(
    doc: Doc, title: str, labels: Sequence[str], values: Sequence[int], width_mm: float = 174
) -> Drawing:
    """Horizontal bars, one per label, with the value at the end of each bar."""
    font = doc.fonts.name("sans")
    row = 9 * mm
    height = max(len(labels), 1) * row + 22 * mm
    drawing = Drawing(width_mm * mm, height)
    drawing.initialFontName = font  # not Helvetica, which is not embedded
    drawing.add(String(0, height - 5 * mm, doc.note(font, title), fontName=font, fontSize=10))
    chart = HorizontalBarChart()
    chart.x, chart.y = 55 * mm, 8 * mm
    chart.width, chart.height = width_mm * mm - 70 * mm, height - 20 * mm
    if not any(values):
        drawing.add(String(width_mm * mm / 2, height / 2,
                           doc.note(font, doc.words.translate("reports", "No data in this period")),
                           fontName=font, fontSize=9, textAnchor="middle"))
        return drawing
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = [doc.note(font, label) for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values, default=0))
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def lines(doc: Doc, title: str, months: Sequence[str], series: Sequence[tuple[str, list[int]]],
          width_mm: float = 174, height_mm: float = 70) -> Drawing:
    """One line per series over the months, with a legend."""
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = width_mm * mm - 20 * mm, height_mm * mm - 30 * mm
    if len(months) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    for n in range(len(series)):
        chart.lines[n].strokeColor = PALETTE[n % len(PALETTE)]
        chart.lines[n].strokeWidth = 1.5
        # a month alone draws no line: each value is a dot, and a lone month still shows
        chart.lines[n].symbol = makeMarker("FilledCircle", size=4,
                                           fillColor=PALETTE[n % len(PALETTE)])
    return _by_month(doc, title, chart, months, series, width_mm, height_mm)


def columns(doc: Doc, title: str, months: Sequence[str],
            series: Sequence[tuple[str, list[int]]], width_mm: float = 174,
            height_mm: float = 62) -> Drawing:
    """Grouped vertical bars per month (this year against last year, for example)."""
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width_mm * mm - 20 * mm, height_mm * mm - 28 * mm
    for n in range(len(series)):
        chart.bars[n].fillColor = PALETTE[n % len(PALETTE)]
    return _by_month(doc, title, chart, months, series, width_mm, height_mm)


def monthly_series(doc: Doc, monthly: Sequence[dict[str, Any]]
                   ) -> list[tuple[str, list[int]]]:
    """Inspections, findings raised and findings closed per month, named for a legend."""
    words = doc.words
    return [(words.translate("reports", "Inspections"), [m["inspections"] for m in monthly]),
            (words.translate("reports", "Findings raised"), [m["raised"] for m in monthly]),
            (words.translate("reports", "Findings closed"), [m["closed"] for m in monthly])]


def _by_month(doc: Doc, title: str, chart: HorizontalLineChart | VerticalBarChart,
              months: Sequence[str], series: Sequence[tuple[str, list[int]]],
              width_mm: float, height_mm: float) -> Drawing:
    """The title, axes, data and legend that every chart by month shares."""
    font = doc.fonts.name("sans")
    drawing = Drawing(width_mm * mm, height_mm * mm)
    drawing.initialFontName = font  # not Helvetica, which is not embedded
    drawing.add(
        String(0, height_mm * mm - 5 * mm, doc.note(font, title), fontName=font, fontSize=10)
    )
    if not any(any(values) for _, values in series):
        drawing.add(String(width_mm * mm / 2, height_mm * mm / 2,
                           doc.note(font, doc.words.translate("reports", "No data in this period")),
                           fontName=font, fontSize=9, textAnchor="middle"))
        return drawing
    chart.data = [values or [0] for _, values in series]
    chart.categoryAxis.categoryNames = [doc.note(font, m) for m in months]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max((max(v, default=0) for _, v in series), default=0))
    drawing.add(chart)
    drawing.add(_legend(doc, font, [name for name, _ in series], width_mm, height_mm))
    return drawing


def _legend(doc: Doc, font: str, names: Sequence[str], width_mm: float, height_mm: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = width_mm * mm - 4 * mm, height_mm * mm - 2 * mm
    legend.alignment = "right"
    legend.boxAnchor = "ne"
    legend.columnMaximum = 1
    legend.deltax = 60
    legend.fontName = font
    legend.fontSize = 8
    legend.colorNamePairs = [
        (PALETTE[n % len(PALETTE)], doc.note(font, name)) for n, name in enumerate(names)
    ]
    return legend
