"""Print/PDF actions for the main window: make a printout off the UI thread, then open it
in the system's PDF viewer or send it to a printer chosen in the system print dialog.

    actions = ReportActions(window, store_path, language="zh")
    actions.open_pdf(inspection_job([inspection_id]), tr("Inspection record"), "XC-2026-…")
    actions.print_pdf(notice_job(compound_id=compound_id), tr("Rectification notice"))
    actions.open_pdf(brief_job(period), tr("Meeting brief"))  # period: PeriodDialog.ask
    actions.open_pdf(street_job(street, quarter), …)  # StreetQuarterDialog.ask(streets)

A PDF to open is first given a place in a Save dialog (the title and subject as its name,
in the folder chosen last time, remembered in the store's settings); one to print goes
to a temporary file. A job is ``(store, path, setup) -> pages``; it runs on a QThreadPool
worker with its own
store connection, reports progress to a cancellable progress dialog, and its warnings
(a font face missing, characters that print blank) are shown when it is done.
PySide6-Essentials has QtPrintSupport but no PDF renderer (QtPdf is in the Addons), so a
finished PDF is printed by handing it to the system: CUPS ``lp`` on Linux and macOS, the
viewer's "printto" verb on Windows.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from exports.reports import brief, compound, inspection, notice, queries
from exports.reports import street as report_street
from exports.reports.pdf.common import Setup
from storage import clock
from storage.inspection import findings
from storage.store import db, documents
from ui import worker
from ui.messages import reports as report_messages

Job = Callable[[db.Store, Path, Setup], int]
FOLDER_KEY = "gui.reports_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def inspection_job(inspection_ids: list[str]) -> Job:
    return lambda store, path, setup: inspection.render(store, inspection_ids, path,
                                                               setup)


def notice_job(finding_ids: list[str] | None = None, compound_id: str = "",
               office: str = "") -> Job:
    """Notices for these findings (one notice), or for all open findings of a compound."""
    def job(store: db.Store, path: Path, setup: Setup) -> int:
        if compound_id:
            groups = notice.groups_for_compound(store, compound_id)
        else:
            groups = [[findings.get(store, ident) for ident in finding_ids or []]]
        return notice.render(store, groups, path, setup, office=office)
    return job


def confirm_notices(parent: QWidget, compound_id: str) -> bool:
    """Before new notices are issued: say what is odd about them (deadlines past,
    findings already notified, parties that are no name) and ask; True to go on."""
    store = getattr(parent, "store", None)
    if store is None:
        return True
    try:
        found = notice.problems(store, notice.groups_for_compound(store, compound_id))
    except notice.NothingToNotify:
        return True  # the job says so
    if not found:
        return True
    text = "\n".join(report_messages.problem(p) for p in found)
    answer = QMessageBox.question(parent, tr("Rectification notices"), tr(
        "{problems}\n\nIssue the notices all the same?").format(problems=text))
    return answer == QMessageBox.StandardButton.Yes


def brief_job(period: queries.Period) -> Job:
    return lambda store, path, setup: brief.render(store, period, path, setup)


def street_job(street: str, period: queries.Period) -> Job:
    return lambda store, path, setup: report_street.render(store, street, period, path, setup)


def compound_job(compound_id: str) -> Job:
    return lambda store, path, setup: compound.render(store, compound_id, path, setup)


class ReportActions(QObject):
    """The window's printing: one printout at a time, with progress, then open or print."""

    done = Signal(Path)  # the PDF, once it is written
    failed = Signal(str)  # the message of a known error (also when cancelled)

    def __init__(self, parent: QWidget, store_path: Path, language: str = "zh",
                 pool: QThreadPool | None = None, store: db.Store | None = None) -> None:
        super().__init__(parent)
        self.window, self.store_path, self.language = parent, store_path, language
        self.store = store  # the window's connection, for the remembered folder
        self.pool = pool or QThreadPool.globalInstance()
        self.folder = Path(tempfile.gettempdir()) / "xuncha-reports"
        self.last_message = ""

    def open_pdf(self, job: Job, title: str, subject: str = "") -> worker.Worker | None:
        """Ask where to save the PDF, make it and open it in the system's viewer; None
        when the Save dialog was cancelled."""
        target = self.ask_path(self.default_path(title, subject))
        if target is None:
            return None
        self.remember_folder(target.parent)
        return self._start(job, title, target, self._open)

    def print_pdf(self, job: Job, title: str) -> worker.Worker:
        """Make the PDF, then ask for a printer and send it there."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=self.folder, prefix=_safe(title) + "-",
                                        suffix=".pdf")
        os.close(handle)
        return self._start(job, title, Path(name), lambda path: print_file(self.window, path))

    def default_path(self, title: str, subject: str) -> Path:
        """The suggested file: "巡查记录单-XC-2026-….pdf" in the folder used last time."""
        folder = self._option(lambda store: documents.option(store, FOLDER_KEY))
        chosen = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        name = "-".join(_safe(part) for part in (title, subject) if part)
        return chosen / f"{name}.pdf"

    def remember_folder(self, folder: Path) -> None:
        self._option(lambda store: documents.set_options(store, {FOLDER_KEY: str(folder)}))

    def _option(self, use: Callable[[db.Store], str | None]) -> str | None:
        """Read or write a setting in the window's store (or a connection of our own)."""
        if self.store is not None:
            return use(self.store)
        store = db.open_store(self.store_path)
        try:
            return use(store)
        finally:
            store.close()

    def ask_path(self, suggested: Path) -> Path | None:
        """The Save dialog (replaced in tests, which cannot click in a system dialog)."""
        name, _ = QFileDialog.getSaveFileName(self.window, tr("Save PDF"), str(suggested),
                                              tr("PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _start(self, job: Job, title: str, target: Path,
               then: Callable[[Path], object]) -> worker.Worker:
        setup = Setup(translate=QCoreApplication.translate, language=self.language)

        def render(store: db.Store, progress: worker.Progress) -> int:
            setup.progress = progress
            try:
                return job(store, target, setup)
            except BaseException:
                target.unlink(missing_ok=True)  # cancelled or failed: no half-written file
                raise

        task = worker.Worker(self.store_path, render)
        dialog = QProgressDialog(tr("Preparing {title} …").format(title=title), tr("Cancel"),
                                 0, 1000, self.window)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(task.cancel)
        task.signals.ended.connect(dialog.reset)  # first, whatever came of it (a bug too)
        task.signals.progress.connect(
            lambda done, total: dialog.setValue(int(1000 * done / max(total, 1))))
        task.signals.finished.connect(lambda _pages: self._finished(
            target, [report_messages.warning(w) for w in setup.warnings], then))
        task.signals.failed.connect(lambda text: self._failed(text, task.cancelled))
        return worker.start(task, self.pool)

    def _finished(self, path: Path, warnings: list[str], then: Callable[[Path], object]
                  ) -> None:
        if warnings:
            self.tell("\n".join(warnings))
        self.done.emit(path)
        then(path)

    def _failed(self, text: str, cancelled: bool) -> None:
        if not cancelled:
            self.tell(text)
        self.failed.emit(text)

    def tell(self, text: str, title: str = "") -> QMessageBox:
        """Show a message without blocking (the window stays usable behind it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Printouts"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = text
        return box

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.tell(tr("The PDF was saved as {path}. No program to show PDF files was "
                         "found on this computer; open it with one you install, or copy it "
                         "to another computer.").format(path=path), tr("PDF saved"))


def _safe(title: str) -> str:
    """A part of a file name: letters (Chinese too), digits and -, nothing a file system
    refuses."""
    return "".join(c if c.isalnum() or c in "-" else "_" for c in title)[:60] or "report"


def print_command(path: Path, printer: str, copies: int, platform: str = sys.platform
                  ) -> list[str] | None:
    """How the system prints a PDF on ``printer``; None where a shell verb is used."""
    if platform.startswith("win"):
        return None
    lp = shutil.which("lp") or "lp"
    return [lp, "-d", printer, "-n", str(max(copies, 1)), str(path)]


def print_file(parent: QWidget, path: Path) -> bool:
    """Ask for a printer in the system dialog and send the PDF to it; False if not sent."""
    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    name, copies = printer.printerName(), printer.copyCount()
    try:
        command = print_command(path, name, copies)
        if command is None:
            os.startfile(str(path), "printto", f'"{name}"')  # type: ignore[attr-defined]
        else:
            subprocess.run(command, check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        QMessageBox.information(parent, tr("Printing"), tr(
            "The PDF could not be sent to {printer}; it opens in the viewer so you can print "
            "it from there.").format(printer=name))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return False
    return True


class PeriodDialog(QDialog):
    """Asks for the first and last day of a meeting brief (the last seven days by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting brief"))
        today = QDate(clock.today_local())
        self.start, self.end = QDateEdit(today.addDays(-6)), QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("From"), self.start)
        layout.addRow(self.tr("To"), self.end)
        layout.addRow(buttons)

    def _on_accept(self) -> None:
        if self.start.date() > self.end.date():
            self.start.setDate(self.end.date())
        self.accept()

    def period(self) -> queries.Period:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return queries.Period(start, end)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> queries.Period | None:
        dialog = cls(parent)
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StreetQuarterDialog(QDialog):
    """Asks for a street and a quarter (the current one by default) for the street report."""

    def __init__(self, streets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Street quarterly report"))
        self.street = QComboBox()
        self.street.addItems(streets)
        self.street.setEditable(True)  # type to find among many streets
        self.quarter = QComboBox()
        today = QDate(clock.today_local())
        for back in range(8):  # this quarter and the seven before it
            index = today.year() * 4 + (today.month() - 1) // 3 - back
            self.quarter.addItem(f"{index // 4}-Q{index % 4 + 1}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Street"), self.street)
        layout.addRow(self.tr("Quarter"), self.quarter)
        layout.addRow(buttons)

    def choice(self) -> tuple[str, queries.Period]:
        return self.street.currentText().strip(), queries.quarter(
            self.quarter.currentText())

    @classmethod
    def ask(cls, streets: list[str], parent: QWidget | None = None
            ) -> tuple[str, queries.Period] | None:
        dialog = cls(streets, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
