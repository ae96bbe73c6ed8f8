"""Hotline work orders, compound aliases, remembered mappings and the campaign."""

from __future__ import annotations

from sqlite_utils import Database

STATEMENTS = [
    # Hotline work orders (12345): imported, not versioned (they never travel back);
    # the platform's number is the identity, so a re-import changes nothing.
    """CREATE TABLE work_orders (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL,
        month TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        category_key TEXT NOT NULL DEFAULT 'other',
        district TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        compound_id TEXT REFERENCES compounds(id),
        compound_text TEXT NOT NULL DEFAULT '',
        compound_key TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        satisfaction TEXT NOT NULL DEFAULT '',
        satisfied INTEGER,
        state TEXT NOT NULL DEFAULT '',
        source_file TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
    )""",
    # Covers the monthly ranking: count, satisfaction and category without the table.
    "CREATE INDEX work_orders_month ON work_orders(month, compound_id, category_key, satisfied)",
    "CREATE INDEX work_orders_compound ON work_orders(compound_id, month)",
    "CREATE INDEX work_orders_unmatched ON work_orders(compound_key) WHERE compound_id IS NULL",
    # An alias the supervisor confirmed once: the normalised text → the compound.
    # district '' means the alias holds whatever district the work order names.
    """CREATE TABLE compound_aliases (
        alias TEXT NOT NULL,
        district TEXT NOT NULL DEFAULT '',
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        original TEXT NOT NULL DEFAULT '',
        confirmed_by TEXT NOT NULL DEFAULT '',
        confirmed_at TEXT NOT NULL,
        PRIMARY KEY (alias, district)
    ) WITHOUT ROWID""",
    # The column mapping the supervisor confirmed for a header layout, by its signature.
    """CREATE TABLE column_mappings (
        signature TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        headers TEXT NOT NULL,
        mapping TEXT NOT NULL,
        confirmed_by TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )""",
    # Each step of a compound through the campaign; the latest row is its state.
    """CREATE TABLE campaign_events (
        id INTEGER PRIMARY KEY,
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        state TEXT NOT NULL CHECK (state IN ('enrolled', 'rectifying', 'accepted',
            'observation', 'closed', 'relapsed')),
        on_date TEXT NOT NULL,
        until_date TEXT,
        who TEXT NOT NULL DEFAULT '',
        why TEXT NOT NULL DEFAULT '',
        by_rank INTEGER NOT NULL DEFAULT 0,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX campaign_events_compound ON campaign_events(compound_id, id)",
    # A nomination the supervisor dismissed for a year is not proposed again that year.
    """CREATE TABLE nomination_dismissals (
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        year INTEGER NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        why TEXT NOT NULL DEFAULT '',
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (compound_id, year)
    ) WITHOUT ROWID""",
]


def apply(db: Database) -> None:
    """Hotline work orders, compound aliases, remembered mappings and the campaign."""
    for statement in STATEMENTS:
        db.execute(statement)
