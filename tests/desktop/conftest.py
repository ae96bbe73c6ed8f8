"""Fixtures for the widget tests (shared with tests/gui_fixtures.py)."""

from tests.gui_fixtures import all_types, compound, photo_file  # noqa: F401 - fixtures
