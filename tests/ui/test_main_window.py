"""The main window: menus, tabs, shortcuts, and the paths between lists and editors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.inspection import compounds, inspections
from storage.store import db
from tests.gui_fixtures import TODAY
from ui.lists.compound_page import CompoundPage
from ui.main_window import MainWindow
from ui.officer.drafts_dialog import DraftsDialog
from ui.officer.inspection_editor import InspectionEditor


@pytest.fixture
def window(qtbot: QtBot, store: db.Store, compound: compounds.Compound) -> MainWindow:
    prefs = app_settings.Settings.for_store(store)
    prefs.officer = "张伟"
    made = MainWindow(store, prefs, "en", today=TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_menus_and_plugging_in_a_dialog(window: MainWindow) -> None:
    assert menu_titles(window) == ["&File", "&Inspection", "Fin&dings", "&Help"]
    called: list[str] = []
    action = window.add_action("reports", "Meeting brief…", lambda: called.append("brief"))
    assert menu_titles(window)[3] == "&Reports"
    action.trigger()
    assert called == ["brief"]


def test_create_an_inspection_from_a_compound_page(qtbot: QtBot, window: MainWindow,
                                                   store: db.Store, all_types: str,
                                                   compound: compounds.Compound) -> None:
    window.compounds_view.table.selectRow(0)
    index = window.compounds_view.model.index(0, 0)
    window.compounds_view.table.activated.emit(index)
    page = window.tabs.currentWidget()
    assert isinstance(page, CompoundPage) and page.compound.id == compound.id
    editor = window.start_inspection(compound.id, all_types, "3号楼")
    assert isinstance(editor, InspectionEditor) and window.tabs.currentWidget() is editor
    assert editor.inspection.officer == "张伟" and editor.place.text() == "3号楼"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert editor.form.rows["lane"].isAncestorOf(window.focusWidget())
    assert window.inspections_view.model.total == 0  # stale lists wait behind the form
    window.tabs.setCurrentWidget(page)
    assert page.inspections.total == 1
    window.show_inspections()
    assert window.inspections_view.model.total == 1


def test_ctrl_s_saves_and_closing_the_tab_keeps_the_draft(
        qtbot: QtBot, window: MainWindow, store: db.Store, all_types: str,
        compound: compounds.Compound) -> None:
    editor = window.start_inspection(compound.id, all_types)
    next(b for b in editor.form.rows["lane"].editor.buttons()
         if b.property("choice") == "ok").click()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    assert window.close_tab(window.tabs.indexOf(editor))
    assert inspections.get(store, editor.inspection.id).answers == {"lane": "ok"}
    assert not window.close_tab(0)  # the lists stay


def test_ctrl_f_goes_to_the_search_of_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.show_findings()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.findings_view.search.hasFocus()


def test_drafts_are_offered_for_resuming(qtbot: QtBot, window: MainWindow, store: db.Store,
                                         all_types: str, compound: compounds.Compound,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    left = inspections.start(store, compound.id, all_types)
    seen: list[DraftsDialog] = []

    def accept(dialog: DraftsDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DraftsDialog, "exec", accept)
    opened = window.offer_drafts()
    assert seen[0].list.count() == 1 and "丰瑞丽都" in seen[0].list.item(0).text()
    assert [editor.inspection.id for editor in opened] == [left.id]
    assert window.offer_drafts() == []  # already open


def test_the_findings_list_opens_a_compound_reinspection(qtbot: QtBot, window: MainWindow,
                                                         compound: compounds.Compound) -> None:
    page = window.open_compound(compound.id)
    assert not page.reinspect_button.isEnabled()  # nothing open to re-inspect
    dialog = window.reinspect(compound.id)
    assert dialog.isVisible()
    dialog.reject()


def test_delete_a_draft_started_by_mistake(qtbot: QtBot, window: MainWindow,
                                           store: db.Store, all_types: str,
                                           compound: compounds.Compound,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    editor = window.start_inspection(compound.id, all_types)
    ident = editor.inspection.id
    assert window.current_inspection_id() == ident
    assert window.current_compound_id() == compound.id
    assert window.delete_current_draft()
    assert inspections.get(store, ident).deleted
    assert window.editors() == [] and window.current_inspection_id() == ""
    assert inspections.drafts(store) == []


def test_others_can_add_to_a_compound_page(qtbot: QtBot, window: MainWindow,
                                           compound: compounds.Compound) -> None:
    with qtbot.waitSignal(window.compound_opened) as opened:
        window.open_compound(compound.id)
    page = opened.args[0]
    page.facts.addRow("Campaign:", QLabel("enrolled"))
    assert page.facts.rowCount() == 6
