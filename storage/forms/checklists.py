"""Checklist versions in the store, and the four built-in checklists shipped as source."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from importlib import resources

from storage import clock
from storage.forms.xlsform import Checklist, Sheets, parse, read_markdown
from storage.store import versioning
from storage.store.db import Store

BUILTIN = ("illegal_construction", "pets", "parking", "pipe_network")


@dataclass(frozen=True)
class Stored:
    """A checklist version as the store knows it."""

    id: str
    form_id: str
    version: str
    title: str
    title_en: str
    item_count: int
    builtin: bool
    created_at: str


def builtin_source(form_id: str) -> str:
    """The markdown XLSForm source of a built-in checklist."""
    path = resources.files("storage.forms") / "builtin_checklists" / f"{form_id}.md"
    return path.read_text(encoding="utf-8")


def builtin(form_id: str) -> Checklist:
    return parse(read_markdown(builtin_source(form_id)))


def version_id(checklist: Checklist) -> str:
    """A checklist version's id: the hash of its source, the same on every machine."""
    return versioning.version_of({"sheets": checklist.sheets})


@dataclass(frozen=True)
class Plan:
    """What importing a checklist does: ``unchanged``, ``new_checklist`` or
    ``new_version`` (of ``previous``); a clash is raised as :class:`VersionClash`."""

    id: str
    outcome: str
    previous: Stored | None


def plan(store: Store, checklist: Checklist) -> Plan:
    """What :func:`save` would do, decided the same way (so a dry run tells the truth)."""
    ident = version_id(checklist)
    previous = find(store, checklist.form_id)
    if store.db["checklist_versions"].count_where("id = ?", [ident]):
        return Plan(ident, "unchanged", previous)
    clash = store.db.execute(
        "SELECT id FROM checklist_versions WHERE form_id = ? AND version_label = ?",
        [checklist.form_id, checklist.version],
    ).fetchone()
    if clash:
        raise VersionClash(checklist.form_id, checklist.version)
    return Plan(ident, "new_version" if previous else "new_checklist", previous)
def save(store: Store, checklist: Checklist, *, is_builtin: bool = False) -> str:
    """Store a checklist version (a no-op if that exact source is known); return its id."""
    with store.atomic():
        planned = plan(store, checklist)
        ident = planned.id
        if planned.outcome == "unchanged":
            return ident
        store.db.table("checklist_versions").insert({
            "id": ident, "form_id": checklist.form_id, "version_label": checklist.version,
            "title": checklist.title, "title_en": checklist.title_en,
            "source": json.dumps(checklist.sheets, ensure_ascii=False),
            "item_count": len(checklist.all_items), "builtin": int(is_builtin),
            "created_at": clock.now(),
        })
        store.db.table("checklist_items").insert_all(_item_rows(ident, checklist))
    return ident


class VersionClash(ValueError):
    """A different checklist under a form id and version label the store already has."""

    def __init__(self, form_id: str, version: str) -> None:
        super().__init__(f"{form_id} {version}")
        self.form_id = form_id
        self.version = version


def _item_rows(ident: str, checklist: Checklist) -> list[dict[str, object]]:
    return [
        {"checklist_version_id": ident, "item": item.name, "position": position,
         "type": item.type, "label": item.label("zh"), "label_en": item.label("en"),
         "group_name": item.repeat or item.group, "severity": item.severity,
         "department": item.department, "weight": item.weight, "scored": int(item.scored)}
        for position, item in enumerate(checklist.all_items)
    ]


def install_builtins(store: Store) -> list[str]:
    """Make sure the store has the current version of every built-in checklist.

    Called whenever a store is opened for use; it also gives item rows to versions
    stored before the store had them (schema 0001).
    """
    _fill_item_rows(store)
    return [_install_builtin(store, form_id) for form_id in BUILTIN]


def _install_builtin(store: Store, form_id: str) -> str:
    """The built-in's version id; parsed (pyxform is slow to load) only when its source
    is new to this store, else known from the digest of the source it was saved from."""
    digest = hashlib.sha256(builtin_source(form_id).encode("utf-8")).hexdigest()
    key = f"builtin_source.{form_id}"
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row and row[0].startswith(digest + " "):
        ident = row[0].split(" ", 1)[1]
        if store.db["checklist_versions"].count_where("id = ?", [ident]):
            return ident
    ident = save(store, builtin(form_id), is_builtin=True)
    with store.atomic():
        store.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         [key, f"{digest} {ident}"])
    return ident


def _fill_item_rows(store: Store) -> None:
    missing = store.db.execute(
        "SELECT id, source FROM checklist_versions v WHERE NOT EXISTS"
        " (SELECT 1 FROM checklist_items i WHERE i.checklist_version_id = v.id)").fetchall()
    with store.atomic():
        for ident, source in missing:
            store.db.table("checklist_items").insert_all(
                _item_rows(ident, parsed(source)))


def load(store: Store, ident: str) -> Checklist:
    """The checklist of a stored version (old versions included)."""
    row = store.db.execute("SELECT source FROM checklist_versions WHERE id = ?",
                           [ident]).fetchone()
    if row is None:
        raise KeyError(ident)
    return parsed(row[0])


@functools.lru_cache(maxsize=64)
def parsed(source: str) -> Checklist:
    """The checklist of a stored source (its XLSForm sheets as JSON), parsed once per
    process: the store's versions and every file that carries the same one share it."""
    sheets: Sheets = json.loads(source)
    return parse(sheets)


def latest(store: Store) -> list[Stored]:
    """The newest version of every checklist, built-ins first."""
    rows = store.db.execute(
        "SELECT id, form_id, version_label, title, title_en, item_count, builtin, created_at"
        " FROM checklist_versions v WHERE created_at = (SELECT max(created_at)"
        " FROM checklist_versions w WHERE w.form_id = v.form_id)"
        " ORDER BY builtin DESC, form_id"
    ).fetchall()
    order = {form_id: n for n, form_id in enumerate(BUILTIN)}
    stored = [Stored(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]) for r in rows]
    return sorted(stored, key=lambda s: (order.get(s.form_id, len(order)), s.form_id))


def find(store: Store, form_id: str) -> Stored | None:
    """The newest version of the checklist with this form id."""
    return next((s for s in latest(store) if s.form_id == form_id), None)
