"""The review's place in the main window: a tab opened from the Campaign menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from exports.reports import circular
from ui import worker
from ui.main_window import MainWindow
from ui.reports.actions import ReportActions
from ui.review.panel import ReviewPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ReviewMenu(QObject):
    """Adds "Street review" to the Campaign menu; the panel lives in a tab."""

    def __init__(self, window: MainWindow, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.panel: ReviewPanel | None = None
        self.printing = ReportActions(window, window.store, language)
        window.menus["campaign"].addSeparator()
        window.add_action("campaign", tr("Street re&view (提级述职)…"), self.show_panel)

    def show_panel(self) -> ReviewPanel:
        tabs = self.window.tabs
        if self.panel is None or tabs.indexOf(self.panel) < 0:
            self.panel = ReviewPanel(self.window.store, self.window)
            self.panel.print_circular = self._print_circular
            tabs.addTab(self.panel, tr("Street review"))
        self.panel.reload()
        tabs.setCurrentWidget(self.panel)
        return self.panel

    def _print_circular(self, quarter: str) -> worker.Worker | None:
        return self.printing.open_pdf(lambda store, path, setup: circular.render(
            store, quarter, path, setup), tr("Circular {quarter}").format(quarter=quarter))


def install(window: MainWindow, language: str) -> ReviewMenu:
    return ReviewMenu(window, language)
