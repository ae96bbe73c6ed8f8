"""The storage tests' shared fixtures: a demo store, built once a session, and its copies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import demo
from storage.forms import checklists
from storage.store import db
from tests.conftest import TEST_START, Template, copy_of, template


def build_demo(store: db.Store) -> None:
    """The built-in checklists and a small demo up to the tests' first day (one seed: the
    same records whenever it is built)."""
    checklists.install_builtins(store)
    demo.build(store, compounds=20, inspections=60, months=4, seed=2026,
               today=TEST_START.date())


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The demo store, built once; a test opens its own copy (tests.conftest.copy_of)."""
    return template(tmp_path_factory.mktemp("demo") / "xuncha.db", build_demo)


@pytest.fixture
def demo_store(demo_template: Template, store_path: Path) -> Iterator[db.Store]:
    """A test's own copy of the demo store, to change as it likes."""
    opened = copy_of(demo_template, store_path)
    yield opened
    opened.close()
