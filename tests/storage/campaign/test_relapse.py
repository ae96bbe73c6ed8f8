"""Relapse by rank: re-entering the monthly top N in observation or after exit."""

from __future__ import annotations

import pytest

from storage.campaign import relapse, states
from storage.store.db import Store
from tests.campaign_helpers import add_compound, add_orders, day


def _field(store: Store, month: str, counts: list[int]) -> list[str]:
    """Compounds ranked 1 … n in the month by ``counts`` (most complaints first)."""
    ids = []
    for n, count in enumerate(counts):
        ident = add_compound(store, f"背景{month}-{n:03d}")
        add_orders(store, ident, month, count)
        ids.append(ident)
    return ids


def _observe(store: Store, ident: str, start: str) -> None:
    for state in ("enrolled", "rectifying", "accepted", "observation"):
        states.move(store, ident, state, who="李科长", why=state, on=day(start))


def test_ranks_46_and_50_are_in_the_top_50_a_fixed_count_missed_them(store: Store) -> None:
    """Before: 'more than 10 complaints'; rank 46 with 6 and rank 50 with 2 were missed."""
    _field(store, "2026-07", list(range(100, 55, -1)))  # ranks 1 … 45
    first = add_compound(store, "香榭丽")
    add_orders(store, first, "2026-07", 6)  # rank 46
    _field(store, "2026-07", [5, 4, 3])  # ranks 47 … 49
    second = add_compound(store, "丰瑞丽都")
    add_orders(store, second, "2026-07", 2)  # rank 50
    _field(store, "2026-07", [1])  # rank 51
    _observe(store, first, "2026-06-01")
    _observe(store, second, "2026-06-01")
    found = {(r.name, r.month, r.rank, r.complaints, r.phase) for r in relapse.find(store)}
    assert found == {("香榭丽", "2026-07", 46, 6, "observation"),
                     ("丰瑞丽都", "2026-07", 50, 2, "observation")}


def test_ties_at_rank_n_are_in(store: Store) -> None:
    _field(store, "2026-07", [9, 8])
    tied = add_compound(store, "香榭丽")
    add_orders(store, tied, "2026-07", 7)
    _field(store, "2026-07", [7])  # tied with it at rank 3
    _observe(store, tied, "2026-06-01")
    assert [(r.rank, r.name) for r in relapse.find(store, top=3)] == [(3, "香榭丽")]
    assert relapse.find(store, top=2) == []


def test_months_before_the_observation_are_not_relapses(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    for month in ("2026-04", "2026-05", "2026-06"):
        add_orders(store, ident, month, 30)
    _observe(store, ident, "2026-05-15")  # May began before: only June counts
    assert [r.month for r in relapse.find(store)] == ["2026-06"]


def test_after_the_observation_ends_it_is_after_exit(store: Store) -> None:
    """The observation ran 06-01 … 09-01: October is after exit, not during observation."""
    ident = add_compound(store, "香榭丽")
    _observe(store, ident, "2026-06-01")
    for month in ("2026-08", "2026-10"):
        add_orders(store, ident, month, 12)
    found = [(r.month, r.phase) for r in relapse.find(store)]
    assert found == [("2026-08", "observation"), ("2026-10", "after_exit")]


def test_closed_compounds_are_watched(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    _observe(store, ident, "2026-03-01")
    states.move(store, ident, "closed", who="李科长", why="期满", on=day("2026-06-10"))
    add_orders(store, ident, "2026-06", 20)  # began before the close
    add_orders(store, ident, "2026-09", 20)
    found = relapse.find(store)
    assert [(r.month, r.phase, r.state) for r in found] == [("2026-09", "after_exit",
                                                             "closed")]
    assert found[0].since == "2026-06-10"


def test_by_category(store: Store) -> None:
    ident = add_compound(store, "香榭丽")
    other = add_compound(store, "丰瑞丽都")
    _observe(store, ident, "2026-06-01")
    add_orders(store, ident, "2026-07", 3)  # property complaints (the helper's category)
    add_orders(store, other, "2026-07", 9)
    assert [r.rank for r in relapse.find(store, top=1)] == []
    assert [r.rank for r in relapse.find(store, top=2, category="property")] == [2]
    assert relapse.find(store, top=2, category="pets") == []
    with pytest.raises(ValueError):
        relapse.find(store, category="nonsense")


def test_apply_takes_them_back_by_rank(store: Store) -> None:
    watched = add_compound(store, "香榭丽")
    closed = add_compound(store, "丰瑞丽都")
    _observe(store, watched, "2026-06-01")
    _observe(store, closed, "2026-03-01")
    states.move(store, closed, "closed", who="李科长", why="期满", on=day("2026-06-02"))
    add_orders(store, watched, "2026-07", 5)
    add_orders(store, closed, "2026-09", 5)
    steps = relapse.apply(store, relapse.pending(store), who="王主任")
    assert sorted((s.state, s.who, s.by_rank) for s in steps) == [
        ("enrolled", "王主任", True), ("relapsed", "王主任", True)]
    assert "2026-07 #1 (5)" in states.current(store, watched).why
    assert relapse.pending(store) == []
