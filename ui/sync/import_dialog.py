"""The import dialog: drop or pick officers' workbooks, preview them, import with progress.

Nothing is written until the user presses Import after the preview; each file is
imported whole or not at all (files with problems are left out and listed).
"""

from __future__ import annotations

import operator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from exports.spreadsheet import files
from exports.sync import importer
from exports.sync.plan import Plan
from storage.store import db
from ui import import_dialog, messages, tables, worker
from ui.messages import sync as sync_messages
from ui.privacy import passwords


class SyncImportDialog(import_dialog.FilesImportDialog):
    """Import sync workbooks into ``store`` (its path is used by the worker threads)."""

    suffixes = files.SUFFIXES

    def __init__(self, store: db.Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._plans: list[tuple[Path, Plan | None, str]] = []
        self.setWindowTitle(self.tr("Import officers' workbooks"))
        self.resize(900, 600)
        self.summary.setText(self.tr("Drop workbooks (.xlsx) here, or add them with the "
                                     "button. Nothing is written before you press Import."))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.insertWidget(1, self.remove_button)
        self.running.addWidget(self.cancel_button)
        headers = [self.tr("File"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                   self.tr("Outcome"), self.tr("Detail")]
        self.model = tables.RowsModel(
            [(header, operator.itemgetter(n)) for n, header in enumerate(headers)], self)
        self.table = tables.table(self.model, self)
        self.table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 3)
        self.remove_button.clicked.connect(self._on_remove)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.update_buttons()

    def forget_previews(self) -> None:
        self._plans = []
        self.model.set_rows([])

    def _on_remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.forget_previews()
        self.update_buttons()

    # --- preview and import on the worker ----------------------------------------------------

    def preview_job(self, paths: list[Path]) -> worker.Job:
        password = passwords.ask_for(self, paths)

        def job(store: db.Store, progress: Any) -> list[tuple[Path, Plan | None, str]]:
            found: list[tuple[Path, Plan | None, str]] = []
            for n, path in enumerate(paths):
                if not progress(n, len(paths)):
                    break
                try:
                    found.append((path, importer.preview(store, path, password=password),
                                  ""))
                except Exception as error:  # noqa: BLE001 - worded or re-raised
                    text = messages.describe(error)
                    if text is None:
                        raise
                    found.append((path, None, text))
            progress(len(paths), len(paths))
            return found

        return job

    def show_previews(self, plans: list[tuple[Path, Plan | None, str]]) -> None:
        self._plans = plans
        rows: list[list[Any]] = []
        lines = []
        for path, plan, error in plans:
            if plan is None:
                rows.append([path.name, "", "", "", self.tr("refused"), error])
                lines.append(f"{path.name}: {error}")
                continue
            rows += [[path.name, p.sheet, p.row or "", p.column, sync_messages.outcome(
                "invalid"), sync_messages.reason(p)] for p in plan.problems]
            if plan.unchecked:
                rows.append([path.name, "", "", "", sync_messages.outcome("invalid"),
                             sync_messages.unchecked(plan.unchecked)])
            rows += [[path.name, r.sheet, r.row, "", sync_messages.outcome(r.outcome),
                      self._detail(r)] for r in plan.rows if r.outcome != "unchanged"]
            rows += [[path.name, "", "", "", self.tr("warning"),
                      sync_messages.warning(code, detail)] for code, detail in plan.warnings]
            lines.append(self._counts(path, plan))
        self.model.set_rows(rows)
        self.summary.setText("\n".join(lines))

    def _detail(self, row: Any) -> str:
        text = row.label
        if row.edited:
            text += " " + self.tr("(edited in the spreadsheet)")
        if row.conflicts:
            text += " " + self.tr("conflicts: {fields}").format(fields=", ".join(row.conflicts))
        return text.strip()

    def _counts(self, path: Path, plan: Plan) -> str:
        counts = plan.counts
        parts = ", ".join(f"{counts[k]} {sync_messages.outcome(k)}" for k in counts
                          if counts[k])
        if not plan.ok:
            parts += " — " + self.tr("will not be imported")
        return f"{path.name}: {parts or self.tr('no rows')}"

    def ready(self) -> bool:
        return any(plan is not None and plan.ok for _, plan, _ in self._plans)

    def import_job(self) -> worker.Job:
        plans = [plan for _, plan, _ in self._plans if plan is not None and plan.ok]

        def job(store: db.Store, progress: Any) -> list[importer.Result]:
            results: list[importer.Result] = []
            for plan in plans:  # one backup before the batch; undo puts it back whole
                taken = next((r.backup for r in results if r.backup), None)
                results.append(importer.apply(store, plan, progress, backup_path=taken))
            return results

        return job

    def show_results(self, results: list[importer.Result]) -> None:
        done = sum(1 for r in results if r.import_id is not None)
        self.summary.setText(self.tr("{done} files imported; {same} had nothing new.").format(
            done=done, same=len(results) - done))
        self.files.clear()

    def update_buttons(self) -> None:
        super().update_buttons()
        self.remove_button.setEnabled(not self.busy and bool(self.files.selectedItems()))
        self.cancel_button.setEnabled(self.busy)
