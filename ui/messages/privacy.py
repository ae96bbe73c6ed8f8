"""The words of privacy's errors: encryption the settings require, weak passphrases."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.privacy.policy import EncryptionRequired
from storage.store.encryption import MIN_PASSPHRASE, WeakPassphrase


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def describe(error: Exception) -> str | None:
    """The sentence for a privacy error, or None if it is not one."""
    if isinstance(error, EncryptionRequired):
        if error.direction == "export":
            return tr("This store's settings require encrypted workbooks: give a password "
                      "to export {path} (--encrypt on the command line).").format(
                path=error.path)
        return tr("This store's settings accept only encrypted workbooks; {path} is not "
                  "encrypted and was not imported.").format(path=error.path)
    if isinstance(error, WeakPassphrase):
        return tr("A passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
    return None
