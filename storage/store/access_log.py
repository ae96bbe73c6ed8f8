"""The access log: who opened the store, and exported, printed or imported what.

Kept in the store, append-only like the history (triggers refuse changes), and local:
it never travels in a workbook. A restored backup keeps the entries written after it
(:func:`storage.store.backup.restore`).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any

from storage import clock
from storage.store.db import Store

# open | export | print | import | undo_import | encrypt | decrypt | change_passphrase |
# unlock | unlock_failed
ACTIONS = ("open", "export", "print", "import", "undo_import", "encrypt", "decrypt",
           "change_passphrase", "unlock", "unlock_failed")
_COLUMNS = "id, at, action, what, detail, account, officer"


@dataclass(frozen=True)
class Entry:
    """One line of the log: when (UTC), what was done to what, and by whom."""

    id: int
    at: str
    action: str
    what: str
    detail: str
    account: str  # the operating system's user
    officer: str  # the officer's name set in XunCha


def account() -> str:
    """The operating system's user running XunCha ('' where it cannot be told)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def record(store: Store, action: str, what: str = "", detail: str = "") -> None:
    """Append one entry (its own transaction, or a savepoint inside the caller's)."""
    if action not in ACTIONS:
        raise ValueError(action)
    officer = store.db.execute("SELECT officer FROM devices WHERE is_self = 1").fetchone()
    with store.atomic():
        store.db.execute(
            "INSERT INTO access_log (at, action, what, detail, account, officer)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [clock.now(), action, what, detail, account(), officer[0] if officer else ""])


def entries(store: Store, limit: int | None = None) -> list[Entry]:
    """The log, newest first."""
    sql = f"SELECT {_COLUMNS} FROM access_log ORDER BY id DESC"
    rows = store.db.execute(sql + (" LIMIT ?" if limit else ""),
                            [limit] if limit else []).fetchall()
    return [Entry(*row) for row in rows]


def rows_after(store: Store, last_id: int) -> list[tuple[Any, ...]]:
    """The raw rows written after entry ``last_id`` (to carry over a restore)."""
    return store.db.execute(f"SELECT {_COLUMNS} FROM access_log WHERE id > ? ORDER BY id",
                            [last_id]).fetchall()


def put_back(store: Store, rows: list[tuple[Any, ...]]) -> None:
    """Append rows read by :func:`rows_after` (after a backup was restored)."""
    with store.atomic():
        store.db.conn.executemany(
            f"INSERT OR IGNORE INTO access_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows)
