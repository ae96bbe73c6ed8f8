"""Opening the store at start: its passphrase asked, or for a new store, whether to protect it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storage.errors import StoreError, StoreProblem
from storage.store import cipher, db
from ui import messages
from ui.privacy.passphrase_dialog import NewStoreDialog, PassphraseDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def open_store(path: Path, passphrase: str | None, *, interactive: bool) -> db.Store | None:
    """The store at ``path``; None when the user gave up (passphrase, or the new store).

    ``passphrase`` (from the environment) is used as given, a wrong one raising
    StoreError. Otherwise an encrypted store asks for it until it is right, and a store
    that does not exist yet asks whether to protect it (the recommended choice).
    """
    if passphrase or not interactive:
        return db.open_store(path, passphrase=passphrase or None)
    if db.is_encrypted(path):
        return _ask(path)
    if cipher.header(path) == "missing":
        dialog = NewStoreDialog()
        if not dialog.exec():  # closed without a choice: nothing is made
            return None
        return db.open_store(path, passphrase=dialog.chosen())
    return db.open_store(path)


def _ask(path: Path) -> db.Store | None:
    opened: list[db.Store] = []

    def check(passphrase: str) -> str | None:
        try:
            opened.append(db.open_store(path, passphrase=passphrase))
        except StoreError as error:
            if error.problem is not StoreProblem.WRONG_PASSPHRASE:
                raise
            return messages.describe(error)
        return None

    dialog = PassphraseDialog(tr("XunCha: passphrase"), tr(
        "The store {path} is encrypted. Type its passphrase:").format(path=path), check)
    return opened[0] if dialog.exec() and opened else None
