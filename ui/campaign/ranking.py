"""The monthly ranking by hotline complaints: compounds, streets or districts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from storage.campaign import hotline, rankings
from storage.store.db import Store
from ui import tables
from ui.campaign.trend import TrendDialog
from ui.messages import campaign as campaign_text
from ui.tables import Column, RowsModel


def category_box(parent: QWidget) -> QComboBox:
    """A choice of all complaints or one category's (the article ranks property ones)."""
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("RankingView", "All complaints"), None)
    for key in hotline.CATEGORY_KEYS:
        box.addItem(campaign_text.category_name(key), key)
    return box


class RankingView(QWidget):
    """Pick a month and a level; double-click a compound for its trend."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.month = QComboBox(self)
        self.level = QComboBox(self)
        for key, label in (("compound", self.tr("Compounds")), ("street", self.tr("Streets")),
                           ("district", self.tr("Districts"))):
            self.level.addItem(label, key)
        self.category = category_box(self)
        self.summary = QLabel(self)
        self.model = RowsModel(self._columns(), self)
        self.table = tables.table(self.model, self, fit_columns=True)
        self.table.doubleClicked.connect(self._on_double_clicked)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Month"), self), self.month,
                       QLabel(self.tr("Rank"), self), self.level,
                       QLabel(self.tr("by"), self), self.category):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.reload_months()
        self.month.currentIndexChanged.connect(self._on_changed)
        self.level.currentIndexChanged.connect(self._on_changed)
        self.category.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    def _columns(self) -> list[Column]:
        return [(self.tr("Rank"), lambda r: r.rank), (self.tr("Name"), lambda r: r.name),
                (self.tr("District"), lambda r: r.district),
                (self.tr("Street"), lambda r: r.street),
                (self.tr("Complaints"), lambda r: r.complaints),
                (self.tr("A year before"), lambda r: r.last_year),
                (self.tr("Change"), lambda r: campaign_text.percent(r.change)),
                (self.tr("Satisfaction"), lambda r: campaign_text.rate(r.satisfaction_rate)),
                (self.tr("Property share"), lambda r: campaign_text.rate(r.property_share))]

    def reload_months(self) -> None:
        """Offer every month that has work orders, the latest first."""
        span = rankings.month_range(self.store)
        self.month.blockSignals(True)
        self.month.clear()
        for month in reversed(rankings.months_between(*span) if span else []):
            self.month.addItem(month, month)
        self.month.blockSignals(False)

    def show_month(self, month: str, level: str = "compound") -> None:
        self.month.setCurrentIndex(max(0, self.month.findData(month)))
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self._on_changed()

    def _on_changed(self) -> None:
        month = self.month.currentData()
        rows = rankings.rank(self.store, month, self.level.currentData(),
                             category=self.category.currentData()) if month else []
        self.model.set_rows(rows)
        self.summary.setText(self.tr("{count} ranked, {complaints} complaints; ties share a "
                                     "rank (1, 2, 2, 4).").format(
            count=len(rows), complaints=sum(r.complaints for r in rows)))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.level.currentData() == "compound":
            TrendDialog(self.store, self.model.row_at(index.row()).key, self).exec()
