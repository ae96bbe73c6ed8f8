"""The property evaluation's place in the main window: a tab opened from the Campaign menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject

from ui import worker
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.property.panel import PropertyPanel
from ui.reports.actions import ReportActions, document_job


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PropertyMenu(QObject):
    """Adds "Property companies" to the Campaign menu; the panel lives in a tab."""

    def __init__(self, window: MainWindow, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.printing = ReportActions(window, window.store, language)
        window.add_action("campaign", tr("&Property companies (抓物业攻坚)…"), self.show_panel)

    def show_panel(self) -> PropertyPanel:
        panel = cast("PropertyPanel", self.window.show_tab("property", tr("Property companies"),
                                                         self._make))
        panel.refresh()
        return panel

    def _make(self) -> PropertyPanel:
        from ui.property.panel import PropertyPanel  # noqa: PLC0415 - loaded when first used

        panel = PropertyPanel(self.window.store, self.window)
        panel.evaluation.print_ranking = self._print_ranking
        return panel

    def _print_ranking(self, quarter: str) -> worker.Worker | None:
        from exports.reports import property_ranking  # noqa: PLC0415 - reportlab, when printing

        return self.printing.open_pdf(document_job("property", lambda store, path, setup:
                                                   property_ranking.render(store, quarter, path,
                                                                           setup)),
                                      tr("Property ranking {quarter}").format(quarter=quarter))


def install(window: MainWindow, language: str) -> PropertyMenu:
    return PropertyMenu(window, language)
