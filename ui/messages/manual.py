"""Words for the responsibility manual: its fields, import problems and errors.

Shared by the command line and the manual's windows, so each sentence is written (and
translated) once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from exports.manual.manual_file import ManualFileError
from storage.manual.items import Item, ManualError, UnknownItem
from storage.manual.source import SourceError


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def field_name(field: str) -> str:
    names = {"code": tr("code"), "category": tr("manual category"), "title": tr("demand"),
             "title_en": tr("English title"), "demand": tr("what residents report"),
             "lead": tr("lead department"), "supporting": tr("supporting departments"),
             "what": tr("what is done"), "how": tr("how"), "cooperation": tr("cooperation"),
             "time_limit_days": tr("time limit (days)"), "legal_basis": tr("legal basis"),
             "checklist_items": tr("checklist items"),
             "hotline_categories": tr("hotline categories"),
             "hotline_keywords": tr("hotline keywords"), "deleted": tr("deleted")}
    return names.get(field, field)


def reason(code: str, value: str = "") -> str:
    return rule(code, value) or f"{code} {value}"


def rule(code: str, value: str = "") -> str | None:
    """The words of a rule of manual items, or None if ``code`` is none of them."""
    texts = {
        "bad_code": tr("“{value}” is not a code like 3 or 3.01"),
        "required": tr("a value is required"),
        "unknown_category": tr("there is no category {value}"),
        "bad_time_limit": tr("“{value}” is not a number of days"),
        "duplicate": tr("the code {value} appears twice"),
        "unknown_checklist_item": tr("no checklist has the item {value}"),
        "bad_flag": tr("“{value}” is not 是 or 否"),
        "changed_since_export": tr("{value} was changed in the store after this file was "
                                   "exported; export again and redo the change"),
    }
    return texts[code].format(value=value) if code in texts else None


def problem(item: Any) -> str:
    """A cell of a manual workbook that cannot be imported: where, and why."""
    return tr("sheet {sheet}, row {row}, column {column}: {what}").format(
        sheet=item.sheet, row=item.row, column=item.column, what=reason(item.reason,
                                                                          item.value))


def outcome(name: str) -> str:
    return {"new": tr("new"), "changed": tr("changed"), "unchanged": tr("unchanged"),
            "invalid": tr("invalid")}.get(name, name)


def routed(item: Item | None, language: str = "zh") -> str:
    """"3.01 消防通道被占用 — lead: 消防; supporting: 公安, 城管" (or that none applies)."""
    if item is None:
        return tr("No manual item applies.")
    text = tr("{item} — lead: {lead}").format(item=item.label(language), lead=item.lead)
    if item.supporting:
        text += tr("; supporting: {departments}").format(departments=item.supporting)
    if item.time_limit_days:
        text += tr("; within {days} days").format(days=item.time_limit_days)
    return text


def describe(error: Exception) -> str | None:
    """The sentence for an error of the manual, or None if it is not one."""
    if isinstance(error, ManualError):
        return tr("Manual item {code}, {field}: {what}").format(
            code=error.code, field=field_name(error.field), what=reason(error.reason,
                                                                        error.value))
    if isinstance(error, UnknownItem):
        return tr("No manual item has the code “{ref}”. Known: {known}").format(
            ref=error.reference, known=", ".join(error.known[:60]))
    if isinstance(error, SourceError):
        reasons = {"field": tr("a line that is no “- key: value”"),
                   "unknown_field": tr("an unknown key"),
                   "no_category": tr("an item before any category"),
                   "no_item": tr("a field outside any item"),
                   "bad_time_limit": tr("a time limit that is no number of days")}
        return tr("The manual's source cannot be read (line {line}): {reason}: {text}").format(
            line=error.line, reason=reasons.get(error.reason, error.reason), text=error.text)
    if isinstance(error, ManualFileError):
        texts = {"no_items_sheet": tr("{path} has no sheet of manual items (sheets: "
                                      "{detail})."),
                 "not_clean": tr("{path} has {detail} problems; nothing was imported.")}
        return texts.get(error.reason, "{path}: {detail}").format(path=error.path,
                                                                 detail=error.detail)
    return None
