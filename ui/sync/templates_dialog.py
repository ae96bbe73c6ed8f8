"""Score workbooks back in (departments' review sheets, party branches' property scores):
the files, their preview with every problem, then the import, as sync does it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
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

from exports.spreadsheet.template import Preview
from storage.store import db
from ui import errors, tables, worker
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


class TemplatesImportDialog(QDialog):
    """Pick filled-in score workbooks, preview them, import those without problems."""

    imported = Signal()

    def __init__(self, store: db.Store, title: str, preview: Previewer, apply: Applier,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._preview, self._apply = store, preview, apply
        self.previews: list[Preview] = []
        self._worker: worker.Worker | None = None
        self.setWindowTitle(title)
        self.setAcceptDrops(True)
        self.resize(860, 560)
        self.files = QListWidget(self)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        close = QPushButton(self.tr("Close"), self)
        self.progress = QProgressBar(self)
        self.summary = QLabel(self.tr("Drop the filled-in workbooks here. Nothing is written "
                                      "before you press Import; a file with any problem is "
                                      "left out whole."), self)
        self.summary.setWordWrap(True)
        self.model = tables.RowsModel([(self.tr("File"), lambda r: r[0]),
                                       (self.tr("What it does"), lambda r: r[1])], self)
        self.table = tables.table(self.model, self)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._layout(close)
        self.add_button.clicked.connect(self._on_add)
        self.preview_button.clicked.connect(self._on_preview)
        self.import_button.clicked.connect(self._on_import)
        close.clicked.connect(self.accept)
        self._update()

    def _layout(self, close: QPushButton) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.preview_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)

    def add_files(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods") and path not in known:
                self.files.addItem(str(path))
                known.add(path)
        self.previews = []
        self.model.set_rows([])
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(n).text()) for n in range(self.files.count())]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls()
                        if u.isLocalFile()])
        event.acceptProposedAction()

    def _on_add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Workbooks to import"), "",
                                                self.tr("Workbooks (*.xlsx *.xlsm *.xls *.ods)"))
        self.add_files([Path(n) for n in names])

    def _on_preview(self) -> None:
        paths = self.paths()
        self._run(lambda store, _progress: list(self._preview(store, paths)), self._on_previewed)

    def _on_import(self) -> None:
        previews = self.previews
        self._run(lambda store, _progress: self._apply(store, previews), self._on_imported)

    def _run(self, job: worker.Job, done: Callable[[Any], None]) -> None:
        self.progress.setRange(0, 0)
        self._worker = worker.Worker(self._store, job)
        self._worker.signals.ended.connect(self._on_ended)
        self._worker.signals.finished.connect(done)
        self._worker.signals.failed.connect(self._on_failed)
        worker.start(self._worker)
        self._update()

    def _on_previewed(self, previews: list[Preview]) -> None:
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
        self._update()

    def _on_imported(self, results: list[Any]) -> None:
        self.summary.setText(self.tr("{count} files imported; the import can be undone in "
                                     "the sync history.").format(count=len(results)))
        self.previews = []
        self._update()
        self.imported.emit()

    def _on_failed(self, text: str) -> None:
        self.summary.setText(text)
        errors.warn(self, text)

    def _on_ended(self) -> None:
        """Whatever came of the job: the buttons back."""
        self._worker = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._update()

    def _update(self) -> None:
        idle = self._worker is None
        self.preview_button.setEnabled(idle and bool(self.paths()))
        self.import_button.setEnabled(idle and any(p.ok for p in self.previews))
        self.add_button.setEnabled(idle)
