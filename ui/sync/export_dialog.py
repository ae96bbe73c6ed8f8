"""The export dialog: write the store (or what changed since a date) to a workbook.

The file is named after the officer and the ISO week (``张伟-2026-W49.xlsx``), the way
supervisors sort a week's workbooks.
"""

from __future__ import annotations

import datetime as dt
import re
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

from exports.privacy import policy
from exports.sync import export, scope
from storage import clock
from storage.store import db
from ui import errors, worker
from ui.privacy import passwords

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_file_name(officer: str, today: dt.date) -> str:
    """``<officer>-<ISO year>-W<week>.xlsx``; characters no file system takes become ``_``."""
    year, week, _ = today.isocalendar()
    name = _UNSAFE.sub("_", officer).strip(" .-")[:40].strip(" .-") or "巡查导出"
    return f"{name}-{year}-W{week:02d}.xlsx"


def officer_of(store: db.Store) -> str:
    """The officer named on this laptop (settings), '' if none yet."""
    row = store.db.execute("SELECT officer FROM devices WHERE is_self = 1").fetchone()
    return str(row[0]) if row else ""


class SyncExportDialog(QDialog):
    """Export ``store`` for merging; the photos go to a ``.zip`` beside the workbook."""

    exported = Signal(object)

    def __init__(self, store: db.Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._worker: worker.Worker | None = None
        self.setWindowTitle(self.tr("Export for merging"))
        self.path = QLineEdit(str(Path.home() / default_file_name(
            officer_of(store), clock.today_local())))
        self.path.setMinimumWidth(360)
        browse = QPushButton(self.tr("Choose…"))
        self.since_box = QCheckBox(self.tr("Only records changed since"))
        self.since = QDateEdit(QDate(clock.today_local()).addDays(-7))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.package = QCheckBox(self.tr("Package for officers: compounds, open findings and "
                                         "checklists only"))
        self.long_sheet = QCheckBox(self.tr("Include the long sheet of answers (for analysis)"))
        self.long_sheet.setChecked(True)
        self.password = passwords.PasswordFields(policy.require_encrypted(store), self)
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
        form.addRow(self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        # The report after an export wraps inside this width rather than squeezing the
        # file field and the buttons (the layout grows the dialog to fit it).
        self.setMinimumWidth(560)
        self.status.setMinimumWidth(520)
        browse.clicked.connect(self._on_browse)
        self.export_button.clicked.connect(self._on_export)
        self.cancel_button.clicked.connect(self._on_cancel)

    def _on_browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              self.tr("Workbooks (*.xlsx)"))
        if name:
            self.path.setText(name if name.endswith(".xlsx") else name + ".xlsx")

    def _on_export(self) -> None:
        if problem := self.password.problem():
            self.status.setText(problem)
            return
        path, password = Path(self.path.text()), self.password.password()
        since = self.since.date().toString("yyyy-MM-dd") if self.since_box.isChecked() else None
        long_sheet, package = self.long_sheet.isChecked(), self.package.isChecked()

        def job(store: db.Store, progress: Any) -> export.Summary:
            chosen = scope.select_package(store) if package else None
            return export.export(store, path, since=since, progress=progress,
                                 answers_sheet=long_sheet, selection=chosen, password=password,
                                 mask=package and policy.masks(store, "package"))

        self._worker = worker.Worker(self._store, job)
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
