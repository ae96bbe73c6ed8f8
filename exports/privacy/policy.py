"""The store's privacy settings: masked documents, encrypted workbooks, the idle lock.

Kept in the store's ``settings`` table, so a supervisor's store carries its own rules.
Every document that can mask is masked unless its setting says otherwise.
"""

from __future__ import annotations

from pathlib import Path

from storage.store.db import Store

REQUIRE_ENCRYPTED = "privacy.require_encrypted_workbooks"
LOCK_MINUTES = "privacy.lock_minutes"
DEFAULT_LOCK_MINUTES = 10
_MASK = "privacy.mask."
# The documents that mask numbers in free text: the printouts, and the supervisor's
# package for officers (a workbook: exports.sync.masked).
DOCUMENTS = ("inspection", "notice", "brief", "street", "compound", "circular", "property",
             "ledger", "package")


class EncryptionRequired(Exception):
    """The store's settings require encrypted workbooks, and this one is not."""

    def __init__(self, path: Path | str, direction: str) -> None:
        super().__init__(f"{path}: {direction}")
        self.path = str(path)
        self.direction = direction  # export | import


def _get(store: Store, key: str, default: str) -> str:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else default


def _set(store: Store, key: str, value: str) -> None:
    with store.atomic():
        store.db.table("settings").upsert({"key": key, "value": value}, pk="key")


def require_encrypted(store: Store) -> bool:
    """Whether workbooks must be encrypted, leaving the store and coming into it."""
    return _get(store, REQUIRE_ENCRYPTED, "0") == "1"


def set_require_encrypted(store: Store, value: bool) -> None:
    _set(store, REQUIRE_ENCRYPTED, "1" if value else "0")


def masks(store: Store, document: str) -> bool:
    """Whether ``document`` (one of DOCUMENTS) masks numbers in free text (by default: yes)."""
    if document not in DOCUMENTS:
        raise ValueError(document)
    return _get(store, _MASK + document, "1") == "1"


def set_masks(store: Store, document: str, value: bool) -> None:
    if document not in DOCUMENTS:
        raise ValueError(document)
    _set(store, _MASK + document, "1" if value else "0")


def lock_minutes(store: Store) -> int:
    """Minutes without input after which the window locks (an encrypted store; 0: never)."""
    try:
        return max(0, int(_get(store, LOCK_MINUTES, str(DEFAULT_LOCK_MINUTES))))
    except ValueError:
        return DEFAULT_LOCK_MINUTES


def set_lock_minutes(store: Store, minutes: int) -> None:
    _set(store, LOCK_MINUTES, str(max(0, int(minutes))))


def check_export(store: Store, path: Path, password: str | None) -> None:
    """Refuse to write an unencrypted workbook where the settings require encryption."""
    if not password and require_encrypted(store):
        raise EncryptionRequired(path, "export")


def check_import(store: Store, path: Path, encrypted: bool) -> None:
    """Refuse to read an unencrypted workbook where the settings require encryption."""
    if not encrypted and require_encrypted(store):
        raise EncryptionRequired(path, "import")
