"""Notices issued: numbered per year, the same findings reprint the same notice."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.inspection import compounds, notices
from storage.inspection.compounds import Compound
from storage.store import db


def test_numbers_count_per_year_and_reprints_reuse_them(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="怡景新苑"))
    first = notices.issue(store, compound.id, ["b", "a"], today=dt.date(2026, 5, 1))
    again = notices.issue(store, compound.id, ["a", "b"], today=dt.date(2026, 6, 1))
    other = notices.issue(store, compound.id, ["c"], today=dt.date(2026, 6, 1))
    assert again == first and first.finding_ids == ("a", "b")
    assert first.number.startswith("TZ-2026-") and first.number.endswith("-000001")
    assert other.number.endswith("-000002")
    assert [n.number for n in notices.for_compound(store, compound.id)] == [
        first.number,
        other.number,
    ]


def test_a_notice_needs_findings(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="香榭丽"))
    with pytest.raises(ValueError):
        notices.issue(store, compound.id, [])
