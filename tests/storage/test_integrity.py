"""``check``: a record changed behind the writer's back is found, read in bulk; a number on
paper names one record (a hidden id changed by hand made two)."""

from __future__ import annotations

import json
import uuid

from storage import integrity
from storage.forms import checklists
from storage.inspection import inspections
from storage.inspection.compounds import Compound
from storage.inspection.compounds import save as save_compound
from storage.store import db, edits


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
    edits.write(store, inspections.KIND, str(uuid.uuid4()), twin.content())
    (issue,) = integrity.check(store)
    assert issue.code == "duplicate_number" and first.number in issue.subject
    assert first.id in issue.detail


def test_a_history_text_in_another_layout_is_compared_as_data(store: db.Store) -> None:
    """The check compares the history's text with the canonical one first: the same content
    laid out otherwise (spaces, escaped Chinese) is sound, another content is not."""
    compound = save_compound(store, Compound(name="丰瑞丽都"))
    (text,) = store.db.execute("SELECT content FROM history WHERE record_id = ?",
                               [compound.id]).fetchone()
    content = json.loads(text)
    store.db.execute("DROP TRIGGER history_no_update")  # as another program could
    for layout, issues in ((json.dumps(content, indent=1), []),
                           (json.dumps({**content, "name": "锦绣华庭"}),
                            [("history_missing", f"compound {compound.id}")])):
        store.db.execute("UPDATE history SET content = ? WHERE record_id = ?",
                         [layout, compound.id])
        assert [(i.code, i.subject) for i in integrity.check(store)] == issues
