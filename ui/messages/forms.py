"""The words of checklists: why a form is not accepted, and what an import decided."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.forms.lists import ListFileError
from storage.forms.checklists import VersionClash
from storage.forms.xlsform import ChecklistError, Notice


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _reasons() -> dict[str, str]:
    return {
        "unsupported_type": tr("the item type “{detail}” is not supported"),
        "unsupported_column": tr("the column “{detail}” is an XLSForm feature XunCha does "
                                 "not support"),
        "unsupported_feature": tr("“{detail}” is not supported (it needs a server, a phone "
                                  "or an earlier record)"),
        "unsupported_sheet": tr("the sheet “{detail}” is an XLSForm feature XunCha does "
                                "not support"),
        "unsupported_function": tr("the function {detail}() is not supported"),
        "unsupported_syntax": tr("“{detail}” is not supported in expressions"),
        "syntax": tr("the expression “{detail}” is not valid"),
        "unknown_reference": tr("the expression refers to unknown items: {detail}"),
        "unknown_list": tr("the expression looks up a list the form does not have: {detail}"),
        "missing_file": tr("the list file {detail} is neither beside the form nor in its zip"),
        "duplicate_column": tr("the column “{detail}” appears twice"),
        "duplicate_name": tr("the name “{detail}” is used by two items"),
        "bad_severity": tr("severity must be critical, major or minor, not “{detail}”"),
        "bad_weight": tr("weight must be a number of zero or more, not “{detail}”"),
        "bad_compliance": tr("compliance must be pass, fail or na, not “{detail}”"),
        "no_survey_sheet": tr("there is no “survey” sheet (sheets: {detail})"),
    }


def checklist(error: ChecklistError) -> str:
    """One line: where (sheet, row, column) and what is wrong."""
    texts = _reasons()
    what = texts[error.reason].format(detail=error.detail) if error.reason in texts \
        else error.detail  # pyxform's own English message
    where = tr("sheet {sheet}, row {row}").format(sheet=error.sheet, row=error.row)
    if error.column:
        where += tr(", column {column}").format(column=error.column)
    return tr("Checklist not accepted ({where}): {what}").format(where=where, what=what)


def notice(found: Notice) -> str:
    """What an import decided for the user, in one line."""
    texts = {
        "derived_form_id": tr("The form has no form_id; it is called “{detail}” (from its "
                              "title or file name)."),
        "derived_version": tr("The form has no version; it gets {detail} (from its "
                              "content)."),
        "typed_location": tr("Locations ({detail} …) are typed as coordinates or as a "
                             "building / unit: a laptop has no GPS."),
        "typed_barcode": tr("Barcodes ({detail} …) are typed: a laptop has no scanner."),
        "media_not_collected": tr("Audio, video and files ({detail} …) are not collected on "
                                  "a laptop."),
        "label_media": tr("Pictures and sounds in labels ({detail}) are not shown."),
        "no_gps": tr("The starting location ({detail}) stays empty: a laptop has no GPS."),
    }
    return texts.get(found.reason, found.reason).format(detail=found.detail)


def describe(error: Exception) -> str | None:
    """The sentence for a checklist's error, or None when it is not one of these."""
    if isinstance(error, ChecklistError):
        return checklist(error)
    if isinstance(error, ListFileError):
        why = {"too_large": tr("it is too large"), "damaged": tr("it is damaged"),
               "bad_encoding": tr("it is neither UTF-8 nor GB18030 text")}
        return tr("The list file {name} cannot be read: {why}. {detail}").format(
            name=error.name, why=why.get(error.reason, error.reason),
            detail=error.detail).strip()
    if isinstance(error, VersionClash):
        return tr("The store already has a different {form_id} version {version}. Give the "
                  "changed checklist a new version in its settings sheet.").format(
            form_id=error.form_id, version=error.version)
    return None
