"""The one way long work runs off the GUI thread: a QThreadPool worker.

A job is a plain function ``job(store, progress) -> result`` from ``exports`` or
``storage``. The worker opens the job's own connection to the store (each thread its
own), passes ``progress(done, total)``, which answers False once the user cancelled,
and reports through signals, so widgets are touched only on the GUI thread.

The outcome crosses to the GUI thread once and is told there in one go: ``ended`` first,
whatever came of the job (the owner puts its buttons back), then ``finished`` with the
result, or ``failed`` with the sentence of a known error (one ``ui.messages`` words, a
cancellation among them), to be shown as the owner shows things. Anything else is a bug
and goes to ``sys.excepthook``: the window program's crash handler (desktop/crash.py),
or pytest-qt's, which fails the test. Workers are kept alive until they have reported
(PySide would otherwise delete a finished runnable, signals and all, under a queued
signal).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storage.jobs import Progress
from storage.store import db
from ui import messages

Job = Callable[[db.Store, Progress], Any]
_running: set[Worker] = set()


class _Signals(QObject):
    progress = Signal(int, int)
    ended = Signal()  # first, whatever came of the job
    finished = Signal(object)  # then the job's result,
    failed = Signal(str)  # or a known error, worded for people
    _outcome = Signal(bool, object)  # from the pool's thread: done?, result or exception

    def __init__(self) -> None:
        super().__init__()
        # A method of this object, which lives on the GUI thread: the call is queued there.
        self._outcome.connect(self._on_outcome)

    def _on_outcome(self, done: bool, value: Any) -> None:
        self.ended.emit()
        if done:
            self.finished.emit(value)
            return
        text = messages.describe(value)
        if text is None:
            sys.excepthook(type(value), value, value.__traceback__)
        else:
            self.failed.emit(text)


class Worker(QRunnable):
    """One job on the thread pool: ``signals.progress``, ``finished``, ``failed``, ``ended``."""

    def __init__(self, store_path: Path, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._path = store_path
        self._job = job
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._run_job()
        except Exception as error:  # noqa: BLE001 - told on the GUI thread: worded or a crash
            self.signals._outcome.emit(False, error)
        else:
            self.signals._outcome.emit(True, result)

    def _run_job(self) -> Any:
        store = db.open_store(self._path)
        try:
            return self._job(store, self._progress)
        finally:
            store.close()


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    """Run ``worker`` on the pool (the global one by default); return it."""
    _running.add(worker)
    worker.signals.ended.connect(lambda: _running.discard(worker))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
