"""Routing: which manual item a checklist item, a hotline category or a complaint leads to.

The links are written in the items (``checklist_items``, ``hotline_categories``,
``hotline_keywords``); ``manual_links`` indexes them for queries and is rebuilt when the
items change (whether typed, imported from a workbook or merged by sync). Where two
items name the same link the first in the manual's order wins; :func:`clashes` lists
such links.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from storage.manual import items
from storage.manual.items import Item
from storage.store.db import Store

_SETTING = "manual.links_fingerprint"
_FIELDS = (("checklist", "checklist_items"), ("category", "hotline_categories"),
           ("keyword", "hotline_keywords"))


def fingerprint(store: Store) -> str:
    """The state of the items the index is built from (every id and version)."""
    digest = hashlib.sha256()
    for ident, version in store.db.execute("SELECT id, version FROM manual_items ORDER BY id"):
        digest.update(f"{ident}:{version};".encode())
    return digest.hexdigest()[:24]


def refresh(store: Store) -> bool:
    """Rebuild the index if the items changed since it was built; True if it was."""
    current = fingerprint(store)
    known = store.db.execute("SELECT value FROM settings WHERE key = ?", [_SETTING]).fetchone()
    if known and known[0] == current:
        return False
    with store.atomic():
        store.db.execute("DELETE FROM manual_links")
        rows = [(kind, ref, item.id, item.position)
                for item in items.all_items(store) for kind, name in _FIELDS
                for ref in item.entries(name)]
        store.db.conn.executemany("INSERT OR IGNORE INTO manual_links (kind, ref, item_id,"
                                  " position) VALUES (?, ?, ?, ?)", rows)
        store.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         [_SETTING, current])
    return True


@dataclass(frozen=True)
class Clash:
    """A link named by several items; ``items`` are their codes, the winner first."""

    kind: str
    ref: str
    items: tuple[str, ...]


def clashes(store: Store) -> list[Clash]:
    found: dict[tuple[str, str], list[str]] = {}
    for item in items.all_items(store):
        for kind, name in _FIELDS:
            for ref in item.entries(name):
                found.setdefault((kind, ref), []).append(item.code)
    return [Clash(kind, ref, tuple(codes)) for (kind, ref), codes in found.items()
            if len(codes) > 1]


class Router:
    """The links read once, for routing many findings or work orders in a row."""

    def __init__(self, store: Store) -> None:
        refresh(store)
        self.items = {item.id: item for item in items.all_items(store)}
        self.links: dict[str, list[tuple[str, str]]] = {kind: [] for kind, _ in _FIELDS}
        for kind, ref, item_id in store.db.execute(
                "SELECT kind, ref, item_id FROM manual_links ORDER BY position, ref"):
            if item_id in self.items:
                self.links[kind].append((ref, item_id))
        self._checklist = dict(self.links["checklist"])

    def for_checklist(self, form_id: str, item: str) -> Item | None:
        """The item a checklist item (``parking``, ``fire_lane_clear``) is routed to."""
        found = self._checklist.get(f"{form_id}.{item}")
        return self.items.get(found) if found else None

    def for_text(self, category: str = "", content: str = "") -> Item | None:
        """The item a complaint is routed to: its words first, then its category.

        A word of the complaint is the most precise (an elevator in a complaint filed as
        物业管理); the platform's category decides when no word is known, exact before
        contained; a word of the category text comes last.
        """
        for text, kinds in ((content, ("keyword",)), (category, ("category", "keyword"))):
            if not text:
                continue
            for kind in kinds:
                found = self._match(kind, text)
                if found is not None:
                    return found
        return None

    def _match(self, kind: str, text: str) -> Item | None:
        if kind == "category":
            exact = next((i for ref, i in self.links[kind] if ref == text), None)
            if exact:
                return self.items[exact]
        found = next((i for ref, i in self.links[kind] if ref in text), None)
        return self.items[found] if found else None
