"""Import sync workbooks into the store: whole or not at all, backed up, undoable.

    plan = sync_plan.preview(store, path)      # nothing written; show it to the user
    result = importer.apply(store, plan)    # one transaction, after a backup

A file with any invalid cell is refused whole (every problem is listed). Before the
first write a copy of the store is taken with SQLite's backup API (a few are kept),
and :func:`undo_last` puts the last one back if nothing was written since.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from exports.privacy import policy
from exports.spreadsheet import encryption, files, protection
from exports.sync import photo_archive
from exports.sync import plan as sync_plan
from exports.sync.plan import Plan
from storage import clock, jobs, kinds
from storage.forms import checklists
from storage.jobs import Progress
from storage.store import access_log, backup, changes, conflicts, photos, versioning
from storage.store.db import Store


class ImportRefused(Exception):
    """A file that cannot be imported: ``reason`` says why (``invalid``, ``unprotected``)."""

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = str(path)
        self.reason = reason
        self.detail = detail


class UndoRefused(Exception):
    """The last import cannot be undone: nothing to undo, or the store changed since.

    ``changes`` names what changed since (a table, or "history" for new versions of
    records, with how many changes): an undo would discard it.
    """

    def __init__(self, reason: str, detail: str = "",
                 changes: tuple[tuple[str, int], ...] = ()) -> None:
        super().__init__(f"{reason} {detail} {changes or ''}".strip())
        self.reason = reason  # nothing | changed_since | backup_missing
        self.detail = detail
        self.changes = changes


@dataclass
class Result:
    """What an import did."""

    path: Path
    counts: dict[str, int]
    import_id: int | None = None
    backup: Path | None = None
    photos_added: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def check_safety() -> None:
    """Refuse to read workbooks while openpyxl would parse XML without defusedxml."""
    if not protection.active():
        raise ImportRefused("", "unprotected")


def preview(store: Store, path: Path, progress: Progress | None = None, *,
            password: str | None = None) -> Plan:
    """The plan of an import (see :mod:`exports.sync_plan`), with the photo checks.

    A password-protected workbook (and its photo archive) is read with ``password``.
    """
    check_safety()
    policy.check_import(store, path, files.is_encrypted(path))
    with encryption.unlocked(path, password) as readable:
        plan = sync_plan.preview(store, readable, progress)
    if readable != path:  # the decryption is gone: the plan names the file given
        plan.path = path
        plan.password = password
        if plan.book is not None:
            plan.book.path = path
    _check_photos(store, plan)
    before = previous_import(store, plan.sha256)
    if before:  # the same bytes again: harmless (nothing changes), but worth saying
        plan.warnings.append(("already_imported", before))
    return plan


def previous_import(store: Store, sha256: str) -> str | None:
    """When a file with these bytes was last imported (and not undone), or None."""
    row = store.db.execute(
        "SELECT imported_at FROM sync_imports WHERE sha256 = ? AND state = 'done'"
        " ORDER BY id DESC LIMIT 1", [sha256]).fetchone()
    return str(row[0]) if row else None


def _check_photos(store: Store, plan: Plan) -> None:
    wanted = {sha: info.file for sha, info in plan.photos.items()}
    bad = photo_archive.check_names(wanted)
    if bad:
        raise photo_archive.PhotoArchiveError(plan.path, "unsafe_name", bad[0])
    missing = [sha for sha in wanted if not photos.has_file(store, sha)]
    if not missing:
        return
    archive = photo_archive.zip_path(plan.path)
    if not archive.exists():
        plan.warnings.append(("photos_missing", f"{archive.name}: {len(missing)}"))
        return
    opened = photo_archive.open_archive(archive, plan.password)
    absent = [sha for sha in missing if sha not in opened.members]
    if absent:
        plan.warnings.append(("photos_incomplete", f"{archive.name}: {len(absent)}"))


def import_file(store: Store, path: Path, progress: Progress | None = None, *,
                password: str | None = None) -> Result:
    """Preview and apply one file; refuses it whole if any row is invalid."""
    plan = preview(store, path, progress, password=password)
    return apply(store, plan, progress)


def import_files(store: Store, paths: list[Path], progress: Progress | None = None, *,
                 password: str | None = None) -> list[Result | Plan]:
    """Import several files, each whole or not at all, after one backup of the store.

    Returns each file's result, or its plan when it was refused for its problems.
    Undoing the last import undoes the whole batch (it puts that backup back).
    """
    taken: Path | None = None
    done: list[Result | Plan] = []
    for path in paths:
        plan = preview(store, path, progress, password=password)
        if not plan.ok:
            done.append(plan)
            continue
        if taken is None and _writes(store, plan):
            taken = backup.take(store)
        done.append(apply(store, plan, progress, backup_path=taken))
    return done


def _writes(store: Store, plan: Plan) -> bool:
    return bool(plan.changes or plan.checklists or _photos_to_add(store, plan))


def apply(store: Store, plan: Plan, progress: Progress | None = None, *,
          backup_path: Path | None = None) -> Result:
    """Write a previewed plan in one transaction, after a backup; nothing if no change.

    ``backup_path`` is a backup already taken for a batch of files (see
    :func:`import_files`); otherwise one is taken here.
    """
    if not plan.ok:
        raise ImportRefused(plan.path, "invalid", str(len(plan.problems)))
    result = Result(plan.path, plan.counts, warnings=list(plan.warnings))
    needs_photos = _photos_to_add(store, plan)
    if not _writes(store, plan):
        return result
    result.backup = backup_path or backup.take(store)
    added: list[str] = []
    with tempfile.TemporaryDirectory() as folder, photos.incoming(store, needs_photos):
        try:
            with store.atomic():
                for sha in needs_photos:  # known by hash until their files arrive
                    info = plan.photos[sha]
                    photos.add_expected(store, sha, info.media_type, info.size or 0,
                                        info.original_name)
                _add_photo_files(store, plan, needs_photos, Path(folder), added)
                _write(store, plan, progress)
                result.import_id = log_import(store, plan.path, plan.sha256, result.counts,
                                              result.backup, added)
        except BaseException:
            _remove_files(store, added)
            raise
    result.photos_added = added
    return result


def _photos_to_add(store: Store, plan: Plan) -> list[str]:
    return sorted(sha for sha in plan.photos if photos.get(store, sha) is None
                  or not photos.has_file(store, sha))


def _add_photo_files(store: Store, plan: Plan, wanted: list[str], folder: Path,
                     added: list[str]) -> None:
    """Copy the archive's photos into the store (``added`` lists them, for a rollback)."""
    archive_path = photo_archive.zip_path(plan.path)
    if not wanted or not archive_path.exists():
        return
    archive = photo_archive.open_archive(archive_path, plan.password)
    for sha in wanted:
        if sha in archive.members and not photos.has_file(store, sha):
            extracted = archive.extract(sha, folder)
            photos.add(store, extracted, plan.photos[sha].original_name or None)
            extracted.unlink()
            added.append(sha)


def _remove_files(store: Store, shas: list[str]) -> None:
    for sha in shas:
        for path in store.photos_dir.glob(f"{sha[:2]}/{sha}*"):
            path.unlink(missing_ok=True)


def _write(store: Store, plan: Plan, progress: Progress | None) -> None:
    for checklist in plan.checklists:
        checklists.save(store, checklist)
    total, written = len(plan.rows), 0
    for kind_name in sync_plan.ORDER:
        kind = kinds.BY_NAME[kind_name]
        rows = [r for r in plan.rows if r.kind == kind_name]
        new = [r for r in rows if r.outcome == "new"]
        versioning.append_entries(store, kind, (e for r in new for e in r.entries))
        versioning.insert_current(store, kind, (_as_row(r) for r in new))
        for row in new:
            if row.merged and row.merged.conflicts:
                conflicts.record(store, kind, row.record_id, row.merged, row.nodes or {})
        for done, row in enumerate(rows):
            if row.outcome != "new" and row.entries:
                _write_merge(store, kind, row)
            if done % 500 == 499:
                jobs.report(progress, written + done, total)
        written += len(rows)
        jobs.report(progress, written, total)


def _as_row(row: sync_plan.RowPlan) -> tuple[versioning.Entry, str, str]:
    """The version a new record's row holds, with the time and parent the merge gives."""
    entry, merged = row.entries[-1], row.merged
    if merged is not None:
        parents = (merged.row_parent,) if merged.row_parent else ()
        entry = dataclasses.replace(entry, updated_at=merged.updated_at, parents=parents)
    return entry, row.created_at, row.creator


def _write_merge(store: Store, kind: versioning.Kind, row: sync_plan.RowPlan) -> None:
    assert row.merged is not None and row.content is not None
    versioning.append_entries(store, kind, row.entries)
    merged = row.merged
    origin = versioning.Origin("imported", f"merge: {row.sheet}")
    # No parent here: the graph's edges come with the entries above, and an edge from a
    # version the merge only equals would turn a real edit into a merge.
    versioning.write(store, kind, row.record_id, row.content, origin,
                     device_id=merged.device_id, updated_at=merged.updated_at, parents=())
    versioning.set_row_parent(store, kind, row.record_id, merged.updated_at,
                              merged.row_parent)
    conflicts.record(store, kind, row.record_id, row.merged, row.nodes or {})


def log_import(store: Store, path: Path, sha256: str, counts: dict[str, int],
               backup_path: Path | None, added: list[str] | None = None) -> int:
    """Log an import just written (in its transaction), so :func:`undo_last` can undo it.

    Any workbook written into the store is logged here: sync files, and the score
    sheets of the review and the property evaluation; the access log records it too.
    """
    seq = store.db.execute("SELECT coalesce(max(seq), 0) FROM history").fetchone()[0]
    changes.watch(store, _unwatched_tables())
    cursor = store.db.execute(
        "INSERT INTO sync_imports (file_name, file_path, sha256, imported_at, counts, backup,"
        " history_seq, photos_added, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [path.name, str(path.resolve()), sha256, clock.now(), json.dumps(counts),
         str(backup_path.resolve() if backup_path else ""), seq, json.dumps(added or []),
         changes.mark(store).text()])
    access_log.record(store, "import", str(path), json.dumps(counts))
    return int(cursor.lastrowid or 0)


class Previewed(Protocol):
    """A file read and checked, not yet written (a score sheet's preview …)."""

    path: Path
    sha256: str
    warnings: list[tuple[str, str]]

    @property
    def ok(self) -> bool: ...

    @property
    def counts(self) -> dict[str, int]: ...


def apply_previewed(store: Store, previews: Sequence[Previewed],
                    write: Callable[[Previewed], None]) -> list[Result]:
    """Write files already previewed as sync does: those with problems not at all, each
    other one whole in its own transaction, after one backup of the store, each logged
    (undoing the last import puts that backup back, the whole batch with it)."""
    taken: Path | None = None
    done = []
    for preview in previews:
        if not preview.ok:
            continue
        taken = taken or backup.take(store)
        result = Result(preview.path, preview.counts, backup=taken,
                        warnings=list(preview.warnings))
        with store.atomic():
            write(preview)
            result.import_id = log_import(store, preview.path, preview.sha256, preview.counts,
                                          taken)
        done.append(result)
    return done


def _unwatched_tables() -> set[str]:
    """Tables left unwatched: each of their changes comes with a change of a record's row.

    The records' own tables are watched: a change back to a version the history already
    has (one the import brought, say) adds no history entry, only a new row content.
    """
    return {"attachments", "version_edges", "version_sightings"}


# --- backups and undo ---------------------------------------------------------------------

@dataclass(frozen=True)
class LoggedImport:
    id: int
    file_name: str
    file_path: str
    sha256: str
    imported_at: str
    counts: dict[str, int]
    backup: str
    state: str


def _backup_file(store: Store, stored: str) -> str:
    """The backup's path; one stored relative to another folder is found beside the store."""
    path = Path(stored)
    if stored and not path.exists() and not path.is_absolute():
        path = backup.folder(store) / path.name
    if not stored or not path.exists():
        raise UndoRefused("backup_missing", stored)
    return str(path)


def history(store: Store) -> list[LoggedImport]:
    """Every import logged in the store, newest first."""
    rows = store.db.execute(
        "SELECT id, file_name, file_path, sha256, imported_at, counts, backup, state"
        " FROM sync_imports ORDER BY id DESC").fetchall()
    return [LoggedImport(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7])
            for r in rows]


def undo_last(store: Store, *, force: bool = False) -> LoggedImport:
    """Put back the store as it was before the last import.

    Refused when anything changed since (it would be lost), naming what, unless
    ``force``.
    """
    row = store.db.execute(
        "SELECT id, history_seq, backup, photos_added, changes FROM sync_imports"
        " WHERE state = 'done' ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        raise UndoRefused("nothing")
    ident, seq, backup_path, _, mark_text = row
    changed = changes.since(store, changes.Mark.parse(mark_text) or changes.Mark(seq, {}),
                            {kind.table for kind in kinds.ALL})
    if not mark_text:  # logged before the tables were watched: only the history tells
        changed = [c for c in changed if c[0] == changes.HISTORY]
    if changed and not force:
        raise UndoRefused("changed_since", changes=tuple(changed))
    backup_path = _backup_file(store, backup_path)
    batch = store.db.execute(  # the files imported after the same backup go back together
        "SELECT file_name, file_path, sha256, imported_at, counts, backup, history_seq,"
        " photos_added FROM sync_imports WHERE state = 'done' AND backup = ? ORDER BY id",
        [row[2]]).fetchall()
    undone = next(i for i in history(store) if i.id == ident)
    backup.restore(store, Path(backup_path))
    access_log.record(store, "undo_import", undone.file_path)
    with store.atomic():
        store.db.conn.executemany(
            "INSERT INTO sync_imports (file_name, file_path, sha256, imported_at, counts,"
            " backup, history_seq, photos_added, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
            " 'undone')", batch)
    added = [sha for entry in batch for sha in json.loads(entry[7])]
    _remove_files(store, [sha for sha in added if photos.get(store, sha) is None])
    return undone
