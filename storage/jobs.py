"""Long work as plain functions: how a job reports progress and how it is cancelled.

A job takes ``progress(done, total)``, which answers False once the user cancelled;
the job then raises :class:`Cancelled` and leaves everything as it was. The window
runs jobs on a worker thread (``ui/worker.py``), the command line with a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(Exception):
    """The user cancelled a long job; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far the job is; raise :class:`Cancelled` if it says stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled()
