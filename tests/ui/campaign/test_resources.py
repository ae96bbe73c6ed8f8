"""The campaign board's columns of helpers, projects and open problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storage import demo
from storage.store import db
from tests.gui_fixtures import TODAY
from ui.campaign.board import CampaignBoard


def test_the_board_shows_each_key_compound_s_helpers_and_problems(
        qtbot: QtBot, qtmodeltester: object, store: db.Store) -> None:
    demo.build(store, compounds=8, inspections=30, months=4, today=TODAY)
    board = CampaignBoard(store)
    qtbot.addWidget(board)
    qtmodeltester.check(board.model)  # type: ignore[attr-defined]
    headers = [board.model.headerData(n, Qt.Orientation.Horizontal)
               for n in range(board.model.columnCount())]
    assert headers[-3:] == ["Helpers", "Projects and funds", "Open problems"]
    rows = [board.model.row_at(n) for n in range(board.model.rowCount())]
    for n, entry in enumerate(rows):
        helpers = board.model.index(n, len(headers) - 3).data()
        assert helpers.count(" · ") >= 2, entry.name  # leader · secretary · unit(s)
        pending, _ = board.resources.pending.get(entry.compound_id, (0, 0))
        assert board.model.index(n, len(headers) - 1).data().startswith(str(pending))
