"""Shared fixtures: every test gets its own data folders, a real store on disk, one clock.

Qt-free: the tests of ``storage`` and ``exports`` run without PySide6 installed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from storage import clock

# Runs the tests of storage and exports without Qt (tests/test_qt_free.py), once a session.
pytest_plugins = ("tests.qt_free",)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The moment every test starts at, in Linyi's time zone (the date the gui tests' TODAY is).
TEST_START = dt.datetime(2026, 11, 27, 10, 0, tzinfo=clock.CHINA)


# Session fixtures (the demo store) are built on it too, before any test's own clock.
clock.install(clock.fixed(TEST_START))


@pytest.fixture(autouse=True)
def _clock() -> Iterator[None]:
    """One clock for every test: a fixed start in Linyi's zone, whatever the machine says."""
    previous = clock.install(clock.fixed(TEST_START))
    yield
    clock.install(previous)

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
    for secret in ("XUNCHA_PASSPHRASE", "XUNCHA_NEW_PASSPHRASE", "XUNCHA_EXPORT_PASSWORD"):
        monkeypatch.delenv(secret, raising=False)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "xuncha.db"


@dataclass(frozen=True)
class Template:
    """A store built once (closed), and how many clock readings building it took."""

    path: Path
    readings: int
    passphrase: str | None = None


@contextlib.contextmanager
def own_clock() -> Iterator[Callable[[], int]]:
    """A clock of its own from TEST_START while a template is built; yields its count of
    readings so far."""
    ticking = clock.fixed(TEST_START)
    readings = 0

    def counted() -> dt.datetime:
        nonlocal readings
        readings += 1
        return ticking.moment()

    previous = clock.install(clock.Clock(counted, ticking.zone))
    try:
        yield lambda: readings
    finally:
        clock.install(previous)


def template(path: Path, build: Callable[[db.Store], object],
             passphrase: str | None = None) -> Template:
    """A store made at ``path`` and given to ``build``, on a clock of its own, then closed.

    Each test then opens its own copy of the file (:func:`copy_of`) instead of building
    the same store again: migrating, installing the built-in checklists and writing with
    SQLite's full sync cost far more than copying a file.
    """
    with own_clock() as readings:
        built = db.open_store(path, passphrase=passphrase)
        try:
            build(built)
        finally:
            built.close()
        return Template(path, readings(), passphrase)


def copy_files(built: Template, path: Path) -> Path:
    """A copy of a template store's file, photos and backups at ``path``.

    The test's clock is read as often as building the store read it, so what the test
    writes next carries the times it would carry had it built the store itself.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    for part in built.path.parent.glob(built.path.name + "*"):
        target = path.with_name(path.name + part.name.removeprefix(built.path.name))
        if part.is_dir():
            shutil.copytree(part, target)
        else:
            shutil.copyfile(part, target)
    for _ in range(built.readings):
        clock.now()
    return path


def copy_of(built: Template, path: Path) -> db.Store:
    """A test's own copy of a template store (:func:`copy_files`), open."""
    return db.open_store(copy_files(built, path), passphrase=built.passphrase)


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The fresh store with the built-in checklists, built once for every test's copy."""
    return template(tmp_path_factory.mktemp("template") / "xuncha.db",
                    checklists.install_builtins)


@pytest.fixture
def store(store_template: Template, store_path: Path) -> Iterator[db.Store]:
    """A fresh store on disk with the built-in checklists (a copy of the template)."""
    opened = copy_of(store_template, store_path)
    yield opened
    opened.close()


# The passphrase of the encrypted stores of the tests (Chinese and spaces on purpose).
PASSPHRASE = "巡查 口令 2026"


@pytest.fixture(scope="session")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The fresh encrypted store, built once: its copies share its salt, so the key is
    derived once a session (test_cipher.py opens a copy with SQLCipher's own derivation
    from the passphrase; test_encryption.py encrypts stores with new salts)."""
    return template(tmp_path_factory.mktemp("template") / "xuncha.db",
                    checklists.install_builtins, PASSPHRASE)


@pytest.fixture
def encrypted_store(encrypted_template: Template, store_path: Path) -> Iterator[db.Store]:
    """A fresh encrypted store (SQLCipher, PASSPHRASE) with the built-in checklists."""
    opened = copy_of(encrypted_template, store_path)
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
    try:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - after the platform is set
    except ImportError:  # the Qt-free layers tested alone (tests/test_architecture.py)
        return
    if QApplication.instance() is None:
        session.config._xuncha_app = QApplication(["pytest"])  # type: ignore[attr-defined]
