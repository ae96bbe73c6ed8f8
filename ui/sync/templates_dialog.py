"""Score workbooks back in (departments' review sheets, party branches' property scores):
the files, their preview with every problem, then the import, as sync does it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from exports.spreadsheet.template import Preview
from storage.store import db
from ui import errors, import_dialog, tables, worker
from ui.messages import sync as sync_messages

Previewer = Callable[[db.Store, list[Path]], Sequence[Preview]]
Applier = Callable[[db.Store, Sequence[Any]], list[Any]]


def write_to_folder(parent: QWidget, store: db.Store, quarter: str,
                    write_all: Callable[[db.Store, str, Path], list[Path]]) -> list[Path] | None:
    """Ask for a folder and write the quarter's score workbooks there, saying how many."""
    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
        "TemplatesImportDialog", "Folder for the workbooks"))
    if not quarter or not folder:
        return None
    written = errors.attempt(parent, lambda: write_all(store, quarter, Path(folder)))
    if written is not None:
        errors.warn(parent, QCoreApplication.translate(
            "TemplatesImportDialog", "Wrote {count} workbooks to {folder}.").format(
            count=len(written), folder=folder))
    return written


class TemplatesImportDialog(import_dialog.FilesImportDialog):
    """Pick filled-in score workbooks, preview them, import those without problems."""

    def __init__(self, store: db.Store, title: str, preview: Previewer, apply: Applier,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._preview, self._apply = preview, apply
        self.previews: list[Preview] = []
        self.setWindowTitle(title)
        self.resize(860, 560)
        self.summary.setText(self.tr("Drop the filled-in workbooks here. Nothing is written "
                                     "before you press Import; a file with any problem is "
                                     "left out whole."))
        self.model = tables.RowsModel([(self.tr("File"), lambda r: r[0]),
                                       (self.tr("What it does"), lambda r: r[1])], self)
        self.table = tables.table(self.model, self)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 3)
        self.update_buttons()

    def forget_previews(self) -> None:
        self.previews = []
        self.model.set_rows([])

    def preview_job(self, paths: list[Path]) -> worker.Job:
        return lambda store, _progress: list(self._preview(store, paths))

    def show_previews(self, previews: list[Preview]) -> None:
        self.previews = previews
        rows = []
        for found in previews:
            counts = ", ".join(f"{n} {sync_messages.outcome(k)}" for k, n in
                               found.counts.items() if n)
            rows.append((found.path.name, counts or self.tr("nothing to import")))
            rows += [("", sync_messages.warning(c, d)) for c, d in found.warnings]
            rows += [("", sync_messages.problem(p)) for p in found.problems]
        self.model.set_rows(rows)
        good = sum(1 for p in previews if p.ok)
        self.summary.setText(self.tr("{good} of {count} files can be imported.").format(
            good=good, count=len(previews)))

    def ready(self) -> bool:
        return any(p.ok for p in self.previews)

    def import_job(self) -> worker.Job:
        previews = self.previews
        return lambda store, _progress: self._apply(store, previews)

    def show_results(self, results: list[Any]) -> None:
        self.summary.setText(self.tr("{count} files imported; the import can be undone in "
                                     "the sync history.").format(count=len(results)))
