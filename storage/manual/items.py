"""Manual categories and items as versioned records: saving, reading, checking them.

An item says, for one kind of residents' demand, which department leads and which
support, what is to be done, how, how the departments cooperate, the time limit and
the legal basis; and which checklist items, hotline categories and complaint words it
covers. Lists are kept as text, entries separated by "; ".
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, fields
from typing import Any

from storage.store import edits, records, versioning
from storage.store.db import Store

# Item codes are "<category>.<two digits>", e.g. "3.01"; category codes are numbers.
CATEGORY_CODE = re.compile(r"^[1-9][0-9]?$")
ITEM_CODE = re.compile(r"^([1-9][0-9]?)\.([0-9]{2})$")
_SEPARATORS = re.compile(r"[;；,，、\n]+")
LIST_FIELDS = ("supporting", "checklist_items", "hotline_categories", "hotline_keywords")
_NAMESPACE = uuid.UUID("5b0d6a52-2f0e-4c8e-9a57-6d0c3f1e7a10")
MAX_TIME_LIMIT_DAYS = 3650


@dataclass
class Category:
    code: str
    title: str
    title_en: str = ""
    position: int = 0
    deleted: bool = False
    id: str = ""

    def content(self) -> dict[str, Any]:
        return versioning.content_of(self)


@dataclass
class Item:
    code: str
    category: str
    title: str
    lead: str
    title_en: str = ""
    demand: str = ""
    supporting: str = ""
    what: str = ""
    how: str = ""
    cooperation: str = ""
    time_limit_days: int | None = None
    legal_basis: str = ""
    checklist_items: str = ""
    hotline_categories: str = ""
    hotline_keywords: str = ""
    position: int = 0
    deleted: bool = False
    id: str = ""

    def content(self) -> dict[str, Any]:
        return versioning.content_of(self)

    def entries(self, name: str) -> list[str]:
        """A list field as its entries."""
        return split(getattr(self, name))

    @property
    def supporting_list(self) -> list[str]:
        return split(self.supporting)

    def label(self, language: str = "zh") -> str:
        """"3.01 消防通道被占用" (the English title where asked and known)."""
        title = self.title_en if language == "en" and self.title_en else self.title
        return f"{self.code} {title}"


CATEGORY_KIND = versioning.Kind(
    "manual_category", "manual_categories",
    tuple(f.name for f in fields(Category) if f.name != "id"))
ITEM_KIND = versioning.Kind(
    "manual_item", "manual_items", tuple(f.name for f in fields(Item) if f.name != "id"))


class ManualError(ValueError):
    """An item or category that cannot be saved: which (code), which field, why."""

    def __init__(self, code: str, field: str, reason: str, value: str = "") -> None:
        super().__init__(f"{code} {field}: {reason} {value!r}")
        self.code = code
        self.field = field
        self.reason = reason  # bad_code | required | unknown_category | bad_time_limit | duplicate
        self.value = value


def split(text: str) -> list[str]:
    """A list field's entries: split on ; ， 、 or new lines, trimmed, each once, in order."""
    seen: dict[str, None] = {}
    for part in _SEPARATORS.split(text or ""):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return list(seen)


def join(entries: list[str] | str) -> str:
    """The stored text of a list field."""
    return "; ".join(split(entries) if isinstance(entries, str) else split("\n".join(entries)))


def builtin_id(kind: str, code: str) -> str:
    """The id of a built-in category or item: the same on every machine that installs it."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{code}"))


def check_category(category: Category) -> None:
    if not CATEGORY_CODE.match(category.code):
        raise ManualError(category.code, "code", "bad_code", category.code)
    if not category.title.strip():
        raise ManualError(category.code, "title", "required")


def check_item(item: Item, categories: set[str]) -> None:
    """Refuse an item that cannot be used; list fields are normalised in place."""
    match = ITEM_CODE.match(item.code)
    if not match:
        raise ManualError(item.code, "code", "bad_code", item.code)
    if item.category not in categories or match.group(1) != item.category:
        raise ManualError(item.code, "category", "unknown_category", item.category)
    for name in ("title", "lead"):
        if not getattr(item, name).strip():
            raise ManualError(item.code, name, "required")
    days = item.time_limit_days
    if days is not None and not 0 < days <= MAX_TIME_LIMIT_DAYS:
        raise ManualError(item.code, "time_limit_days", "bad_time_limit", str(days))
    for name in LIST_FIELDS:
        setattr(item, name, join(getattr(item, name)))


def save_category(store: Store, category: Category,
                  origin: versioning.Origin = versioning.TYPED) -> Category:
    check_category(category)
    category.id = category.id or str(uuid.uuid4())
    edits.write(store, CATEGORY_KIND, category.id, category.content(), origin)
    return category


def save_item(store: Store, item: Item, origin: versioning.Origin = versioning.TYPED) -> Item:
    """Check and save an item (its category must exist); a new one gets its UUID here."""
    check_item(item, {c.code for c in categories(store)})
    clash = store.db.execute("SELECT id FROM manual_items WHERE code = ? AND deleted = 0"
                             " AND id <> ?", [item.code, item.id]).fetchone()
    if clash and not item.deleted:
        raise ManualError(item.code, "code", "duplicate", item.code)
    item.id = item.id or str(uuid.uuid4())
    edits.write(store, ITEM_KIND, item.id, item.content(), origin)
    return item


def _category(row: dict[str, Any]) -> Category:
    return Category(**{**{k: row[k] for k in CATEGORY_KIND.columns},
                       "deleted": bool(row["deleted"]), "id": row["id"]})


def _item(row: dict[str, Any]) -> Item:
    return Item(**{**{k: row[k] for k in ITEM_KIND.columns},
                   "deleted": bool(row["deleted"]), "id": row["id"]})


def categories(store: Store, *, deleted: bool = False) -> list[Category]:
    """The categories in their order."""
    rows = store.db.execute(
        f"SELECT id, {', '.join(CATEGORY_KIND.columns)} FROM manual_categories"
        f" {'' if deleted else 'WHERE deleted = 0'} ORDER BY position, code").fetchall()
    return [_category(dict(zip(("id", *CATEGORY_KIND.columns), r, strict=True))) for r in rows]


def all_items(store: Store, *, category: str = "", deleted: bool = False) -> list[Item]:
    """The items in the manual's order (one category's when given)."""
    where = [] if deleted else ["deleted = 0"]
    params: list[Any] = []
    if category:
        where.append("category = ?")
        params.append(category)
    sql = (f"SELECT id, {', '.join(ITEM_KIND.columns)} FROM manual_items"
           f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY position, code")
    return [_item(dict(zip(("id", *ITEM_KIND.columns), r, strict=True)))
            for r in store.db.execute(sql, params).fetchall()]


def get(store: Store, item_id: str) -> Item:
    data = records.content(store, ITEM_KIND, item_id)
    if data is None:
        raise KeyError(item_id)
    return _item({**data, "id": item_id})


class UnknownItem(LookupError):
    """No manual item has this code (or id); ``known`` lists the codes there are."""

    def __init__(self, reference: str, known: list[str]) -> None:
        super().__init__(reference)
        self.reference = reference
        self.known = known


def find(store: Store, reference: str) -> Item:
    """The item a person means by its code ("3.01") or its id."""
    text = reference.strip()
    row = store.db.execute("SELECT id FROM manual_items WHERE deleted = 0 AND (code = ? OR id = ?)"
                           " ORDER BY code = ? DESC", [text, text, text]).fetchone()
    if row is None:
        raise UnknownItem(reference, [i.code for i in all_items(store)])
    return get(store, row[0])


def category_title(store: Store, code: str, language: str = "zh") -> str:
    found = next((c for c in categories(store) if c.code == code), None)
    if found is None:
        return code
    return found.title_en if language == "en" and found.title_en else found.title
