"""``check``: a record changed behind the writer's back is found, read in bulk."""

from __future__ import annotations

from storage import demo, integrity
from storage.store import db
from tests.conftest import TEST_START


def test_a_sound_store_has_no_issues_and_tampering_is_found(store: db.Store) -> None:
    demo.build(store, compounds=6, inspections=40, today=TEST_START.date())
    assert integrity.check(store) == []
    inspection, finding, visit = (store.db.execute(f"SELECT id FROM {table} LIMIT 1")
                                  .fetchone()[0] for table in
                                  ("inspections", "findings", "reinspections"))
    store.db.execute("UPDATE answers SET value = '\"tampered\"' WHERE inspection_id = ?"
                     " AND item = (SELECT min(item) FROM answers WHERE inspection_id = ?)",
                     [inspection, inspection])
    store.db.execute("UPDATE findings SET note = 'edited by hand' WHERE id = ?", [finding])
    store.db.execute("UPDATE reinspections SET outcomes = '[]' WHERE id = ?", [visit])
    found = {(issue.code, issue.subject) for issue in integrity.check(store)}
    for subject in (f"inspection {inspection}", f"finding {finding}",
                    f"reinspection {visit}"):
        assert ("version_mismatch", subject) in found
        assert ("history_missing", subject) in found
