"""Shared fixtures: every test gets its own data folders and a real store on disk."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from storage.forms import checklists  # noqa: E402 - after the platform is chosen
from storage.store import db  # noqa: E402 - after the platform is chosen


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, data and logs go to a temporary home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
                     "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "xuncha.db"


@pytest.fixture
def store(store_path: Path) -> Iterator[db.Store]:
    """A fresh store on disk with the built-in checklists."""
    opened = db.open_store(store_path)
    checklists.install_builtins(opened)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice, which the tests use to re-save spreadsheets as a supervisor's would be."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail("LibreOffice is needed: bash tools/system-packages.sh installs it")
    return found


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need a QApplication are marked ``gui`` (run Qt-free layers with -m 'not gui')."""
    for item in items:
        if {"qtbot", "qapp", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def pytest_sessionstart(session: pytest.Session) -> None:
    """One QApplication for the whole run, made before any in-process ``cli.main``.

    The command line makes a QCoreApplication when none exists; a widget test after it
    would then find the wrong kind of application and fail.
    """
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - after the platform is set

    if QApplication.instance() is None:
        session.config._xuncha_app = QApplication(["pytest"])  # type: ignore[attr-defined]
