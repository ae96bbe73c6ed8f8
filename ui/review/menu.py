"""The review's place in the main window: a tab opened from the Campaign menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject

from ui import worker
from ui.main_window import MainWindow
from ui.reports.actions import ReportActions, document_job

if TYPE_CHECKING:
    from ui.review.panel import ReviewPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ReviewMenu(QObject):
    """Adds "Street review" to the Campaign menu; the panel lives in a tab."""

    def __init__(self, window: MainWindow, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.printing = ReportActions(window, window.store, language)
        window.menus["campaign"].addSeparator()
        window.add_action("campaign", tr("Street re&view (提级述职)…"), self.show_panel)

    def show_panel(self) -> ReviewPanel:
        panel = cast("ReviewPanel", self.window.show_tab("review", tr("Street review"),
                                                       self._make))
        panel.reload()
        return panel

    def _make(self) -> ReviewPanel:
        from ui.review.panel import ReviewPanel  # noqa: PLC0415 - loaded when first used

        panel = ReviewPanel(self.window.store, self.window)
        panel.print_circular = self._print_circular
        return panel

    def _print_circular(self, quarter: str) -> worker.Worker | None:
        from exports.reports import circular  # noqa: PLC0415 - reportlab, when printing

        return self.printing.open_pdf(document_job("circular", lambda store, path, setup:
                                                   circular.render(store, quarter, path, setup)),
                                      tr("Circular {quarter}").format(quarter=quarter))


def install(window: MainWindow, language: str) -> ReviewMenu:
    return ReviewMenu(window, language)
