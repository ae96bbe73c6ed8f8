"""Cells and values: every multi-select answer reads back as written, whatever its labels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exports.sync import layout, sheets
from storage.forms import checklists

_CODE = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
_LABEL = st.text(min_size=1, max_size=12).map(str.strip).filter(bool)


def _column(pairs: list[tuple[str, str]]) -> layout.Column:
    choices = layout.shown_choices(tuple(pairs), True)
    return layout.Column("answers.x", "x", "multi", choices=choices)


@given(st.lists(st.tuples(_CODE, _LABEL), min_size=1, max_size=8,
                unique_by=lambda pair: pair[0]), st.data())
def test_a_multi_select_cell_reads_back_every_selection(pairs: list[tuple[str, str]],
                                                        data: st.DataObject) -> None:
    """Arbitrary labels (with 、 ； spaces, one inside another): the cell reads back as written."""
    column = _column(pairs)
    codes = [code for code, _ in pairs]
    chosen = data.draw(st.lists(st.sampled_from(codes), unique=True, min_size=1))
    cell = layout.render(column, chosen)
    assert layout.parse(column, cell) == chosen


def test_builtin_labels_holding_the_separator_read_back(store: object) -> None:
    """"围墙、栅栏" is one label of the illegal-construction checklist."""
    checklist = checklists.builtin("illegal_construction")
    item = checklist.item("structure_types")
    column = sheets.item_column(item)
    assert "围墙、栅栏" in dict(column.choices).values()
    every = [c.name for c in item.choices]
    assert layout.parse(column, layout.render(column, every)) == every
    enclosure = next(c.name for c in item.choices if c.label("zh") == "围墙、栅栏")
    steel = next(c.name for c in item.choices if c.label("zh") == "彩钢房、彩钢棚")
    assert layout.parse(column, "彩钢房、彩钢棚、围墙、栅栏") == [steel, enclosure]
    assert layout.parse(column, " 围墙、栅栏 ； steel_shed") == [enclosure, steel]
    with pytest.raises(layout.CellProblem):
        layout.parse(column, "围墙、栅栏、没有这种")
