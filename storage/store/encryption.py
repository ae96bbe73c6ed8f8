"""Encrypting, decrypting and changing the passphrase of a store in place, safely.

The database is never rewritten where it lies: a converted copy is written beside it
(``<store>.converting``), checked, flushed to disk, and then moved over the store in
one atomic rename, so a process killed at any moment leaves the old store or the new
one, never neither. Photos (sealed or opened one file at a time, each replaced whole)
and backups (each converted like the store) follow; running the same command again
finishes what a killed run left, and ``check`` names any photo still unsealed.

Order matters where a key would be lost: encrypting converts the database first (it
then holds the photo key), decrypting opens the photos first (while the key is there).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from storage import jobs
from storage.errors import StoreError, StoreProblem
from storage.jobs import Progress
from storage.store import access_log, backup, cipher, db, photos
from storage.store.db import Store

MIN_PASSPHRASE = 8
Edit = Callable[[cipher.Connection], None]


class WeakPassphrase(ValueError):
    """A passphrase shorter than MIN_PASSPHRASE characters."""


@dataclass
class Conversion:
    """What a conversion did: the database rewritten or not, photos and backups converted."""

    path: Path
    database: bool = False
    photos: int = 0
    backups: int = 0


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect anything."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase(MIN_PASSPHRASE)


def encrypt(path: Path, passphrase: str, progress: Progress | None = None) -> Conversion:
    """Encrypt a plain store, its photos and backups (or finish a killed run)."""
    check_passphrase(passphrase)
    done = Conversion(path)
    if cipher.header(path) == "plain":
        _rewrite(path, None, cipher.new_key(passphrase), _add_photo_key())
        done.database = True
    with _opened(path, passphrase) as store:
        done.photos = _reseal_photos(store, store.photo_key, progress)
        done.backups = _convert_backups(store, passphrase, db.key_of(store), _add_photo_key(
            store.photo_key))
        access_log.record(store, "encrypt", str(path), _summary(done))
    return done


def decrypt(path: Path, passphrase: str, progress: Progress | None = None) -> Conversion:
    """Turn an encrypted store back into a plain one, photos and backups too."""
    done = Conversion(path)
    if cipher.header(path) == "encrypted":
        with _opened(path, passphrase) as store:
            done.photos = _reseal_photos(store, None, progress)
            access_log.record(store, "decrypt", str(path))
        _rewrite(path, passphrase, None, _drop_photo_key)
        done.database = True
    with _opened(path, None) as store:
        done.backups = _convert_backups(store, passphrase, None, _drop_photo_key)
    return done


def change_passphrase(path: Path, old: str, new: str,
                      progress: Progress | None = None) -> Conversion:
    """Re-encrypt the store and its backups with ``new`` (photos keep their own key).

    A run killed after the store was converted is finished by running it again: the
    store then opens with ``new``, and the backups still under ``old`` are converted.
    """
    check_passphrase(new)
    done = Conversion(path)
    if _opens_with(path, old):
        _rewrite(path, old, cipher.new_key(new), None)
        done.database = True
    with _opened(path, new) as store:
        done.backups = _convert_backups(store, old, db.key_of(store), None)
        jobs.report(progress, 1, 1)
        access_log.record(store, "change_passphrase", str(path), _summary(done))
    return done


def _summary(done: Conversion) -> str:
    return f"database={int(done.database)} photos={done.photos} backups={done.backups}"


@contextlib.contextmanager
def _opened(path: Path, passphrase: str | None) -> Iterator[Store]:
    store = db.open_store(path, passphrase=passphrase)
    try:
        yield store
    finally:
        store.close()


def _opens_with(path: Path, passphrase: str) -> bool:
    if cipher.header(path) != "encrypted":
        raise StoreError(StoreProblem.NOT_A_DATABASE, str(path), "not encrypted")
    try:
        with _opened(path, passphrase):
            return True
    except StoreError as error:
        if error.problem is StoreProblem.WRONG_PASSPHRASE:
            return False
        raise


def _rewrite(path: Path, passphrase: str | None, key: cipher.Key | None,
             edit: Edit | None) -> None:
    """Convert the store's database to ``key`` (plain for None) by copy and atomic swap."""
    with _opened(path, passphrase) as store:  # migrated, and its key checked
        source_key = db.key_of(store)
        _leave_wal(store)
    _convert_file(path, source_key, key, edit)


def _leave_wal(store: Store) -> None:
    """Fold the write-ahead log into the file; SQLite refuses while others have it open.

    The store opens in WAL mode again the next time (``db.open_store`` sets it).
    """
    store.db.execute("PRAGMA busy_timeout = 200")
    try:
        store.db.execute("PRAGMA journal_mode = DELETE").fetchone()
    except (cipher.Error, StoreError) as error:  # locked: another connection has it open
        raise StoreError(StoreProblem.IN_USE, str(store.path), str(error)) from error


def _convert_file(path: Path, source_key: cipher.Key | None, key: cipher.Key | None,
                  edit: Edit | None) -> None:
    """Write ``path`` converted to ``key`` beside it, check it, then move it over ``path``."""
    temporary = path.with_name(path.name + ".converting")
    _remove(temporary)
    source = cipher.connect(path, source_key)
    try:
        cipher.attach(source, temporary, "converted", key)
        cipher.export(source, "converted")
    finally:
        source.close()
    _refuse_open_wal(path)
    converted = cipher.connect(temporary, key)
    try:
        if edit is not None:
            edit(converted)
        result = converted.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        converted.close()
    if result != "ok":
        _remove(temporary)
        raise StoreError(StoreProblem.NOT_A_DATABASE, str(path), result)
    _flush(temporary)
    os.replace(temporary, path)
    _flush(path.parent)


def _refuse_open_wal(path: Path) -> None:
    """A write-ahead log beside the store belongs to the old file: refuse the swap.

    It exists only while another program has the store open; moved under the new file
    it would damage it.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise StoreError(StoreProblem.IN_USE, str(path))
    for leftover in (wal, path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _flush(path: Path) -> None:
    """Make a file (or a folder's entries) durable before the rename that relies on it."""
    if os.name == "nt" and path.is_dir():
        return  # Windows cannot open a folder to flush it; its renames are journaled
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _add_photo_key(photo_key: bytes | None = None) -> Edit:
    """An edit that puts the photo key in the converted copy (a new one if none is given)."""
    key = photo_key or os.urandom(32)

    def edit(conn: cipher.Connection) -> None:
        conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                     [db.PHOTO_KEY, key.hex()])

    return edit


def _drop_photo_key(conn: cipher.Connection) -> None:
    """A plain store keeps no photo key (it would lie there readable by anyone)."""
    conn.execute("DELETE FROM settings WHERE key = ?", [db.PHOTO_KEY])


def _reseal_photos(store: Store, key: bytes | None, progress: Progress | None) -> int:
    """Seal (or, with None, open) every photo file of the store; how many were changed."""
    rows = store.db.execute("SELECT sha256, media_type FROM photos").fetchall()
    changed = 0
    for done, (sha, media_type) in enumerate(rows):
        if photos.path_of(store, sha, media_type).exists():
            changed += photos.reseal(store, sha, media_type, key)
        jobs.report(progress, done + 1, len(rows))
    return changed


def _convert_backups(store: Store, passphrase: str | None, key: cipher.Key | None,
                     edit: Edit | None) -> int:
    """Convert every backup not yet under ``key`` (opened with ``passphrase`` or plain)."""
    converted = 0
    for path in backup.files(store):
        kind = cipher.header(path)
        if (kind == "plain" and key is None) or (
                key is not None and kind == "encrypted" and cipher.salt_of(path) == key.salt):
            continue
        source = None
        if kind == "encrypted" and passphrase is not None:
            source = cipher.derive(passphrase, cipher.salt_of(path))
        try:
            _convert_file(path, source, key, edit)
        except cipher.Error:  # under a passphrase no longer known: it stays as it is
            _remove(path.with_name(path.name + ".converting"))
            continue
        converted += 1
    return converted
