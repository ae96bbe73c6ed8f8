"""Shared fixtures of the widget tests: a checklist with every item type, a compound, photos."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from storage.forms import checklists, xlsform
from storage.inspection import compounds
from storage.store import db
from tests.conftest import TEST_START, Template, copy_of

TODAY = TEST_START.date()  # the tests' clock starts on this day

ALL_TYPES = (Path(__file__).with_name("data") / "all_types_checklist.md").read_text(
    encoding="utf-8")


@pytest.fixture
def store(store_template: Template, store_path: Path) -> Iterator[db.Store]:
    """The store of a widget test: its windows close, and its workers end, before it does.

    Closing a window writes a pending draft at once, so no autosave timer fires on a
    closed store (as the app closes its windows before its store).
    """
    opened = copy_of(store_template, store_path)
    yield opened
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QThreadPool.globalInstance().waitForDone()
    opened.close()


@pytest.fixture
def all_types(store: db.Store) -> str:
    """The version id of a stored checklist using every supported item type."""
    return checklists.save(store, xlsform.parse(xlsform.read_markdown(ALL_TYPES)))


@pytest.fixture
def compound(store: db.Store) -> compounds.Compound:
    return compounds.save(store, compounds.Compound(
        name="丰瑞丽都", district="郯城县", street="郯城街道", address="临沂市郯城县沂蒙路 8 号"))


@pytest.fixture
def photo_file(tmp_path: Path) -> Path:
    """A real JPEG on disk."""
    path = tmp_path / "现场.jpg"
    Image.new("RGB", (800, 600), (200, 80, 40)).save(path, "JPEG")
    return path


def type_text(widget: QWidget, text: str) -> None:
    """Type as an input method does: Chinese arrives as one committed string, not keys."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
