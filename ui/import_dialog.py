"""The one way a file is imported from the window: choose it, preview it, import it.

:class:`FileImportDialog` takes one file (the hotline export, the register of compounds,
the manual, the helpers' roster): choosing it reads it on the thread pool into a preview
the subclass shows (or imports it at once when there is nothing to preview); Import, and
Try where the import can write nothing, run on the pool with their progress; the outcome
and every refused row are worded below. :class:`FilesImportDialog` takes several
workbooks (sync, score workbooks): dropped or added, previewed together, imported
together. Both run their jobs with :mod:`ui.worker`, whose failures arrive worded by
``ui.messages``; a subclass keeps only what is its own: its columns, its preview, its words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.store.db import Store
from ui import errors, worker

WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")


class ImportDialog(QDialog):
    """A job at a time on the pool: its progress, its failure worded, the buttons after it."""

    imported = Signal(object)  # what the import returned, once it is in the store

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.job: worker.Worker | None = None  # the last job started
        self.busy = False  # whether it still runs
        self.pool: QThreadPool | None = None  # the global pool unless a test holds one
        self.progress = QProgressBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

    def start(self, job: worker.Job, done: Callable[[Any], None]) -> worker.Worker:
        """Run ``job`` on the pool; ``done`` hears its result after the buttons are back."""
        self.job = worker.Worker(self.store, job)
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.ended.connect(self._on_ended)
        self.job.signals.finished.connect(done)
        self.job.signals.failed.connect(self._on_failed)
        self.busy = True
        self.progress.setRange(0, 0)  # busy until the job tells how far it is
        started = worker.start(self.job, self.pool)
        self.update_buttons()
        return started

    def update_buttons(self) -> None:
        """Enable what can be pressed now (``busy`` says whether a job runs)."""

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_cancel(self) -> None:
        if self.job is not None and self.busy:
            self.job.cancel()

    def _on_failed(self, text: str) -> None:
        self.summary.setText(text)

    def _on_ended(self) -> None:
        """Whatever came of the job (before its result or its error): the buttons back."""
        self.busy = False
        if self.progress.maximum() == 0:  # it never told how far it was: nothing to show
            self.progress.setRange(0, 1)
            self.progress.reset()
        self.update_buttons()


class FileImportDialog(ImportDialog):
    """One file: choose it, see its preview, Try (if ``dry_run``) and Import, see the outcome.

    A subclass gives :meth:`file_kinds`, :meth:`import_job` and :meth:`show_report`, and,
    when the file is ``preview``-ed first, :meth:`read_job` and :meth:`show_preview`;
    without a preview, choosing the file imports it. ``dry_run`` shows Try, ``cancel``
    a button that cancels the import.
    """

    def __init__(self, store: Store, parent: QWidget | None = None, *, preview: bool = True,
                 dry_run: bool = False, cancel: bool = False) -> None:
        super().__init__(store, parent)
        self.path: Path | None = None
        self.preview: Any = None
        self.report: Any = None
        self.reads = preview
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self._on_choose)
        self.problems = QListWidget(self)
        self.try_button = self._button(self.tr("Try (write nothing)"), dry_run, self._on_try)
        self.import_button = self._button(self.tr("Import"), self.reads, self._on_import)
        self.cancel_button = self._button(self.tr("Cancel import"), cancel, self._on_cancel)
        self.body = QVBoxLayout(self)
        self._arrange()
        self.update_buttons()

    def _button(self, text: str, shown: bool, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setVisible(shown)
        button.clicked.connect(slot)
        return button

    def _arrange(self) -> None:
        """The file on top, the run with its buttons, the outcome and the refused rows."""
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        run = QHBoxLayout()
        run.addWidget(self.progress, 1)
        if self.reads:
            top.addWidget(self.choose_button)
        else:  # choosing is importing: the button goes with the progress
            run.addWidget(self.choose_button)
        for button in (self.try_button, self.import_button, self.cancel_button):
            if not button.isHidden():
                run.addWidget(button)
        self.body.addLayout(top)
        self.body.addLayout(run)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.problems, 1)

    def show_above_run(self, widget: QWidget, stretch: int = 0) -> None:
        """Put the subclass's own part (the columns) between the file and the run."""
        self.body.insertWidget(1, widget, stretch)

    # --- what a subclass says ----------------------------------------------------------------

    def file_kinds(self) -> tuple[str, str]:
        """The file dialog's caption and its filter of file types."""
        raise NotImplementedError

    def read_job(self, path: Path) -> worker.Job:
        """The job that reads ``path`` into a preview; nothing is written."""
        raise NotImplementedError

    def show_preview(self, preview: Any) -> None:
        """Show what the file holds (a sentence in ``file_label``, the columns …)."""

    def ready(self, preview: Any) -> bool:
        """Whether ``preview`` can be imported."""
        return True

    def import_job(self, source: Any, *, dry_run: bool) -> worker.Job:
        """The job that imports ``source`` (the preview, or the path when there is none);
        built on the GUI thread, so it may read the widgets (the mapping)."""
        raise NotImplementedError

    def show_report(self, report: Any, *, dry_run: bool) -> None:
        """Word what the import did (:meth:`tell`)."""
        raise NotImplementedError

    def tell(self, summary: str, problems: Sequence[str] | None = None) -> None:
        """Show the outcome and, if given, the rows it refused."""
        self.summary.setText(summary)
        if problems is not None:
            self.problems.clear()
            self.problems.addItems(list(problems))

    # --- the flow ----------------------------------------------------------------------------

    def _on_choose(self) -> None:
        caption, kinds = self.file_kinds()
        name, _ = QFileDialog.getOpenFileName(self, caption, "", kinds)
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> worker.Worker:
        """Read ``path`` on the pool (or import it, when there is no preview)."""
        self.path = path
        if not self.reads:
            return self.start(self.import_job(path, dry_run=False),
                              lambda report: self._on_done(report, dry_run=False))
        self.preview = None
        self.file_label.setText(self.tr("Reading {name}…").format(name=path.name))
        return self.start(self.read_job(path), self._on_read)

    def _on_read(self, preview: Any) -> None:
        self.preview = preview
        self.show_preview(preview)
        self.update_buttons()

    def run(self, *, dry_run: bool = False) -> worker.Worker | None:
        """Import the previewed file (``dry_run``: try it, write nothing)."""
        if self.preview is None or self.busy:
            return None
        return self.start(self.import_job(self.preview, dry_run=dry_run),
                          lambda report: self._on_done(report, dry_run=dry_run))

    def _on_try(self) -> None:
        self.run(dry_run=True)

    def _on_import(self) -> None:
        self.run()

    def _on_done(self, report: Any, *, dry_run: bool) -> None:
        self.report = report
        self.show_report(report, dry_run=dry_run)
        if not dry_run:
            self.preview = None  # once is enough; choose the file again for more
            self.update_buttons()
            self.imported.emit(report)

    def _on_failed(self, text: str) -> None:
        if self.reads and self.preview is None and self.path is not None:
            self.file_label.setText(self.path.name)  # no longer reading it
        super()._on_failed(text)

    def update_buttons(self) -> None:
        ready = not self.busy and self.preview is not None and self.ready(self.preview)
        self.choose_button.setEnabled(not self.busy)
        self.try_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.cancel_button.setEnabled(self.busy)


class FilesImportDialog(ImportDialog):
    """Workbooks dropped or added, a preview of them all, then Import; Close when idle.

    A subclass says what to do (``summary``'s first text), adds its table of what each
    file would do under the summary (``body``), and gives :meth:`preview_job`,
    :meth:`show_previews`, :meth:`ready`, :meth:`import_job` and :meth:`show_results`.
    """

    suffixes: tuple[str, ...] = WORKBOOKS

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setAcceptDrops(True)
        self.files = QListWidget(self)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.preview_button, self.import_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch()
        self.buttons.addWidget(self.close_button)
        self.running = QHBoxLayout()
        self.running.addWidget(self.progress)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.files, 1)
        self.body.addLayout(self.buttons)
        self.body.addLayout(self.running)
        self.body.addWidget(self.summary)
        self.add_button.clicked.connect(self._on_add)
        self.preview_button.clicked.connect(self._on_preview)
        self.import_button.clicked.connect(self._on_import)
        self.close_button.clicked.connect(self.reject)
        self.files.itemSelectionChanged.connect(self.update_buttons)

    # --- what a subclass says ----------------------------------------------------------------

    def preview_job(self, paths: list[Path]) -> worker.Job:
        """The job that reads ``paths`` (nothing written); its result goes to show_previews."""
        raise NotImplementedError

    def show_previews(self, previews: Any) -> None:
        """Show what each file would do and every problem."""
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether a previewed file can be imported."""
        raise NotImplementedError

    def import_job(self) -> worker.Job:
        """The job that imports the files previewed without a problem."""
        raise NotImplementedError

    def show_results(self, results: Any) -> None:
        """Word what the import did."""
        raise NotImplementedError

    def forget_previews(self) -> None:
        """The files changed: the previews no longer hold."""

    # --- the files ---------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path.suffix.lower() in self.suffixes and path not in known:
                self.files.addItem(str(path))
                known.add(path)
        self.forget_previews()
        self.update_buttons()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(n).text()) for n in range(self.files.count())]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.add_files([Path(url.toLocalFile()) for url in event.mimeData().urls()
                        if url.isLocalFile()])
        event.acceptProposedAction()

    def _on_add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Workbooks to import"), "",
            self.tr("Workbooks (*.xlsx *.xlsm *.xls *.ods)"))
        self.add_files([Path(name) for name in names])

    # --- preview and import ------------------------------------------------------------------

    def _on_preview(self) -> None:
        self.start(self.preview_job(self.paths()), self._on_previewed)

    def _on_previewed(self, previews: Any) -> None:
        self.show_previews(previews)
        self.update_buttons()

    def _on_import(self) -> None:
        self.start(self.import_job(), self._on_imported)

    def _on_imported(self, results: Any) -> None:
        self.show_results(results)
        self.forget_previews()
        self.update_buttons()
        self.imported.emit(results)

    def _on_failed(self, text: str) -> None:
        super()._on_failed(text)
        errors.warn(self, text)

    def update_buttons(self) -> None:
        idle = not self.busy
        self.add_button.setEnabled(idle)
        self.preview_button.setEnabled(idle and self.files.count() > 0)
        self.import_button.setEnabled(idle and self.ready())
        self.close_button.setEnabled(idle)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.busy:  # the job's outcome has to be seen
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.busy:
            return
        super().keyPressEvent(event)
