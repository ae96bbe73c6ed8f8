"""``check``: the integrity of the store and its photo folder."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from storage import kinds
from storage.store import photos, records, versioning
from storage.store.db import Store


@dataclass(frozen=True)
class Issue:
    """One thing wrong: a code, what it concerns and a detail."""

    code: str  # sqlite | foreign_key | version_mismatch | photo_missing | photo_damaged | …
    subject: str
    detail: str = ""


def check(store: Store, *, verify_photo_hashes: bool = True) -> list[Issue]:
    """Everything wrong with the store; an empty list means it is sound."""
    issues = [Issue("sqlite", "database", row[0])
              for row in store.db.execute("PRAGMA integrity_check").fetchall()
              if row[0] != "ok"]
    issues += [Issue("foreign_key", f"{row[0]} rowid {row[1]}", f"-> {row[2]}")
               for row in store.db.execute("PRAGMA foreign_key_check").fetchall()]
    for kind in kinds.ALL:
        issues += _check_versions(store, kind)
    issues += _check_photos(store, verify_photo_hashes)
    return issues


def _check_versions(store: Store, kind: versioning.Kind) -> list[Issue]:
    issues = []
    if "number" in kind.columns:  # a number on paper names one record
        issues += [Issue("duplicate_number", f"{kind.name} {number}", ids)
                   for number, ids in store.db.execute(
                       f"SELECT number, group_concat(id, ' ') FROM {kind.table}"
                       " WHERE number <> '' GROUP BY number HAVING count(*) > 1")]
    ids = [row[0] for row in store.db.execute(f"SELECT id FROM {kind.table}").fetchall()]
    for record_id in ids:
        row = records.current(store, kind, record_id) or {}
        data = records.content(store, kind, record_id) or {}
        if versioning.version_of(data) != row.get("version"):
            issues.append(Issue("version_mismatch", f"{kind.name} {record_id}"))
        known = store.db.execute(
            "SELECT content FROM history WHERE kind = ? AND record_id = ? AND version = ?",
            [kind.name, record_id, row.get("version")]).fetchone()
        if known is None or json.loads(known[0]) != data:
            issues.append(Issue("history_missing", f"{kind.name} {record_id}"))
    return issues


def _check_photos(store: Store, verify_hashes: bool) -> list[Issue]:
    issues = []
    known: set[Path] = set()
    rows = store.db.execute("SELECT sha256, media_type FROM photos").fetchall()
    for sha, media_type in rows:
        path = photos.path_of(store, sha, media_type)
        known.add(path)
        if not path.exists():
            issues.append(Issue("photo_missing", sha, str(path)))
        elif verify_hashes and photos.sha256_of(path) != sha:
            issues.append(Issue("photo_damaged", sha, str(path)))
    issues += [Issue("photo_unknown_reference", row[0]) for row in store.db.execute(
        "SELECT DISTINCT photo_sha256 FROM attachments"
        " WHERE photo_sha256 NOT IN (SELECT sha256 FROM photos)").fetchall()]
    if store.photos_dir.exists():
        issues += [Issue("photo_stray_file", str(path))
                   for path in sorted(store.photos_dir.glob("*/*"))
                   if path not in known and not path.name.startswith(".")]
    return issues
