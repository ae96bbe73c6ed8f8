"""What changed in the store since a mark: new versions, and changes of every other table.

Versioned records change only through ``versioning``, which appends to ``history``: its
sequence tells what new versions came. Every table (the records' own, for a change back
to a version the history already has; campaign moves, settings, conflict choices,
photos …, and tables added later) is watched by triggers that count its changes in
``table_changes``, but those the caller names. An undo compares the store with the mark
its import left.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from storage.store.db import Store

HISTORY = "history"
# Not counted: the counters themselves, the import log, and the access log (an undo keeps
# what it logged since, storage.store.backup.restore).
_NEVER = ("table_changes", "sync_imports", "_sqlite_migrations", "access_log")
_EVENTS = ("insert", "update", "delete")


@dataclass(frozen=True)
class Mark:
    """The store's place at a moment: the last history entry and each table's count."""

    history: int
    tables: dict[str, int]

    def text(self) -> str:
        return json.dumps({"history": self.history, "tables": self.tables}, sort_keys=True)

    @classmethod
    def parse(cls, text: str) -> Mark | None:
        """A mark as stored, or None for an import logged before marks were kept."""
        if not text:
            return None
        data = json.loads(text)
        return cls(int(data["history"]), {str(k): int(v) for k, v in data["tables"].items()})


def watch(store: Store, versioned: Iterable[str]) -> None:
    """Count the changes of every table but the versioned ones (the history has those)."""
    skip = {*versioned, *_NEVER, HISTORY}
    tables = [row[0] for row in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    triggers = {row[0] for row in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in tables:
        if table in skip or f"changes_{table}_delete" in triggers:
            continue
        store.db.execute("INSERT OR IGNORE INTO table_changes (name) VALUES (?)", [table])
        for event in _EVENTS:
            store.db.execute(
                f'CREATE TRIGGER IF NOT EXISTS "changes_{_ident(table)}_{event}" AFTER'
                f' {event.upper()} ON "{_ident(table)}" BEGIN UPDATE table_changes SET'
                f" changes = changes + 1 WHERE name = '{_literal(table)}'; END")


def mark(store: Store) -> Mark:
    """Where the store is now."""
    seq = store.db.execute("SELECT coalesce(max(seq), 0) FROM history").fetchone()[0]
    return Mark(int(seq), dict(store.db.execute("SELECT name, changes FROM table_changes")))


def since(store: Store, before: Mark,
          records: Collection[str] = ()) -> list[tuple[str, int]]:
    """What changed after ``before``: ("history", records changed) first, then each table.

    The rows of ``records`` (the records' own tables) count with the history's new
    versions, not as tables of their own: a change back to a version the history already
    has adds no entry, only a new row content.
    """
    now = mark(store)
    counts = {name: count - before.tables.get(name, 0) for name, count in now.tables.items()
              if count != before.tables.get(name, 0)}
    rows = sum(counts.pop(name) for name in records if name in counts)
    versions = max(now.history - before.history, rows)
    return ([(HISTORY, versions)] if versions else []) + sorted(counts.items())


def _ident(name: str) -> str:
    return name.replace('"', '""')


def _literal(name: str) -> str:
    return name.replace("'", "''")
