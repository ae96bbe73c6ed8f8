"""The problem ledger's own records: problems with no other home (work orders, reviews …)."""

from __future__ import annotations

from sqlite_utils import Database

from storage.store.migrations.m0001_initial import TRAVEL


def apply(db: Database) -> None:
    """Problems raised from a work order, at a review, by a helper or by hand.

    Findings of inspections are not copied here: the ledger reads them where they are.
    """
    db.execute(f"""CREATE TABLE problems ({TRAVEL},
        number TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('work_order', 'review', 'helper', 'other')),
        source_ref TEXT NOT NULL DEFAULT '',
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        description TEXT NOT NULL,
        manual_item TEXT NOT NULL DEFAULT '',
        lead_department TEXT NOT NULL DEFAULT '',
        supporting TEXT NOT NULL DEFAULT '',
        responsible_party TEXT NOT NULL DEFAULT '',
        raised_by TEXT NOT NULL DEFAULT '',
        raised_on TEXT NOT NULL,
        deadline TEXT,
        state TEXT NOT NULL DEFAULT 'open'
            CHECK (state IN ('open', 'in_progress', 'closed', 'withdrawn')),
        verified_by TEXT NOT NULL DEFAULT '',
        verified_at TEXT,
        closing_note TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""")
    db.execute("CREATE INDEX problems_compound ON problems(compound_id, state)")
    db.execute("CREATE INDEX problems_source ON problems(source, source_ref)")
    db.execute("CREATE INDEX problems_closed ON problems(state, verified_at)")
