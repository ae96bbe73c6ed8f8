"""The new-inspection dialog: search a compound, pick a checklist."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from storage.forms import checklists
from storage.inspection import compounds
from storage.store import db
from ui.officer.new_inspection import NewInspectionDialog


def test_search_and_choose(qtbot: QtBot, store: db.Store,
                           compound: compounds.Compound) -> None:
    other = compounds.save(store, compounds.Compound(name="怡景新苑", district="罗庄区"))
    dialog = NewInspectionDialog(store, "zh", compound.id)
    qtbot.addWidget(dialog)
    assert dialog.compound_id() == compound.id
    dialog.search.setText("怡景")
    qtbot.waitUntil(lambda: dialog.model.total == 1)
    assert dialog.compound_id() == other.id
    assert dialog.checklist_version_id() == checklists.latest(store)[0].id
    dialog.accept()
    assert dialog.result()


def test_nothing_found_cannot_start(qtbot: QtBot, store: db.Store,
                                    compound: compounds.Compound) -> None:
    dialog = NewInspectionDialog(store, "zh")
    qtbot.addWidget(dialog)
    dialog.search.setText("不存在的小区")
    qtbot.waitUntil(lambda: dialog.model.total == 0)
    dialog.accept()
    assert dialog.problem.text() == "Choose a compound." and not dialog.result()
