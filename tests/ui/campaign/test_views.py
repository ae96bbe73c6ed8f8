"""The campaign's widgets on a real store: board, ranking, nominations, trend chart."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from storage.campaign import states
from storage.store.db import Store
from tests.campaign_helpers import add_compound, add_orders, day
from ui.campaign.board import MoveDialog
from ui.campaign.panel import CampaignPanel
from ui.campaign.trend import TrendChart, TrendDialog
from ui.tables import PAGE as CHUNK


def _fill(store: Store) -> dict[str, str]:
    ids = {name: add_compound(store, name) for name in ("香榭丽", "丰瑞丽都", "锦绣华庭一期")}
    for month in ("2026-03", "2026-04"):
        add_orders(store, ids["香榭丽"], month, 9)
        add_orders(store, ids["丰瑞丽都"], month, 5)
    add_orders(store, ids["锦绣华庭一期"], "2026-04", 1)
    add_orders(store, ids["香榭丽"], "2025-04", 20, prefix="old")
    return ids


def test_ranking_table(store: Store, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    _fill(store)
    panel = CampaignPanel(store)
    qtbot.addWidget(panel)
    ranking = panel.ranking
    ranking.show_month("2026-04")
    qtmodeltester.check(ranking.model)
    model = ranking.model
    assert model.rowCount() == 3
    assert [model.index(0, c).data() for c in (0, 1, 4, 5, 6)] == ["1", "香榭丽", "9", "20",
                                                                   "-55%"]
    ranking.show_month("2026-04", "district")
    assert model.index(0, 1).data() == "兰山区" and model.index(0, 4).data() == "15"


def test_nominations_accept_and_dismiss(store: Store, qtbot: QtBot,
                                        qtmodeltester: ModelTester) -> None:
    ids = _fill(store)
    panel = CampaignPanel(store)
    qtbot.addWidget(panel)
    view = panel.nominations
    view.year.setValue(2026)
    view.top.setValue(2)
    view.months.setValue(2)
    qtmodeltester.check(view.model)
    assert [view.model.row_at(r).name for r in range(view.model.rowCount())] == [
        "香榭丽", "丰瑞丽都"]
    view.table.selectRow(0)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    assert states.current(store, ids["香榭丽"]).state == "enrolled"
    view.table.selectRow(0)
    view.dismiss(view._selected(), "已有整改计划")
    assert view.model.rowCount() == 0
    view.only_pending.setChecked(False)
    assert view.model.rowCount() == 2
    assert panel.board.model.rowCount() == 1  # the board heard of the enrolment


def test_board_counts_and_warnings(store: Store, qtbot: QtBot,
                                   qtmodeltester: ModelTester) -> None:
    ids = _fill(store)
    for state, on in (("enrolled", "2026-01-05"), ("rectifying", "2026-01-06"),
                      ("accepted", "2026-03-01"), ("observation", "2026-03-01")):
        states.move(store, ids["香榭丽"], state, who="me", on=day(on))
    states.move(store, ids["丰瑞丽都"], "enrolled", who="me")
    panel = CampaignPanel(store)
    qtbot.addWidget(panel)
    board = panel.board
    qtmodeltester.check(board.model)
    texts = [board.states.item(i).text() for i in range(board.states.count())]
    assert texts[0].endswith("(2)") and any(t.endswith("(1)") for t in texts[1:])
    assert board.model.rowCount() == 2
    board.states.setCurrentRow(1 + states.STATES.index("observation"))
    assert [board.model.row_at(0).name] == ["香榭丽"]
    assert "香榭丽" in board.warnings.text() and "2026-04" in board.warnings.text()
    assert board.relapse_button.isEnabled()


def test_trend_dialog_and_chart_paint(store: Store, qtbot: QtBot) -> None:
    ids = _fill(store)
    dialog = TrendDialog(store, ids["香榭丽"])
    qtbot.addWidget(dialog)
    assert ("2026-04", 9) in dialog.chart.series
    assert dialog.chart.before["2026-04"] == 20
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_series([("2026-01", 3), ("2026-02", 0), ("2026-03", 6)], {"2026-03": 2}, "t")
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    chart.render(image)
    red = sum(1 for x in range(0, 600, 3) for y in range(0, 300, 3)
              if image.pixelColor(x, y).name() == "#c0392b")
    assert red > 50  # the bars were drawn


def test_rows_model_fetches_lazily(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    from ui.tables import RowsModel

    model = RowsModel([("n", lambda r: r)])
    model.set_rows(list(range(CHUNK * 2 + 5)))
    assert model.rowCount() == CHUNK and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == CHUNK * 2 + 5 and not model.canFetchMore()
    model.set_rows(list(range(CHUNK + 1)))
    qtmodeltester.check(model)


def test_next_step_from_the_board(store: Store, qtbot: QtBot) -> None:
    ids = _fill(store)
    states.move(store, ids["丰瑞丽都"], "enrolled", who="me", on=day("2026-01-05"))
    panel = CampaignPanel(store)
    qtbot.addWidget(panel)
    board = panel.board
    board.table.selectRow(0)
    dialog = MoveDialog(states.NEXT["enrolled"], "李科长")
    qtbot.addWidget(dialog)
    assert dialog.who.text() == "李科长"  # the officer in the settings, not the login
    assert dialog.date.maximumDate() == QDate(2026, 11, 27)  # no step in the future
    assert [dialog.state.itemData(i) for i in range(dialog.state.count())] == [
        "rectifying", "closed"]
    dialog.date.setDate(QDate(2026, 2, 1))
    dialog.why.insert("制定整改方案")  # keyClicks types ASCII only
    board.move_selected(dialog)
    event = states.current(store, ids["丰瑞丽都"])
    assert (event.state, event.on_date, event.why) == ("rectifying", "2026-02-01", "制定整改方案")
    assert board.model.row_at(0).state == "rectifying"


def test_settings_dialog_saves_on_ok(store: Store, qtbot: QtBot) -> None:
    from ui.campaign.settings_dialog import CampaignSettingsDialog

    dialog = CampaignSettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.spins["campaign.top_n"].value() == 50
    assert "campaign.relapse_threshold" not in dialog.spins  # relapse is found by rank
    dialog.spins["campaign.top_n"].setValue(40)
    dialog.reject()
    assert states.setting(store, "campaign.top_n") == 50
    dialog.spins["campaign.top_n"].setValue(40)
    dialog._on_ok()
    assert states.setting(store, "campaign.top_n") == 40


def test_work_orders_of_a_compound_page_by_page(store: Store, qtbot: QtBot,
                                                qtmodeltester: ModelTester) -> None:
    from ui.campaign.orders import WorkOrdersModel
    from ui.tables import PAGE

    ident = add_compound(store, "香榭丽")
    add_orders(store, ident, "2026-03", PAGE + 7)
    add_orders(store, add_compound(store, "别的"), "2026-03", 3)
    model = WorkOrdersModel(store, ident)
    assert (model.total, model.rowCount(), model.canFetchMore()) == (PAGE + 7, PAGE, True)
    assert model.index(0, 2).data() == "property management"  # no translator in tests
    qtmodeltester.check(model)
    assert model.rowCount() == PAGE + 7 and not model.canFetchMore()
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(set(numbers)) == PAGE + 7
    received = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert received == sorted(received, reverse=True)


def test_enrol_by_hand_from_the_board(store: Store, qtbot: QtBot) -> None:
    ids = _fill(store)
    panel = CampaignPanel(store)
    qtbot.addWidget(panel)
    dialog = MoveDialog(("enrolled",), store.officer, store=store)
    qtbot.addWidget(dialog)
    dialog.search.setText("丰瑞")
    assert dialog.compound.count() == 1
    dialog.why.insert("群众反映集中")
    panel.board.enrol(dialog)
    event = states.current(store, ids["丰瑞丽都"])
    assert (event.state, event.why, event.by_rank) == ("enrolled", "群众反映集中", False)
    assert panel.board.model.row_at(0).name == "丰瑞丽都"
