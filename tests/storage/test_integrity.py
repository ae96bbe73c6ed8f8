"""``check``: a record changed behind the writer's back is found, read in bulk; a number on
paper names one record (a hidden id changed by hand made two)."""

from __future__ import annotations

import uuid

from storage import integrity
from storage.forms import checklists
from storage.inspection import inspections
from storage.inspection.compounds import Compound
from storage.inspection.compounds import save as save_compound
from storage.store import db, versioning


def test_a_sound_store_has_no_issues_and_tampering_is_found(demo_store: db.Store) -> None:
    assert integrity.check(demo_store) == []
    inspection, finding, visit = (demo_store.db.execute(f"SELECT id FROM {table} LIMIT 1")
                                  .fetchone()[0] for table in
                                  ("inspections", "findings", "reinspections"))
    demo_store.db.execute("UPDATE inspections SET answers = json_set(answers, '$.' ||"
                          " (SELECT min(key) FROM json_each(answers)), 'tampered')"
                          " WHERE id = ?", [inspection])
    demo_store.db.execute("UPDATE findings SET note = 'edited by hand' WHERE id = ?", [finding])
    demo_store.db.execute("UPDATE reinspections SET outcomes = '[]' WHERE id = ?", [visit])
    found = {(issue.code, issue.subject) for issue in integrity.check(demo_store)}
    for subject in (f"inspection {inspection}", f"finding {finding}",
                    f"reinspection {visit}"):
        assert ("version_mismatch", subject) in found
        assert ("history_missing", subject) in found


def test_two_records_with_one_number_are_found(store: db.Store) -> None:
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
