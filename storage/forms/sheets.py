"""A workbook's sheets as XLSForm text, made ready for pyxform; pyxform's errors, located.

Sheets arrive as ``{sheet name: [header row, row, …]}`` of any cell values, from the
repository's markdown or a supervisor's workbook. They are kept as the user wrote them
(sheet names lower-cased, cells as text): that is the checklist's source and its
version. Headers are read the way pyxform reads them (its own alias tables and
case-insensitivity); our extension columns (``severity`` …) are matched the same way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from pyxform import aliases
from pyxform.errors import ErrorCode, PyXFormError
from pyxform.parsing.sheet_headers import to_snake_case
from pyxform.xls2json_backends import get_excel_column_headers

from storage.forms.model import ChecklistError, Notice, Sheets

FORM_SHEETS = ("survey", "choices", "settings")
FILE_PREFIX = "file:"  # a CSV, XML or GeoJSON list attached to the form
ROW = "xuncha_row"  # the sheet row of a record, carried through pyxform
SURVEY_EXTENSIONS = ("severity", "department", "legal_basis", "action", "weight")
CHOICE_EXTENSIONS = ("compliance",)
# Sheets pyxform reads that this app does not: refused with the sheet's name.
REFUSED_SHEETS = ("entities", "external_choices", "osm")
Records = list[dict[str, str]]


def clean(sheets: Mapping[str, Sequence[Sequence[Any]]]) -> Sheets:
    """The form's sheets as text; other sheets (notes, responses) are left out."""
    named = {str(name).strip().lower(): rows for name, rows in sheets.items()}
    form = {name: rows for name, rows in named.items()
            if name in FORM_SHEETS or name in REFUSED_SHEETS or name.startswith(FILE_PREFIX)}
    if "survey" not in form:
        others = [name for name in named if not name.startswith(FILE_PREFIX)]
        if len(others) == 1 and others[0] not in (*FORM_SHEETS, *REFUSED_SHEETS):
            # pyxform reads a workbook's only sheet as the survey
            form["survey"] = named[others[0]]
    clean: Sheets = {}
    for name, rows in form.items():
        table = [[_text(v) for v in row] for row in rows]
        while table and not any(table[-1]):
            table.pop()
        if table:
            clean[name] = table
    if "survey" not in clean:
        raise ChecklistError("no_survey_sheet", ", ".join(str(n) for n in sheets),
                             sheet="survey", row=1)
    for name in REFUSED_SHEETS:
        if name in clean:
            raise ChecklistError("unsupported_sheet", name, sheet=name, row=1)
    return clean


def _text(value: Any) -> str:
    # A spreadsheet turns "3" into 3.0 and "2026-01-01" into a date; take them back.
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value).strip()


def headers(sheet: str, table: list[list[str]], extensions: Sequence[str] = ()) -> list[str]:
    """A sheet's headers as pyxform reads them, ours lower-cased; duplicates refused."""
    try:
        found = get_excel_column_headers([h or None for h in (table[0] if table else [])])
    except PyXFormError as error:
        column = str(error).split(":", 1)[-1].strip()
        raise ChecklistError("duplicate_column", column, sheet=sheet, row=1,
                             column=column) from None
    result = []
    for header in found:
        head = header or ""
        tokens = head.split("::")
        snake = to_snake_case(tokens[0])
        result.append("::".join([snake, *tokens[1:]]) if snake in extensions else head)
    taken = [h for h in result if h]
    twice = next((h for h in taken if taken.count(h) > 1), None)
    if twice:
        raise ChecklistError("duplicate_column", twice, sheet=sheet, row=1, column=twice)
    return result


def records(sheet: str, table: list[list[str]], extensions: Sequence[str] = ()) -> Records:
    """The rows as pyxform wants them: ``{header: text}``, each with its sheet row."""
    names = headers(sheet, table, extensions)
    found = []
    for number, row in enumerate(table[1:], start=2):
        record = {h: v for h, v in zip(names, row, strict=False) if h and v}
        if record:
            record[ROW] = str(number)
        found.append(record)
    return found


def settings(sheets: Sheets) -> dict[str, str]:
    """The first row of the settings sheet, its headers de-aliased as pyxform does."""
    table = sheets.get("settings", [])
    if len(table) < 2:
        return {}
    result = {}
    for header, value in zip(headers("settings", table), table[1], strict=False):
        if header and value:
            result[_setting(header)] = value
    return result


def with_identity(sheets: Sheets, name_hint: str) -> tuple[Sheets, list[Notice]]:
    """The sheets with a form id and a version, derived and said when the form has none.

    The form id comes from the title, else the file name; the version from a hash of
    the content. Both are written into the settings sheet, so an exported checklist
    reads back as the same version.
    """
    found = settings(sheets)
    notices: list[Notice] = []
    added: dict[str, str] = {}
    if not found.get("id_string"):
        form_id = _identifier(found.get("title", "")) or _identifier(name_hint) or \
            "checklist_" + _digest(sheets)[:8]
        added["form_id"] = form_id
        notices.append(Notice("derived_form_id", form_id, "settings", 2, "form_id"))
    if not found.get("version"):
        added["version"] = _digest(sheets)[:8]
        notices.append(Notice("derived_version", added["version"], "settings", 2, "version"))
    if not added:
        return sheets, notices
    table = [list(row) for row in sheets.get("settings", [])] or [[]]
    if len(table) < 2:
        table.append([])
    keys = [_setting(h) for h in table[0]]
    for key, value in added.items():
        wanted = "id_string" if key == "form_id" else key
        column = keys.index(wanted) if wanted in keys else len(table[0])
        if column == len(table[0]):
            table[0].append(key)
            keys.append(wanted)
        table[1] += [""] * (column + 1 - len(table[1]))
        table[1][column] = value
    return {**sheets, "settings": table}, notices


def _setting(header: str) -> str:
    key = to_snake_case(header) if header else ""
    alias = aliases.settings_header.get(key, key)
    return alias if isinstance(alias, str) else key


def _identifier(text: str) -> str:
    """A form id from a title or file name: its words joined by underscores."""
    words = re.findall(r"\w+", text)
    return "_".join(words)[:60]


def _digest(sheets: Sheets) -> str:
    text = json.dumps(sheets, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def located(error: PyXFormError) -> ChecklistError:
    """pyxform's error as ours, with the sheet, row and column it names (one line: the
    first problem, and how many more there are)."""
    lines = [line for line in str(error).splitlines() if line.strip()] or [repr(error)]
    message = lines[0] + (f" (+{len(lines) - 1})" if len(lines) > 1 else "")
    context = error.context or {}
    sheet = str(context.get("sheet") or _find(r"'(\w+)' sheet", message) or "survey")
    row = context.get("row") or _find(r"\[row *: *(\d+)\]", message) or 0
    column = str(context.get("column") or _find(r"the '([^']+)' (?:value|column)", message)
                 or "")
    if error.code == ErrorCode.PYREF_003:
        return ChecklistError("unknown_reference", str(context.get("q", "")), sheet=sheet,
                              row=int(row), column=column)
    return ChecklistError("xlsform", message, sheet=sheet, row=int(row), column=column)


def _find(pattern: str, text: str) -> str:
    found = re.search(pattern, text)
    return found.group(1) if found else ""
