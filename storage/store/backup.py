"""Backups of the store, taken with SQLite's backup API before every import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import clock
from storage.store.db import Store

KEEP = 5  # the newest copies kept beside the store


def folder(store: Store) -> Path:
    return store.path.with_name(store.path.name + ".backups")


def take(store: Store) -> Path:
    """Copy the store (consistent even while it is open) and drop the oldest copies."""
    target_folder = folder(store)
    target_folder.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().replace(":", "").replace(".", "")
    target = target_folder / f"before-import-{stamp}.db"
    n = 1
    while target.exists():
        n += 1
        target = target_folder / f"before-import-{stamp}-{n}.db"
    copy = sqlite3.connect(target)
    try:
        store.db.conn.backup(copy)
    finally:
        copy.close()
    for old in sorted(target_folder.glob("before-import-*.db"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return target
