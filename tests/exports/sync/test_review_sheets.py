"""The review's and the property records travel by the sync workbook and merge.

Two supervisors set up the same quarter on two laptops, each takes in other
departments' sheets, records interviews and measures; after exchanging their sync
workbooks both stores hold the same records in the same versions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from exports.sync import importer, layout
from storage import integrity, kinds
from storage.property import evaluation, measures
from storage.review import interviews, plans, ranking, scores
from storage.store import db
from tests.exports.sync import helpers as h
from tests.property_helpers import project
from tests.review_helpers import give, set_up

_GOVERNANCE = [k for k in kinds.ALL if k.name.startswith(("review_", "property_"))]


def _records(store: db.Store) -> dict[str, set[tuple[Any, ...]]]:
    return {k.name: set(store.db.execute(f"SELECT id, version FROM {k.table}").fetchall())
            for k in _GOVERNANCE}


def _exchange(a: db.Store, b: db.Store, folder: Path) -> None:
    for n, (source, target) in enumerate(((a, b), (b, a))):
        path = h.export(source, folder / f"sync{n}.xlsx")
        result = importer.import_file(target, path)
        assert result.counts["invalid"] == 0


def test_two_supervisors_merge_their_reviews_and_property_records(tmp_path: Path) -> None:
    a = h.new_store(tmp_path / "a" / "x.db")
    b = h.new_store(tmp_path / "b" / "x.db")
    plan_a, plan_b = set_up(a), set_up(b)
    give(a, plan_a, 0, [0.9, 0.8, 0.7, 0.6])
    give(b, plan_b, 1, [0.7, 0.9, 0.6, 0.8])
    interviews.hold(b, plan_b.quarter, plan_b.streets[3].id, interviewer="刘部长",
                    held_on=dt.date(2026, 10, 10), commitments="一月内整改")
    found = project(a)
    evaluation.give(a, "2026-Q3", found.id, party_branch_score=88)
    measures.take(a, "interview", found.company_id, on=dt.date(2026, 9, 1), reason="投诉多")
    _exchange(a, b, tmp_path)
    assert _records(a) == _records(b)
    assert ranking.rank(a, "2026-Q3").results[0].total == ranking.rank(
        b, "2026-Q3").results[0].total
    assert len(scores.matrix(b, "2026-Q3")) == 2
    assert integrity.check(a) == [] and integrity.check(b) == []
    again = importer.import_file(a, h.export(b, tmp_path / "again.xlsx"))
    assert again.counts["new"] == 0 and again.counts["changed"] == 0


def test_a_criterion_changed_on_both_sides_is_a_conflict_to_decide(tmp_path: Path) -> None:
    a = h.new_store(tmp_path / "a" / "x.db")
    set_up(a)
    b = h.copy_store(a, tmp_path / "b" / "x.db")
    plans.setup(a, "2026-Q3", criteria=[("述职报告", 30.0, 20.0), ("整治成效", 40.0, 40.0),
                                        ("热线办理", 40.0, 40.0)])
    plans.setup(b, "2026-Q3", criteria=[("述职报告", 25.0, 20.0), ("整治成效", 40.0, 40.0),
                                        ("热线办理", 40.0, 40.0)])
    result = importer.import_file(b, h.export(a, tmp_path / "a.xlsx"))
    assert result.counts["conflict"] == 1
    kept = plans.require(b, "2026-Q3").criteria[0].weight
    assert kept in (25.0, 30.0)
    assert b.db.execute("SELECT kind, field FROM sync_conflicts").fetchall() == [
        ("review_criterion", "weight")]


def test_a_score_edited_by_hand_in_the_sync_workbook(store: db.Store, tmp_path: Path) -> None:
    plan = set_up(store)
    give(store, plan, 0, [0.5] * 4)
    path = h.export(store, tmp_path / "out.xlsx")
    ident = scores.score_id(plan.quarter, plan.departments[0].id, plan.streets[0].id,
                            plan.criteria[0].id)
    h.edit_cell(path, ident, "score", 17.5)
    result = importer.import_file(store, path)
    assert result.counts["changed"] == 1
    assert scores.matrix(store, plan.quarter)[plan.departments[0].id][
        (plan.streets[0].id, plan.criteria[0].id)] == 17.5
    h.edit_cell(path, ident, "score", "十七")
    plan_after = importer.preview(store, path)
    assert [(p.reason, p.value) for p in plan_after.problems] == [("type", "十七")]


def test_sheets_are_named_in_chinese(store: db.Store, tmp_path: Path) -> None:
    set_up(store)
    project(store)
    book = openpyxl.load_workbook(h.export(store, tmp_path / "out.xlsx"), read_only=True)
    assert {"述职评议", "评议部门", "评议指标", "述职街道", "物业企业", "物业项目",
            "项目经理"} <= set(book.sheetnames)
    codes = [c.value for c in next(book["评议指标"].iter_rows(min_row=layout.HEADER_ROWS,
                                                         max_row=layout.HEADER_ROWS))]
    assert {"name", "weight", "max_score"} <= set(codes)
