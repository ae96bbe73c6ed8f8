"""The export dialog: write the store (or what changed since a date) to a workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.sync import export, scope
from storage import clock
from storage.store import db
from ui import errors, worker


class SyncExportDialog(QDialog):
    """Export ``store`` for merging; the photos go to a ``.zip`` beside the workbook."""

    exported = Signal(object)

    def __init__(self, store: db.Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._worker: worker.Worker | None = None
        self.setWindowTitle(self.tr("Export for merging"))
        self.path = QLineEdit(str(Path.home() / "巡查导出.xlsx"))
        browse = QPushButton(self.tr("Choose…"))
        self.since_box = QCheckBox(self.tr("Only records changed since"))
        self.since = QDateEdit(QDate(clock.today_local()).addDays(-7))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.package = QCheckBox(self.tr("Package for officers: compounds, open findings and "
                                         "checklists only"))
        self.long_sheet = QCheckBox(self.tr("Include the long sheet of answers (for analysis)"))
        self.long_sheet.setChecked(True)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        where = QHBoxLayout()
        where.addWidget(self.path)
        where.addWidget(browse)
        since = QHBoxLayout()
        since.addWidget(self.since_box)
        since.addWidget(self.since)
        form = QFormLayout()
        form.addRow(self.tr("File"), where)
        form.addRow(since)
        form.addRow(self.package)
        form.addRow(self.long_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        browse.clicked.connect(self._on_browse)
        self.export_button.clicked.connect(self._on_export)
        self.cancel_button.clicked.connect(self._on_cancel)

    def _on_browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              self.tr("Workbooks (*.xlsx)"))
        if name:
            self.path.setText(name if name.endswith(".xlsx") else name + ".xlsx")

    def _on_export(self) -> None:
        path = Path(self.path.text())
        since = self.since.date().toString("yyyy-MM-dd") if self.since_box.isChecked() else None
        long_sheet, package = self.long_sheet.isChecked(), self.package.isChecked()

        def job(store: db.Store, progress: Any) -> export.Summary:
            chosen = scope.select_package(store) if package else None
            return export.export(store, path, since=since, progress=progress,
                                      answers_sheet=long_sheet, selection=chosen)

        self._worker = worker.Worker(self._store.path, job)
        self._worker.signals.progress.connect(self._on_progress)
        self._worker.signals.finished.connect(self._on_done)
        self._worker.signals.failed.connect(self._on_failed)
        self._worker.signals.ended.connect(self._on_ended)
        self.export_button.setEnabled(False)
        worker.start(self._worker)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, summary: export.Summary) -> None:
        text = self.tr("Wrote {file}: {compounds} compounds, {inspections} inspections, "
                       "{findings} findings.").format(
            file=summary.path, compounds=summary.compounds, inspections=summary.inspections,
            findings=summary.findings)
        if summary.photos_path:
            text += " " + self.tr("Send {zip} with it: it holds the photos.").format(
                zip=summary.photos_path.name)
        self.status.setText(text)
        self.exported.emit(summary)

    def _on_failed(self, text: str) -> None:
        errors.warn(self, text)

    def _on_ended(self) -> None:
        self._worker = None
        self.export_button.setEnabled(True)

    def _on_cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        else:
            self.reject()
