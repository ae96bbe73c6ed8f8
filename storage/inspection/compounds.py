"""Residential compounds (小区): who they are and where, typed or imported."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields
from typing import Any

from storage.store import edits, records, versioning
from storage.store.db import Store

PARTY_BRANCH_TYPES = ("", "entity", "functional")


@dataclass
class Compound:
    name: str
    district: str = ""
    street: str = ""
    community: str = ""
    address: str = ""
    property_company: str = ""
    households: int | None = None
    party_branch: str = ""  # "entity" (实体型) or "functional" (功能型)
    party_secretary_full_time: bool | None = None
    deleted: bool = False
    id: str = ""

    def content(self) -> dict[str, Any]:
        data = asdict(self)
        del data["id"]
        data["deleted"] = int(self.deleted)
        if self.party_secretary_full_time is not None:
            data["party_secretary_full_time"] = int(self.party_secretary_full_time)
        return data


KIND = versioning.Kind(
    "compound", "compounds", tuple(f.name for f in fields(Compound) if f.name != "id")
)


def save(store: Store, compound: Compound,
         origin: versioning.Origin = versioning.TYPED) -> Compound:
    """Create or update a compound; a new one gets its UUID here."""
    if not compound.name.strip():
        raise ValueError("a compound needs a name")
    if compound.party_branch not in PARTY_BRANCH_TYPES:
        raise ValueError(f"party branch {compound.party_branch!r}")
    compound.id = compound.id or str(uuid.uuid4())
    edits.write(store, KIND, compound.id, compound.content(), origin)
    return compound


def get(store: Store, compound_id: str) -> Compound:
    data = records.content(store, KIND, compound_id)
    if data is None:
        raise KeyError(compound_id)
    return _from_content(compound_id, data)


def _from_content(compound_id: str, data: dict[str, Any]) -> Compound:
    full_time = data["party_secretary_full_time"]
    return Compound(**{**data, "id": compound_id, "deleted": bool(data["deleted"]),
                       "party_secretary_full_time": None if full_time is None
                       else bool(full_time)})


def search(store: Store, text: str = "", *, district: str = "", street: str = "",
           limit: int = 200) -> list[Compound]:
    """Compounds whose name or address contains ``text``, in a district and street."""
    where = ["deleted = 0"]
    params: list[Any] = []
    if text:
        where.append("(name LIKE ? OR address LIKE ? OR community LIKE ?)")
        params += [f"%{text}%"] * 3
    for column, value in (("district", district), ("street", street)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    rows = store.db.execute(
        f"SELECT id, {', '.join(KIND.columns)} FROM compounds WHERE {' AND '.join(where)}"
        " ORDER BY district, street, name LIMIT ?", [*params, limit]
    ).fetchall()
    return [_from_content(row[0], dict(zip(KIND.columns, row[1:], strict=True)))
            for row in rows]


class UnknownCompound(LookupError):
    """No single compound answers to ``reference``; ``matches`` names those that might."""

    def __init__(self, reference: str, matches: list[str]) -> None:
        super().__init__(reference)
        self.reference = reference
        self.matches = matches  # "name (street)" of each candidate; empty when none


def resolve(store: Store, reference: str) -> Compound:
    """The one compound a person means: its id, its exact name, or the only name containing it.

    The one way every command and window finds a compound from typed text. Several
    compounds of that exact name (in different streets), or several containing it, are
    refused with their names, never guessed.
    """
    text = reference.strip()
    if text and store.db.execute("SELECT 1 FROM compounds WHERE id = ? AND deleted = 0",
                                 [text]).fetchone():
        return get(store, text)
    found = [c for c in search(store, text, limit=21) if c.name == text] if text else []
    if not found and text:
        found = [c for c in search(store, text, limit=21) if text in c.name]
    if len(found) != 1:
        raise UnknownCompound(reference, [f"{c.name} ({c.street})" for c in found])
    return found[0]
