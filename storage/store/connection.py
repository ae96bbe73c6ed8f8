"""The store's connection: every statement on it sorts SQLite's errors as storage.errors does.

sqlite-utils and our own modules read and write through ``execute``, ``executemany``,
cursors, ``fetch*`` and iteration; all of them pass through the two classes here, so a
store that became locked, read-only, full or damaged gives the same known StoreError on
a read as on a write, while a bug (a syntax error, a broken constraint, a closed
connection) still fails loudly with SQLite's own exception (``classify`` decides).

The DB-API module is imported under one name, ``dbapi``: another build of SQLite with
the same interface (SQLCipher's ``sqlcipher3.dbapi2``) can be put in its place here.
"""

from __future__ import annotations

import os
import sqlite3 as dbapi
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Self

from storage.errors import classify

Error = dbapi.Error
_next_row = dbapi.Cursor.__next__  # one global lookup per row, not three


def connect(path: Path) -> Connection:
    """Open ``path`` in autocommit mode (sqlite-utils opens its own transactions)."""
    return dbapi.connect(path, isolation_level=None, check_same_thread=False,
                         factory=Connection)


def _raise_known(error: dbapi.Error, connection: dbapi.Connection) -> None:
    """Raise the StoreError an environment failure stands for; return for a bug."""
    known = classify(error, getattr(connection, "path", ""))
    if known is not None:
        raise known from error


class Cursor(dbapi.Cursor):
    """A cursor whose statements and fetches raise StoreError for the environment's faults.

    Each override is a bare ``try`` around the base method, called by name rather than
    through ``super()``, which costs more on Python 3.11: ``__next__`` runs once per row.
    """

    def execute(self, sql: str, parameters: Any = (), /) -> Self:
        try:
            return dbapi.Cursor.execute(self, sql, parameters)
        except dbapi.Error as error:
            _raise_known(error, self.connection)
            raise

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> Self:
        try:
            return dbapi.Cursor.executemany(self, sql, seq_of_parameters)
        except dbapi.Error as error:
            _raise_known(error, self.connection)
            raise

    def executescript(self, sql_script: str, /) -> dbapi.Cursor:
        try:
            return dbapi.Cursor.executescript(self, sql_script)
        except dbapi.Error as error:
            _raise_known(error, self.connection)
            raise

    def fetchone(self) -> Any:
        try:
            return dbapi.Cursor.fetchone(self)
        except dbapi.Error as error:
            _raise_known(error, self.connection)
            raise

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            return dbapi.Cursor.fetchmany(self, self.arraysize if size is None else size)
        except dbapi.Error as error:
            _raise_known(error, self.connection)
            raise

    def fetchall(self) -> list[Any]:
        try:
            return dbapi.Cursor.fetchall(self)
        except dbapi.Error as error:
            _raise_known(error, self.connection)
            raise

    def __next__(self) -> Any:
        try:
            return _next_row(self)
        except dbapi.Error as error:
            _raise_known(error, self.connection)
            raise


class Connection(dbapi.Connection):
    """A connection that knows its file (for the message) and hands out :class:`Cursor`.

    ``Connection.execute`` and friends are overridden too: the C versions step the
    statement without calling the cursor's Python ``execute``.
    """

    def __init__(self, database: str | os.PathLike[str], *args: Any, **kwargs: Any) -> None:
        super().__init__(database, *args, **kwargs)
        self.path = os.fspath(database)

    def cursor(self, factory: Any = None) -> Any:
        return dbapi.Connection.cursor(self, factory or Cursor)

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        return dbapi.Connection.cursor(self, Cursor).execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> Cursor:
        return dbapi.Connection.cursor(self, Cursor).executemany(sql, seq_of_parameters)

    def executescript(self, sql_script: str, /) -> dbapi.Cursor:
        return dbapi.Connection.cursor(self, Cursor).executescript(sql_script)

    def commit(self) -> None:
        try:
            dbapi.Connection.commit(self)
        except dbapi.Error as error:
            _raise_known(error, self)
            raise

    def rollback(self) -> None:
        try:
            dbapi.Connection.rollback(self)
        except dbapi.Error as error:
            _raise_known(error, self)
            raise
