"""Notices: numbered 机关代字〔2026〕N号 per agency code and year when registered, the same
findings reprint the same notice, and the problems to know before issuing."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.inspection import compounds, notices
from storage.inspection.compounds import Compound
from storage.store import db, documents


def _issue(store: db.Store, compound_id: str, ids: list[str], day: dt.date) -> notices.Notice:
    notice = notices.issue(store, compound_id, ids, "兰综执改", today=day)
    with store.atomic():
        return notices.register(store, notice)


def test_numbers_count_per_code_and_year_and_reprints_reuse_them(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="怡景新苑"))
    first = _issue(store, compound.id, ["b", "a"], dt.date(2026, 5, 1))
    again = notices.issue(store, compound.id, ["a", "b"], "兰综执改", today=dt.date(2026, 6, 1))
    other = _issue(store, compound.id, ["c"], dt.date(2026, 6, 1))
    next_year = _issue(store, compound.id, ["d"], dt.date(2027, 1, 2))
    assert again == first and first.finding_ids == ("a", "b")
    assert first.number == "兰综执改〔2026〕1号"
    assert other.number == "兰综执改〔2026〕2号"
    assert next_year.number == "兰综执改〔2027〕1号"
    assert [n.number for n in notices.for_compound(store, compound.id)] == [
        first.number, other.number, next_year.number]


def test_a_provisional_notice_takes_no_number(store: db.Store) -> None:
    """Numbers are used up only when the file is written (register), not when composed."""
    compound = compounds.save(store, Compound(name="香榭丽"))
    for _ in range(3):
        notices.issue(store, compound.id, ["a"], "兰综执改", today=dt.date(2026, 5, 1))
    assert documents.last(store, "兰综执改", 2026) == 0
    assert notices.for_compound(store, compound.id) == []


def test_a_number_taken_meanwhile_is_refused(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="香榭丽"))
    slow = notices.issue(store, compound.id, ["a"], "兰综执改", today=dt.date(2026, 5, 1))
    _issue(store, compound.id, ["b"], dt.date(2026, 5, 1))
    with pytest.raises(documents.NumberTaken), store.atomic():
        notices.register(store, slow)


def test_problems_before_issuing(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="香榭丽"))
    _issue(store, compound.id, ["a"], dt.date(2026, 5, 1))
    found = notices.problems(store, [("a", "ZG-1", "2026-12-31"), ("b", "ZG-2", "2026-11-01")],
                             compound.id, today=dt.date(2026, 11, 27))
    assert {(p.kind, p.finding, p.detail) for p in found} == {
        ("past_deadline", "ZG-2", "2026-11-01"),
        ("already_notified", "ZG-1", "兰综执改〔2026〕1号")}


def test_the_next_number_can_follow_a_paper_register(store: db.Store) -> None:
    documents.set_next(store, "兰综执改", 2026, 38)
    assert documents.peek(store, "兰综执改", 2026).text() == "兰综执改〔2026〕38号"
    with pytest.raises(documents.NumberBehind):
        documents.set_next(store, "兰综执改", 2026, 5)


def test_a_notice_needs_findings(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="香榭丽"))
    with pytest.raises(ValueError):
        notices.issue(store, compound.id, [])
