"""Backups of the store, taken with SQLite's backup API before every import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import clock
from storage.errors import StoreError, StoreProblem
from storage.store.db import Store, translate_errors

KEEP = 5  # the newest copies kept beside the store


def folder(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".backups")


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
    for old in sorted(target_folder.glob("before-import-*.db"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def _copy(store: Store, target: Path) -> None:
    copy = sqlite3.connect(target)
    try:
        store.db.conn.backup(copy)
    finally:
        copy.close()


def _clean(target: Path | None, target_folder: Path, created: bool) -> None:
    """Remove what a failed copy left: the partial file, and the folder made for it."""
    if target is not None:
        target.unlink(missing_ok=True)
    if created and target_folder.exists() and not any(target_folder.iterdir()):
        target_folder.rmdir()
