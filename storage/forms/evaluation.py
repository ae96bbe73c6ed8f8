"""Works a checklist out for some answers: what applies, calculated values, offered choices.

Answers are ``{item: value}``; a repeat's answer is a list of blocks, each a dict with
its stable id under ``@id`` and the block's answers (``{"structures": [{"@id": …,
"area": 12}]}``). An answer's place is its *path*: the item's name at the top,
``repeat[block id]/item`` inside a block. Calculations, metadata and read-only
calculated questions are derived here every time, never stored; ``once()``, ``uuid()``
and ``random()`` give the same value every time for one inspection (its id is the
seed), so a derived value never changes behind the officer's back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from storage.forms import expr
from storage.forms.expr_values import Nodes, to_number, to_string
from storage.forms.model import BLOCK_ID, Checklist, Choice, Group, Item, Repeat, path

Answers = Mapping[str, Any]
Chain = tuple[tuple[str, str], ...]  # the blocks an answer is in, outermost first
_PASSES = 4  # calculations that refer to later items settle within a few passes


@dataclass(frozen=True)
class Context:
    """What metadata items and time functions see: the inspection, not the laptop's clock.

    ``start``/``end`` are local ISO date-times; ``seed`` (the inspection's id) keeps
    ``uuid()`` and ``random()`` the same for one inspection.
    """

    today: dt.date | None = None
    now: dt.datetime | None = None
    start: str = ""
    end: str = ""
    device_id: str = ""
    username: str = ""
    seed: str = ""


@dataclass
class State:
    """The form for some answers: by path, whether it applies, its value and its choices."""

    applies: dict[str, bool] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    choices: dict[str, tuple[Choice, ...]] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)  # every item path in form order
    blocks: dict[str, list[str]] = field(default_factory=dict)  # repeat path -> block ids
    counts: dict[str, int | None] = field(default_factory=dict)  # repeat path -> fixed count
    scopes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> its repeats
    # what a question's calculation gives now (applied when its trigger changes)
    recalculated: dict[str, Any] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)  # default answers, by path

    def lookup(self, name: str, chain: Chain) -> Any:
        """The value ``${name}`` has for an item in the blocks ``chain`` (a label's)."""
        repeats = self.scopes.get(name)
        if repeats is None:
            return ""
        inside = tuple(chain[:len(repeats)])
        if tuple(r for r, _ in inside) == repeats:
            return self.values.get(path(name, inside), "")
        return Nodes(tuple(v for p, v in self.values.items() if p.endswith("/" + name)))


def blocks_of(answers: Answers, name: str) -> list[Mapping[str, Any]]:
    """The blocks of a repeat's answer (anything else reads as no blocks)."""
    found = answers.get(name)
    if not isinstance(found, list):
        return []
    return [b for b in found if isinstance(b, Mapping) and str(b.get(BLOCK_ID, ""))]


def evaluate(checklist: Checklist, answers: Answers, context: Context | None = None) -> State:
    """The state of the form; calculations are run until their values settle."""
    context = context or Context()
    previous: dict[str, Any] | None = None
    state = State()
    for _ in range(_PASSES if checklist.refers_forward else 1):
        state = _Walk(checklist, context, previous).run(answers)
        if previous is not None and _same(state.values, previous):
            break
        previous = state.values
    return state


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return a.keys() == b.keys() and all(to_string(a[k]) == to_string(b[k]) for k in a)


class _Walk:
    """One pass over the form in order, keeping what each expression can see."""

    def __init__(self, checklist: Checklist, context: Context,
                 previous: Mapping[str, Any] | None) -> None:
        self.checklist = checklist
        self.context = context
        self.previous = previous or {}
        self.state = State(scopes=dict(checklist.scopes))
        self.block_values: dict[str, list[Mapping[str, Any]]] = {}

    def run(self, answers: Answers) -> State:
        self.children(self.checklist.children, answers, (),
                      self.env(self.start_values(answers)), True)
        return self.state

    def start_values(self, answers: Answers) -> dict[str, Any]:
        """Every name before the walk: earlier pass's values, repeats' values as node-sets."""
        visible: dict[str, Any] = {"instanceID": f"uuid:{self.context.seed}"}
        for name, repeats in self.state.scopes.items():
            if not repeats:
                visible[name] = self.previous.get(name, "")
            else:
                found = [v for p, v in self.previous.items() if p.endswith("/" + name)]
                visible[name] = Nodes(tuple(found))
        for repeat in self.checklist.repeats:  # inner repeats are counted when reached
            visible[repeat.name] = Nodes(tuple(b[BLOCK_ID] for b in blocks_of(answers,
                                                                                repeat.name)))
        return visible

    def env(self, visible: Mapping[str, Any], position: int = 0) -> expr.Env:
        """What a scope's expressions see (``visible`` is filled in as the walk goes)."""
        return expr.Env(visible, "", self.context.today, self.context.now, position,
                        self.block_values, None, self.context.seed, self.choice_label,
                        self.checklist.lists)

    def choice_label(self, name: str, value: str) -> str:
        try:
            choice = self.checklist.item(name).choice(value)
        except KeyError:
            return value
        return choice.label("") if choice else value

    def children(self, children: Sequence[Item | Group | Repeat], answers: Answers,
                 chain: Chain, env: expr.Env, applies: bool) -> None:
        for child in children:
            if isinstance(child, Group):
                self.children(child.children, answers, chain, env, applies)
            elif isinstance(child, Repeat):
                self.repeat(child, answers, chain, env, applies)
            else:
                self.item(child, answers, chain, env, applies)

    def item(self, item: Item, answers: Answers, chain: Chain, env: expr.Env,
             parent: bool) -> None:
        where = path(item.name, chain)
        applies = parent and all(_safe_test(c, env) for c in item.relevant)
        value: Any = ""
        if applies:
            value = self.derived(item, env) if item.derived else answers.get(item.name, "")
        if applies and item.calculation is not None and item.trigger:
            self.state.recalculated[where] = self.calculate(item, env)
        if item.answered and (item.default or item.dynamic_default is not None):
            self.state.defaults[where] = self.calculate(item, env, default=True)
        if item.choice_filter is not None:
            self.state.choices[where] = tuple(
                c for c in item.choices if _safe_test(item.choice_filter, _with_row(env, c)))
        self.state.applies[where] = applies
        self.state.values[where] = value
        self.state.items[where] = item
        env.values[item.name] = value  # type: ignore[index]

    def derived(self, item: Item, env: expr.Env) -> Any:
        if item.type == "meta":
            return _meta(item.meta, self.context)
        if item.calculation is None:
            return item.default
        return self.calculate(item, env)

    def calculate(self, item: Item, env: expr.Env, default: bool = False) -> Any:
        """The item's calculation (or its default), typed like the item's answers."""
        formula = item.dynamic_default if default else item.calculation
        if formula is None:
            return item.default
        try:
            raw = formula.evaluate(env)
        except expr.ExprError:
            return ""
        return _typed(item, raw)

    def repeat(self, repeat: Repeat, answers: Answers, chain: Chain, env: expr.Env,
               parent: bool) -> None:
        where = path(repeat.name, chain)
        visible = env.values
        applies = parent and all(_safe_test(c, env) for c in repeat.relevant)
        blocks = blocks_of(answers, repeat.name)
        self.state.applies[where] = applies
        self.state.blocks[where] = [str(b[BLOCK_ID]) for b in blocks]
        self.state.counts[where] = _count(repeat, env) \
            if applies and repeat.count is not None else None
        values: list[Mapping[str, Any]] = []
        self.block_values[repeat.name] = values
        for number, block in enumerate(blocks, start=1):
            inner = self.env(dict(visible), number)
            self.children(repeat.children, block, (*chain, (repeat.name, str(block[BLOCK_ID]))),
                          inner, applies)
            values.append({item.name: inner.values.get(item.name, "") for item in repeat.items})
        scope: dict[str, Any] = visible  # type: ignore[assignment]
        scope[repeat.name] = Nodes(tuple(self.state.blocks[where]))
        for nested in _deep_repeats(repeat):  # count(${room}) from outside its floors
            scope[nested.name] = Nodes(tuple(
                b for p, ids in self.state.blocks.items() if p.startswith(where + "[")
                and p.endswith("/" + nested.name) for b in ids))
        for item in _deep_items(repeat):
            scope[item.name] = Nodes(tuple(
                v for p, v in self.state.values.items()
                if p.startswith(where + "[") and p.endswith("/" + item.name)))


def _safe_test(condition: expr.Expr, env: expr.Env) -> bool:
    try:
        return condition.test(env)
    except expr.ExprError:  # a name only known in a later pass, a list that is missing
        return False


def _with_row(env: expr.Env, choice: Choice) -> expr.Env:
    return dataclasses.replace(env, row={**choice.columns, "name": choice.name})


def _count(repeat: Repeat, env: expr.Env) -> int | None:
    try:
        number = to_number(repeat.count.evaluate(env)) if repeat.count else math.nan
    except expr.ExprError:
        return None
    return max(0, min(int(number), 500)) if math.isfinite(number) else None


def _typed(item: Item, raw: Any) -> Any:
    """A calculated value as the item's type holds it (a select's choice, a number …)."""
    if isinstance(raw, Nodes):
        raw = raw.items[0] if raw.items else ""
    if item.type == "select_multiple":
        return to_string(raw).split()
    if item.type in ("integer", "decimal", "range"):
        number = to_number(raw)
        if not math.isfinite(number):
            return ""
        return int(number) if item.type == "integer" else number
    if item.type == "calculate":
        return "" if isinstance(raw, float) and math.isnan(raw) else raw
    return to_string(raw)


def _meta(kind: str, context: Context) -> str:
    today = context.today.isoformat() if context.today else ""
    return {"start": context.start, "end": context.end, "today": today,
            "deviceid": context.device_id, "username": context.username,
            "instanceID": f"uuid:{context.seed}" if context.seed else ""}.get(kind, "")


def _deep_repeats(container: Group | Repeat) -> Iterator[Repeat]:
    for child in container.children:
        if isinstance(child, Repeat):
            yield child
        if not isinstance(child, Item):
            yield from _deep_repeats(child)


def _deep_items(container: Group | Repeat) -> Iterator[Item]:
    for child in container.children:
        if isinstance(child, Item):
            yield child
        else:
            yield from _deep_items(child)
