"""The manual as readable source (markdown), and installing the built-in manual in a store.

The format, as ``builtin_manual/property.md`` shows it::

    # <title>
    - title_en: …
    - edition: 2026.1
    ## <category code> <title> | <English title>
    ### <item code> <title> | <English title>
    - lead: 住建
    - how: 1. …
      2. …            (a value goes on over lines indented by two spaces)

Comments (``<!-- … -->``) and blank lines are ignored; anything else is refused with
its line number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from importlib import resources

from storage.manual import items
from storage.manual.items import Category, Item
from storage.store import edits, records, versioning
from storage.store.db import Store

BUILTIN = "property"
_HEADING = re.compile(r"^(#{1,3}) +(.*)$")
_FIELD = re.compile(r"^- +([a-z_]+): ?(.*)$")
# Source keys → item fields (where the name differs).
_ITEM_KEYS = {"time_limit": "time_limit_days", "checklist": "checklist_items"}
_ITEM_FIELDS = {f.name for f in fields(Item)} - {"id", "code", "category", "title",
                                                 "title_en", "position", "deleted"}
_MANUAL_KEYS = ("title_en", "edition")
_SETTING = "manual.builtin_edition"


class SourceError(ValueError):
    """A manual source that cannot be read: the line and why."""

    def __init__(self, line: int, reason: str, text: str = "") -> None:
        super().__init__(f"line {line}: {reason}: {text}")
        self.line = line
        self.reason = reason  # heading | field | unknown_field | no_category | no_item | …
        self.text = text


@dataclass
class Manual:
    title: str = ""
    title_en: str = ""
    edition: str = ""
    categories: list[Category] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


def parse(text: str) -> Manual:
    """The manual a source describes (codes, titles and fields checked as items are)."""
    manual = Manual()
    target: Manual | Item | None = None
    key = ""
    for number, line in enumerate(_lines(text), start=1):
        if line is None or not line.strip():
            continue
        heading = _HEADING.match(line)
        if heading:
            target, key = _heading(manual, number, len(heading.group(1)), heading.group(2))
        elif line.startswith("  ") and key:
            _append(target, key, line.strip())
        elif (found := _FIELD.match(line)) is not None:
            key = _set(target, number, found.group(1), found.group(2).strip())
        else:
            raise SourceError(number, "field", line)
    _check(manual)
    return manual


def _lines(text: str) -> list[str | None]:
    """The source's lines, those inside comments as None (numbers stay right)."""
    out: list[str | None] = []
    inside = False
    for line in text.splitlines():
        starts = line.lstrip().startswith("<!--")
        out.append(None if inside or starts else line)
        if starts:
            inside = "-->" not in line
        elif inside and "-->" in line:
            inside = False
    return out


def _heading(manual: Manual, number: int, level: int, text: str) -> tuple[Manual | Item, str]:
    if level == 1:
        manual.title = text.strip()
        return manual, ""
    code, _, rest = text.strip().partition(" ")
    title, _, title_en = rest.partition("|")
    if level == 2:
        manual.categories.append(Category(code=code, title=title.strip(),
                                          title_en=title_en.strip(),
                                          position=len(manual.categories) + 1))
        return manual, ""
    if not manual.categories:
        raise SourceError(number, "no_category", text)
    item = Item(code=code, category=manual.categories[-1].code, title=title.strip(),
                title_en=title_en.strip(), lead="", position=len(manual.items) + 1)
    manual.items.append(item)
    return item, ""


def _set(target: Manual | Item | None, number: int, key: str, value: str) -> str:
    if isinstance(target, Manual) and key in _MANUAL_KEYS and not target.categories:
        setattr(target, key, value)
        return key
    name = _ITEM_KEYS.get(key, key)
    if not isinstance(target, Item):
        raise SourceError(number, "no_item", key)
    if name not in _ITEM_FIELDS:
        raise SourceError(number, "unknown_field", key)
    if name == "time_limit_days":
        if not value.isdigit():
            raise SourceError(number, "bad_time_limit", value)
        target.time_limit_days = int(value)
    else:
        setattr(target, name, value)
    return name


def _append(target: Manual | Item | None, key: str, text: str) -> None:
    separator = "; " if key in items.LIST_FIELDS else "\n"
    setattr(target, key, f"{getattr(target, key)}{separator}{text}")


def _check(manual: Manual) -> None:
    for category in manual.categories:
        items.check_category(category)
    codes = {c.code for c in manual.categories}
    seen: set[str] = set()
    for item in manual.items:
        items.check_item(item, codes)
        if item.code in seen:
            raise items.ManualError(item.code, "code", "duplicate", item.code)
        seen.add(item.code)


def render(manual: Manual) -> str:
    """The source of a manual (``parse(render(m))`` gives ``m`` back)."""
    lines = [f"# {manual.title}", f"- title_en: {manual.title_en}",
             f"- edition: {manual.edition}"]
    for category in manual.categories:
        lines += ["", f"## {category.code} {category.title} | {category.title_en}"]
        for item in (i for i in manual.items if i.category == category.code):
            lines += ["", f"### {item.code} {item.title} | {item.title_en}"]
            lines += [_field_text(key, item) for key in _source_keys()
                      if _value(item, key) not in ("", None)]
    return "\n".join(lines) + "\n"


def _source_keys() -> list[str]:
    names = {v: k for k, v in _ITEM_KEYS.items()}
    order = ["demand", "lead", "supporting", "what", "how", "cooperation", "time_limit_days",
             "legal_basis", "checklist_items", "hotline_categories", "hotline_keywords"]
    return [names.get(name, name) for name in order]


def _value(item: Item, key: str) -> object:
    return getattr(item, _ITEM_KEYS.get(key, key))


def _field_text(key: str, item: Item) -> str:
    value = str(_value(item, key))
    return f"- {key}: " + "\n".join(
        line if n == 0 else "  " + line for n, line in enumerate(value.split("\n")))


def builtin_source(name: str = BUILTIN) -> str:
    path = resources.files("storage.manual") / "builtin_manual" / f"{name}.md"
    return path.read_text(encoding="utf-8")


def builtin(name: str = BUILTIN) -> Manual:
    return parse(builtin_source(name))


def install_builtin(store: Store, name: str = BUILTIN) -> int:
    """Make sure the store has the built-in manual; return how many records were written.

    A record the user has changed since it was installed keeps the user's version; one
    still as installed follows a newer edition. Records get the same ids on every
    machine, so two stores that installed it independently sync without changes.
    """
    manual = builtin(name)
    known = store.db.execute("SELECT value FROM settings WHERE key = ?", [_SETTING]).fetchone()
    if known and known[0] == f"{name} {manual.edition}":
        return 0
    origin = versioning.Origin("imported", f"builtin {name} {manual.edition}")
    written = 0
    with store.atomic():
        for category in manual.categories:
            category.id = items.builtin_id("category", category.code)
            written += _install(store, items.CATEGORY_KIND, category.id, category.content(),
                                origin)
        for item in manual.items:
            item.id = items.builtin_id("item", item.code)
            written += _install(store, items.ITEM_KIND, item.id, item.content(), origin)
        store.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         [_SETTING, f"{name} {manual.edition}"])
    return written


def _install(store: Store, kind: versioning.Kind, record_id: str, content: dict[str, object],
             origin: versioning.Origin) -> int:
    row = records.current(store, kind, record_id)
    if row is not None:
        source = store.db.execute(
            "SELECT source_detail FROM history WHERE kind = ? AND record_id = ? AND version = ?",
            [kind.name, record_id, row["version"]]).fetchone()
        if not source or not str(source[0]).startswith("builtin "):
            return 0  # changed by a person since: theirs stays
        if row["version"] == versioning.version_of(content):
            return 0
    edits.write(store, kind, record_id, content, origin)
    return 1
