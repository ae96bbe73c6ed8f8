"""The merge of a record's heads: an absent answer is a value like any other."""

from __future__ import annotations

from typing import Any

from storage.inspection.inspections import KIND as INSPECTION
from storage.store import lineage, version_graph, versioning

BASE: dict[str, Any] = {
    "number": "XC-1", "compound_id": "c", "checklist_version_id": "v", "officer": "",
    "place": "", "started_at": "2026-11-01T00:00:00.000Z", "finished_at": None,
    "status": "draft", "score": None, "note": "", "deleted": 0,
    "answers": {"remarks": "业主不在家", "ebike_count": 3}, "attachments": []}


def _node(content: dict[str, Any], parents: tuple[str, ...], stamp: str,
          device: str) -> lineage.Node:
    data = versioning.normalise(INSPECTION, content)
    return lineage.Node(versioning.version_of(data), data, parents, device, stamp,
                              (stamp, device))


def _graph(*changes: dict[str, Any]) -> tuple[dict[str, lineage.Node], list[str]]:
    base = _node(BASE, (), "2026-11-01T00:00:00.000Z", "origin")
    nodes, made = {base.version: base}, []
    for n, answers in enumerate(changes):
        node = _node({**BASE, "answers": answers}, (base.version,),
                     f"2026-11-0{n + 2}T00:00:00.000Z", f"laptop{n}")
        nodes[node.version] = node
        made.append(node.version)
    return nodes, made


def test_a_cleared_answer_against_an_edit_is_a_conflict_with_both_values() -> None:
    """One laptop clears the remarks, another edits them: both kept, the later wins."""
    nodes, (cleared, edited) = _graph({"ebike_count": 3},
                                      {"remarks": "已整改", "ebike_count": 3})
    merged = version_graph.merge(INSPECTION, nodes)
    (conflict,) = merged.conflicts
    assert conflict.field == "answers.remarks"
    assert set(conflict.candidates) == {cleared, edited}
    assert conflict.winner == edited and merged.content["answers"]["remarks"] == "已整改"


def test_an_answer_cleared_later_wins_as_absent() -> None:
    nodes, (edited, cleared) = _graph({"remarks": "已整改", "ebike_count": 3},
                                      {"ebike_count": 3})
    merged = version_graph.merge(INSPECTION, nodes)
    (conflict,) = merged.conflicts
    assert conflict.winner == cleared and "remarks" not in merged.content["answers"]


def test_a_clear_and_an_edit_of_different_items_both_survive() -> None:
    nodes, _ = _graph({"ebike_count": 3}, {"remarks": "业主不在家", "ebike_count": 9})
    merged = version_graph.merge(INSPECTION, nodes)
    assert not merged.conflicts
    assert merged.content["answers"] == {"ebike_count": 9}
