"""A compound's complaints month by month, as a bar chart drawn with QPainter.

(QtCharts is not part of PySide6-Essentials.) The same month of the year before is
drawn as a thin grey bar beside each month, so a fall or a rebound is seen at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from storage.campaign import rankings
from storage.inspection import compounds
from storage.store.db import Store
from ui import tables
from ui.campaign.orders import WorkOrdersModel

_BAR = QColor("#c0392b")
_BEFORE = QColor("#b0b0b0")
_MARGIN = (44, 24, 16, 40)  # left, top, right, bottom


def _nice_top(value: int) -> int:
    """The axis top: the least of 4 × (1, 2, 5, 10, 20, 50 …) not below ``value``."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if 4 * factor * magnitude >= value:
                return 4 * factor * magnitude
        magnitude *= 10


class TrendChart(QWidget):
    """Bars of complaints per month; ``set_series`` gives the months and counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[str, int]] = []
        self.before: dict[str, int] = {}
        self.title = ""
        self.setMinimumSize(480, 260)

    def set_series(self, series: list[tuple[str, int]], before: dict[str, int],
                   title: str) -> None:
        self.series, self.before, self.title = series, before, title
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        left, top, right, bottom = _MARGIN
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(0, 0, self.width(), top), Qt.AlignmentFlag.AlignCenter,
                         self.title)
        if not self.series or plot.width() <= 0 or plot.height() <= 0:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No complaints"))
            painter.end()
            return
        highest = _nice_top(max([1, *(n for _, n in self.series), *self.before.values()]))
        self._axis(painter, plot, highest)
        self._bars(painter, plot, highest)
        painter.end()

    def _axis(self, painter: QPainter, plot: QRectF, highest: int) -> None:
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for step in range(5):
            value = highest * step // 4
            y = plot.bottom() - plot.height() * value / highest
            painter.drawLine(int(plot.left()) - 4, int(y), int(plot.left()), int(y))
            painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))

    def _bars(self, painter: QPainter, plot: QRectF, highest: int) -> None:
        slot = plot.width() / len(self.series)
        every = max(1, int(46 / slot) + 1)  # label every n-th month so labels never overlap
        for index, (month, count) in enumerate(self.series):
            x = plot.left() + index * slot
            previous = self.before.get(month, 0)
            for value, colour, offset, width in ((previous, _BEFORE, 0.12, 0.22),
                                                 (count, _BAR, 0.36, 0.52)):
                height = plot.height() * value / highest
                painter.fillRect(QRectF(x + slot * offset, plot.bottom() - height,
                                        slot * width, height), colour)
            if index % every == 0:
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(x - 10, plot.bottom() + 4, slot * every + 20, 16),
                                 Qt.AlignmentFlag.AlignLeft, month)


class TrendDialog(QDialog):
    """A compound's complaints per month (the store's last 36) and its work orders."""

    def __init__(self, store: Store, compound_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compound = compounds.get(store, compound_id)
        self.setWindowTitle(self.tr("Complaint trend: {name}").format(name=compound.name))
        self.chart = TrendChart(self)
        span = rankings.month_range(store)
        series: list[tuple[str, int]] = []
        before: dict[str, int] = {}
        if span:
            months = rankings.months_between(*span)[-36:]
            series = rankings.trend(store, compound_id, months[0], months[-1])
            earlier = rankings.trend(store, compound_id, rankings.previous_year(months[0]),
                                     rankings.previous_year(months[-1]))
            before = {f"{int(m[:4]) + 1:04d}{m[4:]}": n for m, n in earlier}
        self.chart.set_series(series, before, self.tr(
            "{name} ({district} {street}): complaints per month, grey = a year before").format(
            name=compound.name, district=compound.district, street=compound.street))
        self.orders = WorkOrdersModel(store, compound_id, self)
        table = tables.table(self.orders, self)
        count = QLabel(self.tr("{count} work orders, newest first").format(
            count=self.orders.total), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 2)
        layout.addWidget(count)
        layout.addWidget(table, 3)
        layout.addWidget(buttons)
