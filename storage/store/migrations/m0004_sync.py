"""Spreadsheet sync: the version graph, conflicts, the imports log."""

from __future__ import annotations

from sqlite_utils import Database


def apply(db: Database) -> None:
    """Spreadsheet sync: the version graph, conflicts kept for the supervisor, imports log."""
    # Every parent of every version (a merge has several); history keeps only the first.
    db.execute(
        """CREATE TABLE version_edges (
            kind TEXT NOT NULL, record_id TEXT NOT NULL, version TEXT NOT NULL,
            parent TEXT NOT NULL,
            PRIMARY KEY (kind, record_id, version, parent)
        ) WITHOUT ROWID"""
    )
    db.execute(
        "INSERT OR IGNORE INTO version_edges SELECT kind, record_id, version, parent_version"
        " FROM history WHERE parent_version IS NOT NULL"
    )
    # Two machines can reach the same content (the same version) independently, at
    # different times: every sighting is kept, and the earliest is the version's own,
    # so the outcome does not depend on which file arrived first.
    db.execute(
        """CREATE TABLE version_sightings (
            kind TEXT NOT NULL, record_id TEXT NOT NULL, version TEXT NOT NULL,
            updated_at TEXT NOT NULL, device_id TEXT NOT NULL,
            PRIMARY KEY (kind, record_id, version, updated_at, device_id)
        ) WITHOUT ROWID"""
    )
    db.execute(
        "INSERT OR IGNORE INTO version_sightings SELECT kind, record_id, version, updated_at,"
        " device_id FROM history"
    )
    # One row per field of a record changed differently on several machines.
    db.execute(
        """CREATE TABLE sync_conflicts (
            kind TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
            candidates TEXT NOT NULL,
            winner TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'confirmed', 'resolved')),
            chosen_by TEXT NOT NULL DEFAULT 'rule' CHECK (chosen_by IN ('rule', 'supervisor',
                'edit')),
            detected_at TEXT NOT NULL,
            resolved_at TEXT,
            PRIMARY KEY (kind, record_id, field)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX sync_conflicts_state ON sync_conflicts(state)")
    db.execute(
        """CREATE TABLE sync_imports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_name TEXT NOT NULL,
            file_path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            counts TEXT NOT NULL,
            backup TEXT NOT NULL DEFAULT '',
            history_seq INTEGER NOT NULL,
            photos_added TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone'))
        )"""
    )
    db.execute("CREATE INDEX sync_imports_sha ON sync_imports(sha256)")
