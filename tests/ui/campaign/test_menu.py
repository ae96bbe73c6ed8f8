"""The Campaign menu: the board in a tab, the compound's state on its page, the dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.campaign import states
from storage.inspection import compounds
from storage.store import db
from tests.gui_fixtures import TODAY
from ui.campaign import menu as campaign_menu
from ui.campaign.panel import CampaignPanel
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, store: db.Store) -> MainWindow:
    made = MainWindow(store, app_settings.Settings.for_store(store), "en", today=TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def test_campaign_menu_lists_the_campaign_commands(window: MainWindow) -> None:
    campaign_menu.install(window)
    texts = [a.text() for a in window.menus["campaign"].actions() if a.text()]
    assert texts == ["Campaign &board", "Complaint &trend of the compound…",
                     "Import &12345 work orders…", "Import compound &register…",
                     "Campaign &settings…"]


def test_board_opens_once_in_its_own_tab(window: MainWindow) -> None:
    menu = campaign_menu.install(window)
    first = menu.show_panel()
    assert isinstance(window.tabs.currentWidget(), CampaignPanel)
    assert menu.show_panel() is first
    assert window.tabs.count() == 4


def test_compound_page_shows_its_campaign_state(window: MainWindow, store: db.Store,
                                                compound: compounds.Compound) -> None:
    campaign_menu.install(window)
    states.move(store, compound.id, "enrolled", who="督导组", why="月度投诉前50",
                  on=dt.date(2026, 9, 1))
    page = window.open_compound(compound.id)
    labels = [w.text() for w in page.findChildren(QLabel)]
    assert "Campaign:" in labels
    assert any(text.startswith("enrolled since 2026-09-01") for text in labels)


def test_trend_needs_a_compound(window: MainWindow) -> None:
    menu = campaign_menu.install(window)
    menu.show_trend()
    assert "first" in window.statusBar().currentMessage()
