"""The Campaign menu of the main window, and each compound's campaign state on its page.

The views and dialogs are imported when first opened (the window starts without them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from storage.campaign import states
from ui import main_window
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.campaign.panel import CampaignPanel
    from ui.lists.compound_page import CompoundPage


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class CampaignMenu(QObject):
    """Adds the campaign's views and dialogs to a main window (and lives as long as it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        add = window.add_action
        add("campaign", tr("Campaign &board"), self.show_panel)
        add("campaign", tr("Complaint &trend of the compound…"), self.show_trend)
        window.menus["campaign"].addSeparator()
        add("campaign", tr("Import &12345 work orders…"), self.import_hotline)
        add("campaign", tr("Import compound &register…"), self.import_compounds)
        add("campaign", tr("Campaign &settings…"), self.edit_settings)
        window.register_command(main_window.IMPORT_REGISTER, self.import_compounds)
        window.compound_opened.connect(self._on_compound_opened)

    @property
    def panel(self) -> CampaignPanel | None:
        """The campaign tab while it is open."""
        return self.window.kept_tab("campaign")  # type: ignore[return-value]

    def show_panel(self) -> CampaignPanel:
        """The board, ranking and nominations, in a tab of their own (made again once closed)."""
        from ui.campaign.panel import CampaignPanel  # noqa: PLC0415 - opened on demand

        panel = self.window.show_tab("campaign", tr("Campaign"),
                                     lambda: CampaignPanel(self.window.store, self.window))
        assert isinstance(panel, CampaignPanel)
        panel.refresh()
        return panel

    def show_trend(self) -> None:
        from ui.campaign.trend import TrendDialog  # noqa: PLC0415

        compound_id = self.window.current_compound_id()
        if not compound_id:
            self.window.statusBar().showMessage(
                tr("Open a compound (or one of its inspections) first."), 5000)
            return
        TrendDialog(self.window.store, compound_id, self.window).exec()

    def import_hotline(self) -> None:
        from ui.campaign.hotline_dialog import HotlineImportDialog  # noqa: PLC0415

        dialog = HotlineImportDialog(self.window.store, self.window)
        dialog.imported.connect(self._on_imported)
        dialog.exec()

    def import_compounds(self) -> None:
        from ui.campaign.register_dialog import CompoundsImportDialog  # noqa: PLC0415

        dialog = CompoundsImportDialog(self.window.store, self.window)
        dialog.imported.connect(self._on_imported)
        dialog.exec()

    def edit_settings(self) -> None:
        from ui.campaign.settings_dialog import CampaignSettingsDialog  # noqa: PLC0415

        CampaignSettingsDialog(self.window.store, self.window).exec()

    def _on_imported(self, _report: object) -> None:
        self.window.refresh_lists()
        if self.panel is not None:
            self.panel.refresh()

    def _on_compound_opened(self, page: CompoundPage) -> None:
        from ui.messages import campaign as campaign_text  # noqa: PLC0415

        event = states.current(self.window.store, page.compound.id)
        text = campaign_text.state_name(event.state if event else None)
        if event:
            text += tr(" since {date}").format(date=event.on_date)
        page.facts.addRow(tr("Campaign:"), QLabel(text, page))


def install(window: MainWindow) -> CampaignMenu:
    return CampaignMenu(window)
