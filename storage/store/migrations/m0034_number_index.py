"""An index on the number of every record kind that has one."""

from __future__ import annotations

from sqlite_utils import Database

NUMBERED = ("inspections", "reinspections", "findings", "problems")


def apply(db: Database) -> None:
    """Index ``number``: an import looks up each number a file brings (a hidden id changed
    by hand would give a second record the same number), asking for those numbers only.

    Deleted records keep their numbers too, so the index is not partial.
    """
    for table in NUMBERED:
        db.execute(f"CREATE INDEX {table}_number ON {table}(number)")
