"""The manual in the main window: a menu command opening it in a tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget

from storage.manual import source
from storage.store.db import Store

if TYPE_CHECKING:
    from ui.manual.view import ManualView


class Window(Protocol):
    """What the manual needs of ``ui.main_window.MainWindow``; the officer's finding dialog
    shows the manual, so this package cannot import the window without a circle."""

    store: Store
    tabs: QTabWidget
    menus: dict[str, QMenu]
    form_language: str

    def show_tab(self, key: str, title: str, make: Callable[[], Any]) -> Any: ...

    def add_action(self, menu: str, text: str, slot: Callable[[], Any]) -> Any: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ManualMenu(QObject):
    """Adds the manual to a main window (and lives as long as it)."""

    def __init__(self, main: QMainWindow) -> None:
        super().__init__(main)
        self.main, self.window = main, cast(Window, main)
        self.window.menus["campaign"].addSeparator()
        self.window.add_action("campaign", tr("Responsibility &manual"), self.show_manual)

    def _make(self) -> ManualView:
        from ui.manual.view import ManualView  # noqa: PLC0415 - loaded when first used

        source.install_builtin(self.window.store)
        return ManualView(self.window.store, self.main, self.window.form_language)

    def show_manual(self) -> ManualView:
        return cast("ManualView", self.window.show_tab("manual", tr("Manual"), self._make))


def install(window: QMainWindow) -> ManualMenu:
    return ManualMenu(window)
