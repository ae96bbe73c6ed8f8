"""Opens the store: one SQLite file per installation, with its pragmas and migrations.

Photos live in a content-addressed folder beside the database file
(``<name>.photos/ab/abcdef…``), so the folder and the file move together.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from storage import clock
from storage.errors import StoreError, StoreProblem, classify
from storage.store import connection, migrations

APP_NAME = "XunCha"
BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Store:
    """An open store: the database, where it lives, and this installation's device id."""

    db: Database
    path: Path
    device_id: str

    @property
    def photos_dir(self) -> Path:
        return self.path.with_name(self.path.name + ".photos")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction for a multi-step write; environment failures become StoreError."""
        with translate_errors(self.path):
            with self.db.atomic():
                yield self.db

    def close(self) -> None:
        self.db.close()


def default_path() -> Path:
    """The default store in the per-user data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "xuncha.db"


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environment errors into StoreError; let bugs fail loudly.

    Statements on the store's own connection are translated as they run (see
    storage.store.connection); this covers what happens around them: connecting, and
    another connection's statements.
    """
    try:
        yield
    except connection.Error as error:
        known = classify(error, str(path))
        if known is None:
            raise
        raise known from error


def open_store(path: Path | str, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    A file that is not a SQLite database, or one written by a newer XunCha, is refused
    with a StoreError and left untouched.
    """
    path = Path(path)
    _refuse_foreign_file(path)
    if not path.exists():
        with translate_errors(path):
            path.parent.mkdir(parents=True, exist_ok=True)
    with translate_errors(path):
        db = Database(connection.connect(path))
        try:
            _refuse_foreign_schema(db, path)
            _set_pragmas(db)
            _refuse_newer_schema(db, path)
            if migrate:
                migrations.MIGRATIONS.apply(db)
            device_id = _ensure_device(db) if migrate else ""
        except BaseException:
            db.close()
            raise
    return Store(db=db, path=path, device_id=device_id)


def _refuse_foreign_file(path: Path) -> None:
    # Checked before SQLite touches the file: setting WAL on a foreign file would write.
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise StoreError(StoreProblem.CANNOT_OPEN, str(path), str(error)) from error
    if header != _SQLITE_HEADER:
        raise StoreError(StoreProblem.NOT_A_DATABASE, str(path), "no SQLite header")


def _refuse_foreign_schema(db: Database, path: Path) -> None:
    """Another program's SQLite file: refused before anything is written to it."""
    tables = {row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if not tables or (migrations.MIGRATIONS.migrations_table in tables
                      and migrations.MIGRATIONS.applied(db)):
        return
    raise StoreError(StoreProblem.NOT_A_DATABASE, str(path),
                     "tables of another program: " + ", ".join(sorted(tables)[:5]))


def _set_pragmas(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Reading the schema first makes a damaged file fail here, before any write.
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a laptop whose battery dies loses no committed draft.
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")


def _refuse_newer_schema(db: Database, path: Path) -> None:
    applied = {m.name for m in migrations.MIGRATIONS.applied(db)}
    unknown = sorted(applied - set(migrations.names()))
    if unknown:
        raise StoreError(StoreProblem.NEWER_SCHEMA, str(path), ", ".join(unknown))


def schema_version(db: Database) -> str:
    """The name of the last migration applied to this store."""
    applied = migrations.MIGRATIONS.applied(db)
    return applied[-1].name if applied else ""


def _ensure_device(db: Database) -> str:
    row = db.execute("SELECT id FROM devices WHERE is_self = 1").fetchone()
    if row:
        return str(row[0])
    device_id = str(uuid.uuid4())
    with db.atomic():
        db.table("devices").insert(
            {"id": device_id, "name": "", "officer": "", "is_self": 1,
             "first_seen": clock.now()}
        )
    return device_id
