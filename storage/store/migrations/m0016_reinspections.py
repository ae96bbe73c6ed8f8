"""Re-inspections as their own kind of record, and the tables that may now refer to one."""

from __future__ import annotations

from sqlite_utils import Database

from storage.store.migrations.m0001_initial import TRAVEL


def apply(db: Database) -> None:
    """A table of re-inspections; photos and closed findings may belong to one.

    A re-inspection lists the findings checked (``outcomes``, canonical JSON) and owns the
    photos taken after rectification. ``findings.closed_by_inspection_id`` now names the
    re-inspection that closed a finding, so it no longer refers to ``inspections``; the
    owners of attachments admit ``reinspection``. Both tables are rebuilt with their
    indexes and triggers (whatever earlier migrations gave them).
    """
    db.execute(
        f"""CREATE TABLE reinspections ({TRAVEL},
            number TEXT NOT NULL,
            compound_id TEXT NOT NULL REFERENCES compounds(id),
            officer TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            finished_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            outcomes TEXT NOT NULL DEFAULT '[]'
        )"""
    )
    db.execute("CREATE INDEX reinspections_compound ON reinspections(compound_id, started_at)")
    # Rows are checked against their references when the transaction ends, once the
    # rebuilt tables carry their old names again.
    db.execute("PRAGMA defer_foreign_keys = ON")
    _rebuild(db, "attachments", "CHECK (owner_kind IN ('inspection', 'finding'))",
             "CHECK (owner_kind IN ('inspection', 'finding', 'reinspection'))")
    _rebuild(db, "findings", "closed_by_inspection_id TEXT REFERENCES inspections(id)",
             "closed_by_inspection_id TEXT")


def _rebuild(db: Database, table: str, old: str, new: str) -> None:
    """Recreate ``table`` with ``old`` replaced by ``new`` in its definition, rows kept."""
    (definition,) = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    changed = " ".join(definition.split()).replace(" ".join(old.split()), new)
    if changed == " ".join(definition.split()):
        raise RuntimeError(f"{table}: {old!r} not found in its definition")
    extras = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL", [table])]
    rebuilt = f"{table}_rebuilt"
    db.execute(changed.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {rebuilt} (", 1))
    db.execute(f"INSERT INTO {rebuilt} SELECT * FROM {table}")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {rebuilt} RENAME TO {table}")
    for sql in extras:
        db.execute(sql)
