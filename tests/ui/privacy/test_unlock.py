"""Opening the store at start: the passphrase asked until right, a new store protected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from storage.errors import StoreError, StoreProblem
from storage.store import cipher, db
from tests.conftest import PASSPHRASE
from ui.privacy import unlock
from ui.privacy.passphrase_dialog import NewStoreDialog, PassphraseDialog


def _answer(kind: type, *steps: tuple[str, str]) -> list[str]:
    """Fill the next ``kind`` dialog with each (first, second) entry and press OK."""
    problems: list[str] = []

    def fill() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, kind) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        for first, second in steps:
            if isinstance(dialog, PassphraseDialog):
                dialog.passphrase.setText(first)
            else:
                dialog.first.setText(first)
                dialog.second.setText(second)
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
            problems.append(dialog.problem.text())

    QTimer.singleShot(0, fill)
    return problems


def _encrypted(path: Path) -> None:
    db.open_store(path, passphrase=PASSPHRASE).close()


def test_the_passphrase_is_asked_until_it_is_right(qtbot: QtBot, store_path: Path) -> None:
    _encrypted(store_path)
    problems = _answer(PassphraseDialog, ("wrong one", ""), (PASSPHRASE, ""))
    store = unlock.open_store(store_path, None, interactive=True)
    assert store is not None and store.encrypted
    store.close()
    assert "Wrong passphrase" in problems[0]


def test_giving_up_opens_nothing(qtbot: QtBot, store_path: Path) -> None:
    _encrypted(store_path)

    def cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PassphraseDialog) and widget.isVisible():
                widget.reject()
                return
        QTimer.singleShot(20, cancel)

    QTimer.singleShot(0, cancel)
    assert unlock.open_store(store_path, None, interactive=True) is None


def test_a_wrong_passphrase_from_the_environment_is_an_error(store_path: Path) -> None:
    _encrypted(store_path)
    with pytest.raises(StoreError) as caught:
        unlock.open_store(store_path, "wrong one", interactive=True)
    assert caught.value.problem is StoreProblem.WRONG_PASSPHRASE


def test_a_new_store_is_protected_when_the_user_chooses_so(qtbot: QtBot,
                                                           store_path: Path) -> None:
    problems = _answer(NewStoreDialog, ("short", "short"), (PASSPHRASE, "other"),
                       (PASSPHRASE, PASSPHRASE))
    store = unlock.open_store(store_path, None, interactive=True)
    assert store is not None and store.encrypted
    store.close()
    assert cipher.header(store_path) == "encrypted"
    assert "at least 8" in problems[0] and "differ" in problems[1]


def test_closing_the_new_store_question_makes_nothing(qtbot: QtBot, store_path: Path) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, NewStoreDialog) and widget.isVisible():
                widget.reject()
                return
        QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)
    assert unlock.open_store(store_path, None, interactive=True) is None
    assert not store_path.exists()


def test_a_new_store_can_stay_plain(qtbot: QtBot, store_path: Path) -> None:
    dialog = NewStoreDialog()
    qtbot.addWidget(dialog)
    dialog.plain.setChecked(True)
    assert not dialog.first.isEnabled() and dialog.chosen() is None
