"""Property companies (物业企业): name, unified social credit code, contacts.

A company made on two machines is one record when it has the same credit code (or,
without one, the same name): its id comes from that key. The credit code is checked
as GB 32100-2015 defines it (18 characters, the last a check character).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from storage.store import typed
from storage.store.db import Store

# GB 32100-2015: the 31 characters a code may use (no I, O, S, V, Z) and the weights.
_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
MAX_NAME = 80
MAX_TEXT = 2000


class PropertyError(ValueError):
    """Something the property records cannot hold; ``reason`` says why, ``detail`` what."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}".strip())
        self.reason = reason
        self.detail = detail


@dataclass
class Company:
    name: str
    credit_code: str = ""
    contact: str = ""
    phone: str = ""
    address: str = ""
    note: str = ""
    deleted: bool = False
    id: str = ""


COMPANY = typed.kind(Company, "property_company", "property_companies")


def check_digit(first17: str) -> str:
    """The check character of a credit code's first 17 characters."""
    total = sum(_ALPHABET.index(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return _ALPHABET[(31 - total % 31) % 31]


def check_credit_code(text: str) -> str:
    """A credit code as stored (upper case, half-width), "" for none; PropertyError if wrong."""
    code = unicodedata.normalize("NFKC", text).strip().upper().replace(" ", "")
    if not code:
        return ""
    if len(code) != 18 or any(c not in _ALPHABET for c in code):
        raise PropertyError("bad_credit_code", text)
    if check_digit(code[:17]) != code[17]:
        raise PropertyError("bad_credit_code", text)
    return code


def clean(text: str, what: str, *, required: bool = False, long: bool = False) -> str:
    """Typed text as stored: a name on one line (spaces collapsed), or a long text trimmed;
    PropertyError when required and empty, or too long."""
    value = str(text).strip() if long else typed.one_line(text)
    if required and not value:
        raise PropertyError("required", what)
    if len(value) > (MAX_TEXT if long else MAX_NAME):
        raise PropertyError("too_long", what)
    return value


def save(store: Store, company: Company) -> Company:
    """Create or change a company: the name is required, the code checked and unique."""
    company.name = clean(company.name, "name", required=True)
    company.credit_code = check_credit_code(company.credit_code)
    for attribute in ("contact", "phone", "address"):
        setattr(company, attribute, clean(getattr(company, attribute), attribute))
    company.note = clean(company.note, "note", long=True)
    if company.credit_code:
        clash = store.db.execute(
            "SELECT name FROM property_companies WHERE credit_code = ? AND id <> ?"
            " AND deleted = 0", [company.credit_code, company.id]).fetchone()
        if clash:
            raise PropertyError("duplicate_code", f"{company.credit_code} {clash[0]}")
    if not company.id:
        company.id = COMPANY.id_for(company.credit_code or company.name)
    with store.atomic():
        return typed.save(store, COMPANY, company)


def get(store: Store, company_id: str) -> Company:
    found = typed.get(store, COMPANY, Company, company_id)
    if found is None:
        raise KeyError(company_id)
    return found


def search(store: Store, text: str = "", limit: int = 500) -> list[Company]:
    """Companies whose name, code or contact contains ``text``, by name."""
    like = f"%{text.strip()}%"
    return typed.select(store, COMPANY, Company,
                        "deleted = 0 AND (name LIKE ? OR credit_code LIKE ? OR contact LIKE ?)",
                        [like, like, like], f"name LIMIT {int(limit)}")


class UnknownCompany(LookupError):
    """No single company answers to ``reference``; ``matches`` names those that might."""

    def __init__(self, reference: str, matches: list[str]) -> None:
        super().__init__(reference)
        self.reference = reference
        self.matches = matches


def resolve(store: Store, reference: str) -> Company:
    """The one company a person means: its id, credit code, exact name, or the only name
    containing the text; several or none are refused with their names."""
    text = reference.strip()
    if not text:
        raise UnknownCompany(reference, [])
    for where in ("id = ?", "credit_code = ?", "name = ?"):
        found = typed.select(store, COMPANY, Company, f"deleted = 0 AND {where}",
                             [text.upper() if where.startswith("credit") else text])
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UnknownCompany(reference, [c.name for c in found])
    found = search(store, text, limit=21)
    if len(found) != 1:
        raise UnknownCompany(reference, [c.name for c in found])
    return found[0]
