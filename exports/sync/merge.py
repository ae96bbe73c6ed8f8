"""Merge many officers' workbooks into one, without a store of one's own.

The files are imported, one by one and each whole or not at all, into a temporary
store, which is then exported: the merged workbook follows every rule of an import
(versions, field-by-field merges, conflicts with their provisional winners).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from exports.sync import export, importer
from exports.sync.plan import Plan
from storage import jobs
from storage.forms import checklists
from storage.jobs import Progress
from storage.store import db


@dataclass
class MergeResult:
    """The merged workbook, and each input file's plan (refused ones have problems)."""

    summary: export.Summary
    plans: list[Plan] = field(default_factory=list)
    refused: list[Path] = field(default_factory=list)
    conflicts: int = 0


def merge(files: Sequence[Path], output: Path, progress: Progress | None = None, *,
          password: str | None = None, output_password: str | None = None) -> MergeResult:
    """Merge ``files`` into the workbook ``output`` (and its photo archive).

    Protected files are read with ``password``; ``output_password`` protects the output.
    """
    with tempfile.TemporaryDirectory(prefix="xuncha-merge-") as folder:
        store = db.open_store(Path(folder) / "merge.db")
        try:
            checklists.install_builtins(store)
            plans, refused = [], []
            taken = None  # one backup of the (empty) temporary store is enough
            for n, path in enumerate(files):
                plan = importer.preview(store, path, password=password)
                plans.append(plan)
                if plan.ok:
                    taken = importer.apply(store, plan, backup_path=taken).backup or taken
                else:
                    refused.append(path)
                jobs.report(progress, n + 1, len(files) + 1)
            summary = export.export(store, output, password=output_password)
            open_conflicts = store.db.execute(
                "SELECT count(*) FROM sync_conflicts WHERE state = 'open'").fetchone()[0]
        finally:
            store.close()
    return MergeResult(summary, plans, refused, open_conflicts)
