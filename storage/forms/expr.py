"""Safe parser and evaluator for the XLSForm/ODK XPath subset used in relevant/constraint."""

from __future__ import annotations

import functools
import math
import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from storage import clock

_NAN = math.nan
_EPOCH = date(1970, 1, 1)
# Integers stay exact up to 64 bits; beyond that XPath doubles take over, which also keeps
# results away from Python's int<->float/str conversion limits.
_INT_LIMIT = 2**63
# Both limits keep parsing and evaluation far from Python's recursion limit.
_MAX_NESTING = 32
_MAX_HEIGHT = 128


class ExprError(ValueError):
    """An expression that cannot be parsed or evaluated, with where and why."""

    def __init__(self, text: str, position: int, reason: str, detail: str = "") -> None:
        super().__init__(text, position, reason, detail)  # args round-trip through pickle
        self.text = text
        self.position = position
        self.reason = reason
        self.detail = detail

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        what = "syntax error" if self.reason == "syntax" else self.reason.replace("_", " ")
        detail = f" ({self.detail})" if self.detail else ""
        return f"{what}{detail} at position {self.position} in {shown!r}"


@dataclass(frozen=True)
class Env:
    """What an expression can see: the answers, the current value and today's date."""

    values: Mapping[str, object]
    current: object = ""
    today: date | None = None


# --- AST: operators are applied like functions, by name ("-" with one argument negates) --
@dataclass(frozen=True)
class Const:
    value: object


@dataclass(frozen=True)
class Current:
    pass


@dataclass(frozen=True)
class Ref:
    name: str
    position: int


@dataclass(frozen=True)
class Apply:
    name: str
    args: tuple[Node, ...]


Node = Const | Current | Ref | Apply


# --- conversions (XPath 1.0 string(), number(), boolean() plus ODK dates) ---------------
def _value(raw: object) -> object:
    """Normalise an answer from the environment."""
    if raw is None:
        return ""
    if isinstance(raw, tuple):
        return list(raw)
    if isinstance(raw, datetime):
        return raw.date()
    return raw


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _fix(n: int | float) -> int | float:
    if isinstance(n, int) and abs(n) > _INT_LIMIT:
        try:
            return float(n)
        except OverflowError:
            return math.inf if n > 0 else -math.inf
    return n


def _number_to_string(n: int | float) -> str:
    if isinstance(n, int):
        return str(n)
    if math.isnan(n):
        return "NaN"
    if math.isinf(n):
        return "Infinity" if n > 0 else "-Infinity"
    if n.is_integer():
        return str(int(n))
    return format(Decimal(repr(n)), "f")  # XPath never uses exponent notation


def _to_string(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return _number_to_string(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, list | tuple):
        return " ".join(_to_string(item) for item in v)
    return str(v)


_NUMBER_RE = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# a date, optionally with the time part of a datetime answer ('2024-06-01T09:30')
_ISO_DATE_RE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:T[0-9:.]+(?:Z|[+-][0-9:]+)?)?")


def _to_number(v: object) -> int | float:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int | float):
        return _fix(v)
    if isinstance(v, date):
        return (v - _EPOCH).days
    text = _to_string(v).strip()
    if not _NUMBER_RE.fullmatch(text):
        return _NAN  # covers "", so an unanswered item never equals 0
    return int(text) if "." not in text and len(text) <= 18 else float(text)


def _date_like(v: object) -> date | None:
    """A date, or an ISO 'YYYY-MM-DD' string as stored for date answers."""
    if isinstance(v, date):
        return v
    match = _ISO_DATE_RE.fullmatch(v.strip()) if isinstance(v, str) else None
    if match is None:
        return None
    try:
        return date.fromisoformat(match[1])
    except ValueError:
        return None


def _shift(day: date, days: int | float) -> object:
    if not math.isfinite(days):
        return _NAN
    try:
        return day + timedelta(days=math.floor(days))
    except OverflowError:
        return _NAN


def _to_date(v: object) -> object:
    """ODK date(): dates and ISO strings as is, numbers as days since 1970; else NaN."""
    if _is_number(v):
        return _shift(_EPOCH, _to_number(v))
    found = _date_like(v)
    return _NAN if found is None else found


def _ordinal(v: object) -> int | float:
    """Number for ordering and arithmetic; dates (also ISO strings) count days."""
    found = _date_like(v)
    return _to_number(v) if found is None else (found - _EPOCH).days


def truthy(value: object) -> bool:
    """XPath boolean(): numbers non-zero and not NaN, strings and lists non-empty."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0 and not math.isnan(value)
    if isinstance(value, date):
        return True
    if isinstance(value, list | tuple):
        return len(value) > 0
    return value is not None and _to_string(value) != ""


def _items(v: object) -> list[str]:
    """Choices of a select_multiple answer, given as a list or a space-separated string."""
    if isinstance(v, list | tuple):
        return [_to_string(item) for item in v]
    return _to_string(v).split()


# --- operators -------------------------------------------------------------------------
def _equals(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return truthy(a) == truthy(b)
    if _is_number(a) or _is_number(b):
        return _to_number(a) == _to_number(b)
    if isinstance(a, date) or isinstance(b, date):
        da, db = _date_like(a), _date_like(b)
        if da is not None and db is not None:
            return da == db
    return _to_string(a) == _to_string(b)


def _ordered(compare: Callable[[float, float], bool]) -> Callable[[object, object], object]:
    return lambda a, b: compare(_ordinal(a), _ordinal(b))  # NaN compares false


def _add(a: object, b: object) -> object:
    da, db = _date_like(a), _date_like(b)
    if da is not None and db is None:
        return _shift(da, _to_number(b))
    if db is not None and da is None:
        return _shift(db, _to_number(a))
    return _fix(_ordinal(a) + _ordinal(b))


def _subtract(a: object, b: object) -> object:
    da, db = _date_like(a), _date_like(b)
    if da is not None and db is None:
        return _shift(da, -_to_number(b))
    return _fix(_ordinal(a) - _ordinal(b))


def _divide(a: object, b: object) -> object:
    x, y = _ordinal(a), _ordinal(b)
    if y == 0:  # IEEE 754 as XPath requires, instead of ZeroDivisionError
        if x == 0 or math.isnan(x):
            return _NAN
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y


def _modulo(a: object, b: object) -> object:
    x, y = _ordinal(a), _ordinal(b)
    if isinstance(x, int) and isinstance(y, int) and y != 0:
        rest = abs(x) % abs(y)  # exact; the sign follows the dividend like math.fmod
        return -rest if x < 0 else rest
    try:
        return math.fmod(x, y)
    except ValueError:  # x mod 0, Infinity mod y
        return _NAN


_BINARY: dict[str, Callable[[object, object], object]] = {
    "=": _equals,
    "!=": lambda a, b: not _equals(a, b),
    "<": _ordered(operator.lt),
    "<=": _ordered(operator.le),
    ">": _ordered(operator.gt),
    ">=": _ordered(operator.ge),
    "+": _add,
    "-": _subtract,
    "*": lambda a, b: _fix(_ordinal(a) * _ordinal(b)),
    "div": _divide,
    "mod": _modulo,
}
_LEVELS = (("or",), ("and",), ("=", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "div", "mod"))
_PRECEDENCE = {op: level for level, ops in enumerate(_LEVELS, 1) for op in ops}  # XPath 1.0


# --- functions -------------------------------------------------------------------------
def _round(args: list[object], env: Env) -> object:
    """XPath/JavaRosa round: halves go towards +Infinity; decimal digits are optional."""
    x = _to_number(args[0])
    places = _to_number(args[1]) if len(args) > 1 else 0
    if not math.isfinite(places):
        return _NAN
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
        return re.search(_to_string(args[1]), _to_string(args[0])) is not None
    except re.error:
        return False  # a broken dynamic pattern fails the constraint instead of crashing


def _to_int(args: list[object], env: Env) -> object:
    n = _to_number(args[0])
    return n if not math.isfinite(n) else math.trunc(n)


_Function = Callable[[list[object], Env], object]
_FUNCTIONS: dict[str, tuple[int, int | None, _Function]] = {
    "selected": (2, 2, lambda a, e: _to_string(a[1]).strip() in _items(a[0])),
    "count-selected": (1, 1, lambda a, e: len(_items(a[0]))),
    "string-length": (1, 1, lambda a, e: len(_to_string(a[0]))),
    "today": (0, 0, lambda a, e: _value(e.today or clock.today_local())),
    "not": (1, 1, lambda a, e: not truthy(a[0])),
    "true": (0, 0, lambda a, e: True),
    "false": (0, 0, lambda a, e: False),
    "if": (3, 3, lambda a, e: a[1] if truthy(a[0]) else a[2]),  # evaluated lazily
    "number": (1, 1, lambda a, e: _to_number(a[0])),
    "int": (1, 1, _to_int),
    "string": (1, 1, lambda a, e: _to_string(a[0])),
    "concat": (0, None, lambda a, e: "".join(_to_string(arg) for arg in a)),
    "contains": (2, 2, lambda a, e: _to_string(a[1]) in _to_string(a[0])),
    "starts-with": (2, 2, lambda a, e: _to_string(a[0]).startswith(_to_string(a[1]))),
    "coalesce": (2, 2, lambda a, e: a[0] if _to_string(a[0]) != "" else a[1]),
    "round": (1, 2, _round),
    "regex": (2, 2, _regex),
    "date": (1, 1, lambda a, e: _to_date(a[0])),
}


# --- evaluation ------------------------------------------------------------------------
def _eval(node: Node, env: Env, text: str) -> object:
    match node:
        case Const(value):
            return value
        case Current():
            return _value(env.current)
        case Ref(name, position):
            if name not in env.values:
                raise ExprError(text, position, "unknown_name", name)
            return _value(env.values[name])
        case Apply("and", args):
            return all(truthy(_eval(arg, env, text)) for arg in args)
        case Apply("or", args):
            return any(truthy(_eval(arg, env, text)) for arg in args)
        case Apply("if", (cond, then, other)):
            return _eval(then if truthy(_eval(cond, env, text)) else other, env, text)
        case Apply("-", (operand,)):
            return _fix(-_ordinal(_eval(operand, env, text)))
        case Apply(name, args):
            values = [_eval(arg, env, text) for arg in args]
            if name in _BINARY:
                return _BINARY[name](*values)
            return _FUNCTIONS[name][2](values, env)
    raise AssertionError(f"unknown node {node!r}")


def _height(root: Node) -> int:
    # iterative on purpose: this is the guard against trees too deep to recurse over
    best, stack = 0, [(root, 1)]
    while stack:
        node, height = stack.pop()
        best = max(best, height)
        if isinstance(node, Apply):
            stack.extend((arg, height + 1) for arg in node.args)
    return best


# --- tokenizer and parser --------------------------------------------------------------
@dataclass(frozen=True)
class _Token:
    kind: str
    value: str
    position: int


_TOKEN_RE = re.compile(
    r"""(?P<ws>\s+)
    | (?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)
    | (?P<str>'[^']*'|"[^"]*")
    | (?P<ref>\$\{[^\W\d][\w.\-]*\})
    | (?P<badref>\$\{)
    | (?P<name>[^\W\d]\w*(?:-[^\W\d]\w*)*)
    | (?P<unsupported>\.\.|//?|::?|@[\w\-]*|\$[\w\-]*|[|\[\]])
    | (?P<op>!=|<=|>=|[=<>+\-*(),])
    | (?P<dot>\.)""",
    re.VERBOSE,
)


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if match is None:
            what = "unterminated string" if text[pos] in "'\"" else f"unexpected {text[pos]!r}"
            raise ExprError(text, pos, "syntax", what)
        kind = match.lastgroup or ""
        if kind == "badref":
            raise ExprError(text, pos, "syntax", "malformed ${...} reference")
        if kind != "ws":
            tokens.append(_Token(kind, match.group(), pos))
        pos = match.end()
    tokens.append(_Token("eof", "", len(text)))
    return tokens


class _Parser:
    """Precedence climbing over the token list; records every ${name} it meets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.index = 0
        self.nesting = 0
        self.references: set[str] = set()

    def error(self, token: _Token, reason: str, detail: str) -> ExprError:
        return ExprError(self.text, token.position, reason, detail)

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def at(self, op: str) -> bool:
        return self.peek().kind == "op" and self.peek().value == op

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def unexpected(self, token: _Token) -> ExprError:
        if token.kind == "unsupported":  # XPath that is valid elsewhere but not here
            return self.error(token, "unsupported_syntax", token.value)
        if token.kind == "eof":
            return self.error(token, "syntax", "unexpected end of expression")
        return self.error(token, "syntax", f"unexpected {token.value!r}")

    def parse(self) -> Node:
        if self.peek().kind == "eof":
            raise ExprError(self.text, 0, "syntax", "empty expression")
        node = self.expression(1)
        if self.peek().kind != "eof":
            raise self.unexpected(self.peek())
        return node

    def expression(self, min_precedence: int) -> Node:
        left = self.unary()
        while (precedence := self.precedence(self.peek())) >= min_precedence:
            op = self.advance().value
            right = self.expression(precedence + 1)  # +1: all binary operators are left-assoc
            # and/or chains become one n-ary node so long choice lists stay shallow
            if op in ("and", "or") and isinstance(left, Apply) and left.name == op:
                left = Apply(op, (*left.args, right))
            else:
                left = Apply(op, (left, right))
        return left

    @staticmethod
    def precedence(token: _Token) -> int:
        return _PRECEDENCE.get(token.value, 0) if token.kind in ("op", "name") else 0

    def enter(self, token: _Token) -> None:
        self.nesting += 1
        if self.nesting > _MAX_NESTING:
            raise self.error(token, "syntax", "expression nested too deeply")

    def unary(self) -> Node:
        if self.at("-"):
            self.enter(self.advance())
            node = Apply("-", (self.unary(),))
            self.nesting -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        token = self.advance()
        if token.kind == "num":
            text = token.value
            return Const(int(text) if "." not in text and len(text) <= 18 else float(text))
        if token.kind == "str":
            return Const(token.value[1:-1])
        if token.kind == "ref":
            self.references.add(token.value[2:-1])
            return Ref(token.value[2:-1], token.position)
        if token.kind == "dot":
            return Current()
        if token.kind == "op" and token.value == "(":
            self.enter(token)
            node = self.expression(1)
            self.close(token)
            return node
        if token.kind == "name" and self.at("("):
            return self.call(token)
        if token.kind == "name":  # a bare name is an XPath path step
            raise self.error(token, "unsupported_syntax", token.value)
        raise self.unexpected(token)

    def close(self, opening: _Token) -> None:
        token = self.advance()
        if token.kind == "eof":
            raise self.error(opening, "syntax", "unclosed '('")
        if token.kind != "op" or token.value != ")":
            raise self.unexpected(token)
        self.nesting -= 1

    def call(self, name: _Token) -> Node:
        if name.value not in _FUNCTIONS:
            raise self.error(name, "unsupported_function", name.value)
        opening = self.advance()
        self.enter(opening)
        args: list[Node] = []
        if not self.at(")"):
            args.append(self.expression(1))
            while self.at(","):
                self.advance()
                args.append(self.expression(1))
        self.close(opening)
        self.check_call(name, args)
        return Apply(name.value, tuple(args))

    def check_call(self, name: _Token, args: list[Node]) -> None:
        low, high, _ = _FUNCTIONS[name.value]
        if len(args) < low or (high is not None and len(args) > high):
            wanted = str(low) if low == high else f"{low} to {high or 'any'}"
            raise self.error(name, "syntax", f"{name.value}() takes {wanted} arguments")
        pattern = args[1] if name.value == "regex" else None
        if isinstance(pattern, Const) and isinstance(pattern.value, str):
            try:  # a literal pattern is checked now, so a broken form fails at load time
                re.compile(pattern.value)
            except re.error as exc:
                raise self.error(name, "syntax", f"invalid regular expression: {exc}") from None


# --- public API ------------------------------------------------------------------------
@dataclass(frozen=True)
class Expr:
    """A parsed expression; immutable and safe to share between evaluations."""

    text: str
    references: frozenset[str]
    root: Node = field(repr=False, compare=False)

    def evaluate(self, env: Env) -> object:
        return _eval(self.root, env, self.text)

    def test(self, env: Env) -> bool:
        return truthy(self.evaluate(env))


@functools.lru_cache(maxsize=2048)
def parse(text: str) -> Expr:
    """Parse an expression, raising ExprError with the position of the first problem."""
    parser = _Parser(text)
    root = parser.parse()
    if _height(root) > _MAX_HEIGHT:
        raise ExprError(text, 0, "syntax", "expression nested too deeply")
    return Expr(text, frozenset(parser.references), root)
