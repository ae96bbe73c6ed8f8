"""Safe parser and evaluator for the XLSForm/ODK XPath subset (never ``eval``).

What forms write in ``relevant``, ``constraint``, ``calculation``, ``choice_filter``,
``repeat_count`` and labels: ``${name}`` references, ``.``, operators, the functions of
:mod:`storage.forms.expr_functions`, ``position(..)``, ``indexed-repeat()``,
``jr:choice-name()``, and lookups ``instance('list')/root/item[filter]/column`` in a
choice list or a file attached to the form. Bare names are the columns of the row a
choice filter or a lookup looks at (``district = ${district}``); elsewhere they are
refused, as are other XPath paths and axes.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from storage.forms import expr_functions
from storage.forms.expr_values import (
    BINARY,
    Env,
    Nodes,
    fix,
    ordinal,
    to_number,
    to_string,
    truthy,
    value,
)

__all__ = ["Env", "Expr", "ExprError", "Nodes", "parse", "truthy"]
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
class Column:
    """A bare name: a column of the row a choice filter or lookup is looking at."""

    name: str
    position: int


@dataclass(frozen=True)
class Apply:
    name: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Lookup:
    """``instance('list')/root/item[where]/column``: the column of the matching rows."""

    instance: str
    where: Node | None
    column: str
    position: int


Node = Const | Current | Ref | Column | Apply | Lookup
_LEVELS = (("or",), ("and",), ("=", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "div", "mod"))
_PRECEDENCE = {op: level for level, ops in enumerate(_LEVELS, 1) for op in ops}  # XPath 1.0


# --- evaluation ------------------------------------------------------------------------
def _eval(node: Node, env: Env, text: str) -> object:
    match node:
        case Const(constant):
            return constant
        case Current():
            return value(env.current)
        case Ref(name, position):
            if name not in env.values:
                raise ExprError(text, position, "unknown_name", name)
            found = env.values[name]
            return found if isinstance(found, Nodes) else value(found)
        case Column(name, position):
            if env.row is None:
                raise ExprError(text, position, "unknown_name", name)
            return value(env.row.get(name, ""))
        case Lookup():
            return _lookup(node, env, text)
        case Apply("and", args):
            return all(truthy(_eval(arg, env, text)) for arg in args)
        case Apply("or", args):
            return any(truthy(_eval(arg, env, text)) for arg in args)
        case Apply("if", (cond, then, other)):
            return _eval(then if truthy(_eval(cond, env, text)) else other, env, text)
        case Apply("-", (operand,)):
            return fix(-ordinal(_eval(operand, env, text)))
        case Apply("indexed-repeat", (Ref(item), Ref(repeat), index)):
            return _indexed(env, item, repeat, _eval(index, env, text))
        case Apply("jr:choice-name", (chosen, Const(reference))):
            label = env.choice_label
            name = str(reference).strip()[2:-1]
            return label(name, to_string(_eval(chosen, env, text))) if label else ""
        case Apply(name, args):
            values = [_eval(arg, env, text) for arg in args]
            if name in BINARY:
                return BINARY[name](*values)
            return expr_functions.FUNCTIONS[name][2](values, env)
    raise AssertionError(f"unknown node {node!r}")


def _indexed(env: Env, item: str, repeat: str, index: object) -> object:
    blocks: Sequence = env.blocks.get(repeat, ())
    n = to_number(index)
    if not (isinstance(n, int | float) and n == n and 1 <= n <= len(blocks)):
        return ""
    return value(blocks[int(n) - 1].get(item, ""))


def _lookup(node: Lookup, env: Env, text: str) -> object:
    rows = env.lists.get(node.instance) if env.lists else None
    if rows is None:
        raise ExprError(text, node.position, "unknown_list", node.instance)
    found = []
    for row in rows:
        if node.where is None or truthy(_eval(node.where, _with_row(env, row), text)):
            found.append(row.get(node.column, ""))
    return Nodes(tuple(found))


def _with_row(env: Env, row: Mapping[str, object]) -> Env:
    return dataclasses.replace(env, row=row)


def _height(root: Node) -> int:
    # iterative on purpose: this is the guard against trees too deep to recurse over
    best, stack = 0, [(root, 1)]
    while stack:
        node, height = stack.pop()
        best = max(best, height)
        if isinstance(node, Apply):
            stack.extend((arg, height + 1) for arg in node.args)
        elif isinstance(node, Lookup) and node.where is not None:
            stack.append((node.where, height + 1))
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
    | (?P<name>(?:jr:)?[^\W\d]\w*(?:-[^\W\d]\w*)*)
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
    """Precedence climbing over the token list; records every ${name} and list it meets."""

    def __init__(self, text: str, columns: bool) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.index = 0
        self.nesting = 0
        self.columns = columns  # bare names are row columns (choice filters)
        self.references: set[str] = set()
        self.instances: set[str] = set()

    def error(self, token: _Token, reason: str, detail: str) -> ExprError:
        return ExprError(self.text, token.position, reason, detail)

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def at(self, op: str, kind: str = "op") -> bool:
        return self.peek().kind == kind and self.peek().value == op

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, value: str, kind: str) -> _Token:
        token = self.advance()
        if token.kind != kind or token.value != value:
            raise self.unexpected(token)
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
        if token.kind == "name" and token.value == "instance" and self.at("("):
            return self.lookup(token)
        if token.kind == "name" and self.at("("):
            return self.call(token)
        if token.kind == "name" and self.columns and not token.value.startswith("jr:"):
            return Column(token.value, token.position)
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

    def lookup(self, name: _Token) -> Node:
        """``instance('list')/root/item[where]/column``, the one path form understood."""
        self.expect("(", "op")
        listed = self.advance()
        if listed.kind != "str":
            raise self.unexpected(listed)
        self.expect(")", "op")
        for step in ("root", "item"):
            token = self.advance()
            if token.kind != "unsupported" or token.value != "/":
                raise self.unexpected(token)
            token = self.advance()
            if token.kind != "name" or token.value != step:  # other shapes of a list
                raise self.error(token, "unsupported_syntax", f"/{token.value}")
        where = None
        if self.at("[", "unsupported"):
            opening = self.advance()
            self.enter(opening)
            outer, self.columns = self.columns, True
            where = self.expression(1)
            self.columns = outer
            self.expect("]", "unsupported")
            self.nesting -= 1
        column = "name"
        if self.at("/", "unsupported"):
            self.advance()
            last = self.advance()
            if last.kind != "name":
                raise self.unexpected(last)
            column = last.value
        self.instances.add(listed.value[1:-1])
        return Lookup(listed.value[1:-1], where, column, name.position)

    def call(self, name: _Token) -> Node:
        if name.value not in expr_functions.FUNCTIONS:
            raise self.error(name, "unsupported_function", name.value)
        opening = self.advance()
        self.enter(opening)
        args: list[Node] = []
        if name.value == "position" and self.at("..", "unsupported"):
            self.advance()  # position(..): the number of the block being evaluated
        elif not self.at(")"):
            args.append(self.expression(1))
            while self.at(","):
                self.advance()
                args.append(self.expression(1))
        self.close(opening)
        self.check_call(name, args)
        if name.value in expr_functions.SALTED:
            args.append(Const(f"{name.position}:{self.text}"))
        return Apply(name.value, tuple(args))

    def check_call(self, name: _Token, args: list[Node]) -> None:
        low, high, _ = expr_functions.FUNCTIONS[name.value]
        if len(args) < low or (high is not None and len(args) > high):
            wanted = str(low) if low == high else f"{low} to {high or 'any'}"
            raise self.error(name, "syntax", f"{name.value}() takes {wanted} arguments")
        if name.value == "indexed-repeat" and not all(isinstance(a, Ref) for a in args[:2]):
            raise self.error(name, "syntax", "indexed-repeat() takes ${item}, ${repeat}, n")
        if name.value == "jr:choice-name" and not (
                isinstance(args[1], Const) and re.fullmatch(r"\s*\$\{[^}]+\}\s*",
                                                            str(args[1].value))):
            raise self.error(name, "syntax", "jr:choice-name() takes a value and '${item}'")
        if name.value == "jr:choice-name":
            self.references.add(str(args[1].value).strip()[2:-1])  # type: ignore[union-attr]
        pattern = args[1] if name.value == "regex" else None
        if isinstance(pattern, Const) and isinstance(pattern.value, str):
            try:  # a literal pattern is checked now, so a broken form fails at load time
                re.compile(pattern.value)
            except re.error as exc:
                raise self.error(name, "syntax", f"invalid regular expression: {exc}") from None


# --- public API ------------------------------------------------------------------------
@dataclass(frozen=True)
class Expr:
    """A parsed expression; immutable and safe to share between evaluations.

    ``references`` are the items it names, ``instances`` the lists it looks up.
    """

    text: str
    references: frozenset[str]
    root: Node = field(repr=False, compare=False)
    instances: frozenset[str] = frozenset()

    def evaluate(self, env: Env) -> object:
        return _eval(self.root, env, self.text)

    def test(self, env: Env) -> bool:
        return truthy(self.evaluate(env))


@functools.lru_cache(maxsize=4096)
def parse(text: str, *, columns: bool = False) -> Expr:
    """Parse an expression, raising ExprError with the position of the first problem.

    ``columns``: bare names are columns of a row (a choice filter), not refused.
    """
    parser = _Parser(text, columns)
    root = parser.parse()
    if _height(root) > _MAX_HEIGHT:
        raise ExprError(text, 0, "syntax", "expression nested too deeply")
    return Expr(text, frozenset(parser.references), root, frozenset(parser.instances))
