"""The demo's helpers and ledger: the article's proportions, every source, proof of 销号."""

from __future__ import annotations

from storage import demo
from storage.forms import checklists
from storage.helpers import summary
from storage.ledger import entries
from storage.store import db
from tests.conftest import TEST_START


def _build(path: object, seed: int = 2026) -> db.Store:
    store = db.open_store(path)  # type: ignore[arg-type]
    checklists.install_builtins(store)
    demo.build(store, compounds=20, inspections=60, months=4, seed=seed,
               today=TEST_START.date())
    return store


def test_the_demo_has_helpers_projects_and_routed_problems(tmp_path: object) -> None:
    store = _build(tmp_path / "a.db")  # type: ignore[operator]
    found = summary.summary(store, on=TEST_START.date())
    assert found.compounds == 10  # half the compounds are key compounds with helpers
    assert 0.6 <= found.leaders / found.compounds <= 1.0
    assert found.units >= found.compounds and found.incomplete == 0
    assert found.funds_wan > 0 and found.projects > 0 and found.visits > 0
    solved = entries.solved(store)
    assert set(solved.by_source) == {"inspection", "work_order", "review", "helper"}
    closed = entries.search(store, entries.Filter(state="closed", source="work_order"))
    assert closed and all(e.verified_by and e.closed_on for e in closed)
    assert all(entries.photos_after(store, e) for e in closed)
    assert entries.count(store, entries.Filter(overdue=True, today=TEST_START.date())) > 0
    routed = entries.count(store, entries.Filter(source="inspection"))
    assert routed == store.db["findings"].count
    assert store.db.execute("SELECT count(*) FROM livelihood_projects p WHERE EXISTS (SELECT 1"
                            " FROM attachments a WHERE a.owner_kind = 'livelihood_project'"
                            " AND a.owner_id = p.id)").fetchone()[0] > 0


def test_the_same_seed_gives_the_same_resources(tmp_path: object) -> None:
    first, second = _build(tmp_path / "a.db"), _build(tmp_path / "b.db")  # type: ignore[operator]
    for table in ("helpers", "helper_assignments", "livelihood_projects", "helper_funds"):
        rows = [sorted(s.db.execute(f"SELECT id, version FROM {table}").fetchall())
                for s in (first, second)]
        assert rows[0] == rows[1], table
    # A problem's number carries the device of the store it was raised in; the rest is equal.
    rows = [sorted(s.db.execute("SELECT id, description, state, deadline, verified_at"
                                " FROM problems").fetchall()) for s in (first, second)]
    assert rows[0] == rows[1]
