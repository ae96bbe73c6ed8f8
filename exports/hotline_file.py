"""Reading a 12345 export: where its header is, what its columns hold, its data rows.

The header may sit under a title row or two; the sheet with the best header wins.
Data rows are streamed (a million-row export is never held as Python lists), with
cells merged down (a district over its rows) given to every row they cover.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports import cells, column_mapping, workbook
from exports.column_mapping import Layout
from storage.db import Store

SAMPLE_ROWS = 20


class HotlineImportError(Exception):
    """The file cannot be imported as it is; ``reason`` says why, for the message."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason  # no_header | missing_fields | cancelled
        self.detail = detail


@dataclass
class Preview:
    """What the supervisor checks before importing: the layout, a sample, the size."""

    path: Path
    layout: Layout
    total: int  # data rows under the header (about: a .csv counts line ends)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    sample_rows: list[list[Any]] = field(default_factory=list)  # the first rows, raw

    @property
    def sample(self) -> list[dict[str, str]]:
        """The first rows as the current mapping reads them."""
        return [fields(self.layout, row) for row in self.sample_rows]


def inspect(store: Store, path: Path) -> Preview:
    """Find the header and the mapping (remembered, else guessed); writes nothing."""
    names = workbook.sheet_names(path)
    best: tuple[str, int, dict[str, int], list[list[Any]]] | None = None
    for name in names:
        head = list(itertools.islice(workbook.iter_rows(path, name),
                                     column_mapping.HEADER_SCAN_ROWS))
        found = column_mapping.find_header(head)
        if found and (best is None or len(found[1]) > len(best[2])):
            best = (name, found[0], found[1], head)
    if best is None:
        raise HotlineImportError(str(path), "no_header", ", ".join(names))
    name, header_row, guessed, head = best
    headers = [cells.text(h) for h in head[header_row]]
    remembered = column_mapping.recall(store, headers)
    layout = Layout(name, header_row, headers, remembered or guessed, remembered is not None)
    total = max(0, workbook.count_rows(path, name) - header_row - 1)
    preview = Preview(path, layout, total, workbook.merged_ranges(path).get(name, []))
    preview.sample_rows = [row for _, row in itertools.islice(data_rows(preview),
                                                              SAMPLE_ROWS)]
    return preview


def fields(layout: Layout, row: list[Any]) -> dict[str, str]:
    """The mapped cells of a row as text, by field."""
    return {name: cells.text(row[index]) if index < len(row) else ""
            for name, index in layout.mapping.items()}


def data_rows(preview: Preview) -> Iterator[tuple[int, list[Any]]]:
    """(row number as the user sees it, cells) for every row under the header."""
    start = preview.layout.header_row + 1
    rows = workbook.iter_rows(preview.path, preview.layout.sheet)
    starting: dict[int, list[tuple[int, int, int, int]]] = {}
    for merged in preview.merged:
        starting.setdefault(merged[0], []).append(merged)
    active: list[tuple[tuple[int, int, int, int], Any]] = []
    for index, row in enumerate(rows):
        if starting or active:
            active = _merge(index, row, starting, active)
        if index >= start:
            yield index + 1, row


def _merge(index: int, row: list[Any], starting: dict[int, list[tuple[int, int, int, int]]],
           active: list[tuple[tuple[int, int, int, int], Any]]
           ) -> list[tuple[tuple[int, int, int, int], Any]]:
    # A merged range's value sits in its top-left cell; every row it spans gets it.
    for merged in starting.pop(index, []):
        active.append((merged, row[merged[1]] if merged[1] < len(row) else ""))
    still = []
    for merged, value in active:
        _, c0, r1, c1 = merged
        if index > r1:
            continue
        row.extend([""] * (c1 + 1 - len(row)))
        row[c0:c1 + 1] = [value] * (c1 + 1 - c0)
        still.append((merged, value))
    return still
