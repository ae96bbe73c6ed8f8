"""Runs a long sync job on a QThreadPool worker; widgets hear of it only through signals.

The job is a plain function ``job(store, progress)`` from ``exports``; the worker
opens its own connection to the store (each thread its own), passes a progress
callback that answers False once the user cancelled, and reports the result or the
error on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from storage import db
from ui import messages

Job = Callable[[db.Store, Callable[[int, int], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """One job on the thread pool: ``signals.progress``, ``finished`` and ``failed``."""

    def __init__(self, store_path: Path, job: Job) -> None:
        super().__init__()
        self.signals = _Signals()
        self._path = store_path
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            store = db.open_store(self._path)
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


def start(worker: Worker) -> None:
    QThreadPool.globalInstance().start(worker)


def show_error(parent: QWidget | None, error: Exception) -> None:
    """The one way the sync windows show an error: worded by ``ui.messages``."""
    text = messages.describe(error)
    if text is None:
        raise error  # a bug: fail loudly
    QMessageBox.warning(parent, parent.tr("XunCha") if parent else "XunCha", text)
