"""The import dialog: drop or pick officers' workbooks, preview them, import with progress.

Nothing is written until the user presses Import after the preview; each file is
imported whole or not at all (files with problems are left out and listed).
"""

from __future__ import annotations

import operator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.spreadsheet import files
from exports.sync import importer
from exports.sync.plan import Plan
from storage.store import db
from ui import errors, messages, tables, worker
from ui.messages import sync as sync_messages
from ui.privacy import passwords


class SyncImportDialog(QDialog):
    """Import sync workbooks into ``store`` (its path is used by the worker threads)."""

    imported = Signal()

    def __init__(self, store: db.Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._plans: list[tuple[Path, Plan | None, str]] = []
        self._worker: worker.Worker | None = None
        self.setWindowTitle(self.tr("Import officers' workbooks"))
        self.setAcceptDrops(True)
        self.resize(900, 600)
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.progress = QProgressBar()
        self.summary = QLabel(self.tr("Drop workbooks (.xlsx) here, or add them with the "
                                      "button. Nothing is written before you press Import."))
        self.summary.setWordWrap(True)
        headers = [self.tr("File"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                   self.tr("Outcome"), self.tr("Detail")]
        self.model = tables.RowsModel(
            [(header, operator.itemgetter(n)) for n, header in enumerate(headers)], self)
        self.table = tables.table(self.model, self)
        self.table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.preview_button,
                       self.import_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        running = QHBoxLayout()
        running.addWidget(self.progress)
        running.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addLayout(running)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.preview_button.clicked.connect(self._on_preview)
        self.import_button.clicked.connect(self._on_import)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button.clicked.connect(self.reject)
        self.files.itemSelectionChanged.connect(self._update_buttons)

    # --- files -----------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        known = {self.files.item(n).text() for n in range(self.files.count())}
        for path in paths:
            if path.suffix.lower() in files.SUFFIXES and str(path) not in known:
                self.files.addItem(str(path))
                known.add(str(path))
        self._plans = []
        self.model.set_rows([])
        self._update_buttons()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(n).text()) for n in range(self.files.count())]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(url.toLocalFile()) for url in event.mimeData().urls()
                        if url.isLocalFile()])
        event.acceptProposedAction()

    def _on_add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Workbooks to import"), "",
            self.tr("Workbooks (*.xlsx *.xlsm *.xls *.ods)"))
        self.add_files([Path(name) for name in names])

    def _on_remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._plans = []
        self.model.set_rows([])
        self._update_buttons()

    # --- preview and import on the worker ----------------------------------------------------

    def _on_preview(self) -> None:
        paths = self.paths()
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

        self._run(job, self._on_previewed)

    def _on_previewed(self, plans: list[tuple[Path, Plan | None, str]]) -> None:
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
        self._update_buttons()

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

    def _on_import(self) -> None:
        plans = [plan for _, plan, _ in self._plans if plan is not None and plan.ok]

        def job(store: db.Store, progress: Any) -> list[importer.Result]:
            results: list[importer.Result] = []
            for plan in plans:  # one backup before the batch; undo puts it back whole
                taken = next((r.backup for r in results if r.backup), None)
                results.append(importer.apply(store, plan, progress, backup_path=taken))
            return results

        self._run(job, self._on_imported)

    def _on_imported(self, results: list[importer.Result]) -> None:
        self._plans = []
        self.model.set_rows([])
        done = sum(1 for r in results if r.import_id is not None)
        self.summary.setText(self.tr("{done} files imported; {same} had nothing new.").format(
            done=done, same=len(results) - done))
        self.files.clear()
        self._update_buttons()
        self.imported.emit()

    def _run(self, job: Any, done: Any) -> None:
        self._worker = worker.Worker(self._store, job)
        self._worker.signals.progress.connect(self._on_progress)
        self._worker.signals.finished.connect(done)
        self._worker.signals.failed.connect(self._on_failed)
        self._worker.signals.ended.connect(self._on_worker_done)
        self.progress.setRange(0, 0)
        worker.start(self._worker)
        self._update_buttons()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, text: str) -> None:
        errors.warn(self, text)

    def _on_worker_done(self) -> None:
        self._worker = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._update_buttons()

    def _on_cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _update_buttons(self) -> None:
        busy = self._worker is not None
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and bool(self.files.selectedItems()))
        self.preview_button.setEnabled(not busy and self.files.count() > 0)
        ready = any(plan is not None and plan.ok for _, plan, _ in self._plans)
        self.import_button.setEnabled(not busy and ready)
        self.cancel_button.setEnabled(busy)
        self.close_button.setEnabled(not busy)

    def closeEvent(self, event: Any) -> None:
        if self._worker is not None:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self._worker is not None:
            return
        super().keyPressEvent(event)
