"""Builders shared by the property tests: companies with valid credit codes, projects."""

from __future__ import annotations

import datetime as dt

from storage.inspection import compounds
from storage.property import companies, projects
from storage.store.db import Store


def credit_code(serial: int) -> str:
    """A valid unified social credit code (GB 32100-2015) for a serial number."""
    body = f"91371300MA{serial:07d}"
    return body + companies.check_digit(body)


def company(store: Store, name: str, serial: int = 1) -> companies.Company:
    """The company with this serial's credit code (made the first time)."""
    try:
        return companies.resolve(store, credit_code(serial))
    except companies.UnknownCompany:
        return companies.save(store, companies.Company(name, credit_code(serial),
                                                       contact="王经理", phone="0539-8888888"))


def place(store: Store, name: str, households: int | None = 400, street: str = "费城街道",
          district: str = "费县") -> compounds.Compound:
    return compounds.save(store, compounds.Compound(name=name, district=district,
                                                    street=street, households=households))


def project(store: Store, company_name: str = "恒信物业", compound: str = "香榭丽",
            since: str = "2025-01-01", serial: int = 1, households: int | None = 400
            ) -> projects.Project:
    firm = company(store, company_name, serial)
    where = place(store, compound, households)
    return projects.assign(store, firm.id, where.id, dt.date.fromisoformat(since),
                           manager="张经理")
