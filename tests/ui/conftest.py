"""Fixtures for the widget tests (shared with tests/gui_fixtures.py)."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThreadPool, Slot
from PySide6.QtGui import QDesktopServices

from tests.gui_fixtures import all_types, compound, photo_file, store  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def _photo_workers_done() -> Iterator[None]:
    """No photo copy may outlive its test (and its store folder)."""
    yield
    QThreadPool.globalInstance().waitForDone()


class Opened(QObject):
    """Stands in for the system's PDF viewer: Qt hands it the URLs to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot("QUrl")
    def open(self, url: object) -> None:
        self.urls.append(url.toLocalFile())  # type: ignore[attr-defined]


@pytest.fixture
def viewer() -> Iterator[Opened]:
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]
    yield opened
    QDesktopServices.unsetUrlHandler("file")
