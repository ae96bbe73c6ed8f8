"""Opens the store: one SQLite file per installation, with its pragmas and migrations.

Photos live in a content-addressed folder beside the database file
(``<name>.photos/ab/abcdef…``), so the folder and the file move together. A store may
be encrypted (SQLCipher, see :mod:`storage.store.cipher`): it opens with its passphrase,
and its photos are sealed with a key kept inside it (:mod:`storage.store.sealing`).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlite_utils import Database

from storage import clock
from storage.errors import StoreError, StoreProblem, classify
from storage.store import cipher, connection, migrations

APP_NAME = "XunCha"
BUSY_TIMEOUT_MS = 5000
# An encrypted page read from disk is decrypted and checked each time it enters SQLite's
# page cache: a larger cache (64 MiB, filled only as pages are read) keeps a list's
# index decrypted between one filter and the next (measured: bench/ui_list.py --encrypt).
ENCRYPTED_CACHE_KIB = 65536
PHOTO_KEY = "privacy.photo_key"  # the settings row holding an encrypted store's photo key


@dataclass
class Store:
    """An open store: the database, where it lives, and this installation's device id.

    ``passphrase`` is set for an encrypted store (each worker thread opens its own
    connection with it, see :func:`reopen`); ``photo_key`` seals its photos.
    """

    db: Database
    path: Path
    device_id: str
    passphrase: str | None = None
    photo_key: bytes | None = None

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def photos_dir(self) -> Path:
        return self.path.with_name(self.path.name + ".photos")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction for a multi-step write; environment failures become StoreError."""
        with translate_errors(self.path):
            with self.db.atomic():
                yield self.db

    @property
    def officer(self) -> str:
        """Who works on this installation, as the settings name them ("" until set).

        The one answer to "who did it" for steps, dismissals and measures (never the
        system login, which on a shared office laptop names nobody in particular).
        """
        row = self.db.execute("SELECT officer FROM devices WHERE is_self = 1").fetchone()
        return str(row[0]) if row and row[0] else ""

    def close(self) -> None:
        self.db.close()


IN_LIMIT = 500  # values bound per statement (SQLite allowed 999 parameters before 3.32)


def rows_in(store: Store, query: str, values: Iterable[Any],
            params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` for each of ``values``: its ``{}`` stands for the IN list.

    ``params`` come first; the values follow, bound :data:`IN_LIMIT` at a time.
    """
    items = sorted(set(values))
    for start in range(0, len(items), IN_LIMIT):
        chunk = items[start:start + IN_LIMIT]
        yield from store.db.execute(query.format(", ".join("?" * len(chunk))),
                                    [*params, *chunk]).fetchall()  # in C, not row by row


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


def open_store(path: Path | str, *, passphrase: str | None = None,
               migrate: bool = True) -> Store:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    An encrypted store needs its ``passphrase``; a new store given one is created
    encrypted. A file that is not a SQLite database, one written by a newer XunCha, or
    an encrypted one without its passphrase (or with a wrong one) is refused with a
    StoreError and left untouched.
    """
    path = Path(path)
    passphrase = passphrase or None  # an empty passphrase protects nothing
    key = _key(path, passphrase)
    if not path.exists():
        with translate_errors(path):
            path.parent.mkdir(parents=True, exist_ok=True)
    with translate_errors(path):
        # No sqlite-utils plugins: one installed beside XunCha must not change how the
        # store's connection behaves (and looking for them cost a scan of every package).
        db = Database(_connect(path, key), execute_plugins=False)  # type: ignore[arg-type]
        try:
            _set_pragmas(db, path, key)
            _refuse_newer_schema(db, path)
            if migrate:
                migrations.MIGRATIONS.apply(db)
            device_id = _ensure_device(db) if migrate else ""
            photo_key = _photo_key(db, create=migrate) if key else None
        except BaseException:
            db.close()
            raise
    return Store(db=db, path=path, device_id=device_id,
                 passphrase=passphrase if key else None, photo_key=photo_key)


def reopen(store: Store) -> Store:
    """Another connection to the same store (a worker thread's own), with its key."""
    return open_store(store.path, passphrase=store.passphrase)


def key_of(store: Store) -> cipher.Key | None:
    """The key of an encrypted store's file (its backups are written with it too)."""
    if store.passphrase is None:
        return None
    return cipher.derive(store.passphrase, cipher.salt_of(store.path))


def is_encrypted(path: Path | str) -> bool:
    """Whether the file at ``path`` looks like an encrypted store (one needing a passphrase)."""
    return cipher.header(Path(path)) == "encrypted"


def _connect(path: Path, key: cipher.Key | None) -> connection.Connection:
    """The one place a store's connection is made (through SQLCipher, with the key if any)."""
    return connection.connect(path, key)


def _key(path: Path, passphrase: str | None) -> cipher.Key | None:
    """The key that opens ``path``, None for a plain store; checked before SQLite opens it.

    Setting WAL on a foreign file would write to it, so it is refused by its first bytes.
    """
    try:
        kind = cipher.header(path)
        salt = cipher.salt_of(path) if kind == "encrypted" else b""
    except OSError as error:
        raise StoreError(StoreProblem.CANNOT_OPEN, str(path), str(error)) from error
    if kind == "foreign":
        raise StoreError(StoreProblem.NOT_A_DATABASE, str(path), "no SQLite header")
    if kind == "plain" or (passphrase is None and kind == "missing"):
        return None
    if passphrase is None:
        raise StoreError(StoreProblem.ENCRYPTED, str(path))
    return cipher.new_key(passphrase) if kind == "missing" else cipher.derive(passphrase, salt)


def _refuse_foreign_schema(db: Database, path: Path) -> None:
    """Another program's SQLite file: refused before anything is written to it."""
    tables = {row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if not tables or (migrations.MIGRATIONS.migrations_table in tables
                      and migrations.MIGRATIONS.applied(db)):
        return
    raise StoreError(StoreProblem.NOT_A_DATABASE, str(path),
                     "tables of another program: " + ", ".join(sorted(tables)[:5]))


def _set_pragmas(db: Database, path: Path, key: cipher.Key | None) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Reading the schema first makes a damaged file (or a wrong key) fail here, before
    # any write.
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (cipher.Error, StoreError) as error:  # the connection sorts most as StoreError
        if key is not None and path.stat().st_size:
            raise StoreError(StoreProblem.WRONG_PASSPHRASE, str(path)) from error
        raise
    _refuse_foreign_schema(db, path)  # before WAL, which would write to it
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a laptop whose battery dies loses no committed draft.
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    if key is not None:
        db.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")


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


def _photo_key(db: Database, *, create: bool) -> bytes | None:
    """An encrypted store's photo key (made the first time, kept inside the store)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [PHOTO_KEY]).fetchone()
    if row:
        return bytes.fromhex(row[0])
    if not create:
        return None
    key = os.urandom(32)
    with db.atomic():
        db.table("settings").insert({"key": PHOTO_KEY, "value": key.hex()})
    return key
