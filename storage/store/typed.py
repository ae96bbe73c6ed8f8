"""Records as dataclasses: a kind declared from its dataclass, its content, its rows.

The governance records (reviews, property companies …) are plain dataclasses whose
fields are the kind's columns, plus ``id`` (and ``attachments`` for photos). This
module turns one into the content ``versioning.write`` versions and back, so every
kind does it the same way: flags are stored as 0/1 and numbers of a ``float`` field
are always floats (a score of 18 and of 18.0 are one version, as SQLite reads them).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from storage.store import edits, records, versioning
from storage.store.db import Store

T = TypeVar("T")
_SKIPPED = ("id", "attachments")


def kind(cls: type, name: str, table: str,
         references: tuple[tuple[str, str], ...] = ()) -> versioning.Kind:
    """The kind whose columns are the dataclass's fields (``id`` and photos aside);
    ``references`` names the fields holding another record's id, with its kind."""
    names = tuple(f.name for f in dataclasses.fields(cls) if f.name not in _SKIPPED)
    photos = any(f.name == "attachments" for f in dataclasses.fields(cls))
    return versioning.Kind(name, table, names, has_attachments=photos, references=references)


def _shape(field: dataclasses.Field[Any], value: Any) -> Any:
    text = str(field.type)
    if value is None:
        return None
    if text.startswith("bool"):
        return int(bool(value))
    if text.startswith("float"):
        return float(value)
    return value


def content(record: Any) -> dict[str, Any]:
    """The record's content as versioned (no id; flags 0/1; floats as floats)."""
    data = {f.name: _shape(f, getattr(record, f.name)) for f in dataclasses.fields(record)
            if f.name != "id"}
    if "attachments" in data:
        data["attachments"] = [dict(a) for a in data["attachments"]]
    return data


def build(cls: type[T], record_id: str, data: dict[str, Any]) -> T:
    """The dataclass of a stored content (flags back to bools)."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name == "id":
            values["id"] = record_id
        elif f.name in data:
            value = data[f.name]
            values[f.name] = bool(value) if str(f.type).startswith("bool") \
                and value is not None else value
    return cls(**values)


def save(store: Store, kind_: versioning.Kind, record: Any,
         origin: versioning.Origin = versioning.TYPED) -> Any:
    """Write the record as its kind's current version; a new one gets a UUID here."""
    record.id = record.id or str(uuid.uuid4())
    edits.write(store, kind_, record.id, content(record), origin)
    return record


def get(store: Store, kind_: versioning.Kind, cls: type[T], record_id: str) -> T | None:
    """One record by id, or None."""
    data = records.content(store, kind_, record_id)
    return None if data is None else build(cls, record_id, data)


def select(store: Store, kind_: versioning.Kind, cls: type[T], where: str = "1",
           params: Sequence[Any] = (), order: str = "id") -> list[T]:
    """The records of a kind matching an SQL condition on its table, in ``order``."""
    names = ["id", *kind_.columns]
    rows = store.db.execute(
        f"SELECT {', '.join(names)} FROM {kind_.table} WHERE {where} ORDER BY {order}",
        list(params)).fetchall()
    if kind_.has_attachments:
        return [get(store, kind_, cls, row[0]) for row in rows]  # type: ignore[misc]
    return [build(cls, row[0], dict(zip(names, row, strict=True))) for row in rows]


def one_line(text: object) -> str:
    """A name as typed, kept on one line: every run of white space one space, trimmed."""
    return " ".join(str(text).split())
