"""Crash reports: one file per bug in the user log folder, written alike by both programs.

A report names the program and its version, the time (from storage.clock, in UTC and
local), the store, the platform, the Python and Qt versions, the thread, and the
traceback: what whoever looks after XunCha needs to find the fault without asking.
"""

from __future__ import annotations

import platform
import traceback
from pathlib import Path

import platformdirs
import PySide6
from PySide6 import QtCore

from desktop import version
from storage import clock

APP_NAME = "XunCha"
EXIT_BUG = 70  # the exit status after a bug, in both programs (sysexits' EX_SOFTWARE)
KEEP = 20  # the newest reports of each program kept; a crash loop cannot fill the disk


def folder() -> Path:
    """The user log folder (looked up each time, so the tests can move the home)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def text(error: BaseException, *, program: str, store: Path | None, thread: str,
         stamp: str) -> str:
    """The report of ``error`` raised in ``program`` at ``stamp`` (the store's UTC text)."""
    header = [
        "XunCha crash report",
        f"program:  {program} {version.VERSION}",
        f"time:     {stamp} (local {clock.local_text(stamp)})",
        f"store:    {store if store is not None else '-'}",
        f"platform: {platform.platform()}",
        f"python:   {platform.python_implementation()} {platform.python_version()}",
        f"qt:       Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}",
        f"thread:   {thread}",
    ]
    trace = "".join(traceback.format_exception(error))
    return "\n".join(header) + "\n\n" + trace


def write(error: BaseException, *, program: str, store: Path | None,
          thread: str = "MainThread") -> Path:
    """Write the report of ``error`` to a new file in the log folder; return its path.

    Raises:
        OSError: the folder or the file cannot be written (the caller says so instead).
    """
    stamp = clock.now()
    target_folder = folder()
    target_folder.mkdir(parents=True, exist_ok=True)
    target = _new_file(target_folder, program, stamp)
    target.write_text(text(error, program=program, store=store, thread=thread, stamp=stamp),
                      encoding="utf-8")
    for old in sorted(target_folder.glob(f"{program}-crash-*.log"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def _new_file(target_folder: Path, program: str, stamp: str) -> Path:
    # The stamp sorts as text, so the names sort by time; two crashes in one
    # millisecond get a number rather than one overwriting the other.
    base = f"{program}-crash-{stamp.replace(':', '').replace('.', '')}"
    target, n = target_folder / f"{base}.log", 1
    while target.exists():
        n += 1
        target = target_folder / f"{base}-{n}.log"
    return target
