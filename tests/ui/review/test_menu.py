"""The review and the property windows open from the Campaign menu, once each, and print."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.store import db
from tests.gui_fixtures import TODAY
from tests.review_helpers import give, set_up
from ui.main_window import MainWindow
from ui.property import menu as property_menu
from ui.property.panel import PropertyPanel
from ui.review import menu as review_menu
from ui.review.panel import ReviewPanel


@pytest.fixture
def window(qtbot: QtBot, store: db.Store) -> MainWindow:
    made = MainWindow(store, app_settings.Settings.for_store(store), "en", today=TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def test_both_windows_open_once_in_their_tabs(window: MainWindow) -> None:
    review = review_menu.install(window, "en")
    prop = property_menu.install(window, "en")
    texts = [a.text() for a in window.menus["campaign"].actions() if a.text()]
    assert texts[-2:] == ["Street re&view (提级述职)…", "&Property companies (抓物业攻坚)…"]
    panel = review.show_panel()
    assert isinstance(window.tabs.currentWidget(), ReviewPanel)
    assert review.show_panel() is panel
    assert isinstance(prop.show_panel().evaluation, object)
    assert isinstance(window.tabs.currentWidget(), PropertyPanel)


def test_the_circular_and_the_ranking_open_as_pdfs(window: MainWindow, store: db.Store,
                                                   qtbot: QtBot, viewer: object,
                                                   tmp_path: Path) -> None:
    plan = set_up(store)
    give(store, plan, 0, [0.9, 0.8, 0.7, 0.6])
    review = review_menu.install(window, "en")
    review.printing.ask_path = lambda suggested: tmp_path / "circular.pdf"  # type: ignore
    panel = review.show_panel()
    printing = panel.print_circular("2026-Q3")  # what the Circular… button does
    assert printing is not None
    with qtbot.waitSignal(printing.signals.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: bool(viewer.urls), timeout=5000)  # type: ignore[attr-defined]
    assert viewer.urls[0].endswith(".pdf")  # type: ignore[attr-defined]
    assert panel.quarter.currentData() == "2026-Q3"
    menu = property_menu.install(window, "en")
    menu.printing.ask_path = lambda suggested: tmp_path / "ranking.pdf"  # type: ignore
    started = menu.show_panel().evaluation.print_ranking("2026-Q3")
    assert started is not None
    with qtbot.waitSignal(started.signals.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: len(viewer.urls) == 2, timeout=5000)  # type: ignore[attr-defined]
