"""Values of the XPath subset: XPath 1.0 string(), number(), boolean(), ODK dates, operators.

Answers arrive as Python values (text, numbers, dates, lists of choices); a repeated
item seen from outside its block arrives as :class:`Nodes` (one value per block), the
XPath node-set that ``sum()``, ``count()`` and ``join()`` take.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

NAN = math.nan
EPOCH = date(1970, 1, 1)
# Integers stay exact up to 64 bits; beyond that XPath doubles take over, which also keeps
# results away from Python's int<->float/str conversion limits.
_INT_LIMIT = 2**63


@dataclass(frozen=True)
class Nodes:
    """The values of a repeated item (or the blocks of a repeat) in every block."""

    items: tuple[object, ...]


@dataclass(frozen=True)
class Env:
    """What an expression can see.

    ``values`` are the answers (and calculated values) by item name; ``current`` is
    the value a constraint checks (``.``); ``position`` the 1-based block number in a
    repeat (``position(..)``); ``blocks`` each repeat's blocks (``indexed-repeat()``);
    ``row`` the columns of the choice or list row a filter looks at (bare names);
    ``seed`` makes ``uuid()`` and ``random()`` the same every time for one inspection;
    ``choice_label`` names a choice (``jr:choice-name()``); ``lists`` are the rows of
    choice lists and attached files (``instance('list')/root/item[…]``).
    """

    values: Mapping[str, object]
    current: object = ""
    today: date | None = None
    now: datetime | None = None
    position: int = 0
    blocks: Mapping[str, Sequence[Mapping[str, object]]] = field(default_factory=dict)
    row: Mapping[str, object] | None = None
    seed: str = ""
    choice_label: Callable[[str, str], str] | None = None
    lists: Mapping[str, Sequence[Mapping[str, object]]] | None = None


def value(raw: object) -> object:
    """Normalise an answer from the environment."""
    if raw is None:
        return ""
    if isinstance(raw, tuple):
        return list(raw)
    if isinstance(raw, datetime):
        return raw.date()
    return raw


def first(v: object) -> object:
    """A node-set stands for its first node where one value is wanted (XPath 1.0)."""
    if isinstance(v, Nodes):
        return value(v.items[0]) if v.items else ""
    return v


def is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def fix(n: int | float) -> int | float:
    if isinstance(n, int) and abs(n) > _INT_LIMIT:
        try:
            return float(n)
        except OverflowError:
            return math.inf if n > 0 else -math.inf
    return n


def number_to_string(n: int | float) -> str:
    if isinstance(n, int):
        return str(n)
    if math.isnan(n):
        return "NaN"
    if math.isinf(n):
        return "Infinity" if n > 0 else "-Infinity"
    if n.is_integer():
        return str(int(n))
    return format(Decimal(repr(n)), "f")  # XPath never uses exponent notation


def to_string(v: object) -> str:
    v = first(v)
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return number_to_string(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, list | tuple):
        return " ".join(to_string(item) for item in v)
    return str(v)


_NUMBER_RE = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# a date, optionally with the time part of a datetime answer ('2024-06-01T09:30')
_ISO_DATE_RE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:T[0-9:.]+(?:Z|[+-][0-9:]+)?)?")


def to_number(v: object) -> int | float:
    v = first(v)
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int | float):
        return fix(v)
    if isinstance(v, date):
        return (v - EPOCH).days
    text = to_string(v).strip()
    if not _NUMBER_RE.fullmatch(text):
        return NAN  # covers "", so an unanswered item never equals 0
    return int(text) if "." not in text and len(text) <= 18 else float(text)


def date_like(v: object) -> date | None:
    """A date, or an ISO 'YYYY-MM-DD' string as stored for date answers."""
    v = first(v)
    if isinstance(v, date):
        return v
    match = _ISO_DATE_RE.fullmatch(v.strip()) if isinstance(v, str) else None
    if match is None:
        return None
    try:
        return date.fromisoformat(match[1])
    except ValueError:
        return None


def shift(day: date, days: int | float) -> object:
    if not math.isfinite(days):
        return NAN
    try:
        return day + timedelta(days=math.floor(days))
    except OverflowError:
        return NAN


def to_date(v: object) -> object:
    """ODK date(): dates and ISO strings as is, numbers as days since 1970; else NaN."""
    v = first(v)
    if is_number(v):
        return shift(EPOCH, to_number(v))
    found = date_like(v)
    return NAN if found is None else found


def ordinal(v: object) -> int | float:
    """Number for ordering and arithmetic; dates (also ISO strings) count days."""
    found = date_like(v)
    return to_number(v) if found is None else (found - EPOCH).days


def truthy(v: object) -> bool:
    """XPath boolean(): numbers non-zero and not NaN, strings, lists and node-sets non-empty."""
    if isinstance(v, Nodes):
        return len(v.items) > 0
    if isinstance(v, bool):
        return v
    if isinstance(v, int | float):
        return v != 0 and not math.isnan(v)
    if isinstance(v, date):
        return True
    if isinstance(v, list | tuple):
        return len(v) > 0
    return v is not None and to_string(v) != ""


def items(v: object) -> list[str]:
    """Choices of a select_multiple answer, given as a list or a space-separated string."""
    v = first(v)
    if isinstance(v, list | tuple):
        return [to_string(item) for item in v]
    return to_string(v).split()


def flatten(args: Sequence[object]) -> list[object]:
    """Every value of the arguments, node-sets opened (for sum, max, join …)."""
    found: list[object] = []
    for arg in args:
        found.extend(value(v) for v in arg.items) if isinstance(arg, Nodes) else \
            found.append(arg)
    return found


# --- operators -------------------------------------------------------------------------
def _equals(a: object, b: object) -> bool:
    if isinstance(a, Nodes) or isinstance(b, Nodes):
        left = a.items if isinstance(a, Nodes) else (a,)
        right = b.items if isinstance(b, Nodes) else (b,)
        return any(_equals(value(x), value(y)) for x in left for y in right)
    if isinstance(a, bool) or isinstance(b, bool):
        return truthy(a) == truthy(b)
    if is_number(a) or is_number(b):
        return to_number(a) == to_number(b)
    if isinstance(a, date) or isinstance(b, date):
        da, db = date_like(a), date_like(b)
        if da is not None and db is not None:
            return da == db
    return to_string(a) == to_string(b)


def _not_equals(a: object, b: object) -> bool:
    if isinstance(a, Nodes) or isinstance(b, Nodes):  # some pair differs (XPath 1.0)
        left = a.items if isinstance(a, Nodes) else (a,)
        right = b.items if isinstance(b, Nodes) else (b,)
        return any(not _equals(value(x), value(y)) for x in left for y in right)
    return not _equals(a, b)


def _ordered(compare: Callable[[float, float], bool]) -> Callable[[object, object], object]:
    return lambda a, b: compare(ordinal(a), ordinal(b))  # NaN compares false


def _add(a: object, b: object) -> object:
    da, db = date_like(a), date_like(b)
    if da is not None and db is None:
        return shift(da, to_number(b))
    if db is not None and da is None:
        return shift(db, to_number(a))
    return fix(ordinal(a) + ordinal(b))


def _subtract(a: object, b: object) -> object:
    da, db = date_like(a), date_like(b)
    if da is not None and db is None:
        return shift(da, -to_number(b))
    return fix(ordinal(a) - ordinal(b))


def _divide(a: object, b: object) -> object:
    x, y = ordinal(a), ordinal(b)
    if y == 0:  # IEEE 754 as XPath requires, instead of ZeroDivisionError
        if x == 0 or math.isnan(x):
            return NAN
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y


def _modulo(a: object, b: object) -> object:
    x, y = ordinal(a), ordinal(b)
    if isinstance(x, int) and isinstance(y, int) and y != 0:
        rest = abs(x) % abs(y)  # exact; the sign follows the dividend like math.fmod
        return -rest if x < 0 else rest
    try:
        return math.fmod(x, y)
    except ValueError:  # x mod 0, Infinity mod y
        return NAN


BINARY: dict[str, Callable[[object, object], object]] = {
    "=": _equals,
    "!=": _not_equals,
    "<": _ordered(operator.lt),
    "<=": _ordered(operator.le),
    ">": _ordered(operator.gt),
    ">=": _ordered(operator.ge),
    "+": _add,
    "-": _subtract,
    "*": lambda a, b: fix(ordinal(a) * ordinal(b)),
    "div": _divide,
    "mod": _modulo,
}
