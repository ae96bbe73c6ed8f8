"""The checklist model read from an XLSForm: items, groups, repeats, choices and lists.

Built by :mod:`storage.forms.xlsform` from what pyxform parsed; nothing here reads
spreadsheets or evaluates answers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from storage.forms import expr
from storage.store import versioning

Sheets = dict[str, list[list[str]]]
Rows = tuple[Mapping[str, str], ...]

# What an item holds. Items of the other types hold no typed answer: notes and images
# (photos are attachments), calculations and metadata (derived), media recorded elsewhere.
ANSWERED = frozenset({
    "select_one", "select_multiple", "integer", "decimal", "text", "date", "datetime",
    "time", "range", "geopoint", "geotrace", "geoshape", "barcode", "acknowledge",
})
DERIVED = frozenset({"calculate", "meta"})
BLOCK_ID = versioning.BLOCK_ID  # the key of a repeat block's stable id (not an XML name)
_PATH_STEP = re.compile(r"([^\[/]+)\[([^\]]+)\]")


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
class Notice:
    """Something the import decided for the user and says: a derived id, a typed location."""

    reason: str
    detail: str = ""
    sheet: str = ""
    row: int = 0
    column: str = ""


@dataclass(frozen=True)
class Choice:
    name: str
    labels: Mapping[str, str]
    compliance: str = ""
    columns: Mapping[str, str] = field(default_factory=dict)  # what a choice_filter sees

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
    required_when: expr.Expr | None = None  # a required condition, when not yes/no
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
    repeat: str = ""  # the name of the innermost repeat, "" outside repeats
    calculation: expr.Expr | None = None
    dynamic_default: expr.Expr | None = None
    read_only: bool = False
    choice_filter: expr.Expr | None = None
    or_other: bool = False
    required_messages: Mapping[str, str] = field(default_factory=dict)
    trigger: tuple[str, ...] = ()  # items whose change recalculates this one
    parameters: Mapping[str, str] = field(default_factory=dict)
    appearance: str = ""
    meta: str = ""  # for type "meta": start, end, today, deviceid, username …

    def label(self, language: str) -> str:
        return pick(self.labels, language) or self.name

    def hint(self, language: str) -> str:
        return pick(self.hints, language)

    def constraint_message(self, language: str) -> str:
        return pick(self.constraint_messages, language)

    def required_message(self, language: str) -> str:
        return pick(self.required_messages, language)

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)

    @functools.cached_property
    def scored(self) -> bool:
        """Whether the item counts towards the score: a select_one with pass/fail choices."""
        return self.type == "select_one" and any(c.compliance == "fail" for c in self.choices)

    @functools.cached_property
    def answered(self) -> bool:
        """Whether the officer types an answer (not a note, photo, calculation, metadata)."""
        return self.type in ANSWERED and not self.derived

    @functools.cached_property
    def derived(self) -> bool:
        """Whether the value is computed, never typed (calculations, metadata, read-only
        questions with a calculation and no trigger)."""
        return self.type in DERIVED or (self.calculation is not None and not self.trigger)

    @functools.cached_property
    def shown(self) -> bool:
        """Whether the form shows the item (metadata and calculations without a label are
        filled in silently)."""
        if self.type == "meta":
            return False
        return self.type != "calculate" or bool(self.labels)


@dataclass(frozen=True)
class Group:
    name: str
    labels: Mapping[str, str]
    row: int
    children: tuple[Item | Group | Repeat, ...]
    relevant: expr.Expr | None = None

    def label(self, language: str) -> str:
        return pick(self.labels, language) or self.name


@dataclass(frozen=True)
class Repeat:
    """A repeat group: the officer adds a block per structure, each with the items."""

    name: str
    labels: Mapping[str, str]
    row: int
    children: tuple[Item | Group | Repeat, ...]
    relevant: tuple[expr.Expr, ...] = ()  # its own condition and its groups'
    count: expr.Expr | None = None  # repeat_count: the number of blocks, if fixed
    repeat: str = ""  # the enclosing repeat, "" at the top

    def label(self, language: str) -> str:
        return pick(self.labels, language) or self.name

    @property
    def items(self) -> tuple[Item, ...]:
        """The items of one block in form order (groups flattened, inner repeats not)."""
        return tuple(_items(self.children))

    @property
    def repeats(self) -> tuple[Repeat, ...]:
        """The repeats directly inside a block."""
        return tuple(_repeats(self.children, deep=False))


@dataclass(frozen=True)
class Checklist:
    form_id: str
    version: str
    title: str
    title_en: str
    default_language: str
    children: tuple[Item | Group | Repeat, ...]
    sheets: Sheets
    notices: tuple[Notice, ...] = ()
    lists: Mapping[str, Rows] = field(default_factory=dict)  # instance('x') lookups

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item outside repeats in form order, groups flattened."""
        return tuple(_items(self.children))

    @property
    def repeats(self) -> tuple[Repeat, ...]:
        """Every repeat, nested ones too, in form order."""
        return tuple(_repeats(self.children, deep=True))

    @property
    def all_items(self) -> tuple[Item, ...]:
        """Every item, those in repeats too, in form order."""
        return tuple(_walk_items(self.children))

    @functools.cached_property
    def scopes(self) -> Mapping[str, tuple[str, ...]]:
        """Each item's enclosing repeats, outermost first, by the item's name."""
        found: dict[str, tuple[str, ...]] = {}

        def walk(children: Sequence[Item | Group | Repeat], repeats: tuple[str, ...]) -> None:
            for child in children:
                if isinstance(child, Item):
                    found[child.name] = repeats
                else:
                    walk(child.children, (*repeats, child.name) if isinstance(
                        child, Repeat) else repeats)

        walk(self.children, ())
        return found

    @functools.cached_property
    def refers_forward(self) -> bool:
        """Whether working the form out takes more than one pass in form order: some
        condition or calculation names an item or repeat that comes at or after it."""
        order: dict[str, int] = {}
        uses: list[tuple[int, frozenset[str]]] = []
        for position, node in enumerate(_walk_nodes(self.children)):
            order.setdefault(node.name, position)
            found: list[expr.Expr | None] = list(node.relevant) if isinstance(
                node, Item | Repeat) else [node.relevant]
            if isinstance(node, Item):
                found += [node.calculation, node.choice_filter, node.dynamic_default]
            elif isinstance(node, Repeat):
                found.append(node.count)
            uses.append((position, frozenset().union(*(e.references for e in found if e))))
        return any(order.get(name, -1) >= position for position, names in uses
                   for name in names)

    def item(self, name: str) -> Item:
        """The item called ``name`` (also a block's item given as a path ``rep[id]/name``)."""
        wanted = name.rsplit("/", 1)[-1]
        for candidate in _walk_items(self.children):
            if candidate.name == wanted:
                return candidate
        raise KeyError(name)

    def repeat(self, name: str) -> Repeat:
        for candidate in _repeats(self.children, deep=True):
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


def path(item: str, blocks: Sequence[tuple[str, str]] = ()) -> str:
    """Where an answer is: ``item`` at the top, ``repeat[block id]/item`` in a block."""
    if not blocks:
        return item
    return "/".join([*(f"{repeat}[{block}]" for repeat, block in blocks), item])


def split_path(text: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """The blocks and the item of a path made by :func:`path`."""
    *steps, item = text.split("/")
    blocks = []
    for step in steps:
        match = _PATH_STEP.fullmatch(step)
        if match is None:
            raise ValueError(text)
        blocks.append((match[1], match[2]))
    return tuple(blocks), item


def _walk_nodes(children: Sequence[Item | Group | Repeat]) -> Iterator[Item | Group | Repeat]:
    for child in children:
        yield child
        if not isinstance(child, Item):
            yield from _walk_nodes(child.children)


def _items(children: Sequence[Item | Group | Repeat]) -> Iterator[Item]:
    for child in children:
        if isinstance(child, Group):
            yield from _items(child.children)
        elif isinstance(child, Item):
            yield child


def _walk_items(children: Sequence[Item | Group | Repeat]) -> Iterator[Item]:
    for child in children:
        if isinstance(child, Item):
            yield child
        else:
            yield from _walk_items(child.children)


def _repeats(children: Sequence[Item | Group | Repeat], deep: bool) -> Iterator[Repeat]:
    for child in children:
        if isinstance(child, Repeat):
            yield child
            if deep:
                yield from _repeats(child.children, deep)
        elif isinstance(child, Group):
            yield from _repeats(child.children, deep)
