"""The helpers in the main window: the panel, the roster import, and on every compound's
page its helpers (inserted above its findings, the page itself unchanged)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QVBoxLayout

from ui.lists.compound_page import CompoundPage
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.helpers.panel import HelpersPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class HelpersMenu(QObject):
    """Adds the helpers to a main window (and lives as long as it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.add_action("campaign", tr("Three-ones &helpers"), self.show_panel)
        window.add_action("campaign", tr("Import the helpers' r&oster…"),
                          lambda: self.show_panel().import_roster())
        window.compound_opened.connect(self._on_compound_opened)

    def _make(self) -> HelpersPanel:
        from ui.helpers.panel import HelpersPanel  # noqa: PLC0415 - loaded when first used

        panel = HelpersPanel(self.window.store, self.window)
        panel.open_compound.connect(self.window.open_compound)
        return panel

    def show_panel(self) -> HelpersPanel:
        panel = cast("HelpersPanel", self.window.show_tab("helpers", tr("Helpers"), self._make))
        panel.refresh()
        return panel

    def _on_compound_opened(self, page: CompoundPage) -> None:
        from ui.helpers.compound_box import CompoundHelpersBox  # noqa: PLC0415 - loaded when first used

        box = CompoundHelpersBox(self.window.store, page.compound.id, page)
        layout = page.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(page.findings_box), box)


def install(window: MainWindow) -> HelpersMenu:
    return HelpersMenu(window)
