"""The one place that decides whether answers are valid for a checklist, and the score
(computed here, and rounded here for people: :func:`shown_score`).

The form, the spreadsheet import and the command line all call :func:`validate`;
values arrive already typed by :func:`coerce` (from a widget's text or a cell).
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from storage.forms import expr
from storage.forms.xlsform import Checklist, Item

Answers = Mapping[str, Any]


@dataclass(frozen=True)
class Problem:
    """Why one answer is not valid: the item, a reason code and the offending value."""

    item: str
    reason: str  # required | constraint | type | choice
    value: Any = None


class CoercionError(ValueError):
    """A raw value that is not of the item's type."""

    def __init__(self, item: Item, value: Any) -> None:
        super().__init__(f"{item.name}: {value!r} is not a {item.type}")
        self.item = item
        self.value = value


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or (
        isinstance(value, float) and math.isnan(value))


def coerce(item: Item, raw: Any) -> Any:
    """Turn a raw value (text, number, date or list) into the item's typed value."""
    if is_empty(raw) or (isinstance(raw, str) and not raw.strip()):
        return [] if item.type == "select_multiple" else ""
    try:
        return _COERCERS.get(item.type, _as_text)(raw)
    except (ValueError, TypeError, OverflowError):
        raise CoercionError(item, raw) from None


def _as_text(raw: Any) -> str:
    return str(raw).strip() if isinstance(raw, str) else str(raw)


def _as_integer(raw: Any) -> int:
    number = float(raw) if not isinstance(raw, int) else raw
    if isinstance(number, float) and not number.is_integer():
        raise ValueError(raw)
    return int(number)


def _as_decimal(raw: Any) -> float:
    number = float(raw)
    if math.isnan(number) or math.isinf(number):
        raise ValueError(raw)
    return number


def _as_date(raw: Any) -> str:
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return dt.date.fromisoformat(str(raw).strip()[:10]).isoformat()


def _as_datetime(raw: Any) -> str:
    value = raw if isinstance(raw, dt.datetime) else dt.datetime.fromisoformat(str(raw).strip())
    return value.isoformat(timespec="minutes")


def _as_choices(raw: Any) -> list[str]:
    parts = raw if isinstance(raw, list | tuple) else str(raw).split()
    return [str(p).strip() for p in parts if str(p).strip()]


_COERCERS = {
    "integer": _as_integer,
    "decimal": _as_decimal,
    "date": _as_date,
    "datetime": _as_datetime,
    "select_multiple": _as_choices,
}


def relevant(checklist: Checklist, answers: Answers,
             today: dt.date | None = None) -> dict[str, bool]:
    """Which items apply given the answers; an item that does not apply counts as empty."""
    values: dict[str, Any] = {item.name: "" for item in checklist.items}
    result: dict[str, bool] = {}
    for item in checklist.items:
        env = expr.Env(values=values, today=today)
        result[item.name] = all(condition.test(env) for condition in item.relevant)
        if result[item.name]:
            values[item.name] = answers.get(item.name, "")
    return result


def validate(checklist: Checklist, answers: Answers, *, attached: Collection[str] = (),
             final: bool = True, today: dt.date | None = None) -> list[Problem]:
    """Every problem of the answers, in form order; a draft skips the required check.

    ``attached`` names the image items that have at least one photo.
    """
    applies = relevant(checklist, answers, today)
    values = {name: (answers.get(name, "") if ok else "") for name, ok in applies.items()}
    problems: list[Problem] = []
    for item in checklist.items:
        if not applies[item.name] or item.type == "note":
            continue
        value = answers.get(item.name, "")
        problem = _check(item, value, values, today, final, item.name in attached)
        if problem:
            problems.append(problem)
    return problems


def _check(item: Item, value: Any, values: Mapping[str, Any], today: dt.date | None,
           final: bool, has_photo: bool) -> Problem | None:
    empty = (not has_photo) if item.type == "image" else is_empty(value)
    if empty:
        return Problem(item.name, "required") if item.required and final else None
    if item.type == "image":
        return None
    try:
        typed = coerce(item, value)
    except CoercionError:
        return Problem(item.name, "type", value)
    known = {c.name for c in item.choices}
    chosen = typed if isinstance(typed, list) else [typed] if item.type == "select_one" else []
    if any(choice not in known for choice in chosen):
        return Problem(item.name, "choice", value)
    if item.constraint and not item.constraint.test(
            expr.Env(values=values, current=typed, today=today)):
        return Problem(item.name, "constraint", value)
    return None


def compliance(item: Item, value: Any) -> str:
    """'pass', 'fail', 'na' or '' for the answer of a scored item."""
    choice = item.choice(value) if isinstance(value, str) and value else None
    return choice.compliance if choice else ""


def non_compliant(checklist: Checklist, answers: Answers,
                  today: dt.date | None = None) -> list[Item]:
    """The applicable items whose answer is a failing choice, in form order."""
    applies = relevant(checklist, answers, today)
    return [item for item in checklist.items if item.scored and applies[item.name]
            and compliance(item, answers.get(item.name)) == "fail"]


def score(checklist: Checklist, answers: Answers, today: dt.date | None = None) -> float | None:
    """The weighted share of applicable answered items that comply, 0–100; None if none."""
    applies = relevant(checklist, answers, today)
    passed = total = 0.0
    for item in checklist.items:
        if not (item.scored and applies[item.name]):
            continue
        result = compliance(item, answers.get(item.name))
        if result in ("pass", "fail"):
            total += item.weight
            passed += item.weight if result == "pass" else 0.0
    return round(100.0 * passed / total, 1) if total else None


def shown_score(score: float | None) -> int | None:
    """The score as people read it, on screen and on paper alike: a whole number, halves
    rounded up (84.4 → 84, 84.5 → 85); None when nothing was scored."""
    if score is None:
        return None
    return int(decimal.Decimal(repr(score)).quantize(decimal.Decimal(1),
                                                     rounding=decimal.ROUND_HALF_UP))


def score_text(score: float | None, empty: str = "—") -> str:
    """The shown score as text, ``empty`` when nothing was scored."""
    shown = shown_score(score)
    return empty if shown is None else str(shown)
