"""The helpers' windows: the panel's totals and lists, the dialogs, the compound page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.helpers import assignments, people, work
from storage.helpers.people import Helper
from storage.inspection import compounds
from storage.store import db
from tests.gui_fixtures import TODAY, type_text
from tests.roster_helpers import ROWS, write_roster
from ui.helpers import menu as helpers_menu
from ui.helpers.compound_box import CompoundHelpersBox
from ui.helpers.dialogs import AssignDialog, FundDialog, HelperDialog, ProjectDialog
from ui.helpers.import_dialog import RosterImportDialog
from ui.helpers.panel import HelpersPanel
from ui.main_window import MainWindow


@pytest.fixture
def place(store: db.Store) -> compounds.Compound:
    made = compounds.save(store, compounds.Compound("锦绣华庭一期", "罗庄区", "罗庄街道"))
    leader = people.save(store, Helper("leader", "王建国", post="副区长", phone="13905391111"))
    unit = people.save(store, Helper("unit", "罗庄区住建局", contact="孙伟", district="罗庄区"))
    for helper in (leader, unit):
        assignments.assign(store, made.id, helper.id, since="2026-03-01")
    work.save_fund(store, work.Fund(made.id, 120.5, "2026-05-01", leader.id, source="单位自筹"))
    work.save_project(store, work.Project("暖气开通", made.id, budget_wan=120, state="done"))
    return made


def test_the_panel_shows_the_area_s_totals_and_lists(qtbot: QtBot, qtmodeltester: object,
                                                     store: db.Store,
                                                     place: compounds.Compound) -> None:
    panel = HelpersPanel(store)
    qtbot.addWidget(panel)
    assert "1 county-level leaders" in panel.figures.text()
    assert "120.5" in panel.figures.text()
    assert panel.compounds.rowCount() == 1
    assert panel.compounds.row_at(0)[1].units == "罗庄区住建局"
    for model in (panel.compounds, *panel.lists.values()):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert panel.lists["people"].total == 2 and panel.lists["projects"].total == 1
    panel.district.setCurrentIndex(panel.district.findData("罗庄区"))
    assert panel.street.findData("罗庄街道") > 0 and panel.compounds.rowCount() == 1
    other = compounds.save(store, compounds.Compound("香榭丽", "费县", "费城街道"))
    assert other.id
    panel.refresh()
    assert panel.lists["people"].total == 1  # the unit of 罗庄区; the leader has no district


def test_helper_and_assign_dialogs_write_and_word_mistakes(qtbot: QtBot, store: db.Store,
                                                           place: compounds.Compound) -> None:
    dialog = HelperDialog(store)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "a value is required" in dialog.problem.text()
    type_text(dialog.edits["name"], "陈立新")
    dialog.edits["phone"].setText("打我电话")
    dialog.accept()
    assert "phone number" in dialog.problem.text()
    dialog.edits["phone"].setText("13905396666")
    dialog.accept()
    new = people.resolve(store, "陈立新")
    assign = AssignDialog(store, place.id)
    qtbot.addWidget(assign)
    assign.helper.search.setText("陈立")
    assert assign.helper.value() == new.id
    assign.reason.setText("工作调整")
    assign.accept()
    leaders = [a for a in assignments.current(store, place.id) if a.role == "leader"]
    assert [a.helper_id for a in leaders] == [new.id]


def test_funds_in_wan_and_a_project_with_a_photo(qtbot: QtBot, store: db.Store,
                                                 place: compounds.Compound,
                                                 photo_file: Path) -> None:
    fund = FundDialog(store, work.Fund(place.id, 0.0, ""))
    qtbot.addWidget(fund)
    fund.amount.setText("十万")
    fund.accept()
    assert "十万" in fund.problem.text()
    fund.amount.setText("8.5万")
    fund.accept()
    assert sorted(f.amount_wan for f in work.funds(store, place.id)) == [8.5, 120.5]
    project = ProjectDialog(store, work.Project("", place.id))
    qtbot.addWidget(project)
    project.name.setText("充电车棚")
    project.start.setText("2026-09-01")
    project.finish.setText("2026-08-01")
    with qtbot.waitSignal(project.photos.changed, timeout=20000):
        project.photos.add_files([photo_file])
    project.accept()
    assert "before the start" in project.problem.text()
    project.finish.setText("2026-10-01")
    project.accept()
    saved = [p for p in work.projects(store, place.id) if p.name == "充电车棚"]
    assert len(saved) == 1 and len(saved[0].attachments) == 1


def test_the_compound_page_shows_its_helpers(qtbot: QtBot, qtmodeltester: object,
                                             store: db.Store,
                                             place: compounds.Compound) -> None:
    window = MainWindow(store, app_settings.Settings.for_store(store), "en", today=TODAY)
    qtbot.addWidget(window)
    helpers_menu.install(window)
    page = window.open_compound(place.id)
    (box,) = page.findChildren(CompoundHelpersBox)
    qtmodeltester.check(box.helpers)  # type: ignore[attr-defined]
    assert box.helpers.rowCount() == 2 and "120.5" in box.facts.text()
    assert "red-collar secretary" in box.facts.text()  # the one still missing
    assert page.layout().indexOf(box) < page.layout().indexOf(page.findings_box)
    visit = box.record_visit()
    visit.decisions.setPlainText("协调开通暖气")
    visit.accept()
    assert "visits: 1" in box.facts.text()


def test_the_roster_import_dialog_maps_tries_and_imports(qtbot: QtBot, store: db.Store,
                                                         tmp_path: Path) -> None:
    compounds.save(store, compounds.Compound("锦绣华庭一期", "罗庄区", "罗庄街道"))
    dialog = RosterImportDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.load(write_roster(tmp_path / "r.xlsx", ROWS[:1])).signals
                          .finished, timeout=20000):
        pass
    assert dialog.columns.mapping()["unit_phone"] == 12
    assert dialog.columns.sample.rowCount() == 2  # the row and the totals row
    job = dialog.run(dry_run=True)
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=20000):
        pass
    assert store.db["helpers"].count == 0 and "3 people" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.run(dry_run=False)
    assert store.db["helpers"].count == 3


def test_an_assignment_is_ended_from_the_compound_page(qtbot: QtBot, store: db.Store,
                                                       place: compounds.Compound) -> None:
    box = CompoundHelpersBox(store, place.id)
    qtbot.addWidget(box)
    unit_row = [n for n in range(box.helpers.rowCount())
                if box.helpers.row_at(n).role == "unit"][0]
    box.helpers_table.selectRow(unit_row)
    box.end_chosen("单位调整")
    ended = [a for a in assignments.for_compound(store, place.id) if a.role == "unit"][0]
    assert (ended.until, ended.reason) == (TODAY.isoformat(), "单位调整")
    shown = [box.helpers.row_at(n) for n in range(box.helpers.rowCount())]
    assert [a.until for a in shown if a.role == "unit"] == [TODAY.isoformat()]  # its last day
