"""The Campaign menu of the main window, and each compound's campaign state on its page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from storage.campaign import states
from ui.campaign.hotline_dialog import HotlineImportDialog
from ui.campaign.panel import CampaignPanel
from ui.campaign.register_dialog import CompoundsImportDialog
from ui.campaign.settings_dialog import CampaignSettingsDialog
from ui.campaign.trend import TrendDialog
from ui.lists.compound_page import CompoundPage
from ui.main_window import MainWindow
from ui.messages import campaign as campaign_text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class CampaignMenu(QObject):
    """Adds the campaign's views and dialogs to a main window (and lives as long as it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel: CampaignPanel | None = None
        add = window.add_action
        add("campaign", tr("Campaign &board"), self.show_panel)
        add("campaign", tr("Complaint &trend of the compound…"), self.show_trend)
        window.menus["campaign"].addSeparator()
        add("campaign", tr("Import &12345 work orders…"), self.import_hotline)
        add("campaign", tr("Import compound &register…"), self.import_compounds)
        add("campaign", tr("Campaign &settings…"), self.edit_settings)
        window.compound_opened.connect(self._on_compound_opened)

    def show_panel(self) -> CampaignPanel:
        """The board, ranking and nominations, in a tab of their own."""
        tabs = self.window.tabs
        if self.panel is None or tabs.indexOf(self.panel) < 0:
            self.panel = CampaignPanel(self.window.store, self.window)
            tabs.addTab(self.panel, tr("Campaign"))
        self.panel.refresh()
        tabs.setCurrentWidget(self.panel)
        return self.panel

    def show_trend(self) -> None:
        compound_id = self.window.current_compound_id()
        if not compound_id:
            self.window.statusBar().showMessage(
                tr("Open a compound (or one of its inspections) first."), 5000)
            return
        TrendDialog(self.window.store, compound_id, self.window).exec()

    def import_hotline(self) -> None:
        dialog = HotlineImportDialog(self.window.store, self.window)
        dialog.imported.connect(self._on_imported)
        dialog.exec()

    def import_compounds(self) -> None:
        dialog = CompoundsImportDialog(self.window.store, self.window)
        dialog.imported.connect(self._on_imported)
        dialog.exec()

    def edit_settings(self) -> None:
        CampaignSettingsDialog(self.window.store, self.window).exec()

    def _on_imported(self, _report: object) -> None:
        self.window.refresh_lists()
        if self.panel is not None and self.window.tabs.indexOf(self.panel) >= 0:
            self.panel.refresh()

    def _on_compound_opened(self, page: CompoundPage) -> None:
        event = states.current(self.window.store, page.compound.id)
        text = campaign_text.state_name(event.state if event else None)
        if event:
            text += tr(" since {date}").format(date=event.on_date)
        page.facts.addRow(tr("Campaign:"), QLabel(text, page))


def install(window: MainWindow) -> CampaignMenu:
    return CampaignMenu(window)
