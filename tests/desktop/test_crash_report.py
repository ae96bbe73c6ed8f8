"""Crash reports: one file per bug in the user log folder, with what is needed to find it."""

from __future__ import annotations

import datetime as dt
import platform
from pathlib import Path

import PySide6
import pytest
from PySide6 import QtCore

from desktop import crash_report, version
from storage import clock


def _bug() -> KeyError:
    answers: dict[str, str] = {}
    try:
        answers["no such answer"]
    except KeyError as error:
        return error
    raise AssertionError("unreachable")


def test_a_report_names_program_time_store_platform_versions_and_traceback(
        store_path: Path) -> None:
    report = crash_report.write(_bug(), program="xuncha", store=store_path, thread="worker-1")
    assert report.parent == crash_report.folder()
    assert report.name == "xuncha-crash-2026-11-27T020000001Z.log"  # the tests' clock
    text = report.read_text(encoding="utf-8")
    for part in (f"xuncha {version.VERSION}", "2026-11-27T02:00:00.001Z",
                 "local 2026-11-27 10:00", str(store_path), platform.platform(),
                 platform.python_version(), QtCore.qVersion(), PySide6.__version__,
                 "worker-1", "Traceback (most recent call last)", "in _bug",
                 "KeyError: 'no such answer'"):
        assert part in text


def test_two_crashes_in_one_millisecond_get_two_files(store_path: Path) -> None:
    moment = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)
    clock.install(clock.Clock(lambda: moment))  # a clock that stands still
    first = crash_report.write(_bug(), program="xuncha", store=store_path)
    second = crash_report.write(_bug(), program="xuncha", store=store_path)
    assert first != second and first.exists() and second.exists()


def test_each_crash_gets_its_file_and_only_the_newest_are_kept(store_path: Path) -> None:
    reports = [crash_report.write(_bug(), program="xuncha-cli", store=None)
               for _ in range(crash_report.KEEP + 2)]
    kept = sorted(crash_report.folder().glob("xuncha-cli-crash-*.log"))
    assert len(set(reports)) == crash_report.KEEP + 2
    assert kept == reports[2:]
    assert "store:    -" in kept[0].read_text(encoding="utf-8")


def test_an_unwritable_folder_is_an_os_error(store_path: Path) -> None:
    folder = crash_report.folder()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    with pytest.raises(OSError):
        crash_report.write(_bug(), program="xuncha", store=store_path)
