"""Fixtures of the privacy windows: an encrypted store whose windows close before it does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from storage.forms import checklists
from storage.inspection import compounds
from storage.store import db
from tests.conftest import PASSPHRASE


@pytest.fixture
def locked_store(store_path: Path) -> Iterator[db.Store]:
    """An encrypted store with the built-ins and one compound (windows closed first)."""
    opened = db.open_store(store_path, passphrase=PASSPHRASE)
    checklists.install_builtins(opened)
    compounds.save(opened, compounds.Compound(name="香榭丽", district="兰山区"))
    yield opened
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QThreadPool.globalInstance().waitForDone()
    opened.close()
