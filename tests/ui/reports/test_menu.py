"""The Reports menu: each printout from where it belongs in the main window."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.inspection import compounds
from storage.store import db
from tests.gui_fixtures import TODAY
from tests.ui.conftest import Opened
from ui.main_window import MainWindow
from ui.reports import menu


@pytest.fixture
def window(qtbot: QtBot, store: db.Store) -> MainWindow:
    made = MainWindow(store, app_settings.Settings.for_store(store), "en", today=TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def actions_of(window: MainWindow) -> dict[str, object]:
    return {a.text(): a for a in window.menus["reports"].actions() if a.text()}


def test_reports_menu_lists_every_printout(window: MainWindow) -> None:
    menu.install(window, "en")
    assert list(actions_of(window)) == [
        "Inspection &record (PDF)", "&Print inspection record…",
        "Rectification &notices of the compound", "&Compound file", "Meeting &brief…",
        "&Street quarterly report…"]


def test_record_without_an_open_inspection_says_so(window: MainWindow) -> None:
    actions = menu.install(window, "en")
    actions_of(window)["Inspection &record (PDF)"].trigger()  # type: ignore[attr-defined]
    assert actions.last_message == "Open an inspection first."


def test_compound_file_of_the_open_compound(qtbot: QtBot, window: MainWindow, store: db.Store,
                                            compound: compounds.Compound,
                                            viewer: Opened, tmp_path: Path) -> None:
    actions = menu.install(window, "zh")
    actions.ask_path = lambda suggested: tmp_path / suggested.name  # type: ignore[method-assign]
    window.open_compound(compound.id)
    with qtbot.waitSignal(actions.done, timeout=30000) as done:
        actions_of(window)["&Compound file"].trigger()  # type: ignore[attr-defined]
    assert viewer.urls == [str(done.args[0])]
    assert compound.name in pypdf.PdfReader(done.args[0]).pages[0].extract_text()
