"""The access log: who opened the store, and exported, printed or imported what."""

from __future__ import annotations

from sqlite_utils import Database

STATEMENTS = [
    """CREATE TABLE access_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        what TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        account TEXT NOT NULL DEFAULT '',
        officer TEXT NOT NULL DEFAULT ''
    )""",
    # Append-only, like the history: an entry is never changed or removed.
    """CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
       BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END""",
    """CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
       BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END""",
]


def apply(db: Database) -> None:
    """The ``access_log`` table (``at`` in UTC; ``account`` is the operating system's user)."""
    for statement in STATEMENTS:
        db.execute(statement)
