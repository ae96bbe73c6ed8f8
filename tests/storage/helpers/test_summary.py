"""The helpers' totals for an area, as the article reports them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.campaign import states
from storage.forms import checklists
from storage.helpers import assignments, people, summary, work
from storage.helpers.people import Helper
from storage.inspection import compounds
from storage.store.db import Store
from tests.conftest import Template, copy_of, template

DISTRICTS = ("兰山区", "罗庄区", "河东区")


def _article(store: Store) -> list[str]:
    """182 key compounds with the article's 139 leaders, 129 secretaries and 236 units,
    4,837 万元 and 306 projects (the last compounds in the third district)."""
    ids = []
    with store.atomic():
        for n in range(182):
            ids.append(compounds.save(store, compounds.Compound(
                f"小区{n}", district=DISTRICTS[n % 3], street=f"街道{n % 7}")).id)
            states.move(store, ids[-1], "enrolled", who="me", on=dt.date(2026, 1, 1))
        pools = {role: [people.save(store, Helper(role, f"{role}{k}")).id for k in range(size)]
                 for role, size in (("leader", 139), ("secretary", 129), ("unit", 236))}
        for n, ident in enumerate(ids):
            for role in ("leader", "secretary"):
                assignments.assign(store, ident, pools[role][n % len(pools[role])],
                                   since="2026-02-01")
            for unit in pools["unit"][n::182]:  # 236 units: 54 compounds get two
                assignments.assign(store, ident, unit, since="2026-02-01")
            work.save_fund(store, work.Fund(ident, 4837 / 182, "2026-05-01"))
        for k in range(306 + 4):
            work.save_project(store, work.Project(f"项目{k}", ids[k % 182], state="cancelled"
                                                  if k >= 306 else "done", start="2026-06-01"))
    return ids


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> tuple[Template, list[str]]:
    """The article's area (with the built-in checklists), built once; its compounds' ids."""
    ids: list[str] = []

    def build(store: Store) -> None:
        checklists.install_builtins(store)
        ids.extend(_article(store))

    return template(tmp_path_factory.mktemp("article") / "xuncha.db", build), ids


@pytest.fixture
def store(article: tuple[Template, list[str]], store_path: Path) -> Iterator[Store]:
    """A test's own copy of the article's area."""
    opened = copy_of(article[0], store_path)
    yield opened
    opened.close()


def test_the_article_figures_come_out_of_the_summary(store: Store) -> None:
    found = summary.summary(store, on=dt.date(2026, 11, 1))
    assert (found.leaders, found.secretaries, found.units) == (139, 129, 236)
    assert (found.compounds, found.key_compounds, found.incomplete) == (182, 182, 0)
    assert round(found.funds_wan) == 4837 and found.projects == 306
    assert found.projects_by_state == {"done": 306, "cancelled": 4}


def test_an_area_and_a_period_narrow_the_totals(store: Store,
                                               article: tuple[Template, list[str]]) -> None:
    ids = article[1]
    district = summary.summary(store, summary.Area("罗庄区"), on=dt.date(2026, 11, 1))
    street = summary.summary(store, summary.Area("罗庄区", "街道1"), on=dt.date(2026, 11, 1))
    assert district.compounds == 61 and street.compounds == len(
        [n for n in range(182) if n % 3 == 1 and n % 7 == 1])
    assert street.compounds < district.compounds < 182
    before = summary.summary(store, on=dt.date(2026, 1, 15), end=dt.date(2026, 1, 31))
    assert (before.leaders, before.funds_wan, before.projects) == (0, 0.0, 0)
    assert before.incomplete == 182  # enrolled, but no helpers yet
    assert summary.by_compound(store, dt.date(2026, 11, 1))[ids[0]].leader == "leader0"
