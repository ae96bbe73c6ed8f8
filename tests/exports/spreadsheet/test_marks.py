"""Formulas no program computed are put into the rows a reader gives, at their cells."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterator
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from exports.spreadsheet import marks

CELLS = st.one_of(st.text(max_size=4), st.integers(), st.floats(allow_nan=False), st.none(),
                  st.booleans())
ROWS = st.lists(st.lists(CELLS, max_size=7), max_size=7)  # ragged, as calamine cuts them
FORMULAS = st.dictionaries(st.tuples(st.integers(1, 10), st.integers(0, 9)),
                           st.text(max_size=6).map(lambda text: "=" + text), max_size=10)


@given(ROWS, FORMULAS)
def test_every_formula_is_at_its_cell_and_every_other_cell_unchanged(
        rows: list[list[Any]], formulas: dict[tuple[int, int], str]) -> None:
    """Rows and cells are added only as far as the formulas need, as empty ones."""
    given_rows = copy.deepcopy(rows)
    result = list(marks.with_formulas(rows, formulas))
    assert len(result) == max([len(given_rows), *(row for row, _ in formulas)])
    for number, values in enumerate(result, start=1):
        before = given_rows[number - 1] if number <= len(given_rows) else []
        here = [column for row, column in formulas if row == number]
        assert len(values) == max([len(before), *(column + 1 for column in here)])
        for column, value in enumerate(values):
            if (number, column) in formulas:
                assert value == formulas[number, column]
            else:
                assert value == (before[column] if column < len(before) else "")


def test_rows_are_streamed_one_at_a_time() -> None:
    """A sheet's rows are never all held: the overlay takes a row only as it gives one."""
    def endless() -> Iterator[list[Any]]:
        for number in itertools.count(1):
            yield [number]

    assert list(itertools.islice(marks.with_formulas(endless(), {(2, 2): "=A1"}), 3)) == \
        [[1], [2, "", "=A1"], [3]]
    rows = [[1], [2]]
    assert [id(row) for row in marks.with_formulas(rows, {})] == [id(row) for row in rows]
