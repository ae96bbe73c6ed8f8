"""check: a number on paper names one record (a hidden id changed by hand made two)."""

from __future__ import annotations

import uuid

from storage import integrity
from storage.inspection import inspections
from storage.inspection.compounds import Compound
from storage.inspection.compounds import save as save_compound
from storage.store import db, versioning


def test_two_records_with_one_number_are_found(store: db.Store) -> None:
    from storage.forms import checklists  # noqa: PLC0415

    compound = save_compound(store, Compound(name="丰瑞丽都"))
    parking = checklists.find(store, "parking")
    assert parking is not None
    first = inspections.start(store, compound.id, parking.id)
    assert integrity.check(store) == []
    twin = inspections.get(store, first.id)
    versioning.write(store, inspections.KIND, str(uuid.uuid4()), twin.content())
    (issue,) = integrity.check(store)
    assert issue.code == "duplicate_number" and first.number in issue.subject
    assert first.id in issue.detail
