"""The people and units who help key compounds: a county-level leader, a red-collar
secretary, a county or district unit; each a versioned record."""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, fields
from typing import Any

from storage.store import edits, records, versioning
from storage.store.db import Store

ROLES = ("leader", "secretary", "unit")
# Mainland mobile or landline numbers as people write them: digits, spaces, -, +86, ext.
_PHONE = re.compile(r"^[0-9+()\-－—\s转,，/]{5,40}$")
MAX_TEXT = 200


@dataclass
class Helper:
    role: str  # leader | secretary | unit
    name: str  # the person's name, or the unit's
    post: str = ""  # the person's post (县委常委、副县长 …), or the unit contact's
    unit: str = ""  # the person's unit (a secretary's sending unit)
    contact: str = ""  # a unit's contact person
    phone: str = ""
    district: str = ""  # the county or district the person or unit belongs to
    note: str = ""
    deleted: bool = False
    id: str = ""

    def content(self) -> dict[str, Any]:
        return versioning.content_of(self)

    def label(self) -> str:
        """"王建国（副县长）", a secretary with the unit that sent them, a unit's name."""
        detail = {"leader": self.post, "secretary": self.unit or self.post}.get(self.role, "")
        return f"{self.name}（{detail}）" if detail else self.name


KIND = versioning.Kind("helper", "helpers", tuple(f.name for f in fields(Helper)
                                                  if f.name != "id"))


class HelperError(ValueError):
    """A record of the helpers that cannot be saved: the field and why."""

    def __init__(self, field: str, reason: str, value: str = "") -> None:
        super().__init__(f"{field}: {reason} {value!r}")
        self.field = field
        self.reason = reason  # required | bad_role | bad_phone | too_long | bad_date | …
        self.value = value


def check(helper: Helper) -> None:
    if helper.role not in ROLES:
        raise HelperError("role", "bad_role", helper.role)
    helper.name = " ".join(helper.name.split())
    if not helper.name:
        raise HelperError("name", "required")
    for name in ("name", "post", "unit", "contact", "district"):
        if len(getattr(helper, name)) > MAX_TEXT:
            raise HelperError(name, "too_long", getattr(helper, name)[:20])
    helper.phone = unicodedata.normalize("NFKC", helper.phone).strip()  # full-width digits
    if helper.phone and not _PHONE.match(helper.phone):
        raise HelperError("phone", "bad_phone", helper.phone)


def save(store: Store, helper: Helper, origin: versioning.Origin = versioning.TYPED) -> Helper:
    """Check and save a person or unit; a new one gets its UUID here."""
    check(helper)
    helper.id = helper.id or str(uuid.uuid4())
    edits.write(store, KIND, helper.id, helper.content(), origin)
    return helper


def get(store: Store, helper_id: str) -> Helper:
    data = records.content(store, KIND, helper_id)
    if data is None:
        raise KeyError(helper_id)
    return Helper(**{**data, "deleted": bool(data["deleted"]), "id": helper_id})


def search(store: Store, text: str = "", *, role: str = "", limit: int = 500) -> list[Helper]:
    """People and units whose name, post, unit or phone contains ``text``."""
    where, params = ["deleted = 0"], []
    if text:
        where.append("(name LIKE ? OR post LIKE ? OR unit LIKE ? OR phone LIKE ?)")
        params += [f"%{text}%"] * 4
    if role:
        where.append("role = ?")
        params.append(role)
    return _select(store, " AND ".join(where), [*params, limit], "ORDER BY role, name LIMIT ?")


def _select(store: Store, where: str, params: list[Any], tail: str = "") -> list[Helper]:
    rows = store.db.execute(f"SELECT id, {', '.join(KIND.columns)} FROM helpers"
                            f" WHERE {where} {tail}", params).fetchall()
    return [Helper(**{**dict(zip(KIND.columns, row[1:], strict=True)),
                      "deleted": bool(row[-1]), "id": row[0]}) for row in rows]


def same(store: Store, helper: Helper) -> Helper | None:
    """The stored person or unit this one is (same role and name, and same phone or unit
    when both are given): how an import recognises people it has seen."""
    name = " ".join(helper.name.split())
    for found in _select(store, "deleted = 0 AND role = ? AND name = ?", [helper.role, name],
                         "ORDER BY created_at"):
        if helper.phone and found.phone and _digits(helper.phone) != _digits(found.phone):
            continue
        if helper.unit and found.unit and helper.unit.strip() != found.unit:
            continue
        return found
    return None


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


class UnknownHelper(LookupError):
    """No single person or unit answers to ``reference``; ``matches`` names candidates."""

    def __init__(self, reference: str, matches: list[str]) -> None:
        super().__init__(reference)
        self.reference = reference
        self.matches = matches


def resolve(store: Store, reference: str, role: str = "") -> Helper:
    """The person or unit a person means: the id, the exact name, or the only name
    containing it (of a role when given); several are refused with their names."""
    text = " ".join(reference.split())
    if text and store.db.execute("SELECT 1 FROM helpers WHERE id = ? AND deleted = 0",
                                 [text]).fetchone():
        return get(store, text)
    found = [h for h in search(store, text, role=role, limit=50) if h.name == text] \
        if text else []
    if not found and text:
        found = [h for h in search(store, text, role=role, limit=50) if text in h.name]
    if len(found) != 1:
        raise UnknownHelper(reference, [f"{h.label()} {h.phone}".strip() for h in found])
    return found[0]
