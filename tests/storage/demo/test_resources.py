"""The demo's helpers and ledger: the article's proportions, every source, proof of 销号."""

from __future__ import annotations

from pathlib import Path

from storage.helpers import summary
from storage.ledger import entries
from storage.store import db
from tests.conftest import TEST_START
from tests.storage.conftest import build_demo


def _build(path: Path) -> db.Store:
    store = db.open_store(path)
    build_demo(store)
    return store


def test_the_demo_has_helpers_projects_and_routed_problems(demo_store: db.Store) -> None:
    found = summary.summary(demo_store, on=TEST_START.date())
    assert found.compounds == 10  # half the compounds are key compounds with helpers
    assert 0.6 <= found.leaders / found.compounds <= 1.0
    assert found.units >= found.compounds and found.incomplete == 0
    assert found.funds_wan > 0 and found.projects > 0 and found.visits > 0
    solved = entries.solved(demo_store)
    assert set(solved.by_source) == {"inspection", "work_order", "review", "helper"}
    closed = entries.search(demo_store, entries.Filter(state="closed", source="work_order"))
    assert closed and all(e.verified_by and e.closed_on for e in closed)
    assert all(entries.photos_after(demo_store, e) for e in closed)
    assert entries.count(demo_store, entries.Filter(overdue=True, today=TEST_START.date())) > 0
    routed = entries.count(demo_store, entries.Filter(source="inspection"))
    assert routed == demo_store.db["findings"].count
    assert demo_store.db.execute("SELECT count(*) FROM livelihood_projects p WHERE EXISTS (SELECT 1"
                            " FROM attachments a WHERE a.owner_kind = 'livelihood_project'"
                            " AND a.owner_id = p.id)").fetchone()[0] > 0


def test_the_same_seed_gives_the_same_resources(demo_store: db.Store, tmp_path: Path) -> None:
    """Built again, later by the clock, in another store: the same records."""
    first, second = demo_store, _build(tmp_path / "b.db")
    for table in ("helpers", "helper_assignments", "livelihood_projects", "helper_funds"):
        rows = [sorted(s.db.execute(f"SELECT id, version FROM {table}").fetchall())
                for s in (first, second)]
        assert rows[0] == rows[1], table
    # A problem's number carries the device of the store it was raised in; the rest is equal.
    rows = [sorted(s.db.execute("SELECT id, description, state, deadline, verified_at"
                                " FROM problems").fetchall()) for s in (first, second)]
    assert rows[0] == rows[1]
