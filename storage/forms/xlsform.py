"""Checklists are XLSForm: parse a workbook with pyxform into the checklist model.

A workbook arrives as *sheets*: ``{sheet name: [header row, row, …]}`` of strings, the
same whether it came from the repository's markdown source or a supervisor's ``.xlsx``
(lists a form selects from arrive as sheets named ``file:<name>``). That form is also
what the store keeps, so an old version can always be re-read. Every input either
parses or raises one :class:`ChecklistError` naming sheet, row, column and feature.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pyxform import xls2json
from pyxform.errors import PyXFormError
from pyxform.xls2json_backends import DefinitionData

from storage.forms import building, sheets
from storage.forms.model import (
    BLOCK_ID,
    Checklist,
    ChecklistError,
    Choice,
    Group,
    Item,
    Notice,
    Repeat,
    Sheets,
    path,
    pick,
    split_path,
)

__all__ = [
    "BLOCK_ID", "COMPLIANCE", "DEFAULT_LANGUAGE", "SEVERITIES", "Checklist", "ChecklistError",
    "Choice", "Group", "Item", "Notice", "Repeat", "Sheets", "parse", "path", "pick",
    "read_markdown", "split_path",
]

DEFAULT_LANGUAGE = "中文 (zh)"
SEVERITIES = building.SEVERITIES
COMPLIANCE = building.COMPLIANCE


def parse(raw: Mapping[str, Sequence[Sequence[Any]]], *, name_hint: str = "") -> Checklist:
    """Parse XLSForm sheets into a checklist, refusing what this app does not support.

    ``name_hint`` (the file's name) gives a form without a form id its id.
    """
    clean, notices = sheets.with_identity(sheets.clean(raw), name_hint)
    definition, survey = _definition(clean)
    language = sheets.settings(clean).get("default_language", DEFAULT_LANGUAGE)
    try:
        data = xls2json.workbook_to_json(definition, form_name=None,
                                         fallback_form_name="checklist",
                                         default_language=language, warnings=[])
    except PyXFormError as error:
        raise sheets.located(error) from error
    except (KeyError, IndexError, TypeError, AttributeError, ValueError) as error:
        # pyxform trips over some malformed sheets instead of saying why
        raise ChecklistError("xlsform", f"{type(error).__name__}: {error}",
                             sheet="survey") from error
    return building.build(data, clean, survey, notices)


def _definition(clean: Sheets) -> tuple[DefinitionData, list[dict[str, str]]]:
    found: dict[str, Any] = {"sheet_names": [n for n in clean if n in sheets.FORM_SHEETS]}
    survey: list[dict[str, str]] = []
    for name, extensions in (("survey", sheets.SURVEY_EXTENSIONS),
                             ("choices", sheets.CHOICE_EXTENSIONS), ("settings", ())):
        if name not in clean or (name == "settings" and len(clean[name]) < 2):
            continue  # an empty settings sheet is no settings (pyxform would crash on it)
        records = sheets.records(name, clean[name], extensions)
        names = sheets.headers(name, clean[name], extensions)
        found[name] = records
        found[f"{name}_header"] = [{**{h: None for h in names if h}, sheets.ROW: None}]
        survey = records if name == "survey" else survey
    return DefinitionData(**found), survey


def read_markdown(text: str) -> Sheets:
    """Read pyxform's markdown form of a workbook (one ``|`` table per sheet)."""
    found: Sheets = {}
    current: list[list[str]] | None = None
    for line in text.splitlines():
        if not line.strip().startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0]:
            current = found.setdefault(cells[0], [])
        elif current is not None:
            current.append(cells[1:])
    return found
