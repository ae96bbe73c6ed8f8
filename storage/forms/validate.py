"""The one place that decides whether answers are valid for a checklist, and the score
(computed here, and rounded here for people: :func:`shown_score`).

The form, the spreadsheet import and the command line all call :func:`validate`;
values arrive already typed by :func:`coerce` (from a widget's text or a cell). What
applies and what calculations give comes from :mod:`storage.forms.evaluation`; a
problem names the answer's path (``item``, or ``repeat[block]/item`` in a block).
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import re
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storage.forms import expr
from storage.forms.evaluation import Chain, Context, State, blocks_of, evaluate
from storage.forms.expr_values import Nodes, to_string
from storage.forms.model import BLOCK_ID, Checklist, Item, split_path

__all__ = ["Context", "CoercionError", "Problem", "State", "blocks_of", "coerce",
           "compliance", "defaults", "failing", "fill", "is_empty", "new_block_id", "non_compliant",
           "relevant", "score", "state", "validate"]

Answers = Mapping[str, Any]
GEO = ("geopoint", "geotrace", "geoshape")
_REFERENCE = re.compile(r"\$\{([^}]+)\}")
_COORDINATE = re.compile(r"\s*(-?\d+(?:\.\d+)?)[\s,，]+(-?\d+(?:\.\d+)?)"
                         r"(?:\s+(-?\d+(?:\.\d+)?))?(?:\s+(\d+(?:\.\d+)?))?\s*")


@dataclass(frozen=True)
class Problem:
    """Why one answer is not valid: where (a path), a reason code and the value."""

    item: str
    reason: str  # required | constraint | type | choice | range | repeat_count
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
        if item.type == "range":
            return _as_range(item, raw)
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


def _as_time(raw: Any) -> str:
    if isinstance(raw, dt.datetime):
        raw = raw.time()
    value = raw if isinstance(raw, dt.time) else dt.time.fromisoformat(str(raw).strip())
    return value.isoformat(timespec="minutes")


def _as_choices(raw: Any) -> list[str]:
    parts = raw if isinstance(raw, list | tuple) else str(raw).split()
    return [str(p).strip() for p in parts if str(p).strip()]


def _as_location(raw: Any) -> str:
    """Typed coordinates (``lat lon``, points of a line or shape joined by ``;``), or,
    on a laptop without GPS, the place in words ("3号楼2单元")."""
    text = str(raw).strip()
    points = []
    for part in re.split(r"[;；]", text):
        match = _COORDINATE.fullmatch(part)
        if match is None or abs(float(match[1])) > 90 or abs(float(match[2])) > 180:
            return text
        points.append(" ".join(g for g in match.groups() if g is not None))
    return ";".join(points)


def _as_acknowledged(raw: Any) -> str:
    if str(raw).strip().lower() in ("ok", "yes", "true", "1", "是"):
        return "OK"
    raise ValueError(raw)


def _as_range(item: Item, raw: Any) -> int | float:
    whole = all(float(item.parameters.get(k, "1")).is_integer()
                for k in ("start", "end", "step"))
    return _as_integer(raw) if whole else _as_decimal(raw)


_COERCERS = {
    "integer": _as_integer,
    "decimal": _as_decimal,
    "date": _as_date,
    "datetime": _as_datetime,
    "time": _as_time,
    "select_multiple": _as_choices,
    "geopoint": _as_location,
    "geotrace": _as_location,
    "geoshape": _as_location,
    "acknowledge": _as_acknowledged,
}


def new_block_id(blocks: Sequence[Mapping[str, Any]]) -> str:
    """A new block's stable id: its number, then a random part (two laptops adding a
    block at once give two blocks, in a stable order)."""
    numbers = [int(str(b.get(BLOCK_ID, "0")).split("-")[0] or 0)
               for b in blocks if str(b.get(BLOCK_ID, "")).split("-")[0].isdigit()]
    return f"{max(numbers, default=0) + 1:04d}-{uuid.uuid4().hex[:8]}"


# --- the form for some answers ---------------------------------------------------------

def defaults(checklist: Checklist, today: dt.date | None = None, *,
             context: Context | None = None) -> dict[str, Any]:
    """The answers a new inspection starts with: each top-level item's default."""
    found = state(checklist, {}, today, context=context)
    answers = {}
    for where, value in found.defaults.items():
        if "/" in where:
            continue
        try:
            typed = coerce(found.items[where], value)
        except CoercionError:
            continue
        if not is_empty(typed):
            answers[where] = typed
    return answers


def state(checklist: Checklist, answers: Answers, today: dt.date | None = None, *,
          context: Context | None = None) -> State:
    """What applies, the derived values and the offered choices (see ``evaluation``)."""
    if context is None or (today is not None and context.today is None):
        context = Context(today=today) if context is None else \
            Context(today, context.now, context.start, context.end, context.device_id,
                    context.username, context.seed)
    return evaluate(checklist, answers, context)


def relevant(checklist: Checklist, answers: Answers, today: dt.date | None = None, *,
             context: Context | None = None) -> dict[str, bool]:
    """Which answers apply (by path); an answer that does not apply counts as empty."""
    return state(checklist, answers, today, context=context).applies


def validate(checklist: Checklist, answers: Answers, *, attached: Collection[str] = (),
             final: bool = True, today: dt.date | None = None,
             context: Context | None = None, found: State | None = None) -> list[Problem]:
    """Every problem of the answers, in form order; a draft skips the required check.

    ``attached`` names the image items (paths) that have at least one photo; ``found``
    is the state of these answers when the caller has it already.
    """
    found = found or state(checklist, answers, today, context=context)
    problems: list[Problem] = []
    for where, item in found.items.items():
        if not found.applies[where] or not (item.answered or item.type == "image"):
            continue
        problem = _check(item, where, found, final, where in attached, today)
        if problem:
            problems.append(problem)
    for where, count in found.counts.items():
        if final and count is not None and len(found.blocks[where]) < count:
            problems.append(Problem(where, "repeat_count", count))
    order = {where: n for n, where in enumerate(found.items)}
    return sorted(problems, key=lambda p: order.get(p.item, len(order)))


def _check(item: Item, where: str, found: State, final: bool, has_photo: bool,
           today: dt.date | None) -> Problem | None:
    value = found.values[where]
    empty = (not has_photo) if item.type == "image" else is_empty(value)
    if empty:
        needed = item.required and item.type not in GEO and final and _required(
            item, where, found, today)
        return Problem(where, "required") if needed else None
    if item.type == "image":
        return None
    try:
        typed = coerce(item, value)
    except CoercionError:
        return Problem(where, "type", value)
    known = {c.name for c in found.choices.get(where, item.choices)}
    chosen = typed if isinstance(typed, list) else [typed] if item.type == "select_one" else []
    if any(choice not in known for choice in chosen):
        return Problem(where, "choice", value)
    if item.type == "range" and not _in_range(item, typed):
        return Problem(where, "range", value)
    if item.constraint and not _holds(item.constraint, found, where, typed, today):
        return Problem(where, "constraint", value)
    return None


def _required(item: Item, where: str, found: State, today: dt.date | None) -> bool:
    return item.required_when is None or _holds(item.required_when, found, where, "", today)


def _holds(condition: expr.Expr, found: State, where: str, current: Any,
           today: dt.date | None) -> bool:
    chain, _ = split_path(where)
    env = expr.Env(_visible(found, chain), current, today)
    try:
        return condition.test(env)
    except expr.ExprError:
        return False


def _visible(found: State, chain: Chain) -> dict[str, Any]:
    return {name: found.lookup(name, chain) for name in found.scopes}


def _in_range(item: Item, value: float) -> bool:
    low, high = (float(item.parameters.get(k, "0")) for k in ("start", "end"))
    return min(low, high) <= value <= max(low, high)


# --- the score --------------------------------------------------------------------------

def compliance(item: Item, value: Any) -> str:
    """'pass', 'fail', 'na' or '' for the answer of a scored item."""
    choice = item.choice(value) if isinstance(value, str) and value else None
    return choice.compliance if choice else ""


def failing(checklist: Checklist, answers: Answers, today: dt.date | None = None, *,
            context: Context | None = None, found: State | None = None
            ) -> list[tuple[str, Item]]:
    """The applicable answers (paths) that are a failing choice, in form order."""
    found = found or state(checklist, answers, today, context=context)
    return [(where, item) for where, item in found.items.items()
            if item.scored and found.applies[where]
            and compliance(item, found.values[where]) == "fail"]


def non_compliant(checklist: Checklist, answers: Answers,
                  today: dt.date | None = None) -> list[Item]:
    """The items whose applicable answer is a failing choice (once per block), in order."""
    return [item for _, item in failing(checklist, answers, today)]


def score(checklist: Checklist, answers: Answers, today: dt.date | None = None, *,
          context: Context | None = None, found: State | None = None) -> float | None:
    """The weighted share of applicable answered items that comply, 0–100; None if none.

    Every block of a repeat counts like an item of its own.
    """
    found = found or state(checklist, answers, today, context=context)
    passed = total = 0.0
    for where, item in found.items.items():
        if not (item.scored and found.applies[where]):
            continue
        result = compliance(item, found.values[where])
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


# --- labels -----------------------------------------------------------------------------

def fill(text: str, found: State, chain: Chain, language: str) -> str:
    """A label or hint with each ``${name}`` replaced by the answer (a choice's label)."""
    def value(match: re.Match[str]) -> str:
        name = match[1].strip()
        found_value = found.lookup(name, chain)
        if isinstance(found_value, Nodes):
            found_value = found_value.items[0] if found_value.items else ""
        item = next((i for i in found.items.values() if i.name == name), None)
        if item is not None and item.choices:
            names = found_value if isinstance(found_value, list) else \
                str(found_value or "").split()
            return "、".join((c.label(language) if (c := item.choice(n)) else n) for n in names)
        return to_string(found_value)
    return _REFERENCE.sub(value, text)
