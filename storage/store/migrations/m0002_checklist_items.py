"""One row per item of every checklist version."""

from __future__ import annotations

from sqlite_utils import Database


def apply(db: Database) -> None:
    """One row per item of every checklist version, so queries can join answers to items."""
    db.execute(
        """CREATE TABLE checklist_items (
            checklist_version_id TEXT NOT NULL REFERENCES checklist_versions(id),
            item TEXT NOT NULL,
            position INTEGER NOT NULL,
            type TEXT NOT NULL,
            label TEXT NOT NULL,
            label_en TEXT NOT NULL DEFAULT '',
            group_name TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            weight REAL NOT NULL DEFAULT 1,
            scored INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (checklist_version_id, item)
        ) WITHOUT ROWID"""
    )
    # Versions stored under the first schema get their rows from their source when the
    # checklists are next installed (storage.forms.checklists.install_builtins): the
    # parser lives above the store.
