"""Official document numbers per issuing agency and year, and the documents they went to."""

from __future__ import annotations

from sqlite_utils import Database


def apply(db: Database) -> None:
    """Numbers of the form 机关代字〔2026〕N号 (GB/T 9704-2012 7.2.4).

    ``document_sequences`` holds the last serial taken for each agency code and year;
    ``documents`` what each number went to (a brief, a circular …), so a reprint keeps its
    number; rectification notices keep theirs in ``notices`` (``code``, ``serial``).
    Like the notices, these stay on the issuing machine.
    """
    db.execute(
        """CREATE TABLE document_sequences (
            code TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,
            PRIMARY KEY (code, year)
        )"""
    )
    db.execute(
        """CREATE TABLE documents (
            kind TEXT NOT NULL, key TEXT NOT NULL,
            code TEXT NOT NULL, year INTEGER NOT NULL, serial INTEGER NOT NULL,
            issued_at TEXT NOT NULL, device_id TEXT NOT NULL,
            PRIMARY KEY (kind, key), UNIQUE (code, year, serial)
        )"""
    )
    db.execute("ALTER TABLE notices ADD COLUMN code TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE notices ADD COLUMN serial INTEGER")
