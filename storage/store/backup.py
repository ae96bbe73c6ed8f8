"""Backups of the store, taken with SQLite's backup API before every import, and put back.

A backup of an encrypted store is encrypted with the store's own key (SQLCipher copies
its pages between two files of the same key); a plain file cannot receive them.
"""

from __future__ import annotations

from pathlib import Path

from storage import clock
from storage.errors import StoreError, StoreProblem
from storage.store import access_log, cipher, db
from storage.store.db import Store, translate_errors

KEEP = 5  # the newest copies kept beside the store


def folder(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".backups")


def files(store: Store) -> list[Path]:
    """The store's backups, oldest first."""
    return sorted(folder(store).glob("before-import-*.db"))


def take(store: Store) -> Path:
    """Copy the store (consistent even while it is open) and drop the oldest copies.

    Returns the copy's absolute path (an undo may run from another folder). A copy that
    cannot be completed (a full disk) is removed and raises StoreError.
    """
    target_folder = folder(store).resolve()
    created = not target_folder.exists()
    stamp = clock.now().replace(":", "").replace(".", "")
    target, chosen = target_folder / f"before-import-{stamp}.db", None
    try:
        with translate_errors(target):
            target_folder.mkdir(parents=True, exist_ok=True)
            n = 1
            while target.exists():
                n += 1
                target = target_folder / f"before-import-{stamp}-{n}.db"
            chosen = target
            _copy(store, target)
    except OSError as error:
        _clean(chosen, target_folder, created)
        raise StoreError(StoreProblem.DISK_FULL, str(target), str(error)) from error
    except BaseException:
        _clean(chosen, target_folder, created)
        raise
    for old in files(store)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def _copy(store: Store, target: Path) -> None:
    copy = cipher.connect(target, db.key_of(store))
    try:
        store.db.conn.backup(copy)  # type: ignore[arg-type] # SQLCipher's connection
    finally:
        copy.close()


def _clean(target: Path | None, target_folder: Path, created: bool) -> None:
    """Remove what a failed copy left: the partial file, and the folder made for it."""
    if target is not None:
        target.unlink(missing_ok=True)
    if created and target_folder.exists() and not any(target_folder.iterdir()):
        target_folder.rmdir()


def open_copy(store: Store, path: Path) -> cipher.Connection:
    """A connection to one of the store's backups (with the store's passphrase if it has one)."""
    key = None
    if cipher.header(path) == "encrypted" and store.passphrase is not None:
        key = cipher.derive(store.passphrase, cipher.salt_of(path))
    return cipher.connect(path, key)


def restore(store: Store, path: Path) -> None:
    """Put the backup at ``path`` back in place of the store's content.

    What must outlive the undo is carried over: the access log written since the
    backup, and an encrypted store's photo key (without it no photo would open).
    """
    source = open_copy(store, path)
    try:
        later = access_log.rows_after(store, _last_logged(source))
        source.backup(store.db.conn)  # type: ignore[arg-type] # SQLCipher's connection
    finally:
        source.close()
    access_log.put_back(store, later)
    if store.photo_key is not None:
        with store.atomic():
            store.db.table("settings").upsert(
                {"key": db.PHOTO_KEY, "value": store.photo_key.hex()}, pk="key")


def _last_logged(source: cipher.Connection) -> int:
    """The newest access-log entry a backup holds (0 for a backup older than the log)."""
    if not source.execute("SELECT 1 FROM sqlite_master WHERE name = 'access_log'").fetchone():
        return 0
    return int(source.execute("SELECT coalesce(max(id), 0) FROM access_log").fetchone()[0])
