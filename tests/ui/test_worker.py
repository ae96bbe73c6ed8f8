"""The worker: results and known errors reach the owner on the GUI thread, after ``ended``;
a bug goes to ``sys.excepthook`` (the crash handler in the program, pytest-qt's here)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from storage.store import db
from ui import worker


def _watch(task: worker.Worker) -> list[tuple[str, Any]]:
    """The signals the owner gets, in order, with the thread each arrived on."""
    heard: list[tuple[str, Any]] = []
    gui = threading.current_thread()
    task.signals.ended.connect(lambda: heard.append(("ended", None)))
    task.signals.finished.connect(lambda result: heard.append(
        ("finished", (result, threading.current_thread() is gui))))
    task.signals.failed.connect(lambda text: heard.append(("failed", text)))
    return heard


def test_the_result_comes_after_ended_on_the_gui_thread(qtbot: QtBot, store: db.Store) -> None:
    task = worker.Worker(store.path, lambda own, _progress: own.db.execute(
        "SELECT count(*) FROM checklist_versions").fetchone()[0])
    heard = _watch(task)
    with qtbot.waitSignal(task.signals.finished, timeout=10000):
        worker.start(task)
    assert heard == [("ended", None), ("finished", (4, True))]


def test_a_known_error_is_worded_for_the_owner(qtbot: QtBot, tmp_path: Path) -> None:
    """The job's store is not a store: the owner gets the sentence, not the exception."""
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a database " * 100, encoding="utf-8")
    task = worker.Worker(foreign, lambda own, _progress: None)
    heard = _watch(task)
    with qtbot.waitSignal(task.signals.failed, timeout=10000):
        worker.start(task)
    assert [name for name, _ in heard] == ["ended", "failed"]
    assert str(foreign) in heard[1][1] and "not a XunCha store" in heard[1][1]


def test_a_bug_goes_to_the_excepthook_and_the_owner_hears_only_ended(
        qtbot: QtBot, store: db.Store) -> None:
    task = worker.Worker(store.path, lambda own, _progress: own.db.execute(
        "SELECT no_such_column FROM inspections").fetchall())
    heard = _watch(task)
    with qtbot.capture_exceptions() as raised, \
            qtbot.waitSignal(task.signals.ended, timeout=10000):
        worker.start(task)
    assert heard == [("ended", None)]
    assert len(raised) == 1
    kind, error, trace = raised[0]
    assert kind is sqlite3.OperationalError and "no_such_column" in str(error)
    assert trace is not None  # the report can show where in the job it happened
