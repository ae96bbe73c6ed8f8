"""Photos may belong to any kind of record that travels, not only inspections and findings."""

from __future__ import annotations

from sqlite_utils import Database


def apply(db: Database) -> None:
    """Rebuild ``attachments`` without the check that named its two first owners.

    Livelihood projects and ledger problems carry photos too; which kinds own photos is
    said by each kind's ``has_attachments`` (``storage/kinds.py``), not by the schema.
    """
    db.execute("""CREATE TABLE attachments_new (
        owner_kind TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        photo_sha256 TEXT NOT NULL REFERENCES photos(sha256),
        item TEXT NOT NULL DEFAULT '',
        caption TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (owner_kind, owner_id, position)
    ) WITHOUT ROWID""")
    db.execute("INSERT INTO attachments_new SELECT owner_kind, owner_id, position, photo_sha256,"
               " item, caption FROM attachments")
    db.execute("DROP TABLE attachments")
    db.execute("ALTER TABLE attachments_new RENAME TO attachments")
    db.execute("CREATE INDEX attachments_photo ON attachments(photo_sha256)")
