"""The tests of the Qt-free layers, run in a process where PySide6 and shiboken6 cannot load.

``storage`` and ``exports`` never import Qt (an import-linter contract says so of their
code); tests/test_qt_free.py proves it of their tests too, napari-style, by running them
where Qt looks uninstalled: ``python -m tests.qt_free RESULTS [pytest args]`` blocks Qt
before pytest starts, leaves pytest-qt unloaded, and writes each test's outcome to
RESULTS (JSON).

As a pytest plugin (named in tests/conftest.py) it hands the tests of those folders that a
session selected to tests/test_qt_free.py, so a whole run runs them once, without Qt, not
twice. A run that does not select tests/test_qt_free.py (``./dev.sh test tests/exports``,
``--pdb`` on one test) runs them in process as usual.
"""

from __future__ import annotations

import importlib.abc
import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("tests/storage", "tests/exports")
BLOCKED = frozenset({"PySide6", "shiboken6"})
TEST = "tests/test_qt_free.py"
EXIT_QT_NOT_BLOCKED = 3
# The node ids of the Qt-free layers' tests that this session left to tests/test_qt_free.py.
HANDED_OVER = pytest.StashKey[list[str]]()
# How many of them passed without Qt, for the closing summary.
PASSED = pytest.StashKey[int]()


class BlockQt(importlib.abc.MetaPathFinder):
    """Makes PySide6 and shiboken6 look uninstalled to every import after it."""

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        """Refuse the Qt packages; let the other finders look for everything else."""
        if name.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (Qt is blocked)", name=name)
        return None


class Recorder:
    """The inner run's plugin: pytest-qt's ini keys, and the outcome of each test."""

    def __init__(self) -> None:
        self.outcomes: dict[str, str] = {}

    def pytest_addoption(self, parser: pytest.Parser) -> None:
        """Declare the keys pyproject.toml sets for pytest-qt, which is not loaded here."""
        for key in ("qt_api", "qt_log_level_fail"):
            parser.addini(key, "pytest-qt's; unused without Qt")
        parser.addini("qt_log_ignore", "pytest-qt's; unused without Qt", type="linelist")

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        """A module that cannot be collected (say, it imports Qt) is a failure."""
        if report.failed:
            self.outcomes[report.nodeid] = "failed"

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """A test passed if its call did and no phase failed; a known defect (a strict xfail)
        that still fails is "xfailed"."""
        if report.failed:
            self.outcomes[report.nodeid] = "failed"
        elif report.skipped and hasattr(report, "wasxfail"):
            self.outcomes.setdefault(report.nodeid, "xfailed")
        elif report.skipped:
            self.outcomes.setdefault(report.nodeid, "skipped")
        elif report.when == "call":
            self.outcomes.setdefault(report.nodeid, "passed")


def main(argv: list[str]) -> int:
    """Run pytest with Qt blocked: ``RESULTS [pytest args]``; pytest's exit code."""
    sys.meta_path.insert(0, BlockQt())
    try:
        import PySide6  # noqa: F401, PLC0415 - must fail: proves the block works
    except ImportError:
        pass
    else:
        return EXIT_QT_NOT_BLOCKED
    recorder = Recorder()
    code = pytest.main(["-p", "no:pytest-qt", "-p", "no:cacheprovider", *argv[1:]],
                       plugins=[recorder])
    loaded = sorted(name for name in sys.modules if name.partition(".")[0] in BLOCKED)
    Path(argv[0]).write_text(json.dumps({"outcomes": recorder.outcomes, "qt": loaded}),
                             encoding="utf-8")
    return int(code)


@dataclass
class Run:
    """What the blocked run did: its exit code, its output and each test's outcome."""

    returncode: int
    output: str
    outcomes: dict[str, str]
    qt_modules: list[str]


def run(node_ids: Sequence[str], tmp_path: Path) -> Run:
    """Run these tests (or, given none, all of FOLDERS) in a new process without Qt."""
    results = tmp_path / "results.json"
    finished = subprocess.run(
        [sys.executable, "-m", "tests.qt_free", str(results), "-q",
         f"--basetemp={tmp_path / 'basetemp'}", *(node_ids or FOLDERS)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=1800)
    found = json.loads(results.read_text(encoding="utf-8")) if results.exists() else {}
    return Run(finished.returncode, finished.stdout + finished.stderr,
               found.get("outcomes", {}), found.get("qt", []))


def _in_folders(node_id: str) -> bool:
    return node_id.startswith(tuple(folder + "/" for folder in FOLDERS))


@pytest.hookimpl(trylast=True)  # after -k, -m and --deselect have chosen
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the Qt-free layers' tests to tests/test_qt_free.py when it runs too."""
    if config.option.collectonly or not any(item.nodeid.startswith(TEST + "::")
                                            for item in items):
        return
    config.stash[HANDED_OVER] = [item.nodeid for item in items if _in_folders(item.nodeid)]
    items[:] = [item for item in items if not _in_folders(item.nodeid)]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter,
                            config: pytest.Config) -> None:
    """Say that the tests handed over ran, so the closing count does not puzzle anyone."""
    if PASSED in config.stash:
        terminalreporter.write_line(
            f"{config.stash[PASSED]} tests of {' and '.join(FOLDERS)} passed without Qt "
            f"({TEST})")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
