"""Importing the register of compounds (小区台账) from a spreadsheet, off the GUI thread."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.campaign import register
from storage.store.db import Store
from ui import worker
from ui.messages import campaign as campaign_text


class CompoundsImportDialog(QDialog):
    """Choose the register, import it, see what changed and which rows were refused."""

    imported = Signal(object)  # the Report

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.job: worker.Worker | None = None
        self.report: register.Report | None = None
        self.setWindowTitle(self.tr("Import the register of compounds"))
        self.resize(720, 420)
        self.label = QLabel(self.tr(
            "A spreadsheet with one row per compound: 小区名称, 区县, 街道, 社区, 地址, "
            "物业公司, 户数, 党支部类型, 书记专职, 别名."), self)
        self.label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file and import…"), self)
        self.choose_button.clicked.connect(self._on_choose)
        self.progress = QProgressBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)

    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Register of compounds"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv *.ods)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> worker.Worker:
        """Import ``path`` on the thread pool."""
        store_path, who = self.store.path, getpass.getuser()
        self.job = worker.Worker(store_path, lambda own, progress: register.import_file(
            own, path, who=who, progress=progress))
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(self._on_done)
        self.job.signals.failed.connect(self.summary.setText)
        self.job.signals.ended.connect(self._on_ended)
        self.choose_button.setEnabled(False)
        return worker.start(self.job)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, report: register.Report) -> None:
        self.report = report
        self.summary.setText(self.tr("{rows} rows: {added} new, {updated} updated, "
                                     "{unchanged} unchanged, {aliases} aliases, {problems} "
                                     "refused.").format(problems=len(report.problems),
                                                        **{k: v for k, v in
                                                           report.as_dict().items()
                                                           if k != "problems"}))
        self.problems.clear()
        self.problems.addItems([campaign_text.problem(p) for p in report.problems])
        self.imported.emit(report)

    def _on_ended(self) -> None:
        self.choose_button.setEnabled(True)
