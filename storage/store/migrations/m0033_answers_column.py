"""An inspection's answers in one column of its row, not a row of their own each."""

from __future__ import annotations

from sqlite_utils import Database


def apply(db: Database) -> None:
    """Move the answers into ``inspections.answers``, a JSON object (item → value).

    An import of 20,000 inspections wrote 640,000 answer rows with their key; the answers
    are only ever read whole, with their inspection (``storage.store.records``).
    """
    db.execute("ALTER TABLE inspections ADD COLUMN answers TEXT NOT NULL DEFAULT '{}'")
    db.execute(
        "UPDATE inspections SET answers = coalesce((SELECT json_group_object(item, json(value))"
        " FROM (SELECT item, value FROM answers WHERE inspection_id = inspections.id"
        " ORDER BY item)), '{}')")
    db.execute("DROP TABLE answers")
