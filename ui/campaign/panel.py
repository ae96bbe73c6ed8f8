"""The campaign in one place: board, monthly ranking and nominations as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from storage.store.db import Store
from ui.campaign.board import CampaignBoard
from ui.campaign.nominations_view import NominationsView
from ui.campaign.ranking import RankingView


class CampaignPanel(QTabWidget):
    """Tabs of the campaign; enrolling a nominee refreshes the board."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = CampaignBoard(store, self)
        self.ranking = RankingView(store, self)
        self.nominations = NominationsView(store, self)
        self.addTab(self.board, self.tr("Campaign board"))
        self.addTab(self.ranking, self.tr("Monthly ranking"))
        self.addTab(self.nominations, self.tr("Nominations"))
        self.nominations.changed.connect(self.board.refresh)

    def refresh(self) -> None:
        """After an import: new months to rank, new nominations, new warnings."""
        self.board.refresh()
        self.ranking.reload_months()
        self.ranking.show_month(self.ranking.month.itemData(0) or "")
        self.nominations.refresh()
