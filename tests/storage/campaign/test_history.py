"""A compound's history: steps, months by rank, relapses, dismissals."""

from __future__ import annotations

from storage.campaign import history, nominations, states
from storage.store.db import Store
from tests.campaign_helpers import add_compound, add_orders, day


def test_a_compound_s_course(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    other = add_compound(store, "丰瑞丽都")
    add_orders(store, ident, "2026-05", 9)
    add_orders(store, other, "2026-05", 12)
    add_orders(store, ident, "2026-09", 4)
    for state in ("enrolled", "rectifying", "accepted", "observation"):
        states.move(store, ident, state, who="李科长", why=state, on=day("2026-07-01"))
    nominations.dismiss(store, ident, 2025, who="王主任", why="已有整改计划")
    found = history.of_compound(store, ident)
    assert [s.state for s in found.steps] == ["enrolled", "rectifying", "accepted",
                                              "observation"]
    assert [(m.month, m.complaints, m.rank) for m in found.months] == [
        ("2026-05", 9, 2), ("2026-09", 4, 1)]
    assert [(r.month, r.rank, r.phase) for r in found.relapses] == [
        ("2026-09", 1, "observation")]
    assert found.dismissals == [(2025, "王主任", "已有整改计划")]
    assert history.of_compound(store, other).steps == []
