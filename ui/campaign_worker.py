"""Runs a long job (an import) on the thread pool; widgets hear of it only by signals.

The job is a plain function ``job(progress) -> result`` whose ``progress(done, total)``
returns False once the user cancelled. It must open its own store connection (each
thread its own). ``finished`` carries the result, ``failed`` the exception.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storage import db


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, job: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._job = job
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to be shown
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def with_own_store(path: Path, job: Callable[[db.Store], Any]) -> Any:
    """Run ``job(store)`` on a connection of this thread's own, closed afterwards."""
    store = db.open_store(path)
    try:
        return job(store)
    finally:
        store.close()


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
