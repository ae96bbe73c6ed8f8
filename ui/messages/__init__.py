"""Words the errors of the lower layers for people, translatably, and shows them.

``storage`` and ``exports`` raise typed errors that carry data; this module is the one
place that turns them into sentences, for the command line and the windows alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.reports.pdf.text import ReportProblem
from exports.spreadsheet.workbook import WorkbookError
from storage.errors import StoreError, StoreProblem
from storage.inspection import compounds
from storage.jobs import Cancelled
from storage.store.photos import PhotoError
from ui.messages import campaign as campaign_text
from ui.messages import forms as forms_text
from ui.messages import reports as report_messages
from ui.messages import sync as sync_messages


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _store(error: StoreError) -> str:
    texts = {
        StoreProblem.LOCKED: tr("The store {path} is busy: another program is writing to it. "
                                "Close it and try again."),
        StoreProblem.READ_ONLY: tr("The store {path} cannot be written: the file or its "
                                   "folder is read-only."),
        StoreProblem.DISK_FULL: tr("The disk holding {path} is full or failing; nothing was "
                                   "saved. Free some space and try again."),
        StoreProblem.NOT_A_DATABASE: tr("{path} is not a XunCha store (not an SQLite "
                                        "database, or damaged). It was left untouched."),
        StoreProblem.CANNOT_OPEN: tr("The store {path} cannot be opened: {detail}"),
        StoreProblem.NEWER_SCHEMA: tr("The store {path} was written by a newer version of "
                                      "XunCha ({detail}). Update XunCha to open it; the "
                                      "file was left untouched."),
        StoreProblem.IN_USE: tr("The store {path} is already open in another XunCha window."),
    }
    return texts[error.problem].format(path=error.path, detail=error.detail)


def _workbook(error: WorkbookError) -> str:
    texts = {
        "missing": tr("The file {path} does not exist."),
        "unreadable": tr("The file {path} cannot be read: {detail}"),
        "empty": tr("The file {path} is empty."),
        "not_a_workbook": tr("{path} is not a spreadsheet (.xlsx, .xls, .ods or .csv)."),
        "encrypted": tr("{path} is protected by a password. Save it without a password "
                        "and try again."),
        "too_large": tr("{path} is too large to read safely ({detail})."),
        "bomb": tr("{path} expands to far more data than its size suggests ({detail}); it "
                   "was refused as unsafe."),
        "damaged": tr("{path} is damaged or truncated: {detail}"),
        "bad_encoding": tr("{path} is neither UTF-8 nor GB18030 text."),
    }
    text = texts.get(error.reason, tr("{path} cannot be read: {detail}"))
    return text.format(path=error.path, detail=error.detail)


def _photo(error: PhotoError) -> str:
    texts = {
        "not_an_image": tr("{name} is not a photo XunCha can read (JPEG, PNG, WebP …)."),
        "too_large": tr("{name} has too many pixels to be a photo; it was refused."),
        "unreadable": tr("{name} cannot be read."),
    }
    return texts[error.reason].format(name=error.name)


def describe(error: Exception) -> str | None:
    """The sentence for a known error, or None for a bug (which must fail loudly)."""
    if isinstance(error, Cancelled):
        return tr("Cancelled; nothing was written.")
    if isinstance(error, compounds.UnknownCompound):
        if error.matches:
            return tr(
                "“{ref}” matches several compounds: {matches}. Give the full name or the id."
            ).format(ref=error.reference, matches="; ".join(error.matches))
        return tr("No compound is called “{ref}”.").format(ref=error.reference)
    campaign = campaign_text.describe(error)
    if campaign is not None:
        return campaign
    if isinstance(error, StoreError):
        return _store(error)
    if isinstance(error, WorkbookError):
        return _workbook(error)
    checklist = forms_text.describe(error)
    if checklist is not None:
        return checklist
    if isinstance(error, PhotoError):
        return _photo(error)
    if isinstance(error, ReportProblem):
        return report_messages.describe(error)
    return sync_messages.describe(error)

