"""Every tab and dialog opens, closes and opens again (the campaign board once could not).

A view kept for reopening and deleted when its tab closed raised ``RuntimeError: …
already deleted`` the second time; this walks every command of every menu twice, closing
whatever it opened in between.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop import app
from desktop import settings as app_settings
from storage.inspection import compounds, findings, inspections
from storage.store import db
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, store: db.Store, all_types: str) -> MainWindow:
    prefs = app_settings.Settings.for_store(store)
    prefs.officer, prefs.device_name = "张伟", "一中队3号"
    place = compounds.save(store, compounds.Compound(name="香榭丽", street="费城街道"))
    draft = inspections.start(store, place.id, all_types)
    findings.raise_finding(store, findings.Finding(
        compound_id=place.id, inspection_id=draft.id, description="占道",
        responsible_party="物业", deadline="2026-12-01"))
    station = app.Workstation(qapp, store, prefs, "en")
    qtbot.addWidget(station.window)
    station.window.show()
    return station.window


@pytest.fixture
def modal_closer() -> Iterator[None]:
    """Closes every modal dialog (a message, an exec()'d dialog) as soon as it shows."""
    def close() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    yield
    timer.stop()


def commands(window: MainWindow) -> list[QAction]:
    skipped = {window.tr("&Quit")}
    return [action for menu in window.menus.values() for action in menu.actions()
            if not action.isSeparator() and action.menu() is None
            and action.text() not in skipped]


def _close_new(qtbot: QtBot, window: MainWindow, tabs: set[QWidget],
               windows: set[QWidget]) -> None:
    qtbot.wait(30)
    for widget in [window.tabs.widget(n) for n in range(window.tabs.count())]:
        if widget not in tabs:
            assert window.close_tab(window.tabs.indexOf(widget))
    for widget in QApplication.topLevelWidgets():
        if widget not in windows and widget.isVisible():
            widget.close()
    qtbot.wait(30)  # deleteLater runs: a kept reference would now point at nothing


def test_every_command_opens_again_after_closing(qtbot: QtBot, window: MainWindow,
                                                 store: db.Store, modal_closer: None) -> None:
    place = compounds.resolve(store, "香榭丽")
    for context in ("lists", "compound", "inspection"):
        if context == "compound":
            window.open_compound(place.id)
        elif context == "inspection":
            window.offer_drafts()  # closed by the modal closer: resumed nothing
            window.open_inspection(inspections.drafts(store)[0].id)
        base_tabs = {window.tabs.widget(n) for n in range(window.tabs.count())}
        for action in commands(window):
            for _ in range(2):
                tabs = base_tabs | {window.tabs.currentWidget()}
                windows = set(QApplication.topLevelWidgets())
                action.trigger()
                _close_new(qtbot, window, tabs, windows)


def test_tabs_opened_from_lists_open_again_after_closing(qtbot: QtBot, window: MainWindow,
                                                         store: db.Store) -> None:
    place = compounds.resolve(store, "香榭丽")
    draft = inspections.drafts(store)[0]
    for _ in range(2):
        page = window.open_compound(place.id)
        editor = window.open_inspection(draft.id)
        board = window.show_tab("campaign", "Campaign", lambda: QWidget())
        for widget in (page, editor, board):
            assert window.close_tab(window.tabs.indexOf(widget))
        qtbot.wait(30)
        assert window.kept_tab("campaign") is None
