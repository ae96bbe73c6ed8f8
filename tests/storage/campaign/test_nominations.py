"""The nomination rule at its edges: ties at rank N, exactly K months."""

from __future__ import annotations

import pytest

from storage.campaign import nominations, states
from storage.store.db import Store
from tests.campaign_helpers import add_compound, add_orders


def _setup(store: Store) -> dict[str, str]:
    ids = {name: add_compound(store, name) for name in ("甲", "乙", "丙", "丁", "戊")}
    # N = 2. March: 甲 10, 乙 8, 丙 8 (tied at rank 2), 丁 1.
    for name, count in (("甲", 10), ("乙", 8), ("丙", 8), ("丁", 1)):
        add_orders(store, ids[name], "2026-03", count)
    # May: 甲 6, 丁 5, 乙 2; 戊 in the top 2 only once (July).
    for name, count in (("甲", 6), ("丁", 5), ("乙", 2)):
        add_orders(store, ids[name], "2026-05", count)
    add_orders(store, ids["丙"], "2026-06", 4)  # 丙: tied in March, first in June
    add_orders(store, ids["戊"], "2026-07", 30)
    add_orders(store, ids["丙"], "2025-11", 99)  # another year
    return ids


def test_ties_at_rank_n_are_in_and_exactly_k_months_suffice(store: Store) -> None:
    _setup(store)
    found = nominations.nominate(store, 2026, top=2, months=2)
    assert [(n.name, [(m.month, m.rank) for m in n.months]) for n in found] == [
        ("甲", [("2026-03", 1), ("2026-05", 1)]), ("丙", [("2026-03", 2), ("2026-06", 1)])]
    found = nominations.nominate(store, 2026, top=2, months=1)
    assert {n.name for n in found} == {"甲", "乙", "丙", "丁", "戊"}


def test_k_months_edge(store: Store) -> None:
    _setup(store)
    three = nominations.nominate(store, 2026, top=3, months=2)
    assert {n.name: len(n.months) for n in three} == {"甲": 2, "乙": 2, "丙": 2}
    assert nominations.nominate(store, 2026, top=3, months=3) == []


def test_defaults_come_from_settings(store: Store) -> None:
    _setup(store)
    states.set_setting(store, "campaign.top_n", 2)
    states.set_setting(store, "campaign.min_months", 2)
    assert [n.name for n in nominations.nominate(store, 2026)] == ["甲", "丙"]


def test_accept_enrols_by_rank_and_dismiss_is_remembered(store: Store) -> None:
    ids = _setup(store)
    first, *rest = nominations.nominate(store, 2026, top=3, months=2)
    event = nominations.accept(store, first, 2026, who="王主任")
    assert event.by_rank and "2026-03 #1 (10)" in event.why
    nominations.dismiss(store, ids["乙"], 2026, who="王主任", why="已整改")
    by_name = {n.name: n for n in nominations.nominate(store, 2026, top=3, months=2)}
    assert by_name["甲"].state == "enrolled" and not by_name["甲"].pending
    assert by_name["乙"].dismissed and not by_name["乙"].pending
    assert by_name["丙"].pending


def test_by_category_and_only_positive_rules(store: Store) -> None:
    ids = _setup(store)
    by_property = nominations.nominate(store, 2026, top=1, months=1, category="property")
    assert by_property and all(n.compound_id in ids.values() for n in by_property)
    assert nominations.nominate(store, 2026, top=1, months=1, category="pets") == []
    for top, months in ((0, 2), (3, 0), (-1, 2)):
        with pytest.raises(ValueError):
            nominations.nominate(store, 2026, top=top, months=months)


def test_a_dismissal_needs_a_reason(store: Store) -> None:
    ident = add_compound(store, "甲")
    with pytest.raises(states.CampaignError) as raised:
        nominations.dismiss(store, ident, 2026, who="王主任", why="  ")
    assert raised.value.reason == "reason_required"
    assert store.db["nomination_dismissals"].count == 0
