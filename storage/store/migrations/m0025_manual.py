"""The responsibility manual: categories and items, and the index of their links."""

from __future__ import annotations

from sqlite_utils import Database

from storage.store.migrations.m0001_initial import TRAVEL


def apply(db: Database) -> None:
    """Manual categories and items travel; the link index is rebuilt from the items.

    Lists (supporting departments, checklist items, hotline words) are kept as text,
    one entry after another separated by "; ", as a person reads them.
    """
    db.execute(f"""CREATE TABLE manual_categories ({TRAVEL},
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""")
    db.execute(f"""CREATE TABLE manual_items ({TRAVEL},
        code TEXT NOT NULL,
        category TEXT NOT NULL,
        title TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        demand TEXT NOT NULL DEFAULT '',
        lead TEXT NOT NULL,
        supporting TEXT NOT NULL DEFAULT '',
        what TEXT NOT NULL DEFAULT '',
        how TEXT NOT NULL DEFAULT '',
        cooperation TEXT NOT NULL DEFAULT '',
        time_limit_days INTEGER,
        legal_basis TEXT NOT NULL DEFAULT '',
        checklist_items TEXT NOT NULL DEFAULT '',
        hotline_categories TEXT NOT NULL DEFAULT '',
        hotline_keywords TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""")
    db.execute("CREATE INDEX manual_items_code ON manual_items(code)")
    # Derived from the items (never travels): which item a checklist item, a hotline
    # category or a word of a complaint leads to. ``fingerprint`` in settings says
    # which state of the items it was built from.
    db.execute("""CREATE TABLE manual_links (
        kind TEXT NOT NULL CHECK (kind IN ('checklist', 'category', 'keyword')),
        ref TEXT NOT NULL,
        item_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (kind, ref)
    ) WITHOUT ROWID""")
