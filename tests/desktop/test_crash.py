"""The crash handler: every uncaught exception, from a slot, a thread, a worker or start-up,
writes one report and shows one dialog; a known error is the usual warning instead."""

from __future__ import annotations

import platform
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop import app, crash, crash_report, version
from storage.store import db
from ui import worker
from ui.crash_dialog import CrashDialog


@pytest.fixture
def handler(store_path: Path) -> Iterator[crash.CrashHandler]:
    """The handler as the window program installs it (pytest-qt's hook comes back after)."""
    installed = crash.CrashHandler(store_path)
    installed.install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def _boom() -> None:
    answers: dict[str, str] = {}
    answers["no such answer"]


def _crash_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, CrashDialog) and w.isVisible()]


def test_a_crash_in_a_slot_writes_a_report_and_shows_one_dialog(
        qtbot: QtBot, handler: crash.CrashHandler, store_path: Path) -> None:
    QTimer.singleShot(0, _boom)
    QTimer.singleShot(0, _boom)  # a second crash while the dialog is open
    qtbot.waitUntil(lambda: len(handler.reports) == 2)
    assert _crash_dialogs() == [handler.dialog]
    assert handler.dialog is not None
    assert str(handler.reports[0]) in handler.dialog.message.text()
    assert "KeyError" in handler.dialog.message.text()
    text = handler.reports[0].read_text(encoding="utf-8")
    for part in (f"xuncha {version.VERSION}", str(store_path), platform.platform(),
                 platform.python_version(), PySide6.__version__, "2026-11-27T02:00",
                 "thread:   MainThread", "in _boom", "KeyError: 'no such answer'"):
        assert part in text
    assert handler.reports[0].parent == crash_report.folder()


def test_after_continue_the_next_crash_gets_a_dialog_again(
        qtbot: QtBot, handler: crash.CrashHandler) -> None:
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: handler.dialog is not None)
    first = handler.dialog
    assert first is not None
    qtbot.mouseClick(first.continue_button, Qt.MouseButton.LeftButton)
    assert handler.dialog is None and not handler.quit_chosen
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert len(handler.reports) == 2 and len(_crash_dialogs()) == 1


def test_quit_closes_the_windows(qtbot: QtBot, handler: crash.CrashHandler) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert handler.dialog is not None
    qtbot.mouseClick(handler.dialog.quit_button, Qt.MouseButton.LeftButton)
    assert handler.quit_chosen
    assert not window.isVisible() and _crash_dialogs() == []


def test_a_crash_in_a_thread_is_shown_on_the_gui_thread(
        qtbot: QtBot, handler: crash.CrashHandler) -> None:
    thread = threading.Thread(target=_boom, name="photo-copier")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert "thread:   photo-copier" in handler.reports[0].read_text(encoding="utf-8")


def test_a_bug_in_a_workers_job_reaches_the_crash_handler(
        qtbot: QtBot, handler: crash.CrashHandler, store: db.Store) -> None:
    task = worker.Worker(store.path, lambda own, _progress: own.db.execute(
        "SELECT no_such_column FROM inspections").fetchall())
    failed: list[str] = []
    task.signals.failed.connect(failed.append)
    with qtbot.waitSignal(task.signals.ended, timeout=10000):
        worker.start(task)
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert failed == []  # the owner is told it ended, not handed the bug to word
    assert "no such column: no_such_column" in handler.reports[0].read_text(encoding="utf-8")
    assert len(_crash_dialogs()) == 1


def test_a_known_error_escaping_a_slot_is_the_usual_warning(
        qtbot: QtBot, handler: crash.CrashHandler, store: db.Store) -> None:
    """A write outside atomic() on a store another program locked: worded, not a crash."""
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.db.execute("PRAGMA busy_timeout = 50")
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, lambda: store.db.execute(
        "INSERT INTO settings (key, value) VALUES ('k', 'v')"))
    QTimer.singleShot(10, answer)
    try:
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert str(store.path) in shown[0] and "busy" in shown[0]
    assert handler.reports == [] and _crash_dialogs() == []


def test_uninstall_gives_the_hooks_back(store_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    handler = crash.CrashHandler(store_path)
    handler.install()
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_crash_at_start_up_of_the_packaging_check_exits_70(
        qapp: QApplication, broken_store_path: Path) -> None:
    """No dialog to wait on: the report is written and the status says what happened."""
    code = app.main(["--db", str(broken_store_path), "--exit-after-start", "--language", "en"])
    assert code == crash_report.EXIT_BUG
    reports = list(crash_report.folder().glob("xuncha-crash-*.log"))
    assert len(reports) == 1 and str(broken_store_path) in reports[0].read_text("utf-8")
    assert not app.lock_path(broken_store_path).exists()  # the lock was released


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, showing a dialog
def test_a_crash_at_start_up_shows_the_dialog_without_continue(
        qapp: QApplication, broken_store_path: Path) -> None:
    seen: list[bool] = []

    def quit_when_shown() -> None:
        dialogs = _crash_dialogs()
        if not dialogs:
            QTimer.singleShot(10, quit_when_shown)
            return
        dialog = dialogs[0]
        assert isinstance(dialog, CrashDialog)
        seen.append(dialog.continue_button.isVisible())
        dialog.quit_button.click()

    QTimer.singleShot(0, quit_when_shown)
    code = app.main(["--db", str(broken_store_path), "--language", "en"])
    QCoreApplication.processEvents()
    assert seen == [False]
    assert code == crash_report.EXIT_BUG
