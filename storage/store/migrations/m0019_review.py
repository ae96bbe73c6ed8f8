"""The street quarterly review (提级述职): its quarters, departments, criteria, streets, scores,
interviews."""

from __future__ import annotations

from sqlite_utils import Database

from storage.store.migrations.m0001_initial import TRAVEL

STATEMENTS = [
    # A quarter's review: when the streets report, how the totals are made.
    f"""CREATE TABLE review_quarters ({TRAVEL},
        quarter TEXT NOT NULL,
        meeting_date TEXT,
        drop_extremes INTEGER NOT NULL DEFAULT 0,
        lagging INTEGER NOT NULL DEFAULT 3,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX review_quarters_quarter ON review_quarters(quarter)",
    # The departments that score in a quarter (组织部, 政法委 … the 12345 centre).
    f"""CREATE TABLE review_departments ({TRAVEL},
        quarter TEXT NOT NULL,
        name TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX review_departments_quarter ON review_departments(quarter, position)",
    # What each department scores, with its weight and the most it can give.
    f"""CREATE TABLE review_criteria ({TRAVEL},
        quarter TEXT NOT NULL,
        name TEXT NOT NULL,
        weight REAL NOT NULL,
        max_score REAL NOT NULL,
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX review_criteria_quarter ON review_criteria(quarter, position)",
    # The streets whose party working committee reports that quarter.
    f"""CREATE TABLE review_streets ({TRAVEL},
        quarter TEXT NOT NULL,
        district TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL,
        secretary TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX review_streets_quarter ON review_streets(quarter, position)",
    # One department's score of one street on one criterion.
    f"""CREATE TABLE review_scores ({TRAVEL},
        quarter TEXT NOT NULL,
        department_id TEXT NOT NULL REFERENCES review_departments(id),
        street_id TEXT NOT NULL REFERENCES review_streets(id),
        criterion_id TEXT NOT NULL REFERENCES review_criteria(id),
        score REAL
    )""",
    "CREATE INDEX review_scores_quarter ON review_scores(quarter, department_id)",
    # Interviews (约谈) of lagging street secretaries, and their follow-up next quarter.
    f"""CREATE TABLE review_interviews ({TRAVEL},
        quarter TEXT NOT NULL,
        street_id TEXT NOT NULL REFERENCES review_streets(id),
        interviewee TEXT NOT NULL,
        interviewer TEXT NOT NULL,
        held_on TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        commitments TEXT NOT NULL DEFAULT '',
        follow_up TEXT NOT NULL DEFAULT '',
        follow_up_on TEXT,
        outcome TEXT NOT NULL DEFAULT ''
            CHECK (outcome IN ('', 'kept', 'partly', 'not_kept'))
    )""",
    "CREATE INDEX review_interviews_quarter ON review_interviews(quarter)",
]


def apply(db: Database) -> None:
    """The review's tables; every row travels like an inspection (versioned)."""
    for statement in STATEMENTS:
        db.execute(statement)
