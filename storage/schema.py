"""The store's schema as numbered, named migrations, applied in order on open."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("xuncha")

# Columns every record that travels between machines carries (DESIGN.md, Data).
_TRAVEL = """
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version TEXT NOT NULL,
    parent_version TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
"""

_INITIAL = [
    """CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        officer TEXT NOT NULL DEFAULT '',
        is_self INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT NOT NULL
    )""",
    f"""CREATE TABLE compounds ({_TRAVEL},
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
    f"""CREATE TABLE inspections ({_TRAVEL},
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
    f"""CREATE TABLE findings ({_TRAVEL},
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


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)


def names() -> list[str]:
    """The names of every migration this version of XunCha knows, in order."""
    return [migration.name for migration in MIGRATIONS._migrations]


@MIGRATIONS(name="0002_checklist_items")
def _checklist_items(db: Database) -> None:
    """One row per item of every checklist version, so queries can join answers to items."""
    db.execute(
        """CREATE TABLE checklist_items (
            checklist_version_id TEXT NOT NULL REFERENCES checklist_versions(id),
            item TEXT NOT NULL,
            position INTEGER NOT NULL,
            type TEXT NOT NULL,
            label TEXT NOT NULL,
            label_en TEXT NOT NULL DEFAULT '',
            group_name TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            weight REAL NOT NULL DEFAULT 1,
            scored INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (checklist_version_id, item)
        ) WITHOUT ROWID"""
    )
    # Versions stored under the first schema get their items from their source.
    from storage import checklists  # noqa: PLC0415 - the parser is only needed here

    for ident, source in db.execute("SELECT id, source FROM checklist_versions").fetchall():
        db.table("checklist_items").insert_all(
            checklists._item_rows(ident, checklists._parse_cached(source)))


_CAMPAIGN = [
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


@MIGRATIONS(name="0003_campaign")
def _campaign(db: Database) -> None:
    """Hotline work orders, compound aliases, remembered mappings and the campaign."""
    for statement in _CAMPAIGN:
        db.execute(statement)


@MIGRATIONS(name="0004_sync")
def _sync(db: Database) -> None:
    """Spreadsheet sync: the version graph, conflicts kept for the supervisor, imports log."""
    # Every parent of every version (a merge has several); history keeps only the first.
    db.execute(
        """CREATE TABLE version_edges (
            kind TEXT NOT NULL, record_id TEXT NOT NULL, version TEXT NOT NULL,
            parent TEXT NOT NULL,
            PRIMARY KEY (kind, record_id, version, parent)
        ) WITHOUT ROWID"""
    )
    db.execute(
        "INSERT OR IGNORE INTO version_edges SELECT kind, record_id, version, parent_version"
        " FROM history WHERE parent_version IS NOT NULL"
    )
    # Two machines can reach the same content (the same version) independently, at
    # different times: every sighting is kept, and the earliest is the version's own,
    # so the outcome does not depend on which file arrived first.
    db.execute(
        """CREATE TABLE version_sightings (
            kind TEXT NOT NULL, record_id TEXT NOT NULL, version TEXT NOT NULL,
            updated_at TEXT NOT NULL, device_id TEXT NOT NULL,
            PRIMARY KEY (kind, record_id, version, updated_at, device_id)
        ) WITHOUT ROWID"""
    )
    db.execute(
        "INSERT OR IGNORE INTO version_sightings SELECT kind, record_id, version, updated_at,"
        " device_id FROM history"
    )
    # One row per field of a record changed differently on several machines.
    db.execute(
        """CREATE TABLE sync_conflicts (
            kind TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
            candidates TEXT NOT NULL,
            winner TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'confirmed', 'resolved')),
            chosen_by TEXT NOT NULL DEFAULT 'rule' CHECK (chosen_by IN ('rule', 'supervisor',
                'edit')),
            detected_at TEXT NOT NULL,
            resolved_at TEXT,
            PRIMARY KEY (kind, record_id, field)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX sync_conflicts_state ON sync_conflicts(state)")
    db.execute(
        """CREATE TABLE sync_imports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_name TEXT NOT NULL,
            file_path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            counts TEXT NOT NULL,
            backup TEXT NOT NULL DEFAULT '',
            history_seq INTEGER NOT NULL,
            photos_added TEXT NOT NULL DEFAULT '[]',
            state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone'))
        )"""
    )
    db.execute("CREATE INDEX sync_imports_sha ON sync_imports(sha256)")


@MIGRATIONS(name="0005_reports")
def _reports(db: Database) -> None:
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


@MIGRATIONS(name="0006_gui")
def _gui(db: Database) -> None:
    """Indexes that keep the officer's inspections list fluid with 200,000 rows.

    ``inspections_listed`` lets any page of the newest-first list (even the last) be
    found by walking a small index; ``inspections_text`` covers the columns the free-text
    filter reads, so a search scans the index instead of the whole table.
    """
    db.execute("CREATE INDEX inspections_listed ON inspections(started_at) WHERE deleted = 0")
    db.execute("CREATE INDEX inspections_text ON inspections(number, officer, place, note,"
               " compound_id, started_at) WHERE deleted = 0")
