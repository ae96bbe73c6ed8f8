"""SQLCipher: the one SQLite library of the process, and the keys of encrypted stores.

Every store, backup and temporary store is opened through SQLCipher's build of SQLite
(the ``sqlcipher3`` module of the sqlcipher3-wheels package). To it a plain store is an
ordinary SQLite file; an encrypted one opens with its key. The standard library's
``sqlite3`` never opens a store: two copies of SQLite in one process do not see each
other's POSIX locks, and a file written through both can be corrupted.

A key is derived as SQLCipher 4 derives it from a passphrase (PBKDF2-HMAC-SHA512,
256,000 iterations, salted with the file's first 16 bytes), once per passphrase and
salt, then handed to SQLCipher raw: a worker thread's own connection opens at once, and
the file still opens with the passphrase in any SQLCipher 4 tool. A store's backups and
converted copies share its salt, so one derivation opens them all.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from sqlcipher3 import dbapi2 as dbapi

Error = dbapi.Error
Connection = dbapi.Connection
SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's default: the file opens with the passphrase
PAGE_SIZE = 4096  # SQLCipher 4's page; an encrypted file is a whole number of pages
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, repr=False)
class Key:
    """A derived database key and the salt it was derived with (the file's first bytes)."""

    raw: bytes
    salt: bytes

    def pragma(self) -> str:
        """The value of ``PRAGMA key``: the raw key with its salt, as SQLCipher reads it."""
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""


@functools.lru_cache(maxsize=16)
def derive(passphrase: str, salt: bytes) -> Key:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with ``salt``."""
    kdf = PBKDF2HMAC(hashes.SHA512(), KEY_BYTES, salt, KDF_ITERATIONS)
    return Key(kdf.derive(passphrase.encode("utf-8")), salt)


def new_key(passphrase: str) -> Key:
    """A key for a new encrypted file (a fresh random salt)."""
    return derive(passphrase, os.urandom(SALT_BYTES))


def salt_of(path: Path) -> bytes:
    """The salt an encrypted file starts with."""
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def header(path: Path) -> str:
    """What a file looks like from outside: ``missing``, ``plain``, ``encrypted`` or ``foreign``.

    An empty file counts as missing (a new store is made in it). An encrypted file shows
    no header at all, only random bytes in whole pages; anything else is foreign.
    """
    if not path.exists() or path.stat().st_size == 0:
        return "missing"
    size = path.stat().st_size
    with path.open("rb") as handle:
        start = handle.read(len(SQLITE_HEADER))
    if start == SQLITE_HEADER:
        return "plain"
    return "encrypted" if size % PAGE_SIZE == 0 else "foreign"


def connect(path: Path | str, key: Key | None = None,
            factory: type[dbapi.Connection] = dbapi.Connection) -> dbapi.Connection:
    """A connection to ``path`` in autocommit mode (sqlite-utils opens its transactions).

    The store's own connection is ``storage.store.connection``'s subclass (``factory``),
    which translates errors; backups and conversions use the plain one. SQLCipher's own
    log is silenced: a wrong key is reported once, by the caller.
    """
    conn = dbapi.connect(str(path), isolation_level=None, check_same_thread=False,
                         factory=factory)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma()}")
    return conn


def attach(conn: dbapi.Connection, path: Path, alias: str, key: Key | None) -> None:
    """Attach ``path`` as ``alias``, encrypted with ``key`` or plain without one."""
    secret = f"x'{key.raw.hex()}{key.salt.hex()}'" if key is not None else ""
    conn.execute(f"ATTACH DATABASE ? AS {alias} KEY ?", [str(path), secret])


def export(conn: dbapi.Connection, alias: str) -> None:
    """Copy every table, index, trigger and row of ``conn`` into the attached ``alias``.

    In one transaction: by itself the export commits (and syncs the disk) once per
    table, which made encrypting a store three times slower.
    """
    conn.execute("BEGIN")
    try:
        conn.execute(f"SELECT sqlcipher_export('{alias}')")
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    conn.execute(f"DETACH DATABASE {alias}")
