"""Records as dataclasses: one version for one content, whatever the number's type."""

from __future__ import annotations

from storage import integrity
from storage.review import plans
from storage.store import db, records, typed


def test_a_whole_number_and_its_float_are_one_version(store: db.Store) -> None:
    """18 typed and 18.0 read back from SQLite must not make two versions."""
    record = plans.Criterion("2026-Q4", "述职报告", 20, 20, id="c1")
    typed.save(store, plans.CRITERION, record)
    first = records.current(store, plans.CRITERION, "c1")["version"]
    again = typed.get(store, plans.CRITERION, plans.Criterion, "c1")
    assert again is not None and again.weight == 20.0 and isinstance(again.weight, float)
    typed.save(store, plans.CRITERION, plans.Criterion("2026-Q4", "述职报告", 20.0, 20.0,
                                                       id="c1"))
    assert records.current(store, plans.CRITERION, "c1")["version"] == first
    assert len(records.history(store, plans.CRITERION, "c1")) == 1
    assert integrity.check(store) == []


def test_flags_come_back_as_bools_and_names_stay_on_one_line(store: db.Store) -> None:
    typed.save(store, plans.QUARTER, plans.ReviewQuarter("2026-Q4", drop_extremes=True,
                                                         id="q"))
    back = typed.get(store, plans.QUARTER, plans.ReviewQuarter, "q")
    assert back is not None and back.drop_extremes is True and back.deleted is False
    assert typed.one_line("  市委\n组织部 \t ") == "市委 组织部"


def test_natural_ids_are_the_same_everywhere() -> None:
    assert plans.quarter_id("2026-q4") == plans.quarter_id("2026-Q4")
    assert plans.department_id("2026-Q4", "市委组织部") != plans.department_id("2026-Q3",
                                                                               "市委组织部")
