"""Re-inspecting a compound through the dialog: close one finding with a photo, extend one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from storage.forms import checklists
from storage.inspection import compounds, findings, inspections, reinspection
from storage.store import db
from tests.gui_fixtures import TODAY, type_text
from ui.officer.finding_dialog import FindingDialog
from ui.officer.reinspection_dialog import ReinspectionDialog


def _open_findings(store: db.Store, compound: compounds.Compound) -> list[findings.Finding]:
    form = checklists.find(store, "parking")
    checklist = checklists.load(store, form.id)
    origin = inspections.start(store, compound.id, form.id)
    made = []
    for name in ("fire_lane_clear", "zombie_cars"):
        finding = findings.from_item(compound.id, origin.id, checklist.item(name), today=TODAY)
        finding.responsible_party = "物业服务企业"
        made.append(findings.raise_finding(store, finding))
    return made


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
    assert dialog.problem.text() == ""  # the photo asked for came: the message goes
    dialog.next_button.click()
    assert dialog.current().id == cars.id
    dialog.extend.click()
    dialog.deadline.setDate(QDate(2027, 1, 15))
    dialog.previous.click()
    assert dialog.close_radio.isChecked() and dialog.proof.entries  # remembered
    with qtbot.waitSignal(dialog.accepted):
        dialog.finish.click()
    closed, kept = findings.get(store, lane.id), findings.get(store, cars.id)
    assert closed.state == "closed" and closed.closed_by_inspection_id == dialog.record_id
    assert kept.state == "open" and kept.deadline == "2027-01-15"
    record = reinspection.get(store, dialog.record_id)
    assert record.officer == "李娜"
    assert [(o.finding_id, o.rectified) for o in record.outcomes] == [
        (lane.id, True), (cars.id, False)]
    finding = FindingDialog(store, closed, today=TODAY)  # links to the visits that checked it
    qtbot.addWidget(finding)
    (link,) = [b for b in finding.findChildren(QPushButton) if record.number in b.text()]
    assert link.text().endswith("rectified, closed")
    with qtbot.waitSignal(finding.open_reinspection) as opened:
        link.click()
    assert opened.args == [record.id]


def test_a_compound_without_open_findings(qtbot: QtBot, store: db.Store,
                                          compound: compounds.Compound) -> None:
    dialog = ReinspectionDialog(store, compound, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.finish.isEnabled()


def test_the_record_shows_what_was_found_in_the_readers_language(
        qtbot: QtBot, store: db.Store, compound: compounds.Compound) -> None:
    """Not an empty checklist scoring 100: each finding checked, its outcome and note."""
    from ui.officer.reinspection_view import ReinspectionView

    _lane, cars = _open_findings(store, compound)
    dialog = ReinspectionDialog(store, compound, today=TODAY, language="en")
    qtbot.addWidget(dialog)
    dialog.next_button.click()
    assert dialog.summary.text().startswith("Non-compliant: ")  # stored in Chinese
    dialog.extend.click()
    type_text(dialog.note, "车主已联系")
    dialog.finish.click()
    view = ReinspectionView(store, dialog.record_id, "en")
    qtbot.addWidget(view)
    (box,) = view.boxes
    assert box.title().startswith(cars.number + " Non-compliant: ")
    texts = [label.text() for label in box.findChildren(QLabel)]
    assert "Not rectified: kept open until " + findings.get(store, cars.id).deadline in texts
    assert "车主已联系" in texts
    assert "Findings checked: 1 · closed: 0 · kept open: 1" == view.summary.text()
    assert store.db["inspections"].count == 1  # only the inspection that raised them
