"""The first schema: devices, compounds, checklists, inspections, findings, history."""

from __future__ import annotations

from sqlite_utils import Database

# Columns every record that travels between machines carries (DESIGN.md, Data).
TRAVEL = """
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version TEXT NOT NULL,
    parent_version TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    """CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        officer TEXT NOT NULL DEFAULT '',
        is_self INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT NOT NULL
    )""",
    f"""CREATE TABLE compounds ({TRAVEL},
        name TEXT NOT NULL,
        district TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        community TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        property_company TEXT NOT NULL DEFAULT '',
        households INTEGER,
        party_branch TEXT NOT NULL DEFAULT ''
            CHECK (party_branch IN ('', 'entity', 'functional')),
        party_secretary_full_time INTEGER
    )""",
    "CREATE INDEX compounds_name ON compounds(name)",
    "CREATE INDEX compounds_area ON compounds(district, street)",
    """CREATE TABLE checklist_versions (
        id TEXT PRIMARY KEY,
        form_id TEXT NOT NULL,
        version_label TEXT NOT NULL,
        title TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        item_count INTEGER NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        UNIQUE (form_id, version_label)
    )""",
    f"""CREATE TABLE inspections ({TRAVEL},
        number TEXT NOT NULL,
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        checklist_version_id TEXT NOT NULL REFERENCES checklist_versions(id),
        officer TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
        score REAL,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX inspections_compound ON inspections(compound_id, started_at)",
    "CREATE INDEX inspections_started ON inspections(started_at)",
    "CREATE INDEX inspections_checklist ON inspections(checklist_version_id)",
    """CREATE TABLE answers (
        inspection_id TEXT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
        item TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (inspection_id, item)
    ) WITHOUT ROWID""",
    f"""CREATE TABLE findings ({TRAVEL},
        number TEXT NOT NULL,
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        inspection_id TEXT REFERENCES inspections(id),
        item TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL,
        severity TEXT NOT NULL DEFAULT 'major'
            CHECK (severity IN ('critical', 'major', 'minor')),
        responsible_party TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN
            ('open', 'in_progress', 'awaiting_reinspection', 'closed', 'withdrawn')),
        closed_by_inspection_id TEXT REFERENCES inspections(id),
        closed_at TEXT,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX findings_compound ON findings(compound_id, state)",
    "CREATE INDEX findings_deadline ON findings(state, deadline)",
    "CREATE INDEX findings_inspection ON findings(inspection_id)",
    """CREATE TABLE photos (
        sha256 TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        taken_at TEXT,
        original_name TEXT NOT NULL DEFAULT '',
        thumbnail BLOB NOT NULL,
        added_at TEXT NOT NULL
    )""",
    # Which photo belongs to which inspection item or finding; part of the owner's
    # content, so it travels and is versioned with the owner.
    """CREATE TABLE attachments (
        owner_kind TEXT NOT NULL CHECK (owner_kind IN ('inspection', 'finding')),
        owner_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        photo_sha256 TEXT NOT NULL REFERENCES photos(sha256),
        item TEXT NOT NULL DEFAULT '',
        caption TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (owner_kind, owner_id, position)
    ) WITHOUT ROWID""",
    "CREATE INDEX attachments_photo ON attachments(photo_sha256)",
    """CREATE TABLE history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        version TEXT NOT NULL,
        parent_version TEXT,
        content TEXT NOT NULL,
        source TEXT NOT NULL
            CHECK (source IN ('typed', 'imported', 'spreadsheet_edit', 'conflict', 'demo')),
        source_detail TEXT NOT NULL DEFAULT '',
        device_id TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (kind, record_id, version)
    )""",
    "CREATE INDEX history_record ON history(kind, record_id, seq)",
    # The history is append-only: no version a record has had is ever rewritten.
    """CREATE TRIGGER history_no_update BEFORE UPDATE ON history
       BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
    """CREATE TRIGGER history_no_delete BEFORE DELETE ON history
       BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
    """CREATE TABLE sequences (
        kind TEXT NOT NULL, year INTEGER NOT NULL, device_id TEXT NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (kind, year, device_id)
    )""",
]



def apply(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
