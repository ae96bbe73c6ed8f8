"""The ledger in the main window: its tab, and each compound's ledger line on its page."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QVBoxLayout

from ui.lists.compound_page import CompoundPage
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.ledger.compound_box import CompoundLedgerBox
    from ui.ledger.view import LedgerView


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class LedgerMenu(QObject):
    """Adds the ledger to a main window (and lives as long as it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.add_action("campaign", tr("Problem &ledger"), self.show_ledger)
        window.compound_opened.connect(self._on_compound_opened)

    def _make(self) -> LedgerView:
        from ui.ledger.view import LedgerView  # noqa: PLC0415 - loaded when first used

        view = LedgerView(self.window.store, self.window, self.window.form_language)
        view.open_finding.connect(self.window.open_finding)
        return view

    def show_ledger(self, compound_id: str = "") -> LedgerView:
        view = cast("LedgerView", self.window.show_tab("ledger", tr("Ledger"), self._make))
        view.show_compound(compound_id)
        return view

    def _on_compound_opened(self, page: CompoundPage) -> None:
        from ui.ledger.compound_box import CompoundLedgerBox  # noqa: PLC0415 - loaded when first used

        box = CompoundLedgerBox(self.window.store, page.compound.id, page)
        box.open_ledger.connect(self.show_ledger)
        box.raise_problem.connect(lambda ident: self._raise(ident, box))
        layout = page.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(page.findings_box), box)

    def _raise(self, compound_id: str, box: CompoundLedgerBox) -> None:
        from ui.ledger.problem_dialog import ProblemDialog  # noqa: PLC0415 - loaded when first used

        dialog = ProblemDialog(self.window.store, None, self.window, compound_id=compound_id)
        dialog.accepted.connect(box.refresh)
        dialog.open()


def install(window: MainWindow) -> LedgerMenu:
    return LedgerMenu(window)
