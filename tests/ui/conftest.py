"""Fixtures for the widget tests (shared with tests/gui_fixtures.py)."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from tests.gui_fixtures import all_types, compound, photo_file  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def _photo_workers_done() -> Iterator[None]:
    """No photo copy may outlive its test (and its store folder)."""
    yield
    QThreadPool.globalInstance().waitForDone()
