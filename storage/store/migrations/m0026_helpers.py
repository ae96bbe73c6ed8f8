"""Three-ones helpers: people and units, assignments, visits, funds, livelihood projects."""

from __future__ import annotations

from sqlite_utils import Database

from storage.store.migrations.m0001_initial import TRAVEL

STATEMENTS = [
    f"""CREATE TABLE helpers ({TRAVEL},
        role TEXT NOT NULL CHECK (role IN ('leader', 'secretary', 'unit')),
        name TEXT NOT NULL,
        post TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        district TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX helpers_name ON helpers(role, name)",
    # A helper's assignment to a key compound, from a date until another (a change
    # ends one assignment and starts the next; both stay).
    f"""CREATE TABLE helper_assignments ({TRAVEL},
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        helper_id TEXT NOT NULL REFERENCES helpers(id),
        role TEXT NOT NULL CHECK (role IN ('leader', 'secretary', 'unit')),
        since TEXT NOT NULL,
        until TEXT,
        reason TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX helper_assignments_compound ON helper_assignments(compound_id, role)",
    "CREATE INDEX helper_assignments_helper ON helper_assignments(helper_id)",
    f"""CREATE TABLE helper_visits ({TRAVEL},
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        helper_id TEXT REFERENCES helpers(id),
        day TEXT NOT NULL,
        people TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX helper_visits_compound ON helper_visits(compound_id, day)",
    f"""CREATE TABLE livelihood_projects ({TRAVEL},
        name TEXT NOT NULL,
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        helper_id TEXT REFERENCES helpers(id),
        budget_wan REAL,
        state TEXT NOT NULL DEFAULT 'planned'
            CHECK (state IN ('planned', 'underway', 'done', 'cancelled')),
        start TEXT,
        finish TEXT,
        description TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX livelihood_projects_compound ON livelihood_projects(compound_id)",
    # Funds a helper brought, in 万元 (ten thousand yuan), as the article counts them.
    f"""CREATE TABLE helper_funds ({TRAVEL},
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        helper_id TEXT REFERENCES helpers(id),
        project_id TEXT REFERENCES livelihood_projects(id),
        amount_wan REAL NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        use TEXT NOT NULL DEFAULT '',
        day TEXT NOT NULL
    )""",
    "CREATE INDEX helper_funds_compound ON helper_funds(compound_id, day)",
]


def apply(db: Database) -> None:
    """Three-ones helpers: people and units, assignments, visits, funds, projects."""
    for statement in STATEMENTS:
        db.execute(statement)
