"""The layout of a sync workbook: fixed sheets, columns, how a value becomes a cell and back.

Export and import both use these definitions, so a value written is read back as the
same value. Choices are shown by their Chinese labels (codes are accepted too);
timestamps and dates are ISO text; numbers are numbers.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storage import clock
from storage.forms import validate
from storage.forms.xlsform import Item

FORMAT = "xuncha-sync"
FORMAT_VERSION = "1"
HEADER_ROWS = 2  # row 1: Chinese labels; row 2: the codes a machine reads
MACHINE = ("id", "version", "parent_version", "device_id", "created_at", "updated_at",
           "checksum")

README = "说明"
LONG = "答案明细"
HISTORY = "修改历史"
PHOTOS = "照片清单"
LISTS = "_lists"
CHECKLISTS = "_checklists"
META = "_meta"
SHEET_NAME_MAX = 31
LONG_ROWS_PER_SHEET = 1_000_000  # Excel's limit is 1,048,576 rows

FLAG = ((1, "是"), (0, "否"))

SOURCES = {"typed": "录入", "imported": "导入", "spreadsheet_edit": "表格修改",
           "conflict": "冲突处理", "demo": "演示"}
# Between the labels of a multi-select cell: the first of these no label (or code) of the
# column contains is written; any run of them is read, so hand-typed lists import too.
MULTI_SEPARATORS = ("；", "\n", " ")
_TYPED_SEPARATORS = frozenset("；;，,、|/\n\t \u3000")


class CellProblem(ValueError):
    """A cell whose text is not a value of its column; ``reason`` names why."""

    def __init__(self, reason: str, value: Any = None) -> None:
        super().__init__(f"{reason}: {value!r}")
        self.reason = reason  # type | choice | required | error_cell | date | timestamp
        self.value = value


@dataclass(frozen=True)
class Column:
    """One column of a record sheet: the content field it holds and how it is shown."""

    code: str  # a content key, "answers.<item>", or "info.<x>" for what is only shown
    label: str
    kind: str  # text|integer|decimal|date|datetime|timestamp|choice|multi|flag|reference|
    #   info|typed
    choices: tuple[tuple[Any, str], ...] = ()
    optional: bool = True  # an empty cell is allowed
    hidden: bool = False
    width: int = 14
    item: Item | None = None

    @property
    def is_content(self) -> bool:
        return not self.code.startswith("info.")


def machine_columns() -> list[Column]:
    """The hidden columns every record sheet starts with."""
    return [Column(name, name, "text", hidden=True) for name in MACHINE]


# --- values to cells ---------------------------------------------------------------------

def render(column: Column, value: Any) -> Any:
    """The cell value of a content value: labels for choices, numbers, ISO text."""
    if value is None or value == "" or value == []:
        return None
    if column.kind in ("choice", "flag"):
        return dict(column.choices).get(value, value)
    if column.kind == "multi":
        labels = dict(column.choices)
        return (separator(column.choices) or "；").join(labels.get(v, v) for v in value)
    if column.kind in ("integer", "decimal"):
        return value
    return value if isinstance(value, str) else str(value)


def normal(raw: Any) -> Any:
    """A cell value in one comparable form: whole floats as ints, trimmed text, ISO dates."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        if math.isnan(raw):
            return ""
        return int(raw) if raw.is_integer() else raw
    if isinstance(raw, dt.datetime):
        return raw.isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, dt.time | dt.timedelta):
        return str(raw)
    return raw.strip() if isinstance(raw, str) else raw


def parse(column: Column, raw: Any) -> Any:
    """The content value of a cell, or CellProblem; an empty cell is the empty value."""
    value = normal(raw)
    if value == "":
        if not column.optional:
            raise CellProblem("required")
        return _EMPTY.get(column.kind, "")
    parser = _PARSERS.get(column.kind)
    return parser(column, value) if parser else str(value)


def _choice(column: Column, value: Any) -> Any:
    for code, label in column.choices:
        if value in (label, code) or str(value) == str(code):
            return code
    raise CellProblem("choice", value)


@functools.lru_cache(maxsize=512)
def separator(choices: tuple[tuple[Any, str], ...]) -> str | None:
    """The separator a multi-select cell of these choices is written with (None: none fits).

    It is one no label or code contains, so the labels read back whatever they hold
    ("围墙、栅栏" holds "、").
    """
    words = [str(w) for pair in choices for w in pair]
    return next((s for s in MULTI_SEPARATORS if not any(s in w for w in words)), None)


def shown_choices(choices: tuple[tuple[Any, str], ...],
                  multi: bool) -> tuple[tuple[Any, str], ...]:
    """The choices as cells show them: labels, or the codes where labels cannot work.

    Codes are shown when two choices share a label, or (multi-select) when no separator
    fits the labels; select_multiple codes hold no spaces, so a space always fits them.
    """
    labels = [label.strip() for _, label in choices]
    shown = tuple((code, label) for (code, _), label in zip(choices, labels, strict=True))
    if len(set(labels)) < len(labels) or "" in labels or (multi and separator(shown) is None):
        return tuple((code, str(code)) for code, _ in choices)
    return shown


def _multi(column: Column, value: Any) -> list[str]:
    """The codes of a multi-select cell: known labels (or codes), longest first, between
    any run of separators."""
    text = str(value)
    words = _multi_words(column.choices)
    found: dict[int, list[str] | None] = {}

    def rest(start: int) -> list[str] | None:
        if start not in found:
            found[start] = None
            for word, code in words:
                if not text.startswith(word, start):
                    continue
                end = start + len(word)
                if end == len(text):
                    found[start] = [code]
                    break
                after = end
                while after < len(text) and text[after] in _TYPED_SEPARATORS:
                    after += 1
                    tail = rest(after)
                    if tail is not None:
                        found[start] = [code, *tail]
                        return found[start]
        return found[start]

    for start in range(len(text), -1, -1):  # deepest first: no deep recursion
        rest(start)
    codes = rest(0)
    if codes is None:
        raise CellProblem("choice", value)
    return codes


@functools.lru_cache(maxsize=512)
def _multi_words(choices: tuple[tuple[Any, str], ...]) -> tuple[tuple[str, Any], ...]:
    """Every text naming a choice, longest first; a label wins over another's equal code."""
    words: dict[str, Any] = {str(code): code for code, _ in choices}
    words.update({label: code for code, label in choices})
    return tuple(sorted(words.items(), key=lambda pair: -len(pair[0])))


def _typed(column: Column, value: Any) -> Any:
    assert column.item is not None
    try:
        return validate.coerce(column.item, value)
    except validate.CoercionError:
        raise CellProblem("type", value) from None


def _number(column: Column, value: Any) -> Any:
    if column.item is not None:
        return _typed(column, value)
    number = _float(value)
    if not number.is_integer():
        raise CellProblem("type", value)
    return int(number)


def _decimal(column: Column, value: Any) -> Any:
    """A checklist item's decimal as the item reads it; any other column's as a float."""
    if column.item is not None:
        return _typed(column, value)
    return _float(value)


def _float(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise CellProblem("type", value) from None
    if not math.isfinite(number):
        raise CellProblem("type", value)
    return number


def _date(column: Column, value: Any) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise CellProblem("date", value) from None


def _timestamp(column: Column, value: Any) -> str:
    """UTC text as the store keeps it; a time without a zone is this laptop's local time."""
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise CellProblem("timestamp", value) from None
    if moment.tzinfo is None:
        moment = clock.assume_local(moment)
    return clock.format_utc(moment)


_EMPTY: dict[str, Any] = {"multi": [], "integer": None, "decimal": None, "flag": None,
                          "date": None, "timestamp": None, "choice": "", "reference": None}
_PARSERS = {"choice": _choice, "flag": _choice, "multi": _multi, "integer": _number,
            "decimal": _decimal, "date": _date, "datetime": _typed, "timestamp": _timestamp,
            "typed": _typed}


def answer_empty(column: Column) -> Any:
    """An unanswered item's value (answers drop it)."""
    return [] if column.kind == "multi" else ""


def checksum(cells: Iterable[Any]) -> str:
    """A short hash of a row's content cells as written; the same cells read back match it.

    An import compares it with the cells it reads: equal, the row was not edited and
    its hidden version stands without rebuilding it cell by cell (a big file imports in
    little more than the time to read it). Anything else takes the careful way.
    """
    return digest(cells_text(cells))


def cells_text(cells: Iterable[Any]) -> str:
    """The text of a row's cells that :func:`checksum` hashes."""
    return "\x1f".join([  # inline, not a call per cell: every row of a file passes here
        v if type(v) is str else "" if v is None else
        str(int(v)) if type(v) is float and v.is_integer() else str(v) for v in cells])


def digest(text: str) -> str:
    """The checksum of a row's :func:`cells_text`."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def place(columns: Mapping[str, Column], letters: Mapping[str, str], code: str) -> str:
    """Where a cell is, for people: its column's letter and label ("C (检查人)")."""
    column = columns.get(code)
    letter = letters.get(code, "")
    return f"{letter} ({column.label})" if column else letter


def column_letter(index: int) -> str:
    """The spreadsheet letters of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def codes_row(columns: Sequence[Column]) -> list[str]:
    return [c.code for c in columns]
