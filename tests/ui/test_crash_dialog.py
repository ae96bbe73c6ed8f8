"""The crash dialog: names the error and its report, opens the log folder, quits or goes on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop import i18n
from tests.ui.conftest import Opened
from ui.crash_dialog import CrashDialog


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "log" / "xuncha-crash-2026-11-27T020000001Z.log"
    path.parent.mkdir()
    path.write_text("Traceback …", encoding="utf-8")
    return path


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def _dialog(qtbot: QtBot, *args: object, **kwargs: object) -> CrashDialog:
    dialog = CrashDialog(*args, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_it_names_the_error_and_the_report_and_opens_the_folder(
        qtbot: QtBot, report: Path, viewer: Opened) -> None:
    dialog = _dialog(qtbot, "KeyError", report.parent, report)
    assert "KeyError" in dialog.message.text() and str(report) in dialog.message.text()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert viewer.urls == [str(report.parent)]
    assert dialog.isVisible()  # opening the folder does not close it


def test_continue_closes_it_and_quit_asks_to_quit(qtbot: QtBot, report: Path) -> None:
    going_on = _dialog(qtbot, "KeyError", report.parent, report)
    assert going_on.continue_button.isVisible()
    qtbot.mouseClick(going_on.continue_button, Qt.MouseButton.LeftButton)
    assert not going_on.isVisible() and going_on.result() == QDialog.DialogCode.Accepted
    quitting = _dialog(qtbot, "KeyError", report.parent, report)
    with qtbot.waitSignal(quitting.quit_requested, timeout=1000):
        qtbot.mouseClick(quitting.quit_button, Qt.MouseButton.LeftButton)
    assert not quitting.isVisible()


def test_when_it_cannot_go_on_there_is_no_continue(qtbot: QtBot, report: Path) -> None:
    dialog = _dialog(qtbot, "KeyError", report.parent, report, can_continue=False)
    assert not dialog.continue_button.isVisible()
    assert "cannot go on" in dialog.message.text()


def test_a_report_that_could_not_be_written_is_said(qtbot: QtBot, report: Path) -> None:
    dialog = _dialog(qtbot, "KeyError", report.parent, None, "[Errno 28] No space left")
    assert str(report.parent) in dialog.message.text()
    assert "No space left" in dialog.message.text()


def test_it_speaks_chinese(qtbot: QtBot, report: Path, chinese: None) -> None:
    dialog = _dialog(qtbot, "KeyError", report.parent, report)
    assert dialog.windowTitle() == "巡查遇到错误"
    assert "不是您的操作造成的" in dialog.message.text()
    assert dialog.folder_button.text() == "打开日志文件夹"
