"""The property window on a real store: the quarter's evaluation, scores and weights typed,
the companies with their record, and the dialogs that add to it."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from storage.property import companies, evaluation, measures, projects
from storage.store.db import Store
from tests.property_helpers import credit_code, place, project
from ui.property.dialogs import AssignDialog, CompanyDialog, MeasureDialog
from ui.property.panel import PropertyPanel, ScoreDialog, WeightsDialog


def test_the_quarter_s_evaluation(store: Store, qtbot: QtBot,
                                  qtmodeltester: ModelTester) -> None:
    found = project(store)
    panel = PropertyPanel(store)
    qtbot.addWidget(panel)
    view = panel.evaluation
    view.quarter.setCurrentIndex(view.quarter.findData("2026-Q3"))
    qtmodeltester.check(view.model)
    assert view.model.index(0, 1).data() == "香榭丽"
    assert view.model.index(0, 10).data() == "incomplete"  # no party branch score yet
    dialog = ScoreDialog(store, "2026-Q3", view.model.row_at(0))
    qtbot.addWidget(dialog)
    dialog.party.setValue(91)
    assert dialog.save() is not None
    view.refresh()
    assert view.model.index(0, 0).data() == "1" and view.model.index(0, 10).data() == \
        "excellent"
    weights = WeightsDialog(store, "2026-Q3")
    qtbot.addWidget(weights)
    assert weights.spins["party_branch"].minimum() == 30  # never below 30 %
    assert evaluation.given(store, "2026-Q3")[found.id].party_branch_score == 91.0


def test_companies_and_their_record(store: Store, qtbot: QtBot,
                                    qtmodeltester: ModelTester) -> None:
    found = project(store)
    place(store, "丰瑞丽都")
    panel = PropertyPanel(store)
    qtbot.addWidget(panel)
    view = panel.companies
    qtmodeltester.check(view.model)
    view.table.selectRow(0)
    assert "香榭丽" in view.record.toPlainText()
    company = view.chosen()
    assert company is not None
    assign = AssignDialog(store, company)
    qtbot.addWidget(assign)
    assign.search.setText("丰瑞")
    assign.day.setDate(QDate(2026, 3, 1))
    assign.manager.setText("钱经理")
    assert assign.save() is not None
    measure = MeasureDialog(store, company)
    qtbot.addWidget(measure)
    measure.kind.setCurrentIndex(measure.kind.findData("manager_replacement"))
    measure.project.setCurrentIndex(measure.project.findData(found.id))
    measure.reason.setPlainText("履职不力")
    measure.new_manager.setText("孙经理")
    measure.day.setDate(QDate(2026, 9, 1))
    assert measure.save() is not None
    assert projects.current_manager(store, found.id).name == "孙经理"
    assert [m.measure for m in measures.of_company(store, company.id)] == [
        "manager_replacement"]
    new = CompanyDialog(store)
    qtbot.addWidget(new)
    new.fields["name"].setText("华新物业")
    new.fields["credit_code"].setText(credit_code(9).lower())
    assert new.save() is not None
    view.refresh()
    assert view.model.rowCount() == 2


def test_a_refusal_is_worded_under_the_form(store: Store, qtbot: QtBot) -> None:
    """No compound chosen, then a day before the project: the dialog stays open, says why."""
    project(store)
    company = companies.search(store)[0]
    assign = AssignDialog(store, company)
    qtbot.addWidget(assign)
    assign.show()
    assign.accept()
    assert assign.isVisible() and assign.problem.text() == "The compound must be given."
    new = CompanyDialog(store)
    qtbot.addWidget(new)
    new.show()
    new.fields["name"].setText("华新物业")
    new.fields["credit_code"].setText("12345")
    new.accept()
    assert new.isVisible() and "“12345” is not a unified social credit code" in \
        new.problem.text()
    assert len(companies.search(store)) == 1
