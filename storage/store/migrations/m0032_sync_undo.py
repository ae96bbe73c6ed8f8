"""What changed since an import (so undo can name it), and the supervisor's conflict choices."""

from __future__ import annotations

from sqlite_utils import Database


def apply(db: Database) -> None:
    """Counters of changes per table, the mark of each import, the conflict choices made.

    ``table_changes`` is kept by triggers (``storage.store.changes``) on every table whose
    changes the history does not record; ``sync_imports.changes`` is the mark taken when
    an import ended. ``conflict_choices`` keeps every choice, confirmations included.
    """
    db.execute(
        """CREATE TABLE table_changes (
            name TEXT PRIMARY KEY,
            changes INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID"""
    )
    db.execute("ALTER TABLE sync_imports ADD COLUMN changes TEXT NOT NULL DEFAULT ''")
    db.execute(
        """CREATE TABLE conflict_choices (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
            version TEXT NOT NULL,
            value TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('confirmed', 'resolved')),
            device_id TEXT NOT NULL,
            chosen_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX conflict_choices_record ON conflict_choices(kind, record_id)")
