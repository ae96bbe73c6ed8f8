"""Re-inspecting a compound through the dialog: close one finding with a photo, extend one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from storage.forms import checklists
from storage.inspection import compounds, findings, inspections
from storage.store import db
from tests.gui_fixtures import TODAY
from ui.officer.reinspection_dialog import ReinspectionDialog


def _open_findings(store: db.Store, compound: compounds.Compound) -> list[findings.Finding]:
    form = checklists.find(store, "parking")
    checklist = checklists.load(store, form.id)
    origin = inspections.start(store, compound.id, form.id)
    return [findings.raise_finding(store, findings.from_item(
        compound.id, origin.id, checklist.item(name), today=TODAY))
        for name in ("fire_lane_clear", "zombie_cars")]


def test_reinspect_and_close_a_finding(qtbot: QtBot, store: db.Store,
                                       compound: compounds.Compound, photo_file: Path) -> None:
    lane, cars = _open_findings(store, compound)
    dialog = ReinspectionDialog(store, compound, officer="李娜", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.counter.text().startswith("Finding 1 of 2")
    assert dialog.current().id == lane.id  # earliest deadline first
    dialog.close_radio.click()
    dialog.finish.click()
    assert "photo" in dialog.problem.text()  # closing needs proof
    dialog.proof.add_files([photo_file])
    qtbot.waitUntil(lambda: dialog.proof.pending == 0, timeout=10000)
    dialog.next_button.click()
    assert dialog.current().id == cars.id
    dialog.extend.click()
    dialog.deadline.setDate(QDate(2027, 1, 15))
    dialog.previous.click()
    assert dialog.close_radio.isChecked() and dialog.proof.entries  # remembered
    with qtbot.waitSignal(dialog.accepted):
        dialog.finish.click()
    closed, kept = findings.get(store, lane.id), findings.get(store, cars.id)
    assert closed.state == "closed" and closed.closed_by_inspection_id == dialog.records[0]
    assert kept.state == "open" and kept.deadline == "2027-01-15"
    record = inspections.get(store, dialog.records[0])
    assert record.officer == "李娜" and record.status == "final"


def test_a_compound_without_open_findings(qtbot: QtBot, store: db.Store,
                                          compound: compounds.Compound) -> None:
    dialog = ReinspectionDialog(store, compound, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.finish.isEnabled()


def test_the_record_opens_read_only_without_amending(qtbot: QtBot, store: db.Store,
                                                     compound: compounds.Compound) -> None:
    from ui.officer.inspection_editor import InspectionEditor

    _lane, cars = _open_findings(store, compound)
    dialog = ReinspectionDialog(store, compound, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.next_button.click()
    dialog.extend.click()
    dialog.finish.click()
    editor = InspectionEditor(store, dialog.records[0], "zh", today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.form.answers == {"zombie_cars": "issue"}
    assert not editor.amend_button.isVisible() and not editor.finalise_button.isVisible()
    assert not editor.form.rows["zombie_cars"].editor.isEnabled()
