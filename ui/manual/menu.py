"""The manual in the main window: a menu command opening it in a tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from storage.manual import source
from ui import tabs
from ui.main_window import MainWindow
from ui.manual.view import ManualView


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ManualMenu(QObject):
    """Adds the manual to a main window (and lives as long as it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tab = tabs.TabSlot(window.tabs, self._make, tr("Manual"))
        window.menus["campaign"].addSeparator()
        window.add_action("campaign", tr("Responsibility &manual"), self.show_manual)

    def _make(self) -> ManualView:
        source.install_builtin(self.window.store)
        return ManualView(self.window.store, self.window, self.window.form_language)

    def show_manual(self) -> ManualView:
        return self.tab.show()


def install(window: MainWindow) -> ManualMenu:
    return ManualMenu(window)
