"""The ledger's windows: filters, the solved figure, raising, closing with proof."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.ledger import entries, problems
from tests.exports.helpers import flat
from tests.gui_fixtures import TODAY, type_text
from tests.ledger_helpers import Place, finding
from ui import errors
from ui.ledger import menu as ledger_menu
from ui.ledger.close_dialog import CloseDialog
from ui.ledger.compound_box import CompoundLedgerBox
from ui.ledger.orders_dialog import WorkOrdersDialog
from ui.ledger.problem_dialog import ProblemDialog
from ui.ledger.view import LedgerView
from ui.main_window import MainWindow


def test_filters_and_the_solved_figure(qtbot: QtBot, qtmodeltester: object,
                                       place: Place) -> None:
    store = place.store
    finding(store, place.xiangxieli)
    made = problems.raise_from_work_orders(store, ["LY1", "LY2"]).created
    problems.close(store, made[1], verified_by="孙伟", photos=[{"photo": place.photo}])
    view = LedgerView(store)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    assert view.model.total == 3 and "all time: 1" in view.solved.text()
    view.department.setCurrentIndex(view.department.findData("消防"))
    assert [view.model.entry(n).manual_item for n in range(view.model.rowCount())] == ["3.01"]
    view.department.setCurrentIndex(0)
    view.state.setCurrentIndex(view.state.findData("closed"))
    assert view.model.total == 1
    view.table.selectRow(0)
    assert "孙伟" in view.proof.text() and len(view.photos.entries) == 1
    view.state.setCurrentIndex(0)
    type_text(view.text, "电梯")
    assert view.model.total == 1 and view.model.entry(0).lead_department == "市场监管"


def test_raise_route_close_and_reopen(qtbot: QtBot, place: Place) -> None:
    store = place.store
    view = LedgerView(store)
    qtbot.addWidget(view)
    dialog = ProblemDialog(store, None, view, compound_id=place.jinxiu)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("述职评议指出：楼道堆放杂物长期未清理")
    dialog.route_by_text()
    assert dialog.item.currentData() == "3.12" and dialog.lead.text() == "消防"
    assert "消防" in dialog.card.text.text()
    dialog.source.setCurrentIndex(dialog.source.findData("review"))
    dialog.accept()
    raised = entries.search(store)[0]
    assert (raised.source, raised.manual_item, raised.deadline) == (
        "review", "3.12", "2026-12-04")
    view.refresh()
    view.table.selectRow(0)
    close = view.close_current()
    assert isinstance(close, CloseDialog)
    close.accept()
    assert "photo" in close.problem.text()
    close.photos.entries = [{"photo": place.photo, "item": "after", "caption": "已清理"}]
    close.accept()
    assert entries.find(store, raised.number).state == "closed"  # type: ignore[union-attr]
    view.refresh()
    view.state.setCurrentIndex(view.state.findData("closed"))
    view.table.selectRow(0)
    view.reopen_current()
    assert entries.find(store, raised.number).state == "open"  # type: ignore[union-attr]


def test_a_finding_is_closed_by_reinspection_not_here(qtbot: QtBot, place: Place,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store = place.store
    raised = finding(store, place.xiangxieli)
    view = LedgerView(store)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    warned: list[str] = []
    monkeypatch.setattr(errors, "warn", lambda _parent, text: warned.append(text))
    assert view.close_current() is None and raised.number in warned[0]
    with qtbot.waitSignal(view.open_finding) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == [raised.id]


def test_work_orders_become_problems_from_their_dialog(qtbot: QtBot, place: Place) -> None:
    store = place.store
    dialog = WorkOrdersDialog(store, place.xiangxieli)
    qtbot.addWidget(dialog)
    assert dialog.model is not None and dialog.model.total == 1
    dialog.table.selectRow(0)
    assert "市场监管" in dialog.card.text.text()  # the lift complaint's lead
    with qtbot.waitSignal(dialog.raised):
        dialog.raise_chosen()
    assert problems.for_source(store, "work_order", "LY1") is not None


def test_export_writes_what_is_shown(qtbot: QtBot, place: Place, tmp_path: Path) -> None:
    store = place.store
    finding(store, place.xiangxieli)
    problems.raise_from_work_orders(store, ["LY1", "LY2"])
    view = LedgerView(store)
    qtbot.addWidget(view)
    view.district.setCurrentIndex(view.district.findData("罗庄区"))
    assert view.export_to(tmp_path / "台账.xlsx") == view.model.total == 1
    rows = list(openpyxl.load_workbook(tmp_path / "台账.xlsx")["问题台账"].values)
    assert rows[1][6] == "锦绣华庭一期"


def test_the_compound_page_shows_its_ledger_line(qtbot: QtBot, place: Place) -> None:
    store = place.store
    problems.raise_from_work_orders(store, ["LY1"])
    finding(store, place.xiangxieli)
    window = MainWindow(store, app_settings.Settings.for_store(store), "en", today=TODAY)
    qtbot.addWidget(window)
    ledger_menu.install(window)
    page = window.open_compound(place.xiangxieli)
    (box,) = page.findChildren(CompoundLedgerBox)
    assert "2 not closed" in box.text.text() and "消防 1" in box.text.text()
    (show, _) = box.findChildren(QPushButton)
    with qtbot.waitSignal(box.open_ledger):
        qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    view = window.kept_tab("ledger")
    assert view is not None and view.compound_id == place.xiangxieli and view.model.total == 2


def test_the_ledger_prints_what_is_listed(qtbot: QtBot, place: Place, viewer: Any,
                                          tmp_path: Path) -> None:
    """The Print button writes the ledger of the listed problems and opens it."""
    store = place.store
    made = problems.raise_from_work_orders(store, ["LY1", "LY2"]).created
    view = LedgerView(store, language="zh")  # deleted below, not left to qtbot
    view.district.setCurrentIndex(view.district.findData("罗庄区"))
    actions = view.report_actions()
    actions.ask_path = lambda suggested: tmp_path / suggested.name  # type: ignore[method-assign]
    job = view.print_ledger()
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(viewer.urls), timeout=20000)
    text = flat(Path(viewer.urls[0]))
    assert made[1].number in text and made[0].number not in text
    # The printing's progress dialog is the view's child: both go now, while Qt runs,
    # not when Python collects them after the application is gone.
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))


def test_a_problem_is_withdrawn_only_with_a_reason(qtbot: QtBot, place: Place,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    store = place.store
    made = problems.raise_from_work_orders(store, ["LY1"]).created[0]
    view = LedgerView(store)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    warned: list[str] = []
    monkeypatch.setattr(errors, "warn", lambda _parent, text: warned.append(text))
    view.withdraw_current("  ")
    assert warned and problems.get(store, made.id).state == "open"
    view.withdraw_current("与 LY2 重复")
    withdrawn = problems.get(store, made.id)
    assert (withdrawn.state, withdrawn.note) == ("withdrawn", "与 LY2 重复")
