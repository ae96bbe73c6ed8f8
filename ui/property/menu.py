"""The property evaluation's place in the main window: a tab opened from the Campaign menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from exports.reports import property_ranking
from ui import worker
from ui.main_window import MainWindow
from ui.property.panel import PropertyPanel
from ui.reports.actions import ReportActions


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PropertyMenu(QObject):
    """Adds "Property companies" to the Campaign menu; the panel lives in a tab."""

    def __init__(self, window: MainWindow, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.panel: PropertyPanel | None = None
        self.printing = ReportActions(window, window.store, language)
        window.add_action("campaign", tr("&Property companies (抓物业攻坚)…"), self.show_panel)

    def show_panel(self) -> PropertyPanel:
        tabs = self.window.tabs
        if self.panel is None or tabs.indexOf(self.panel) < 0:
            self.panel = PropertyPanel(self.window.store, self.window)
            self.panel.evaluation.print_ranking = self._print_ranking
            tabs.addTab(self.panel, tr("Property companies"))
        self.panel.refresh()
        tabs.setCurrentWidget(self.panel)
        return self.panel

    def _print_ranking(self, quarter: str) -> worker.Worker | None:
        return self.printing.open_pdf(lambda store, path, setup: property_ranking.render(
            store, quarter, path, setup), tr("Property ranking {quarter}").format(
            quarter=quarter))


def install(window: MainWindow, language: str) -> PropertyMenu:
    return PropertyMenu(window, language)
