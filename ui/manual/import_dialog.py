"""Importing an edited manual workbook: the preview first, then all of it or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.manual import manual_file
from storage.store.db import Store
from ui import messages, worker
from ui.messages import manual as manual_text


class ManualImportDialog(QDialog):
    """Choose the workbook; its preview (counts, every problem) is read on the pool."""

    imported = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: manual_file.Plan | None = None
        self.job: worker.Worker | None = None
        self.setWindowTitle(self.tr("Import the manual"))
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self._on_choose)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.import_button)
        self.resize(760, 480)

    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Manual workbook"), "", self.tr(
            "Spreadsheets (*.xlsx *.xls *.ods)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> worker.Worker:
        self.file_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self.import_button.setEnabled(False)
        self.job = worker.Worker(self.store,
                                 lambda own, _progress: manual_file.preview(own, path))
        self.job.signals.finished.connect(self._on_read)
        self.job.signals.failed.connect(self.summary.setText)
        return worker.start(self.job)

    def _on_read(self, plan: manual_file.Plan) -> None:
        self.plan = plan
        self.file_label.setText(plan.path.name)
        self.summary.setText(", ".join(f"{manual_text.outcome(k)} {v}"
                                       for k, v in plan.counts.items()))
        self.problems.clear()
        self.problems.addItems([manual_text.problem(p) for p in plan.problems])
        changes = plan.counts["new"] + plan.counts["changed"]
        self.import_button.setEnabled(plan.ok and changes > 0)
        if not plan.ok:
            self.summary.setText(self.summary.text() + "\n" + self.tr(
                "Correct these cells in the workbook and choose it again; nothing is "
                "imported while one is wrong."))

    def _on_import(self) -> None:
        if self.plan is None:
            return
        try:
            manual_file.apply(self.store, self.plan)
        except Exception as error:  # noqa: BLE001 - worded below, or a bug raised again
            text = messages.describe(error)
            if text is None:
                raise
            self.summary.setText(text)
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Imported: {counts}.").format(counts=", ".join(
            f"{manual_text.outcome(k)} {v}" for k, v in self.plan.counts.items() if v)))
        self.imported.emit()
