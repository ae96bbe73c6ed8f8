"""Property: random edit histories on several laptops merge to the same store in any order."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from storage.inspection import findings, inspections
from storage.inspection.compounds import KIND as COMPOUND
from storage.inspection.compounds import get as get_compound
from storage.store import edits
from storage.store.db import Store
from tests.exports.sync import helpers as h

LAPTOPS = 3
STAMPS = ("2026-11-20T08:00:00.000Z", "2026-11-21T08:00:00.000Z", "2026-11-22T08:00:00.000Z")
VALUES = ("甲", "乙", "丙")
FIELDS = ("address", "property_company", "place", "note", "ebike_count", "fire_lane_clear",
          "responsible_party", "delete")

step = st.tuples(st.integers(0, LAPTOPS - 1), st.sampled_from(FIELDS + ("sync",)),
                 st.sampled_from(VALUES), st.sampled_from(STAMPS), st.integers(0, LAPTOPS - 1))


def _edit(laptop: Store, seeded: dict[str, Any], field: str, value: str, stamp: str) -> None:
    ident = seeded["inspections"][1].id
    if field in ("address", "property_company"):
        compound = get_compound(laptop, seeded["compound"].id)
        setattr(compound, field, value)
        edits.write(laptop, COMPOUND, compound.id, compound.content(), updated_at=stamp)
    elif field == "responsible_party":
        finding = findings.get(laptop, seeded["finding"].id)
        finding.responsible_party = value
        edits.write(laptop, findings.KIND, finding.id, finding.content(),
                         updated_at=stamp)
    else:
        inspection = inspections.get(laptop, ident)
        if field in ("place", "note"):
            setattr(inspection, field, value)
        elif field == "ebike_count":
            inspection.answers["ebike_count"] = VALUES.index(value) + 1
        elif field == "fire_lane_clear":
            inspection.answers["fire_lane_clear"] = ("ok", "issue", "na")[VALUES.index(value)]
        else:
            inspection.deleted = True
        h.write_inspection(laptop, inspection, updated_at=stamp)


def _run(folder: Path, steps: list[tuple[int, str, str, str, int]],
         orders: list[list[int]]) -> list[dict[str, Any]]:
    origin = h.new_store(folder / "origin" / "x.db")
    seeded = h.seed(origin, folder)
    base = h.export(origin, folder / "base.xlsx")
    laptops = []
    for n in range(LAPTOPS):
        laptop = h.new_store(folder / f"laptop{n}" / "x.db")
        h.import_file(laptop, base)
        laptops.append(laptop)
    for number, (who, field, value, stamp, other) in enumerate(steps):
        if field == "sync" and other != who:
            sent = h.export(laptops[other], folder / f"sync{number}.xlsx")
            h.import_file(laptops[who], sent)
        elif field != "sync":
            _edit(laptops[who], seeded, field, value, stamp)
    files = [h.export(laptop, folder / f"final{n}.xlsx") for n, laptop in enumerate(laptops)]
    results = []
    for n, order in enumerate(orders):
        supervisor = h.copy_store(origin, folder / f"supervisor{n}" / "x.db")
        for index in order:
            h.import_file(supervisor, files[index])
        results.append(h.snapshot(supervisor))
        for index in order:  # importing everything again changes nothing
            h.import_file(supervisor, files[index])
        assert h.snapshot(supervisor) == results[-1]
    return results


@settings(max_examples=int(os.environ.get("SYNC_EXAMPLES", "10")), deadline=None, derandomize=True,
          phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(steps=st.lists(step, min_size=1, max_size=8),
       order=st.permutations(list(range(LAPTOPS))))
@example(steps=[(0, "address", "甲", STAMPS[0], 0), (1, "address", "甲", STAMPS[1], 0)],
         order=[0, 1, 2])  # the same content reached on two laptops at different times
@example(steps=[(0, "address", "甲", STAMPS[0], 0), (1, "fire_lane_clear", "乙", STAMPS[0], 0),
                (1, "fire_lane_clear", "甲", STAMPS[0], 0)],
         order=[0, 1, 2])  # a value changed and changed back (a cycle)
def test_any_import_order_gives_the_same_store(steps: list[tuple[int, str, str, str, int]],
                                               order: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first, *others = _run(Path(folder), steps, [order, order[::-1], sorted(order)])
    for other in others:
        assert other == first


def test_a_change_back_to_an_earlier_value_merges_in_any_order() -> None:
    """A value changed and changed back repeats a version (a cycle in the graph)."""
    steps = [(0, "place", "甲", STAMPS[0], 0), (0, "place", "乙", STAMPS[1], 0),
             (0, "place", "甲", STAMPS[2], 0), (1, "place", "丙", STAMPS[1], 0),
             (2, "note", "乙", STAMPS[0], 0)]
    with tempfile.TemporaryDirectory() as folder:
        first, *others = _run(Path(folder), steps, [[0, 1, 2], [2, 1, 0], [1, 2, 0]])
    for other in others:
        assert other == first


def test_a_change_back_after_a_merge_elsewhere_merges_in_any_order() -> None:
    """The intermediate version was merged on another laptop before the change back."""
    steps = [(0, "place", "甲", STAMPS[0], 0), (0, "place", "乙", STAMPS[1], 0),
             (1, "sync", "甲", STAMPS[0], 0), (0, "place", "甲", STAMPS[2], 0),
             (2, "place", "丙", STAMPS[1], 0)]
    with tempfile.TemporaryDirectory() as folder:
        first, *others = _run(Path(folder), steps, [[0, 1, 2], [2, 1, 0], [1, 2, 0]])
    for other in others:
        assert other == first
