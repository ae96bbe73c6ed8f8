"""Checklists are XLSForm: parse a workbook with pyxform into the checklist model.

A workbook arrives as *sheets*: ``{sheet name: [header row, row, …]}`` of strings, the
same whether it came from the repository's markdown source or a supervisor's ``.xlsx``.
That form is also what the store keeps, so an old version can always be re-read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from storage.forms import expr

Sheets = dict[str, list[list[str]]]

DEFAULT_LANGUAGE = "中文 (zh)"
ITEM_TYPES = (
    "select_one", "select_multiple", "integer", "decimal", "text", "date", "datetime",
    "image", "note",
)
SEVERITIES = ("critical", "major", "minor")
COMPLIANCE = ("pass", "fail", "na")
# pyxform's internal type names, back to the XLSForm names our model uses.
_PYXFORM_TYPES = {
    "select one": "select_one", "select all that apply": "select_multiple",
    "integer": "integer", "decimal": "decimal", "text": "text", "date": "date",
    "dateTime": "datetime", "datetime": "datetime", "photo": "image", "image": "image",
    "note": "note",
}
_TRUE = {"yes", "true", "true()", "1"}
_FALSE = {"", "no", "false", "false()", "0"}
# XLSForm features this app does not implement, by the column that carries them.
_UNSUPPORTED_COLUMNS = (
    "calculation", "choice_filter", "repeat_count", "trigger", "read_only",
    "image", "audio", "video", "body::", "bind::", "instance::", "media::",
)
_SUPPORTED_TYPES = {
    "select_one", "select_multiple", "integer", "decimal", "text", "date", "datetime",
    "image", "note", "begin_group", "end_group", "begin group", "end group",
}


class ChecklistError(ValueError):
    """A checklist that cannot be used, with the sheet, row and column to look at."""

    def __init__(self, reason: str, detail: str = "", *, sheet: str = "", row: int = 0,
                 column: str = "") -> None:
        super().__init__(f"{sheet}!{row} {column}: {reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.sheet = sheet
        self.row = row
        self.column = column


@dataclass(frozen=True)
class Choice:
    name: str
    labels: Mapping[str, str]
    compliance: str = ""

    def label(self, language: str) -> str:
        return pick(self.labels, language) or self.name


@dataclass(frozen=True)
class Item:
    """One question of a checklist, with the campaign's extension columns."""

    name: str
    type: str
    labels: Mapping[str, str]
    row: int
    hints: Mapping[str, str] = field(default_factory=dict)
    required: bool = False
    relevant: tuple[expr.Expr, ...] = ()  # the item's own condition and its groups'
    constraint: expr.Expr | None = None
    constraint_messages: Mapping[str, str] = field(default_factory=dict)
    default: str = ""
    list_name: str = ""
    choices: tuple[Choice, ...] = ()
    severity: str = ""
    department: str = ""
    legal_basis: str = ""
    action: str = ""
    weight: float = 1.0
    group: str = ""  # the name of the innermost group, "" at the top

    def label(self, language: str) -> str:
        return pick(self.labels, language) or self.name

    def hint(self, language: str) -> str:
        return pick(self.hints, language)

    def constraint_message(self, language: str) -> str:
        return pick(self.constraint_messages, language)

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)

    @property
    def scored(self) -> bool:
        """Whether the item counts towards the score: a select_one with pass/fail choices."""
        return self.type == "select_one" and any(c.compliance == "fail" for c in self.choices)


@dataclass(frozen=True)
class Group:
    name: str
    labels: Mapping[str, str]
    row: int
    children: tuple[Item | Group, ...]
    relevant: expr.Expr | None = None

    def label(self, language: str) -> str:
        return pick(self.labels, language) or self.name


@dataclass(frozen=True)
class Checklist:
    form_id: str
    version: str
    title: str
    title_en: str
    default_language: str
    children: tuple[Item | Group, ...]
    sheets: Sheets

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item in form order, groups flattened."""
        return tuple(_flatten(self.children))

    def item(self, name: str) -> Item:
        for candidate in _flatten(self.children):
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def display_title(self, language: str) -> str:
        return self.title_en if language.startswith("en") and self.title_en else self.title


def pick(texts: Mapping[str, str], language: str) -> str:
    """The text in ``language`` ('zh', 'en' or a full XLSForm name), else the first one."""
    for key, text in texts.items():
        if key == language or key.endswith(f"({language})") or key.lower() == language:
            return text
    return next(iter(texts.values()), "")


def _flatten(children: Sequence[Item | Group]) -> list[Item]:
    result: list[Item] = []
    for child in children:
        result.extend(_flatten(child.children) if isinstance(child, Group) else [child])
    return result


def parse(sheets: Mapping[str, Sequence[Sequence[Any]]]) -> Checklist:
    """Parse XLSForm sheets into a checklist, refusing what this app does not support."""
    clean = clean_sheets(sheets)
    rows = _scan_survey(clean)
    data = _pyxform_json(clean)
    children = tuple(_build(child, rows, data, (), "") for child in data["children"]
                     if child.get("name") != "meta")
    checklist = Checklist(
        form_id=str(data.get("id_string", "")),
        version=str(data.get("version", "")),
        title=str(data.get("title", "")),
        title_en=str(data.get("title_en", "")),
        default_language=str(data.get("default_language", DEFAULT_LANGUAGE)),
        children=children,
        sheets=clean,
    )
    if not checklist.version:
        raise ChecklistError("missing_version", sheet="settings", row=2, column="version")
    return checklist


def read_markdown(text: str) -> Sheets:
    """Read pyxform's markdown form of a workbook (one ``|`` table per sheet)."""
    sheets: Sheets = {}
    current: list[list[str]] | None = None
    for line in text.splitlines():
        if not line.strip().startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0]:
            current = sheets.setdefault(cells[0], [])
        elif current is not None:
            current.append(cells[1:])
    return sheets


def clean_sheets(sheets: Mapping[str, Sequence[Sequence[Any]]]) -> Sheets:
    """The sheets as a checklist keeps them: text cells, lower-case names, no empty tail."""
    clean: Sheets = {}
    for name, rows in sheets.items():
        table = [[_text(v) for v in row] for row in rows]
        while table and not any(table[-1]):
            table.pop()
        clean[name.strip().lower()] = table
    if "survey" not in clean or not clean["survey"]:
        raise ChecklistError("no_survey_sheet", ", ".join(sheets), sheet="survey", row=1)
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


def _records(table: list[list[str]]) -> list[dict[str, str]]:
    header = table[0] if table else []
    return [{h: v for h, v in zip(header, row, strict=False) if h and v} for row in table[1:]]


def _scan_survey(sheets: Sheets) -> dict[str, int]:
    """Refuse unsupported features with their row; return each item's row by name."""
    header = sheets["survey"][0]
    for column in header:
        if any(column == c or (c.endswith("::") and column.startswith(c))
               for c in _UNSUPPORTED_COLUMNS):
            for number, record in enumerate(_records(sheets["survey"]), start=2):
                if record.get(column):
                    raise ChecklistError("unsupported_column", column, sheet="survey",
                                         row=number, column=column)
    rows: dict[str, int] = {}
    for number, record in enumerate(_records(sheets["survey"]), start=2):
        kind = record.get("type", "")
        if not kind:
            continue
        base = kind.split()[0] if kind.split()[0] in _SUPPORTED_TYPES else kind
        if base not in _SUPPORTED_TYPES or " or_other" in kind:
            raise ChecklistError("unsupported_type", kind, sheet="survey", row=number,
                                 column="type")
        _check_extensions(record, number)
        if record.get("name"):
            rows[record["name"]] = number
    _check_expressions(sheets, set(rows))
    _check_choices(sheets)
    return rows


def _check_expressions(sheets: Sheets, names: set[str]) -> None:
    """Parse every expression before pyxform does, so errors name our row and column."""
    for number, record in enumerate(_records(sheets["survey"]), start=2):
        for column in ("relevant", "constraint"):
            parsed = _expression(record.get(column, ""), number, column)
            unknown = sorted(parsed.references - names) if parsed else []
            if unknown:
                raise ChecklistError("unknown_reference", ", ".join(unknown), sheet="survey",
                                     row=number, column=column)


def _check_extensions(record: Mapping[str, str], row: int) -> None:
    severity = record.get("severity", "")
    if severity and severity not in SEVERITIES:
        raise ChecklistError("bad_severity", severity, sheet="survey", row=row, column="severity")
    weight = record.get("weight", "")
    try:
        if weight and float(weight) < 0:
            raise ValueError(weight)
    except ValueError:
        raise ChecklistError("bad_weight", weight, sheet="survey", row=row,
                             column="weight") from None
    required = record.get("required", "").lower()
    if required not in _TRUE | _FALSE:
        raise ChecklistError("unsupported_required", record["required"], sheet="survey",
                             row=row, column="required")


def _check_choices(sheets: Sheets) -> None:
    for number, record in enumerate(_records(sheets.get("choices", [])), start=2):
        compliance = record.get("compliance", "")
        if compliance and compliance not in COMPLIANCE:
            raise ChecklistError("bad_compliance", compliance, sheet="choices", row=number,
                                 column="compliance")


def _pyxform_json(sheets: Sheets) -> dict[str, Any]:
    # pyxform takes longer to import than XunCha takes to start: loaded when a checklist
    # is first parsed, never by a command or window that only reads the store.
    from pyxform import xls2json  # noqa: PLC0415
    from pyxform.errors import PyXFormError  # noqa: PLC0415
    from pyxform.xls2json_backends import DefinitionData  # noqa: PLC0415

    definition: dict[str, Any] = {"sheet_names": list(sheets)}
    for name in ("survey", "choices", "settings"):
        if name in sheets:
            definition[name] = _records(sheets[name])
            definition[f"{name}_header"] = [{h: None for h in sheets[name][0] if h}]
    settings = definition.get("settings") or [{}]
    form_id = settings[0].get("form_id", "") or settings[0].get("id_string", "")
    try:
        return xls2json.workbook_to_json(
            DefinitionData(**definition), form_name=form_id or None,
            fallback_form_name="checklist",
            default_language=settings[0].get("default_language", DEFAULT_LANGUAGE),
            warnings=[],
        )
    except PyXFormError as error:
        message = str(error)
        found = re.search(r"\[row *: *(\d+)\]", message)
        raise ChecklistError("xlsform", message, sheet="survey",
                             row=int(found.group(1)) if found else 0) from error


def _texts(value: Any, default_language: str) -> dict[str, str]:
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v}
    return {default_language: str(value)} if value else {}


def _expression(text: str, row: int, column: str) -> expr.Expr | None:
    if not text:
        return None
    try:
        return expr.parse(text)
    except expr.ExprError as error:
        # A syntax error's detail is English; the expression itself is what the user wrote.
        detail = text if error.reason == "syntax" else error.detail or text
        raise ChecklistError(error.reason, detail, sheet="survey", row=row,
                             column=column) from error


def _build(node: Mapping[str, Any], rows: Mapping[str, int], data: Mapping[str, Any],
           conditions: tuple[expr.Expr, ...], group: str) -> Item | Group:
    language = str(data.get("default_language", DEFAULT_LANGUAGE))
    name = str(node["name"])
    row = rows.get(name, 0)
    bind = node.get("bind", {})
    relevant = _expression(bind.get("relevant", ""), row, "relevant")
    own = conditions + ((relevant,) if relevant else ())
    if node["type"] == "group":
        children = tuple(_build(child, rows, data, own, name) for child in node["children"])
        return Group(name, _texts(node.get("label"), language), row, children, relevant)
    list_name = str(node.get("list_name", ""))
    choices = tuple(
        Choice(str(c["name"]), _texts(c.get("label"), language), str(c.get("compliance", "")))
        for c in node.get("choices", data.get("choices", {}).get(list_name, []))
    )
    return Item(
        name=name,
        type=_PYXFORM_TYPES[node["type"]],
        labels=_texts(node.get("label"), language),
        row=row,
        hints=_texts(node.get("hint"), language),
        required=str(bind.get("required", "")).lower() in _TRUE,
        relevant=own,
        constraint=_expression(bind.get("constraint", ""), row, "constraint"),
        constraint_messages=_texts(bind.get("jr:constraintMsg"), language),
        default=str(node.get("default", "")),
        list_name=list_name,
        choices=choices,
        severity=str(node.get("severity", "")),
        department=str(node.get("department", "")),
        legal_basis=str(node.get("legal_basis", "")),
        action=str(node.get("action", "")),
        weight=float(node.get("weight") or 1),
        group=group,
    )
