"""``check``: the integrity of the store and its photo folder."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from storage import kinds
from storage.store import photos, records, versioning
from storage.store.db import Store


@dataclass(frozen=True)
class Issue:
    """One thing wrong: a code, what it concerns and a detail."""

    code: str  # sqlite | foreign_key | version_mismatch | photo_missing | photo_damaged |
    # photo_not_sealed (a plain photo in an encrypted store: run ``encrypt`` again) | …
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
    """Every record's content hashes to its version, which the history holds as it is.

    Read in bulk (one pass over the table, one over its current versions' history). The
    history keeps a version as its canonical text: the same text needs no parsing, any
    other is parsed and compared as data.
    """
    issues = []
    if "number" in kind.columns:  # a number on paper names one record
        issues += [Issue("duplicate_number", f"{kind.name} {number}", ids)
                   for number, ids in store.db.execute(
                       f"SELECT number, group_concat(id, ' ') FROM {kind.table}"
                       " WHERE number <> '' GROUP BY number HAVING count(*) > 1")]
    ids = frozenset(row[0] for row in store.db.execute(f"SELECT id FROM {kind.table}"))
    kept = dict(store.db.execute(
        f"SELECT h.record_id, h.content FROM history h JOIN {kind.table} t"
        " ON t.id = h.record_id AND t.version = h.version WHERE h.kind = ?", [kind.name]))
    for row in records.many(store, kind, ids):
        data = {column: row[column] for column in kind.columns}
        data.update({child: row[child] for child in ("answers", "attachments") if child in row})
        text = versioning.canonical(data)
        if versioning.version_of_text(text) != row["version"]:
            issues.append(Issue("version_mismatch", f"{kind.name} {row['id']}"))
        known = kept.get(row["id"])
        if known is None or (known != text and json.loads(known) != data):
            issues.append(Issue("history_missing", f"{kind.name} {row['id']}"))
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
            continue
        if verify_hashes and _digest(store, sha, media_type) != sha:
            issues.append(Issue("photo_damaged", sha, str(path)))
        if store.encrypted and not photos.is_sealed(store, sha, media_type):
            issues.append(Issue("photo_not_sealed", sha, str(path)))
    issues += [Issue("photo_unknown_reference", row[0]) for row in store.db.execute(
        "SELECT DISTINCT photo_sha256 FROM attachments"
        " WHERE photo_sha256 NOT IN (SELECT sha256 FROM photos)").fetchall()]
    if store.photos_dir.exists():
        issues += [Issue("photo_stray_file", str(path))
                   for path in sorted(store.photos_dir.glob("*/*"))
                   if path not in known and not path.name.startswith(".")]
    return issues


def _digest(store: Store, sha256: str, media_type: str) -> str:
    """The SHA-256 of the photo itself (a sealed file is opened first); '' if it cannot be."""
    try:
        return hashlib.sha256(photos.read(store, sha256, media_type)).hexdigest()
    except photos.PhotoError:
        return ""
