"""Property companies (抓物业攻坚): companies, projects, managers, evaluations, checks, measures."""

from __future__ import annotations

from sqlite_utils import Database

from storage.store.migrations.m0001_initial import TRAVEL

STATEMENTS = [
    f"""CREATE TABLE property_companies ({TRAVEL},
        name TEXT NOT NULL,
        credit_code TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX property_companies_name ON property_companies(name)",
    # A project: a compound a company manages, from one day until another (or now).
    f"""CREATE TABLE property_projects ({TRAVEL},
        company_id TEXT NOT NULL REFERENCES property_companies(id),
        compound_id TEXT NOT NULL REFERENCES compounds(id),
        started_on TEXT NOT NULL,
        ended_on TEXT,
        end_reason TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX property_projects_company ON property_projects(company_id)",
    "CREATE INDEX property_projects_compound ON property_projects(compound_id)",
    # The project manager (项目经理) of a project, one after the other.
    f"""CREATE TABLE property_managers ({TRAVEL},
        project_id TEXT NOT NULL REFERENCES property_projects(id),
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        started_on TEXT NOT NULL,
        ended_on TEXT
    )""",
    "CREATE INDEX property_managers_project ON property_managers(project_id, started_on)",
    # How a quarter's evaluation weighs its parts (per cent; the party branch >= 30).
    f"""CREATE TABLE property_schemes ({TRAVEL},
        quarter TEXT NOT NULL,
        party_branch REAL NOT NULL,
        satisfaction REAL NOT NULL,
        complaints REAL NOT NULL,
        findings REAL NOT NULL,
        covert REAL NOT NULL
    )""",
    "CREATE INDEX property_schemes_quarter ON property_schemes(quarter)",
    # What people give a project in a quarter: the party branch's score, the survey.
    f"""CREATE TABLE property_evaluations ({TRAVEL},
        quarter TEXT NOT NULL,
        project_id TEXT NOT NULL REFERENCES property_projects(id),
        party_branch_score REAL,
        satisfaction REAL,
        assessor TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX property_evaluations_quarter ON property_evaluations(quarter, project_id)",
    # Covert checks (暗访): when, who, what was found, a score; photos as attachments.
    f"""CREATE TABLE property_checks ({TRAVEL},
        project_id TEXT NOT NULL REFERENCES property_projects(id),
        checked_on TEXT NOT NULL,
        inspector TEXT NOT NULL,
        findings TEXT NOT NULL DEFAULT '',
        score REAL
    )""",
    "CREATE INDEX property_checks_project ON property_checks(project_id, checked_on)",
    # Measures: supervision orders, interviews, manager replacements, expulsion.
    f"""CREATE TABLE property_measures ({TRAVEL},
        company_id TEXT NOT NULL REFERENCES property_companies(id),
        project_id TEXT REFERENCES property_projects(id),
        measure TEXT NOT NULL CHECK (measure IN ('supervision', 'interview',
            'manager_replacement', 'expulsion')),
        taken_on TEXT NOT NULL,
        reason TEXT NOT NULL,
        issued_by TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        outcome_on TEXT
    )""",
    "CREATE INDEX property_measures_company ON property_measures(company_id, taken_on)",
]

# Photos may belong to any kind of record that has them (covert checks now too).
_ATTACHMENTS = [
    """CREATE TABLE attachments_new (
        owner_kind TEXT NOT NULL CHECK (owner_kind <> ''),
        owner_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        photo_sha256 TEXT NOT NULL REFERENCES photos(sha256),
        item TEXT NOT NULL DEFAULT '',
        caption TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (owner_kind, owner_id, position)
    ) WITHOUT ROWID""",
    "INSERT INTO attachments_new SELECT owner_kind, owner_id, position, photo_sha256, item,"
    " caption FROM attachments",
    "DROP TABLE attachments",
    "ALTER TABLE attachments_new RENAME TO attachments",
    "CREATE INDEX attachments_photo ON attachments(photo_sha256)",
]


def apply(db: Database) -> None:
    """The property tables; every row travels like an inspection (versioned)."""
    for statement in STATEMENTS + _ATTACHMENTS:
        db.execute(statement)
