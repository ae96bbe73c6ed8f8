"""Words the errors of the lower layers for people, translatably, and shows them.

``storage`` and ``exports`` raise typed errors that carry data; this module is the one
place that turns them into sentences, for the command line and the windows alike.

The wording of an area (spreadsheets, printouts, sync, the campaign …) is imported only
for an error raised there: an error comes from a module already loaded, so the command
line and the window start without loading openpyxl or reportlab for their messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from storage.errors import StoreError, StoreProblem
from storage.inspection import compounds, findings
from storage.jobs import Cancelled

if TYPE_CHECKING:
    from exports.spreadsheet.files import WorkbookError
    from storage.store.photos import PhotoError


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
        StoreProblem.ENCRYPTED: tr("The store {path} is encrypted: give its passphrase."),
        StoreProblem.WRONG_PASSPHRASE: tr("Wrong passphrase for the store {path}; nothing "
                                          "was opened or changed."),
    }
    return texts[error.problem].format(path=error.path, detail=error.detail)


def _workbook(error: WorkbookError) -> str:
    texts = {
        "missing": tr("The file {path} does not exist."),
        "unreadable": tr("The file {path} cannot be read: {detail}"),
        "empty": tr("The file {path} is empty."),
        "not_a_workbook": tr("{path} is not a spreadsheet (.xlsx, .xls, .ods or .csv)."),
        "encrypted": tr("{path} is protected by a password. Give its password where XunCha "
                        "asks for it (XUNCHA_EXPORT_PASSWORD on the command line), or save "
                        "it without one."),
        "wrong_password": tr("Wrong password for {path}; nothing was read."),
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


def _inspection(error: Exception) -> str | None:
    if isinstance(error, compounds.UnknownCompound):
        if error.matches:
            return tr(
                "“{ref}” matches several compounds: {matches}. Give the full name or the id."
            ).format(ref=error.reference, matches="; ".join(error.matches))
        return tr("No compound is called “{ref}”.").format(ref=error.reference)
    if isinstance(error, findings.MissingParty):
        return tr("A finding needs its responsible party, or “to be determined” (待查明) "
                  "while it is not known.")
    if isinstance(error, findings.FinalInspection):
        return tr("The inspection {number} is final: a finding is added to it only while "
                  "changing it, with a reason.").format(number=error.inspection_number)
    return None


def describe(error: Exception) -> str | None:
    """The sentence for a known error, or None for a bug (which must fail loudly)."""
    if isinstance(error, Cancelled):
        return tr("Cancelled; nothing was written.")
    if isinstance(error, StoreError):
        return _store(error)
    origin = type(error).__module__  # its module is loaded: importing from it is free
    if origin.startswith("storage.inspection"):
        return _inspection(error)
    if origin.startswith(("storage.campaign", "exports.campaign")):
        from ui.messages import campaign as campaign_text  # noqa: PLC0415

        return campaign_text.describe(error)
    if origin.startswith(("storage.review", "exports.review", "exports.spreadsheet.template")):
        from ui.messages import review as review_text  # noqa: PLC0415

        return review_text.describe(error)
    if origin.startswith(("storage.property", "exports.property")):
        from ui.messages import property as property_text  # noqa: PLC0415

        return property_text.describe(error)
    if origin.startswith(("storage.manual", "exports.manual")):
        from ui.messages import manual as manual_text  # noqa: PLC0415

        return manual_text.describe(error)
    if origin.startswith(("storage.helpers", "exports.roster")):
        from ui.messages import helpers as helpers_text  # noqa: PLC0415

        return helpers_text.describe(error)
    if origin.startswith(("storage.ledger", "exports.ledger")):
        from ui.messages import ledger as ledger_text  # noqa: PLC0415

        return ledger_text.describe(error)
    if origin in ("exports.privacy.policy", "storage.store.encryption"):
        from ui.messages import privacy as privacy_text  # noqa: PLC0415

        return privacy_text.describe(error)
    if origin == "exports.spreadsheet.files":
        from exports.spreadsheet.files import WorkbookError  # noqa: PLC0415

        return _workbook(error) if isinstance(error, WorkbookError) else None
    if origin.startswith(("storage.forms", "exports.forms")):
        from ui.messages import forms as forms_text  # noqa: PLC0415

        return forms_text.describe(error)
    if origin == "storage.store.photos":
        from storage.store.photos import PhotoError  # noqa: PLC0415

        return _photo(error) if isinstance(error, PhotoError) else None
    if origin.startswith("exports.reports"):
        from exports.reports.pdf.text import ReportProblem  # noqa: PLC0415
        from ui.messages import reports as report_messages  # noqa: PLC0415

        return report_messages.describe(error) if isinstance(error, ReportProblem) else None
    if origin.startswith("exports.sync"):
        from ui.messages import sync as sync_messages  # noqa: PLC0415

        return sync_messages.describe(error)
    return None

