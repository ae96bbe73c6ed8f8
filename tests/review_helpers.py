"""Builders shared by the review's tests: a quarter set up, departments' sheets of scores."""

from __future__ import annotations

from storage.review import plans, scores
from storage.review.plans import Plan
from storage.store.db import Store

STREETS = [("兰山区", "兰山街道", "王书记"), ("兰山区", "柳青街道", "李书记"),
           ("罗庄区", "罗庄街道", "张书记"), ("河东区", "九曲街道", "赵书记")]
CRITERIA = [("述职报告", 20.0, 20.0), ("整治成效", 40.0, 40.0), ("热线办理", 40.0, 40.0)]


def set_up(store: Store, quarter: str = "2026-Q3", departments: int = 4,
           drop_extremes: bool = False, lagging: int = 1) -> Plan:
    return plans.setup(store, quarter, departments=[f"部门{n}" for n in range(departments)],
                       criteria=CRITERIA, streets=STREETS, drop_extremes=drop_extremes,
                       lagging=lagging)


def give(store: Store, plan: Plan, department: int, shares: list[float]) -> None:
    """The department gives each street (in order) this share of every maximum."""
    sheet = {(s.id, c.id): round(c.max_score * share, 2)
             for s, share in zip(plan.streets, shares, strict=True) for c in plan.criteria}
    scores.record_sheet(store, plan, plan.departments[department].id, sheet)
