"""Adding a compound by hand, from the first-run guidance of an empty store."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.inspection import compounds
from storage.store import db
from tests.gui_fixtures import type_text
from ui.main_window import MainWindow
from ui.officer.compound_dialog import CompoundDialog


def test_an_empty_store_gets_its_first_compound_by_hand(qtbot: QtBot, store: db.Store) -> None:
    window = MainWindow(store, app_settings.Settings.for_store(store), "en")
    qtbot.addWidget(window)
    window.show()
    window.compounds_view.guidance.buttons["add"].click()
    dialog = next(w for w in window.findChildren(CompoundDialog) if w.isVisible())
    dialog.accept()
    assert dialog.problem.text() == "A compound needs a name." and dialog.isVisible()
    type_text(dialog.name, "香榭丽")
    type_text(dialog.street, "费城街道")
    dialog.households.setValue(640)
    dialog.branch.setCurrentIndex(dialog.branch.findData("entity"))
    dialog.accept()
    (made,) = compounds.search(store, "香榭丽")
    assert (made.street, made.households, made.party_branch) == ("费城街道", 640, "entity")
    assert window.compounds_view.model.total == 1
    assert not window.compounds_view.guidance.isVisible()


def test_the_same_compound_twice_is_refused(qtbot: QtBot, store: db.Store) -> None:
    compounds.save(store, compounds.Compound(name="香榭丽", street="费城街道"))
    dialog = CompoundDialog(store)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "香榭丽")
    type_text(dialog.street, "费城街道")
    dialog.accept()
    assert "already" in dialog.problem.text() and not dialog.result()
    assert store.db["compounds"].count == 1
