"""The list pages: typing filters after a pause, the filter bar, jumping to the end."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from storage import demo
from storage.inspection import compounds, inspections
from storage.store import db
from tests.gui_fixtures import TODAY, type_text
from ui import tables
from ui.lists.models import ROLE_ID
from ui.lists.views import CompoundsView, FindingsView, InspectionsView


@pytest.fixture
def demo_store(store: db.Store) -> db.Store:
    demo.build(store, compounds=8, inspections=30, today=TODAY)
    return store


def test_typing_in_the_search_filters_the_compounds(qtbot: QtBot, demo_store: db.Store,
                                                    compound: compounds.Compound) -> None:
    view = CompoundsView(demo_store)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.search.search):
        type_text(view.search, "丰瑞")
    assert view.model.total == 2  # the demo's 丰瑞丽都 and the fixture's
    assert view.count.text() == "Compounds: 2"
    with qtbot.waitSignal(view.open_compound) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args[0] == view.model.index(0, 0).data(ROLE_ID)


def test_the_filter_bar_narrows_the_inspections(qtbot: QtBot, demo_store: db.Store,
                                                all_types: str,
                                                compound: compounds.Compound) -> None:
    inspections.start(demo_store, compound.id, all_types, place="9号楼")
    view = InspectionsView(demo_store, "zh")
    qtbot.addWidget(view)
    assert view.model.total == 31
    view.filter_bar.state.setCurrentIndex(view.filter_bar.state.findData("draft"))
    drafts = view.model.total
    assert 1 <= drafts < 31
    view.filter_bar.checklist.setCurrentIndex(
        view.filter_bar.checklist.findData("all_types"))
    assert view.model.total == 1
    view.filter_bar.state.setCurrentIndex(0)
    view.filter_bar.checklist.setCurrentIndex(0)
    type_text(view.filter_bar.text, "9号楼")
    view.apply_filter_now()
    assert all(view.model.row_at(n)[6] == "9号楼" for n in range(view.model.rowCount()))


def test_jump_to_end_selects_the_oldest(qtbot: QtBot, demo_store: db.Store,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "PAGE", 7)
    view = InspectionsView(demo_store, "en")
    qtbot.addWidget(view)
    assert view.model.rowCount() == 7
    view.jump_to_end()
    rows = view.table.selectionModel().selectedRows()
    assert view.model.rowCount() == 30 and rows[0].row() == 29
    oldest = demo_store.db.execute("SELECT min(started_at) FROM inspections").fetchone()[0]
    assert view.model.row_at(29)[2] == oldest


def test_findings_view_switches_between_open_and_all(qtbot: QtBot,
                                                     demo_store: db.Store) -> None:
    view = FindingsView(demo_store, today=TODAY)
    qtbot.addWidget(view)
    open_count = view.model.total
    view.show_combo.setCurrentIndex(1)
    assert view.model.total == demo_store.db["findings"].count > open_count


def test_down_or_enter_in_a_search_goes_to_the_list(qtbot: QtBot, demo_store: db.Store) -> None:
    from PySide6.QtCore import Qt

    view = CompoundsView(demo_store)
    qtbot.addWidget(view)
    view.show()
    view.focus_search()
    type_text(view.search, "街道")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # before the pause: the search runs first
    assert view.focusWidget() is view.table
    assert view.table.selectionModel().selectedRows()[0].row() == 0
    assert all("街道" in view.model.index(n, 2).data() for n in range(view.model.rowCount()))
    findings_view = FindingsView(demo_store, today=TODAY)
    qtbot.addWidget(findings_view)
    findings_view.show()
    findings_view.focus_search()
    qtbot.keyClick(findings_view.search, Qt.Key.Key_Return)
    assert findings_view.focusWidget() is findings_view.table


def test_an_empty_store_says_what_to_do_first(qtbot: QtBot, store: db.Store) -> None:
    view = CompoundsView(store)
    qtbot.addWidget(view)
    view.show()
    assert view.guidance.isVisible() and not view.table.isVisible()
    assert [b.isVisible() for b in view.guidance.buttons.values()] == [False, False, True]
    view.guidance.offer("import_package")
    assert view.guidance.buttons["import_package"].isVisible()
    with qtbot.waitSignal(view.guidance.chosen) as chosen:
        view.guidance.buttons["add"].click()
    assert chosen.args == ["add"]
    compounds.save(store, compounds.Compound(name="香榭丽"))
    view.model.refresh()
    assert not view.guidance.isVisible() and view.table.isVisible()
    view.search.setText("没有这个")
    view.search.emit_now()
    assert not view.guidance.isVisible()  # nothing found is not an empty store
