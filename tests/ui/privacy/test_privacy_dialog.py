"""The Privacy and access log window: settings saved in the store, the log listed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from exports.privacy import policy
from storage.store import access_log, db
from ui.privacy.privacy_dialog import PrivacyDialog


def test_settings_are_saved_and_the_lock_minutes_announced(qtbot: QtBot,
                                                           locked_store: db.Store) -> None:
    dialog = PrivacyDialog(locked_store)
    qtbot.addWidget(dialog)
    assert dialog.lock_minutes.isEnabled() and dialog.lock_minutes.value() == 10
    assert all(box.isChecked() for box in dialog.masks.values())  # masked by default
    dialog.lock_minutes.setValue(3)
    dialog.require.setChecked(True)
    dialog.masks["notice"].setChecked(False)
    dialog.masks["package"].setChecked(False)  # the supervisor's package for officers
    with qtbot.waitSignal(dialog.lock_minutes_changed) as announced:
        dialog.accept()
    assert announced.args == [3]
    assert policy.lock_minutes(locked_store) == 3 and policy.require_encrypted(locked_store)
    assert not policy.masks(locked_store, "notice") and policy.masks(locked_store, "brief")
    assert not policy.masks(locked_store, "package")


def test_a_plain_store_says_how_to_encrypt_it(qtbot: QtBot, store: db.Store) -> None:
    dialog = PrivacyDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.lock_minutes.isEnabled()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "not encrypted" in texts and f"xuncha-cli encrypt --db {store.path}" in texts


def test_the_access_log_lists_who_did_what_newest_first(qtbot: QtBot, qtmodeltester: ModelTester,
                                                        store: db.Store) -> None:
    store.db["devices"].update(store.device_id, {"officer": "张伟"})
    access_log.record(store, "open", "xuncha")
    access_log.record(store, "export", "/media/usb/张伟-第47周.xlsx", "inspections=12")
    dialog = PrivacyDialog(store)
    qtbot.addWidget(dialog)
    model = dialog.log_model
    qtmodeltester.check(model)
    model.fetchMore()
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[1:5] == ["exported", "/media/usb/张伟-第47周.xlsx", "inspections=12", "张伟"]
    assert first[0] == "2026-11-27 10:00"  # local time
    assert model.data(model.index(1, 1)) == "opened the store"
