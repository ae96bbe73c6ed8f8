"""The hotline import dialog: mapping, import on the thread pool, resolving the unmatched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storage.campaign import hotline
from storage.store.db import Store
from tests.campaign_helpers import add_compound, row, write_messy_xlsx
from ui.campaign.hotline_dialog import HotlineImportDialog


def test_import_and_confirm_an_alias(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    ident = add_compound(store, "香榭丽", "费县", "费城街道")
    rows = [row(f"n{i}", "2026-03-05 10:00", "香榭丽舍", district="费县", street="费城街道")
            for i in range(3)] + [row("m1", "2026/3/6", "香榭丽", district="费县")]
    path = write_messy_xlsx(tmp_path / "工单.xlsx", rows)
    dialog = HotlineImportDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.job.signals.finished if dialog.job else
                          dialog.load(path).signals.finished, timeout=20000):
        pass
    assert dialog.import_button.isEnabled()
    assert dialog.mapping()["number"] == 1 and dialog.mapping()["received_at"] == 2
    assert dialog.sample.rowCount() == 5  # four work orders and the totals row
    assert dialog.sample.item(0, 0).text() == "n0"
    content = list(dialog.mapping()).index("content")
    assert dialog.sample.item(0, content).text() == "楼道堆放杂物"
    dialog.combos["content"].setCurrentIndex(0)  # the supervisor drops a column
    assert "content" not in dialog.mapping() and dialog.sample.columnCount() == 8
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report.imported == 4 and dialog.report.unmatched == 3
    assert hotline.get(store, "n0").content == ""
    panel = dialog.unmatched
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    panel.search.setText("香榭")
    assert panel.choice.currentData() == ident
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    assert hotline.get(store, "n2").compound_id == ident


def test_a_bad_file_is_worded(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    dialog = HotlineImportDialog(store)
    qtbot.addWidget(dialog)
    job = dialog.load(path)
    qtbot.waitUntil(lambda: dialog.summary.text() != "", timeout=20000)
    assert "x.csv" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert job is dialog.job
