"""Rectification notices issued."""

from __future__ import annotations

from sqlite_utils import Database


def apply(db: Database) -> None:
    """Rectification notices issued: their number per year and the findings they name.

    Kept on the issuing machine only (numbers carry the device tag, so they never
    collide); printing the same findings again reprints the same notice and number.
    """
    db.execute(
        """CREATE TABLE notices (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            compound_id TEXT NOT NULL REFERENCES compounds(id),
            findings TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            device_id TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX notices_findings ON notices(compound_id, findings)")
