"""Changes made on this machine (typed, a local import, the demo): one way to write them.

A change made here builds on every head the store knows of the record
(``versioning.write`` without parents), so every store that imports it finds it made after
all of them, and finds the record's conflicts as its graph now has them: a field in
conflict written again is settled; a conflict of another field stays for the supervisor.
The store that made the change settles them the same way here, or it would keep open
what no other store has (the sync state machine found that).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from storage.store import versioning
from storage.store.db import Store


def write(store: Store, kind: versioning.Kind, record_id: str, content: Mapping[str, Any],
          origin: versioning.Origin = versioning.TYPED, *, device_id: str | None = None,
          created_at: str | None = None, updated_at: str | None = None) -> str:
    """Write a change made here as the record's current version; returns the version."""
    from storage.store import conflicts  # noqa: PLC0415 - not at start: `check` writes nothing

    with store.atomic():
        version = versioning.write(store, kind, record_id, content, origin,
                                   device_id=device_id, created_at=created_at,
                                   updated_at=updated_at)
        conflicts.settle(store, kind, record_id)
    return version
