"""The functions of the XPath subset: those ODK and KoboToolbox forms use, pure and safe.

Each takes its evaluated arguments and the environment. Functions that need the
unevaluated arguments (``if``, ``indexed-repeat``, ``position``) are handled by the
evaluator in :mod:`storage.forms.expr`.
"""

from __future__ import annotations

import hashlib
import math
import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from storage import clock
from storage.forms.expr_values import (
    EPOCH,
    NAN,
    Env,
    Nodes,
    date_like,
    first,
    fix,
    flatten,
    is_number,
    items,
    to_date,
    to_number,
    to_string,
    truthy,
    value,
)

Function = Callable[[list[object], Env], object]
_EARTH_RADIUS = 6_378_137.0  # metres, WGS 84 equator (ODK's area() and distance())
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def _round(args: list[object], env: Env) -> object:
    """XPath/JavaRosa round: halves go towards +Infinity; decimal digits are optional."""
    x = to_number(args[0])
    places = to_number(args[1]) if len(args) > 1 else 0
    if not math.isfinite(places):
        return NAN
    if not math.isfinite(x):
        return x
    mode = ROUND_HALF_UP if x >= 0 else ROUND_HALF_DOWN
    try:  # via repr so that 2.675 rounds the way it reads, not as its binary value
        result = Decimal(repr(x)).quantize(Decimal(1).scaleb(-int(places)), rounding=mode)
    except InvalidOperation:  # more digits than Decimal keeps: already beyond rounding
        return x
    return int(result) if places <= 0 else float(result)


def _regex(args: list[object], env: Env) -> object:
    try:  # ODK anchors nothing itself: the pattern brings its own ^ and $
        return re.search(to_string(args[1]), to_string(args[0])) is not None
    except re.error:
        return False  # a broken dynamic pattern fails the constraint instead of crashing


def _to_int(args: list[object], env: Env) -> object:
    n = to_number(args[0])
    return n if not math.isfinite(n) else math.trunc(n)


def _math(function: Callable[..., float]) -> Function:
    """A float function that answers NaN instead of raising (log(0), sqrt(-1), overflow)."""
    def apply(args: list[object], env: Env) -> object:
        try:
            return function(*(float(to_number(a)) for a in args))
        except (ValueError, OverflowError, ZeroDivisionError):
            return NAN
    return apply


def _whole(function: Callable[[float], float]) -> Function:
    def apply(args: list[object], env: Env) -> object:
        n = to_number(args[0])
        return n if not math.isfinite(n) else fix(int(function(n)))
    return apply


def _sum(args: list[object], env: Env) -> object:
    total: int | float = 0
    for v in flatten(args):
        total = fix(total + to_number(v))
    return total


def _extreme(pick: Callable[[list[float]], float]) -> Function:
    def apply(args: list[object], env: Env) -> object:
        numbers = [to_number(v) for v in flatten(args)]
        if not numbers or any(math.isnan(n) for n in numbers):
            return NAN
        return pick(numbers)
    return apply


def _count(args: list[object], env: Env) -> object:
    arg = args[0]
    if isinstance(arg, Nodes):
        return len(arg.items)
    return 1 if truthy(arg) or arg == 0 else 0


def _join(args: list[object], env: Env) -> object:
    return to_string(args[0]).join(to_string(v) for v in flatten(args[1:]))


def _substr(args: list[object], env: Env) -> object:
    text = to_string(args[0])
    start = to_number(args[1])
    end = to_number(args[2]) if len(args) > 2 else len(text)
    if not (math.isfinite(start) and math.isfinite(end)):
        return ""
    return text[max(int(start), 0):max(int(end), 0)]


def _before(args: list[object], env: Env) -> object:
    text, mark = to_string(args[0]), to_string(args[1])
    return text.split(mark, 1)[0] if mark and mark in text else ""


def _after(args: list[object], env: Env) -> object:
    text, mark = to_string(args[0]), to_string(args[1])
    if not mark:
        return text
    return text.split(mark, 1)[1] if mark in text else ""


def _translate(args: list[object], env: Env) -> object:
    source, old, new = (to_string(a) for a in args)
    table: dict[int, int | None] = {}
    for n, char in enumerate(old):
        table.setdefault(ord(char), ord(new[n]) if n < len(new) else None)
    return source.translate(table)


def _boolean_from_string(args: list[object], env: Env) -> object:
    return to_string(args[0]).strip() in ("true", "1")


def _selected_at(args: list[object], env: Env) -> object:
    chosen, n = items(args[0]), to_number(args[1])
    return chosen[int(n)] if math.isfinite(n) and 0 <= n < len(chosen) else ""


def _now(env: Env) -> datetime:
    return env.now or clock.now_local()


def _decimal_date_time(args: list[object], env: Env) -> object:
    text = to_string(args[0]).strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        day = date_like(text)
        return NAN if day is None else (day - EPOCH).days
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return (moment - datetime(1970, 1, 1)).total_seconds() / 86400


def _moment(v: object) -> datetime | None:
    v = first(v)
    if is_number(v):
        day = to_date(v)
        return datetime(day.year, day.month, day.day) if isinstance(day, date) else None
    text = to_string(v).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        day = date_like(text)
        return datetime(day.year, day.month, day.day) if day else None


_FORMATS: dict[str, Callable[[datetime], str]] = {
    "Y": lambda m: f"{m.year:04d}", "y": lambda m: f"{m.year % 100:02d}",
    "m": lambda m: f"{m.month:02d}", "n": lambda m: str(m.month),
    "b": lambda m: _MONTHS[m.month - 1], "d": lambda m: f"{m.day:02d}",
    "e": lambda m: str(m.day), "H": lambda m: f"{m.hour:02d}", "h": lambda m: str(m.hour),
    "M": lambda m: f"{m.minute:02d}", "S": lambda m: f"{m.second:02d}",
    "3": lambda m: f"{m.microsecond // 1000:03d}", "a": lambda m: _DAYS[m.weekday()],
}


def _format_date(args: list[object], env: Env) -> object:
    """JavaRosa's format-date(): %Y %y %m %n %b %d %e %H %h %M %S %3 %a."""
    moment = _moment(args[0])
    if moment is None:
        return ""
    return re.sub(r"%(.)", lambda m: _FORMATS[m[1]](moment) if m[1] in _FORMATS else m[1],
                  to_string(args[1]))


def _digest_number(args: list[object], env: Env) -> int:
    salt = to_string(args[-1]) if args else ""
    return int(hashlib.sha256(f"{env.seed}|{salt}".encode()).hexdigest()[:13], 16)


def _uuid(args: list[object], env: Env) -> object:
    """The same id every time for one inspection and call (so a saved answer stays put)."""
    return str(uuid.UUID(int=_digest_number(args, env) << 76 | 0x4000_8000_0000_0000_0000,
                         version=4))


def _random(args: list[object], env: Env) -> object:
    return _digest_number(args, env) / float(1 << 52)


def _points(args: list[object]) -> list[tuple[float, float]]:
    found = []
    for v in flatten(args):
        for part in to_string(v).split(";"):
            numbers = part.split()
            try:
                found.append((float(numbers[0]), float(numbers[1])))
            except (IndexError, ValueError):
                continue
    return found


def _distance(args: list[object], env: Env) -> object:
    """Length in metres of a geotrace (or of geopoints in order), on a sphere."""
    points = _points(args)
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(points, points[1:], strict=False):
        p1, p2 = math.radians(lat1), math.radians(lat2)
        dp, dl = p2 - p1, math.radians(lon2 - lon1)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        total += 2 * _EARTH_RADIUS * math.asin(min(1.0, math.sqrt(a)))
    return total


def _area(args: list[object], env: Env) -> object:
    """Area in square metres of a geoshape, on a sphere."""
    points = _points(args)
    if len(points) < 3:
        return 0.0
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(points, [*points[1:], points[0]], strict=True):
        total += math.radians(lon2 - lon1) * (2 + math.sin(math.radians(lat1))
                                              + math.sin(math.radians(lat2)))
    return abs(total * _EARTH_RADIUS ** 2 / 2)


FUNCTIONS: dict[str, tuple[int, int | None, Function]] = {
    "selected": (2, 2, lambda a, e: to_string(a[1]).strip() in items(a[0])),
    "selected-at": (2, 2, _selected_at),
    "count-selected": (1, 1, lambda a, e: len(items(a[0]))),
    "string-length": (1, 1, lambda a, e: len(to_string(a[0]))),
    "today": (0, 0, lambda a, e: value(e.today or clock.today_local())),
    "now": (0, 0, lambda a, e: _now(e).isoformat(timespec="seconds")),
    "not": (1, 1, lambda a, e: not truthy(a[0])),
    "true": (0, 0, lambda a, e: True),
    "false": (0, 0, lambda a, e: False),
    "boolean": (1, 1, lambda a, e: truthy(a[0])),
    "boolean-from-string": (1, 1, _boolean_from_string),
    "if": (3, 3, lambda a, e: a[1] if truthy(a[0]) else a[2]),  # evaluated lazily
    "number": (1, 1, lambda a, e: to_number(a[0])),
    "int": (1, 1, _to_int),
    "string": (1, 1, lambda a, e: to_string(a[0])),
    "concat": (0, None, lambda a, e: "".join(to_string(arg) for arg in flatten(a))),
    "join": (1, None, _join),
    "contains": (2, 2, lambda a, e: to_string(a[1]) in to_string(a[0])),
    "starts-with": (2, 2, lambda a, e: to_string(a[0]).startswith(to_string(a[1]))),
    "ends-with": (2, 2, lambda a, e: to_string(a[0]).endswith(to_string(a[1]))),
    "substr": (2, 3, _substr),
    "substring-before": (2, 2, _before),
    "substring-after": (2, 2, _after),
    "translate": (3, 3, _translate),
    "normalize-space": (1, 1, lambda a, e: " ".join(to_string(a[0]).split())),
    "coalesce": (2, 2, lambda a, e: a[0] if to_string(a[0]) != "" else a[1]),
    "once": (1, 1, lambda a, e: a[0]),  # values are derived the same way every time
    "round": (1, 2, _round),
    "floor": (1, 1, _whole(math.floor)),
    "ceiling": (1, 1, _whole(math.ceil)),
    "abs": (1, 1, lambda a, e: fix(abs(to_number(a[0])))),
    "pow": (2, 2, _math(math.pow)),
    "sqrt": (1, 1, _math(math.sqrt)),
    "exp": (1, 1, _math(math.exp)),
    "exp10": (1, 1, _math(lambda x: 10.0 ** x)),
    "log": (1, 1, _math(math.log)),
    "log10": (1, 1, _math(math.log10)),
    "pi": (0, 0, lambda a, e: math.pi),
    "sin": (1, 1, _math(math.sin)),
    "cos": (1, 1, _math(math.cos)),
    "tan": (1, 1, _math(math.tan)),
    "asin": (1, 1, _math(math.asin)),
    "acos": (1, 1, _math(math.acos)),
    "atan": (1, 1, _math(math.atan)),
    "atan2": (2, 2, _math(math.atan2)),
    "sum": (1, 1, _sum),
    "count": (1, 1, _count),
    "count-non-empty": (1, 1, lambda a, e: sum(1 for v in flatten(a) if to_string(v))),
    "max": (1, None, _extreme(max)),
    "min": (1, None, _extreme(min)),
    "regex": (2, 2, _regex),
    "date": (1, 1, lambda a, e: to_date(a[0])),
    "date-time": (1, 1, lambda a, e: to_date(a[0])),
    "decimal-date-time": (1, 1, _decimal_date_time),
    "format-date": (2, 2, _format_date),
    "format-date-time": (2, 2, _format_date),
    "uuid": (0, 1, _uuid),
    "random": (0, 0, _random),
    "area": (1, 1, _area),
    "distance": (1, None, _distance),
    # the evaluator applies these itself (see storage.forms.expr)
    "position": (0, 0, lambda a, e: e.position),
    "indexed-repeat": (3, 3, lambda a, e: ""),
    "jr:choice-name": (2, 2, lambda a, e: ""),
}
# uuid() and random() get a hidden last argument, their place in the expression
SALTED = ("uuid", "random")
