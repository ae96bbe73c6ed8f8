"""Template file names: whatever a department is called, a name every file system takes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from exports.spreadsheet import template


@given(st.text(max_size=200))
def test_file_names_are_safe(name: str) -> None:
    found = template.file_name("2026-Q4", "述职评议", name)
    assert found.endswith(".xlsx") and found.startswith("2026-Q4 述职评议")
    assert not set(found) & set('\\/:*?"<>|') and all(ord(c) >= 32 for c in found)
    assert Path(found).name == found and len(found) <= 125
