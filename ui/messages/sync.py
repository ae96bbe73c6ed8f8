"""Words the sync errors, problems and outcomes for people, translatably.

``ui.messages.describe`` hands the sync errors to :func:`describe`; the command line
and the sync dialogs use :func:`problem`, :func:`warning` and :data:`OUTCOMES`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.sync.importer import ImportRefused, UndoRefused
from exports.sync.photo_archive import PhotoArchiveError
from exports.sync.read import NotSyncWorkbook, Problem
from ui.messages import helpers as helper_messages
from ui.messages import ledger as ledger_messages
from ui.messages import manual as manual_messages


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def outcome(name: str) -> str:
    """The name of a row outcome of an import preview."""
    texts = {"new": tr("new"), "changed": tr("changed"), "merged": tr("merged"),
             "conflict": tr("conflicting"), "unchanged": tr("unchanged"),
             "stale": tr("stale (already superseded)"), "invalid": tr("invalid"),
             "removed": tr("removed")}
    return texts.get(name, name)


def problem(item: Problem) -> str:
    """One invalid cell or row: where, and why."""
    where = tr("sheet {sheet}, row {row}").format(sheet=item.sheet, row=item.row) \
        if item.row else tr("sheet {sheet}").format(sheet=item.sheet)
    if item.column:
        where += tr(", column {column}").format(column=item.column)
    return f"{where}: {reason(item)}"


def reason(item: Problem) -> str:
    """Why a cell or row is invalid (without where)."""
    reasons = {
        "type": tr("“{value}” is not a value of this column's type"),
        "choice": tr("“{value}” is not one of the choices"),
        "required": tr("a value is required"),
        "constraint": tr("“{value}” breaks the item's rule"),
        "error_cell": tr("the cell holds a spreadsheet error (such as #DIV/0!)"),
        "date": tr("“{value}” is not a date like 2026-11-27"),
        "timestamp": tr("“{value}” is not a time like 2026-11-27T08:30:00Z"),
        "duplicate": tr("the record {value} appears twice"),
        "bad_id": tr("the hidden id “{value}” is not an id XunCha writes (the row is not "
                     "an exported record)"),
        "changed_id": tr("the hidden id {value} was changed by hand (it is not the id this "
                         "row was exported with); put the original id back"),
        "unknown_version": tr("the hidden version {value} was changed by hand (neither the "
                              "file nor the store has it); put the original version back"),
        "unknown_reference": tr("it refers to {value}, which neither the file nor the store "
                                "has"),
        "unknown_checklist": tr("its checklist version is neither in the file nor the store"),
        "checklist_clash": tr("the store has a different checklist {value}"),
        "bad_checklist": tr("the checklist {value} in the file is damaged"),
        "incomplete": tr("the row is incomplete: {detail}"),
        "range": tr("“{value}” is outside 0 to {detail}"),
        "missing_row": tr("the row of {value} is missing"),
        "unknown_row": tr("the row {value} is not one this file was made for"),
        "missing_column": tr("the column “{value}” is missing"),
        "empty_sheet": tr("nothing is filled in"),
        "unknown_quarter": tr("the file is for the quarter “{value}”, which has no review "
                              "or evaluation in this store"),
        "unknown_department": tr("the file is for “{value}”, which does not score this "
                                 "quarter"),
    }
    if item.reason not in reasons:  # a rule of the manual's, helpers' or ledger's records
        for area in (manual_messages, helper_messages, ledger_messages):
            worded = area.rule(item.reason, str(item.value))
            if worded:
                return worded
    return reasons.get(item.reason, tr("{reason}: {value}")).format(
        value=item.value, detail=item.detail, reason=item.reason)


def unchecked(count: int) -> str:
    """The rows not checked once a file had enough problems to be refused."""
    return tr("… and {count} more rows were not checked (the problems above refuse the "
              "file already).").format(count=f"{count:,}")


def warning(code: str, detail: str) -> str:
    texts = {
        "photos_missing": tr("The photo archive is missing ({detail} photos); the records "
                             "are imported and the photos can follow with the .zip later."),
        "photos_incomplete": tr("The photo archive lacks some photos ({detail})."),
        "missing_columns": tr("Columns missing from the sheet (values kept): {detail}"),
        "history_damaged": tr("A damaged history row was skipped: {detail}"),
        "unknown_sheet": tr("The sheet {detail} holds no kind of record XunCha knows; it "
                            "was left out."),
        "already_imported": tr("This file was already imported ({detail}); importing it "
                               "again changes nothing."),
        "replaces": tr("This file replaces the scores {detail} gave before."),
        "same_department": tr("Two files of {detail} in this batch; the later one replaces "
                              "the earlier."),
    }
    return texts.get(code, "{detail}").format(detail=detail)


def changes_since(found: tuple[tuple[str, int], ...]) -> str:
    """What changed in the store, by table, as people name it: "2 campaign moves, …"."""
    texts = {
        "history": tr("{count} changes of records"),
        "campaign_events": tr("{count} campaign moves"),
        "settings": tr("{count} changes of settings"),
        "conflict_choices": tr("{count} conflict choices"),
        "sync_conflicts": tr("{count} changes of conflicts"),
        "work_orders": tr("{count} changes of hotline work orders"),
        "compound_aliases": tr("{count} compound aliases"),
        "column_mappings": tr("{count} remembered column mappings"),
        "nomination_dismissals": tr("{count} dismissed nominations"),
        "notices": tr("{count} rectification notices"),
        "photos": tr("{count} changes of photos"),
        "devices": tr("{count} changes of the device's name"),
        "checklist_versions": tr("{count} checklists"),
    }
    generic = tr("{count} changes of {table}")
    return tr(", ").join(texts.get(table, generic).format(count=count, table=table)
                         for table, count in found)


def describe(error: Exception) -> str | None:
    """The sentence for a sync error, or None if it is not one."""
    if isinstance(error, NotSyncWorkbook):
        return tr("{path} is not a XunCha export (it has no sync metadata).").format(
            path=error.path)
    if isinstance(error, ImportRefused):
        if error.reason == "unprotected":
            return tr("Spreadsheets cannot be read safely: defusedxml is missing or "
                      "OPENPYXL_DEFUSEDXML is set to something other than True.")
        return tr("{path} was not imported: {count} problems (nothing was changed).").format(
            path=error.path, count=error.detail)
    if isinstance(error, UndoRefused):
        texts = {"nothing": tr("There is no import to undo."),
                 "changed_since": tr("The store changed after the last import ({changes}); "
                                     "undoing it would lose those changes, so nothing was "
                                     "undone. Undo anyway with --force."),
                 "backup_missing": tr("The backup taken before the last import is missing "
                                      "({detail}); nothing was undone.")}
        return texts[error.reason].format(detail=error.detail,
                                          changes=changes_since(error.changes))
    if isinstance(error, PhotoArchiveError):
        texts = {"unsafe_name": tr("{path} names a photo “{detail}” outside its photos "
                                   "folder; the file was refused as unsafe."),
                 "bomb": tr("{path} expands to far more data than its size suggests "
                            "({detail}); it was refused as unsafe."),
                 "damaged": tr("The photo archive {path} is damaged: {detail}"),
                 "hash_mismatch": tr("The photo {detail} in {path} does not match its "
                                     "SHA-256; the file was refused."),
                 "encrypted": tr("The photo archive {path} is protected by a password; give "
                                 "the workbook's password."),
                 "wrong_password": tr("Wrong password for the photo archive {path}; nothing "
                                      "was read.")}
        return texts[error.reason].format(path=error.path, detail=error.detail)
    return None
