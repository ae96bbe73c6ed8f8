"""Errors of the store that the user can act on, sorted from the bugs that fail loudly."""

from __future__ import annotations

import enum
import sqlite3


class StoreProblem(enum.Enum):
    """What went wrong with the store, for the layer that words the message."""

    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    NOT_A_DATABASE = "not_a_database"
    CANNOT_OPEN = "cannot_open"
    NEWER_SCHEMA = "newer_schema"
    IN_USE = "in_use"
    ENCRYPTED = "encrypted"  # needs its passphrase
    WRONG_PASSPHRASE = "wrong_passphrase"


class StoreError(Exception):
    """A problem of the environment (not a bug): locked, read-only, full, foreign file.

    The message is worded where it is shown (so it can be translated); this carries
    the data: the problem, the store's path and SQLite's own text.
    """

    def __init__(self, problem: StoreProblem, path: str, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path}: {detail}")
        self.problem = problem
        self.path = path
        self.detail = detail


# SQLite's primary result codes that mean "the environment", not "a bug in XunCha"
# (the same in SQLCipher's build of SQLite, which opens every store).
_ENVIRONMENT_CODES = {
    sqlite3.SQLITE_BUSY: StoreProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: StoreProblem.LOCKED,
    sqlite3.SQLITE_READONLY: StoreProblem.READ_ONLY,
    sqlite3.SQLITE_FULL: StoreProblem.DISK_FULL,
    sqlite3.SQLITE_IOERR: StoreProblem.DISK_FULL,
    sqlite3.SQLITE_NOTADB: StoreProblem.NOT_A_DATABASE,
    sqlite3.SQLITE_CORRUPT: StoreProblem.NOT_A_DATABASE,
    sqlite3.SQLITE_CANTOPEN: StoreProblem.CANNOT_OPEN,
    sqlite3.SQLITE_PERM: StoreProblem.READ_ONLY,
}


# SQLite also answers BUSY when a transaction or savepoint ends while one of this
# connection's own statements is still running: the order of a program's calls, not
# another program's lock (sqlite-utils' ``query`` relies on seeing it for INSERT … RETURNING).
_OWN_STATEMENTS_RUNNING = "SQL statements in progress"


# SQLite's own sentence for each code: SQLCipher's backup API raises without the code.
_MESSAGES = {"disk I/O error": sqlite3.SQLITE_IOERR,
             "database or disk is full": sqlite3.SQLITE_FULL,
             "attempt to write a readonly database": sqlite3.SQLITE_READONLY,
             "database is locked": sqlite3.SQLITE_BUSY,
             "file is not a database": sqlite3.SQLITE_NOTADB,
             "unable to open database file": sqlite3.SQLITE_CANTOPEN}


def classify(error: Exception, path: str) -> StoreError | None:
    """Return the StoreError for an environment failure, or None for a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        code = _MESSAGES.get(str(error))
    if code is None:
        return None
    problem = _ENVIRONMENT_CODES.get(code & 0xFF)
    if problem is StoreProblem.LOCKED and _OWN_STATEMENTS_RUNNING in str(error):
        return None
    return StoreError(problem, path, str(error)) if problem else None
