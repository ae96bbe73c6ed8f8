"""The supervisor's package with numbers masked, and the numbers put back when it returns.

A masked package shows each record as a *view*: its content with the phone, ID card and
bank card numbers in free text masked (:mod:`exports.privacy.masking`), versioned like
any content. The view of version ``v`` is ``version_of(masked(content of v))`` and its
parents are the views of ``v``'s parents, so the package (its rows, its history, the
long sheet) never shows a number in full and still imports as an ordinary export: an
officer's store keeps the views and merges later packages with them.

When an officer's workbook comes back, :func:`restore` rewrites what was read before
anything is planned: a view the store can recompute becomes the version it shows, and
an officer's own version made on top of a view gets back every masked number its parent
hid (a value still showing ``138****5678`` where the parent had ``13812345678``). So a
masked number never overwrites the real one, never makes a version or a conflict of its
own, and an officer's real edits merge like any other edit.

Free text is every text field but ids (``id``, ``…_id``) and the record's metadata, and
every text answer; a repeat's blocks, photo captions and lists of choices are left as
they are.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from exports.privacy import masking
from exports.sync import layout, read
from storage.store import version_graph, versioning
from storage.store.db import Store

_NOT_TEXT = (*layout.MACHINE, "attachments", "answers")


def mask_content(content: Mapping[str, Any]) -> dict[str, Any]:
    """``content`` with the numbers in its free text masked (ids as they are)."""
    return _each_text(content, lambda key, text: masking.mask(text))


def unmask_content(content: Mapping[str, Any], parent: Mapping[str, Any]) -> dict[str, Any]:
    """``content`` with the masked numbers of ``parent``'s free text put back, field by field."""
    flat = version_graph.fields(parent)
    return _each_text(content, lambda key, text: masking.unmask(text, flat[key])
                      if isinstance(flat.get(key), str) else text)


def _each_text(content: Mapping[str, Any],
               change: Callable[[str, str], str]) -> dict[str, Any]:
    """``content`` with ``change(field, text)`` applied to each free-text field."""
    result = {key: change(key, value) if _free(key, value) else value
              for key, value in content.items()}
    if isinstance(content.get("answers"), Mapping):
        result["answers"] = {name: change(f"answers.{name}", value)
                             if isinstance(value, str) else value
                             for name, value in content["answers"].items()}
    return result


def _free(key: str, value: Any) -> bool:
    return isinstance(value, str) and key not in _NOT_TEXT and not key.endswith("_id")


def _stars(content: Mapping[str, Any]) -> bool:
    """Whether any free text of ``content`` shows a star (it may be masked)."""
    answers = content.get("answers")
    texts = [*content.values(), *(answers.values() if isinstance(answers, Mapping) else ())]
    return any(isinstance(text, str) and masking.STAR in text for text in texts)


class Views:
    """The masked views of a store's versions, for writing a package."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._views: dict[tuple[str, str, str], str] = {}

    def version(self, kind: str, record_id: str, version: str | None) -> str:
        """The view of a version of the store ('' for none)."""
        if not version:
            return ""
        key = (kind, record_id, version)
        if key not in self._views:
            found = self.store.db.execute(
                "SELECT content FROM history WHERE kind = ? AND record_id = ? AND version = ?",
                key).fetchone()
            self._views[key] = versioning.version_of(mask_content(json.loads(found[0]))) \
                if found else version
        return self._views[key]

    def rows(self, kind: str, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Stored rows (``records.many``) as their views show them."""
        for row in rows:
            view = self.version(kind, row["id"], row["version"])
            parent = self.version(kind, row["id"], row.get("parent_version"))
            yield {**mask_content(row), "version": view,
                   "parent_version": "" if parent == view else parent}

    def history(self, kind: str, rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """``records.history_rows`` as views (versions that look alike shown once)."""
        shown: set[tuple[str, str]] = set()
        for record_id, version, text, *source, parents, more in rows:
            content = mask_content(json.loads(text))
            view = versioning.version_of(content)
            self._views[(kind, record_id, version)] = view
            if (record_id, view) in shown:
                continue
            shown.add((record_id, view))
            others = [v for v in (self.version(kind, record_id, p) for p in parents)
                      if v != view]
            yield (record_id, view, versioning.canonical(content), *source, others, more)


# --- Coming back ----------------------------------------------------------------------------

def restore(store: Store, book: read.Workbook) -> None:
    """Turn the views in ``book`` back into the store's versions, numbers included."""
    records = {key[:2] for key in list(book.history) if _starred(book.history, key)}
    # A cheap test of each row first (most have no star at all): the text of its cells.
    records |= {(row.kind, row.id) for row in book.rows if row.id
                and masking.STAR in row.text and any(
        isinstance(cell, str) and masking.STAR in cell for cell in row.cells.values())}
    for kind, record_id in sorted(records):
        _Record(store, book, kind, record_id).restore()


def _starred(history: read.History, key: read.Key) -> bool:
    """Whether a version of the file may show a masked number (most are not even parsed:
    their canonical text has no star at all)."""
    text = history.text(key)
    if text is not None and masking.STAR not in text:
        return False
    entry = history.get(key)  # None: it did not parse after all
    return entry is not None and _stars(entry.content)


class _Record:
    """One record's versions in a workbook, restored against what the store knows of it."""

    def __init__(self, store: Store, book: read.Workbook, kind: str, record_id: str) -> None:
        self.book, self.kind, self.record_id = book, kind, record_id
        self.real: dict[str, dict[str, Any]] = {
            version: json.loads(text) for version, text in store.db.execute(
                "SELECT version, content FROM history WHERE kind = ? AND record_id = ?"
                " ORDER BY seq", [kind, record_id])}
        self.views = {versioning.version_of(mask_content(content)): version
                      for version, content in self.real.items()}
        self.renamed: dict[str, str] = {}
        self.entries = {key[2]: entry for key in list(book.history)
                        if key[:2] == (kind, record_id)
                        and (entry := book.history.get(key)) is not None}
        self.shown = {version: entry.content for version, entry in self.entries.items()}

    def restore(self) -> None:
        for version in list(self.entries):
            self._entry(version)
        for row in self.book.rows:
            if (row.kind, row.id) == (self.kind, self.record_id):
                self._row(row)

    def _name(self, version: str) -> str:
        """What a version of the workbook is called once restored."""
        if version not in self.renamed and version in self.entries:
            self._entry(version)
        return self.renamed.get(version) or self.views.get(version, version)

    def _entry(self, version: str) -> None:
        if version in self.renamed:
            return
        self.renamed[version] = version  # a cycle in a damaged file ends here
        entry = self.entries[version]
        parents = tuple(dict.fromkeys(self._name(p) for p in entry.parents))
        if version in self.views:
            content = self.real[self.views[version]]
        else:
            content = entry.content
            for parent in parents:
                if parent in self.real:
                    content = unmask_content(content, self.real[parent])
        name = versioning.version_of(content)
        self.renamed[version], self.real[name] = name, content
        self.book.history.pop((self.kind, self.record_id, version), None)
        self.book.history[(self.kind, self.record_id, name)] = _renewed(
            entry, version=name, content=content,
            parents=tuple(p for p in parents if p != name))

    def _row(self, row: read.SheetRow) -> None:
        hidden = row.meta.get("version", "")
        name = self._name(hidden) if hidden else ""
        shown = self.shown.get(hidden) or (mask_content(self.real[name])
                                           if name in self.real else None)
        if name in self.real and shown is not None:
            _cells(row, shown, self.real[name])
        row.meta["version"] = name
        if row.meta.get("parent_version"):
            row.meta["parent_version"] = self._name(row.meta["parent_version"])


def _renewed(entry: versioning.Entry, **changes: Any) -> versioning.Entry:
    """``entry`` changed, with the canonical text a reader may keep of it made anew."""
    if "text" in {f.name for f in dataclasses.fields(entry)}:
        changes["text"] = versioning.canonical(changes.get("content", entry.content))
    return dataclasses.replace(entry, **changes)


def _cells(row: read.SheetRow, shown: dict[str, Any], real: dict[str, Any]) -> None:
    """A row's cells that still show a masked value show the real one (numbers put back)."""
    was, now = version_graph.fields(shown), version_graph.fields(real)
    for code, raw in row.cells.items():
        value = layout.normal(raw)
        if not isinstance(value, str) or masking.STAR not in value or code not in now:
            continue
        column = row.columns[code]
        if value == layout.normal(layout.render(column, was.get(code))):
            row.cells[code] = layout.render(column, now[code])
        elif isinstance(now[code], str):
            row.cells[code] = masking.unmask(value, now[code])
    row.text = layout.cells_text(row.cells.values())
