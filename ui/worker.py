"""The one way long work runs off the GUI thread: a QThreadPool worker.

A job is a plain function ``job(store, progress) -> result`` from ``exports`` or
``storage``. The worker opens the job's own connection to the store (each thread its
own, with the store's passphrase if it is encrypted), passes ``progress(done, total)``,
which answers False once the user cancelled, and reports the result or the exception
through signals, so widgets are touched only on the GUI thread. Workers are kept alive
until they have reported (PySide would otherwise delete a finished runnable, signals
and all, under a queued signal).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storage.jobs import Progress
from storage.store import db

Job = Callable[[db.Store, Progress], Any]
_running: set[Worker] = set()


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception


class Worker(QRunnable):
    """One job on the thread pool: ``signals.progress``, ``finished`` and ``failed``."""

    def __init__(self, store: db.Store, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._store = store
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
            store = db.reopen(self._store)
        except Exception as error:  # noqa: BLE001 - reported to the GUI thread
            self.signals.failed.emit(error)
            return
        try:
            result = self._job(store, self._progress)
        except Exception as error:  # noqa: BLE001 - reported to the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)
        finally:
            store.close()


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    """Run ``worker`` on the pool (the global one by default); return it."""
    _running.add(worker)
    worker.signals.finished.connect(lambda _result: _running.discard(worker))
    worker.signals.failed.connect(lambda _error: _running.discard(worker))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
