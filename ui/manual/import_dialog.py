"""Importing an edited manual workbook: the preview first, then all of it or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from exports.manual import manual_file
from storage.store.db import Store
from ui import import_dialog, worker
from ui.messages import manual as manual_text


class ManualImportDialog(import_dialog.FileImportDialog):
    """Choose the workbook; its preview (counts, every problem) is read on the pool."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setWindowTitle(self.tr("Import the manual"))
        self.resize(760, 480)

    def file_kinds(self) -> tuple[str, str]:
        return self.tr("Manual workbook"), self.tr("Spreadsheets (*.xlsx *.xls *.ods)")

    def read_job(self, path: Path) -> worker.Job:
        return lambda own, _progress: manual_file.preview(own, path)

    def show_preview(self, preview: manual_file.Plan) -> None:
        self.file_label.setText(preview.path.name)
        summary = ", ".join(f"{manual_text.outcome(k)} {v}" for k, v in preview.counts.items())
        if not preview.ok:
            summary += "\n" + self.tr("Correct these cells in the workbook and choose it again; "
                                      "nothing is imported while one is wrong.")
        self.tell(summary, [manual_text.problem(p) for p in preview.problems])

    def ready(self, preview: manual_file.Plan) -> bool:
        return preview.ok and preview.counts["new"] + preview.counts["changed"] > 0

    def import_job(self, source: manual_file.Plan, *, dry_run: bool) -> worker.Job:
        return lambda own, _progress: manual_file.apply(own, source)

    def show_report(self, report: Path, *, dry_run: bool) -> None:
        counts = self.preview.counts if self.preview is not None else {}
        self.tell(self.tr("Imported: {counts}.").format(counts=", ".join(
            f"{manual_text.outcome(k)} {v}" for k, v in counts.items() if v)))
