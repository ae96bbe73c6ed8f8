"""The compounds import dialog runs the import off the GUI thread and lists refused rows."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from storage.inspection import compounds
from storage.store.db import Store
from tests.exports.campaign.test_register import ROWS
from tests.exports.campaign.test_register import _write as write_register
from ui.campaign.register_dialog import CompoundsImportDialog


def test_import_the_register(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CompoundsImportDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.load(write_register(tmp_path / "台账.xlsx", ROWS))
    assert dialog.report.added == 2 and dialog.problems.count() == 3
    assert "row 5" in dialog.problems.item(0).text()
    assert {c.name for c in compounds.search(store)} == {"香榭丽", "锦绣华庭一期"}


def test_a_bad_file_is_worded(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    dialog = CompoundsImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.summary.text() != "", timeout=20000)
    assert "x.xlsx" in dialog.summary.text() and dialog.choose_button.isEnabled()
