"""Every refusal of an unsafe or broken sync file is worded for people, not shown as a bug.

The files themselves are made and refused in tests/exports/sync/test_safety.py, without Qt.
"""

from __future__ import annotations

import pytest

from tests.exports.sync import helpers as h
from ui import messages


@pytest.mark.parametrize(("kind", "reason"), sorted(h.REFUSALS, key=str))
def test_every_refusal_of_an_import_is_worded(kind: type[Exception], reason: str | None) -> None:
    path = "/data/张伟-第47周.xlsx"
    error = kind(path) if reason is None else kind(path, reason, "detail")
    assert h.refusal(error) == (kind, reason)
    assert messages.describe(error)
