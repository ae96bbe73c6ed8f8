"""The Sync menu, and workbooks dropped on the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.store import db
from tests.gui_fixtures import TODAY
from ui.main_window import MainWindow
from ui.sync import menu
from ui.sync.import_dialog import SyncImportDialog


@pytest.fixture
def window(qtbot: QtBot, store: db.Store) -> MainWindow:
    made = MainWindow(store, app_settings.Settings.for_store(store), "en", today=TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def _data(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def test_sync_menu_lists_the_sync_commands(window: MainWindow) -> None:
    menu.install(window)
    texts = [a.text() for a in window.menus["sync"].actions() if a.text()]
    assert texts == ["&Import workbooks…", "&Export for merging…", "&Conflicts…",
                     "Import &history and undo…"]


def test_workbooks_dropped_on_the_window_open_the_import(qtbot: QtBot, window: MainWindow,
                                                         tmp_path: Path) -> None:
    menu.install(window)
    book, note = tmp_path / "张伟-第47周.xlsx", tmp_path / "说明.txt"
    data = _data(book, note)
    enter = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: bool(window.findChildren(SyncImportDialog)), timeout=5000)
    (dialog,) = window.findChildren(SyncImportDialog)
    assert dialog.paths() == [book]


def test_other_files_are_not_taken(window: MainWindow, tmp_path: Path) -> None:
    menu.install(window)
    data = _data(tmp_path / "photo.jpg")  # kept: the event does not own it
    enter = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
