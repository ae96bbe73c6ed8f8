"""Every statement on the store's connection sorts SQLite's errors: the environment's become
StoreError (on reads as on writes, inside atomic() or not), bugs keep SQLite's own."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from storage.errors import StoreError, StoreProblem, classify
from storage.store import db

ROWS = 2000
PAGE = 4096


def _fill(store: db.Store) -> None:
    store.db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    with store.atomic():
        store.db.table("t").insert_all({"v": "巡查" * 100} for _ in range(ROWS))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the rows now live in the file


@pytest.fixture
def damaged(store: db.Store) -> Iterator[db.Store]:
    """A store whose last pages (the end of table t) were overwritten while it was closed."""
    _fill(store)
    store.close()
    size = store.path.stat().st_size
    with store.path.open("r+b") as handle:
        handle.seek(size - 20 * PAGE)
        handle.write(b"\xff" * 20 * PAGE)
    reopened = db.open_store(store.path)  # the pages of t are read only when t is
    yield reopened
    reopened.close()


@pytest.fixture
def writer(store: db.Store) -> Iterator[sqlite3.Connection]:
    """Another program holding the store's write lock; the store waits 50 ms, not 5 s."""
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.db.execute("PRAGMA busy_timeout = 50")
    yield other
    other.execute("ROLLBACK")
    other.close()


def _select(store: db.Store) -> sqlite3.Cursor:
    return store.db.execute("SELECT id, v FROM t ORDER BY id")


def _fetch_one_by_one(cursor: sqlite3.Cursor) -> list[Any]:
    return [cursor.fetchone() for _ in range(ROWS)]


READS: dict[str, Callable[[db.Store], Any]] = {
    "fetchall": lambda store: _select(store).fetchall(),
    "fetchmany": lambda store: _select(store).fetchmany(ROWS),
    "fetchone": lambda store: _fetch_one_by_one(_select(store)),
    "sqlite-utils rows": lambda store: list(store.db["t"].rows),
    "cursor": lambda store: list(store.db.conn.cursor().execute("SELECT v FROM t")),
}


@pytest.mark.parametrize("read", READS.values(), ids=READS.keys())
def test_reading_a_damaged_store_is_an_environment_error(damaged: db.Store,
                                                         read: Callable[[db.Store], Any]) -> None:
    with pytest.raises(StoreError) as caught:
        read(damaged)
    assert caught.value.problem is StoreProblem.NOT_A_DATABASE
    assert caught.value.path == str(damaged.path)
    assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)


def test_damage_met_halfway_through_the_rows_is_an_environment_error(
        damaged: db.Store) -> None:
    """The statement starts on sound pages; the damaged ones come while iterating."""
    seen = 0
    with pytest.raises(StoreError) as caught:
        for _row in _select(damaged):
            seen += 1
    assert 0 < seen < ROWS
    assert caught.value.problem is StoreProblem.NOT_A_DATABASE


def test_a_write_outside_atomic_on_a_locked_store_is_an_environment_error(
        store: db.Store, writer: sqlite3.Connection) -> None:
    with pytest.raises(StoreError) as caught:
        store.db.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    assert caught.value.problem is StoreProblem.LOCKED
    with pytest.raises(StoreError):
        store.db.conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                                  [("a", "1"), ("b", "2")])
    with pytest.raises(StoreError):
        store.db.executescript("INSERT INTO settings (key, value) VALUES ('c', '3');")


def test_reading_while_another_program_writes_still_works(store: db.Store,
                                                          writer: sqlite3.Connection) -> None:
    """WAL: a writer's lock does not stop readers, so nothing is translated that needn't be."""
    writer.execute("INSERT INTO settings (key, value) VALUES ('theirs', 'x')")
    assert store.db.execute("SELECT count(*) FROM settings").fetchone() == (0,)


def test_bugs_keep_sqlites_own_errors(store: db.Store) -> None:
    with pytest.raises(sqlite3.OperationalError, match="syntax error"):
        store.db.execute("SELEC 1")
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        list(store.db.execute("SELECT * FROM no_such_table"))
    store.db.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        store.db.execute("SELECT 1")


def test_insert_returning_through_sqlite_utils_query_still_works(store: db.Store) -> None:
    """sqlite-utils meets SQLite's BUSY for its own running statement, which is no lock."""
    rows = list(store.db.query(
        "INSERT INTO settings (key, value) VALUES ('k', 'v') RETURNING key"))
    assert rows == [{"key": "k"}]
    assert store.db.execute("SELECT value FROM settings").fetchall() == [("v",)]


def test_busy_from_the_programs_own_statements_is_not_a_lock() -> None:
    own = sqlite3.OperationalError("cannot commit transaction - SQL statements in progress")
    own.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    other = sqlite3.OperationalError("database is locked")
    other.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    assert classify(own, "x.db") is None
    known = classify(other, "x.db")
    assert known is not None and known.problem is StoreProblem.LOCKED
