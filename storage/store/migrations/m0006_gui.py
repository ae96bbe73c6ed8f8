"""Indexes for the officer's lists."""

from __future__ import annotations

from sqlite_utils import Database


def apply(db: Database) -> None:
    """Indexes that keep the officer's inspections list fluid with 200,000 rows.

    ``inspections_listed`` lets any page of the newest-first list (even the last) be
    found by walking a small index; ``inspections_text`` covers the columns the free-text
    filter reads, so a search scans the index instead of the whole table.
    """
    db.execute("CREATE INDEX inspections_listed ON inspections(started_at) WHERE deleted = 0")
    db.execute("CREATE INDEX inspections_text ON inspections(number, officer, place, note,"
               " compound_id, started_at) WHERE deleted = 0")
