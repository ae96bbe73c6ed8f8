"""The idle lock: windows covered after idle minutes, the draft kept, the passphrase asked."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.forms import checklists
from storage.inspection import inspections
from storage.store import access_log, db
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import TODAY, type_text
from ui.main_window import MainWindow
from ui.privacy.idle_lock import IdleLock


def _window(qtbot: QtBot, store: db.Store) -> MainWindow:
    window = MainWindow(store, app_settings.Settings.for_store(store), "en", today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def _answer(lock: IdleLock, passphrase: str) -> None:
    assert lock.dialog is not None
    lock.dialog.passphrase.setText(passphrase)
    lock.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_locked_after_idle_then_unlocked_with_the_draft_as_it_was(
        qtbot: QtBot, qapp: QApplication, locked_store: db.Store) -> None:
    window = _window(qtbot, locked_store)
    parking = checklists.find(locked_store, "parking")
    assert parking is not None
    compound_id = locked_store.db.execute("SELECT id FROM compounds").fetchone()[0]
    editor = window.start_inspection(compound_id, parking.id, "3号楼")
    editor.place.setFocus()
    editor.place.end(False)
    type_text(editor.place, " 东侧车棚")
    lock = IdleLock(qapp, locked_store, minutes=0.001, before=lambda: [
        e.save_draft() for e in window.editors()])
    try:
        qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
        assert [c.parent() for c in lock.covers] == [window]
        assert lock.covers[0].isVisible() and lock.covers[0].geometry() == window.rect()
        saved = inspections.get(locked_store, editor.inspection.id)
        assert saved.place == "3号楼 东侧车棚"  # saved before the laptop may be shut

        _answer(lock, "not the passphrase")
        assert lock.is_locked and lock.dialog is not None
        assert lock.dialog.problem.text() == "Wrong passphrase."
        assert access_log.entries(locked_store, 1)[0].action == "unlock_failed"
        lock.dialog.reject()  # Escape (or closing) neither unlocks nor hides the question
        assert lock.is_locked and lock.dialog.isVisible()

        _answer(lock, PASSPHRASE)
        assert not lock.is_locked
        assert access_log.entries(locked_store, 1)[0].action == "unlock"
        assert window.editors() == [editor] and editor.place.text() == "3号楼 东侧车棚"
    finally:
        lock.stop()


def test_a_plain_store_never_locks(qapp: QApplication, store: db.Store) -> None:
    lock = IdleLock(qapp, store, minutes=0.001)
    try:
        assert not lock.enabled and not lock.timer.isActive()
    finally:
        lock.stop()


def test_zero_minutes_means_never(qapp: QApplication, locked_store: db.Store) -> None:
    lock = IdleLock(qapp, locked_store, minutes=0)
    try:
        assert not lock.enabled and not lock.timer.isActive()
        lock.set_minutes(10)
        assert lock.enabled and lock.timer.interval() == 600_000
    finally:
        lock.stop()
