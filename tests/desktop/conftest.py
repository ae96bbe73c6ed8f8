"""The command line runs inside the tests' one QApplication; a store that meets a bug.

``xuncha-cli`` makes a QCoreApplication when none exists; made first, it would stop
pytest-qt from creating the QApplication that the widget tests need later.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.store import db
from tests.gui_fixtures import all_types, compound, photo_file, store  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    """Make sure the QApplication exists before a command creates a QCoreApplication."""


@pytest.fixture
def broken_store_path(store_path: Path) -> Path:
    """A store whose checklist table was dropped by hand: using it meets a bug, not a
    problem of the environment (SQLite's "no such table" is sorted as a bug)."""
    db.open_store(store_path).close()
    raw = sqlite3.connect(store_path)
    raw.execute("DROP TABLE checklist_versions")
    raw.commit()
    raw.close()
    return store_path
