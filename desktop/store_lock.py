"""The store's lock: one XunCha (window or in-place conversion) on a store at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from storage.errors import StoreError, StoreProblem


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def acquire_lock(store_path: Path) -> QLockFile | None:
    """The store's lock, or None when another XunCha holds it.

    A lock left by a crashed XunCha is taken over (QLockFile checks that its process
    is gone). A folder we cannot write raises StoreError.
    """
    store_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(store_path)))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise StoreError(StoreProblem.READ_ONLY, str(store_path), "cannot create the lock file")
