"""The SQL of rankings and nominations against a plain reading of the rule, on random data."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.campaign import nominations, rankings
from storage.store import db
from tests.campaign_helpers import add_compound, add_orders

counts = st.lists(st.lists(st.integers(0, 4), min_size=4, max_size=4), min_size=1, max_size=6)
_years = itertools.count(1900)  # each example its own year: no cleaning up between them


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[db.Store]:
    store = db.open_store(tmp_path_factory.mktemp("property") / "s.db")
    yield store
    store.close()


def _place(month_counts: dict[str, int], name: str) -> int:
    """Competition rank: one more than the number of compounds with more complaints."""
    return 1 + sum(1 for other in month_counts.values() if other > month_counts[name])


@settings(max_examples=30, deadline=None)
@given(table=counts, top=st.integers(1, 4), k=st.integers(1, 3))
def test_nomination_matches_the_rule(shared: db.Store, table: list[list[int]], top: int,
                                     k: int) -> None:
    year = next(_years)
    months = [f"{year}-{m:02d}" for m in range(1, 5)]
    names = [f"{year}小区{i}" for i in range(len(table))]
    for name, row in zip(names, table, strict=True):
        ident = add_compound(shared, name)
        for month, count in zip(months, row, strict=True):
            add_orders(shared, ident, month, count)
    expected: dict[str, list[str]] = {}
    for m, month in enumerate(months):
        present = {n: row[m] for n, row in zip(names, table, strict=True) if row[m]}
        ranked = rankings.rank(shared, month)
        assert {r.name: r.rank for r in ranked} == {n: _place(present, n) for n in present}
        for name in present:
            if _place(present, name) <= top:
                expected.setdefault(name, []).append(month)
    expected = {n: ms for n, ms in expected.items() if len(ms) >= k}
    found = nominations.nominate(shared, year, top=top, months=k)
    assert {n.name: [m.month for m in n.months] for n in found} == expected
