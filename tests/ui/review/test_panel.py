"""The review window on a real store: ranking, departments' scores, interviews, set-up,
and the departments' files brought in through the import dialog (on its worker)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from exports.review import workbooks
from storage.review import interviews, plans, scores
from storage.store.db import Store
from tests.review_helpers import give, set_up
from ui.review.interview_dialog import FollowUpDialog, InterviewDialog
from ui.review.panel import ReviewPanel
from ui.review.setup_dialog import SetupDialog


def test_ranking_coverage_and_interviews(store: Store, qtbot: QtBot,
                                         qtmodeltester: ModelTester) -> None:
    plan = set_up(store, departments=3, lagging=1)
    give(store, plan, 0, [0.9, 0.8, 0.7, 0.6])
    give(store, plan, 1, [0.9, 0.8, 0.7, 0.6])
    panel = ReviewPanel(store)
    qtbot.addWidget(panel)
    for model in (panel.results, panel.coverage, panel.talks):
        qtmodeltester.check(model)
    assert panel.quarter.currentData() == "2026-Q3"
    first = [panel.results.index(0, c).data() for c in (0, 1, 3, 9)]
    assert first == ["1", "兰山区 兰山街道", "90.00", ""]
    assert panel.results.index(3, 9).data() == "lagging"
    assert "部门2" in panel.missing.text()
    dialog = InterviewDialog(store, panel.ranking.plan, plan.streets[3].id)  # type: ignore
    qtbot.addWidget(dialog)
    assert dialog.interviewee.text() == "赵书记"
    dialog.interviewer.setText("刘部长")
    dialog.day.setDate(QDate(2026, 10, 9))
    dialog.commitments.setPlainText("一个月内整改")
    assert dialog.save() is not None
    panel.reload()
    assert panel.talks.rowCount() == 1 and panel.talks.index(0, 1).data() == "河东区 九曲街道"
    follow = FollowUpDialog(store, panel.talks.row_at(0))
    qtbot.addWidget(follow)
    follow.outcome.setCurrentIndex(follow.outcome.findData("partly"))
    follow.text.setPlainText("完成一半")
    assert follow.save() is not None
    assert interviews.of_quarter(store, "2026-Q3")[0].outcome == "partly"


def test_set_up_a_quarter_from_the_dialog(store: Store, qtbot: QtBot) -> None:
    set_up(store)
    dialog = SetupDialog(store, "2026-Q4")
    qtbot.addWidget(dialog)
    assert dialog.departments.toPlainText().splitlines()[0] == "部门0"  # copied from Q3
    dialog.criteria.setPlainText("述职报告:20:20\n成效：80，80\n")
    dialog.streets.setPlainText("兰山区/兰山街道/新书记\n\n罗庄区 罗庄街道")
    dialog.meeting.setDate(QDate(2026, 11, 20))
    assert dialog.save() is not None
    plan = plans.require(store, "2026-Q4")
    assert [(c.name, c.max_score) for c in plan.criteria] == [("述职报告", 20.0),
                                                              ("成效", 80.0)]
    assert [(s.street, s.secretary) for s in plan.streets] == [("兰山街道", "新书记"),
                                                               ("罗庄街道", "")]
    assert plan.settings.meeting_date == "2026-11-20"


def test_a_refusal_is_worded_under_the_form(store: Store, qtbot: QtBot) -> None:
    """A quarter that is not one, or a criterion that is not one: the dialog stays open
    and says why under the form; nothing is set up."""
    dialog = SetupDialog(store, "2026-Q4")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.quarter.setText("第四季度")
    dialog.accept()
    assert dialog.isVisible() and "“第四季度” is not a quarter" in dialog.problem.text()
    dialog.quarter.setText("2026-Q4")
    dialog.criteria.setPlainText("述职报告")
    dialog.accept()
    assert dialog.isVisible() and "“述职报告” is not a criterion" in dialog.problem.text()
    with pytest.raises(plans.PlanError):
        plans.require(store, "2026-Q4")  # nothing was set up
    dialog.criteria.setPlainText("述职报告:100:100")
    dialog.accept()
    assert not dialog.isVisible() and plans.require(store, "2026-Q4").criteria[0].weight == 100


def test_departments_files_in(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    plan = set_up(store, departments=2)
    panel = ReviewPanel(store)
    qtbot.addWidget(panel)
    written = workbooks.write_all(store, plan.quarter, tmp_path)
    for path in written:
        book = openpyxl.load_workbook(path)
        sheet = book[workbooks.SHEET]
        for row in range(3, 7):
            for column in range(5, 8):
                sheet.cell(row, column).value = 10
        book.save(path)
    dialog = panel.files_dialog()
    qtbot.addWidget(dialog)
    dialog.add_files([*written, tmp_path / "notes.txt"])
    assert dialog.paths() == written
    dialog.preview_button.click()  # read on the worker thread
    qtbot.waitUntil(lambda: bool(dialog.previews), timeout=10000)
    assert dialog.model.index(0, 1).data() == "12 new"
    assert all(p.ok for p in dialog.previews) and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert len(scores.matrix(store, plan.quarter)) == 2
    assert panel.coverage.index(0, 2).data() == "complete"
