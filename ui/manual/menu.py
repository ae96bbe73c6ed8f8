"""The manual in the main window: a menu command opening it in a tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget

from storage.manual import source
from storage.store.db import Store
from ui import tabs
from ui.manual.view import ManualView


class Window(Protocol):
    """What the manual needs of ``ui.main_window.MainWindow``; the officer's finding dialog
    shows the manual, so this package cannot import the window without a circle."""

    store: Store
    tabs: QTabWidget
    menus: dict[str, QMenu]
    form_language: str

    def add_action(self, menu: str, text: str, slot: Callable[[], Any]) -> Any: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ManualMenu(QObject):
    """Adds the manual to a main window (and lives as long as it)."""

    def __init__(self, main: QMainWindow) -> None:
        super().__init__(main)
        self.main, self.window = main, cast(Window, main)
        self.tab = tabs.TabSlot(self.window.tabs, self._make, tr("Manual"))
        self.window.menus["campaign"].addSeparator()
        self.window.add_action("campaign", tr("Responsibility &manual"), self.show_manual)

    def _make(self) -> ManualView:
        source.install_builtin(self.window.store)
        return ManualView(self.window.store, self.main, self.window.form_language)

    def show_manual(self) -> ManualView:
        return self.tab.show()


def install(window: QMainWindow) -> ManualMenu:
    return ManualMenu(window)
