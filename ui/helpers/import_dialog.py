"""Importing the helpers' roster: the mapping to confirm, a dry run, then the import."""

from __future__ import annotations

import dataclasses
import getpass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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

from exports.roster import roster_file
from storage.store.db import Store
from ui import worker
from ui.mapping import MappingBox
from ui.messages import helpers as helper_text


class RosterImportDialog(QDialog):
    """Choose the roster, check the columns (phones belong to the person on their left),
    try it (nothing written), import it."""

    imported = Signal(object)  # the Report

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preview: roster_file.Preview | None = None
        self.report: roster_file.Report | None = None
        self.job: worker.Worker | None = None
        self.setWindowTitle(self.tr("Import the helpers' roster"))
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self._on_choose)
        self.columns = MappingBox(roster_file.ALL_FIELDS, helper_text.field_name, self)
        self.progress = QProgressBar(self)
        self.try_button = QPushButton(self.tr("Try (write nothing)"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        for button, dry in ((self.try_button, True), (self.import_button, False)):
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, d=dry: self.run(dry_run=d))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        run = QHBoxLayout()
        run.addWidget(self.progress, 1)
        run.addWidget(self.try_button)
        run.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns, 2)
        layout.addLayout(run)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        self.resize(1100, 720)

    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Helpers' roster"), "", self.tr(
            "Spreadsheets (*.xlsx *.xls *.csv *.ods)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> worker.Worker:
        self.file_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self.job = worker.Worker(self.store,
                                 lambda own, _progress: roster_file.inspect(own, path))
        self.job.signals.finished.connect(self._on_read)
        self.job.signals.failed.connect(self.summary.setText)
        return worker.start(self.job)

    def _on_read(self, preview: roster_file.Preview) -> None:
        self.preview = preview
        layout = preview.layout
        self.file_label.setText(self.tr(
            "{name}: sheet {sheet}, header in row {row}, {rows} rows below; {how}.").format(
            name=preview.path.name, sheet=layout.sheet, row=layout.header_row + 1,
            rows=len(preview.rows), how=self.tr("mapping remembered from an earlier import")
            if layout.remembered else self.tr("mapping guessed from the headers, check it")))
        labels = [roster_file.column_label(layout.headers, n) for n in range(len(layout.headers))]
        self.columns.set_source(labels, layout.mapping, preview.rows[:20],
                                layout.header_row + 2,
                                lambda mapping, row: roster_file.values(
                                    dataclasses.replace(layout, mapping=mapping), row))
        self.try_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def run(self, *, dry_run: bool) -> worker.Worker | None:
        if self.preview is None:
            return None
        self.preview.layout.mapping = self.columns.mapping()
        preview, who = self.preview, getpass.getuser()
        self.job = worker.Worker(self.store, lambda own, progress: roster_file.run(
            own, preview, who=who, dry_run=dry_run, progress=progress))
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(lambda report: self._on_done(report, dry_run))
        self.job.signals.failed.connect(self.summary.setText)
        return worker.start(self.job)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, report: roster_file.Report, dry_run: bool) -> None:
        self.report = report
        text = helper_text.import_summary(report)
        self.summary.setText(self.tr("Tried, nothing written: {text}").format(text=text)
                             if dry_run else text)
        self.problems.clear()
        self.problems.addItems([helper_text.problem(p) for p in report.problems])
        if not dry_run:
            self.imported.emit(report)
