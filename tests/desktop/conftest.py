"""The command line runs inside the tests' one QApplication.

``xuncha-cli`` makes a QCoreApplication when none exists; made first, it would stop
pytest-qt from creating the QApplication that the widget tests need later.
"""

from __future__ import annotations

import pytest

from tests.gui_fixtures import all_types, compound, photo_file, store  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    """Make sure the QApplication exists before a command creates a QCoreApplication."""
