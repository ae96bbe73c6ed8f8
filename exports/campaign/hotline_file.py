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

from exports.spreadsheet import cells, column_mapping, workbook
from exports.spreadsheet.column_mapping import Layout
from storage.store.db import Store

SAMPLE_ROWS = 20


class HotlineImportError(Exception):
    """The file cannot be imported as it is; ``reason`` says why, for the message."""

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.path = path
        self.reason = reason  # no_header | missing_fields
        self.detail = detail


@dataclass
class Preview:
    """What the supervisor checks before importing: the layout, a sample, the size."""

    path: Path
    layout: Layout
    total: int  # data rows under the header (about: a .csv counts line ends)
    merged: list[workbook.Range] = field(default_factory=list)
    sample_rows: list[list[Any]] = field(default_factory=list)  # the first rows, raw

    @property
    def sample(self) -> list[dict[str, str]]:
        """The first rows as the current mapping reads them."""
        return [fields(self.layout, row) for row in self.sample_rows]


def inspect(store: Store, path: Path) -> Preview:
    """Find the header and the mapping (remembered, else guessed); writes nothing."""
    sheets = workbook.describe(path)
    best: tuple[workbook.SheetInfo, int, dict[str, int], list[list[Any]]] | None = None
    for info in sheets:
        head = list(itertools.islice(workbook.iter_rows(path, info.name),
                                     column_mapping.HEADER_SCAN_ROWS + SAMPLE_ROWS))
        found = column_mapping.find_header(head[:column_mapping.HEADER_SCAN_ROWS])
        if found and (best is None or len(found[1]) > len(best[2])):
            best = (info, found[0], found[1], head)
    if best is None:
        raise HotlineImportError(str(path), "no_header", ", ".join(i.name for i in sheets))
    info, header_row, guessed, head = best
    headers = [cells.text(h) for h in head[header_row]]
    remembered = column_mapping.recall(store, headers)
    layout = Layout(info.name, header_row, headers, remembered or guessed,
                    remembered is not None)
    preview = Preview(path, layout, max(0, info.rows - header_row - 1), info.merged)
    filled = _filled(iter(head), info.merged)
    preview.sample_rows = [row for index, row in filled if index > header_row][:SAMPLE_ROWS]
    return preview


def fields(layout: Layout, row: list[Any]) -> dict[str, str]:
    """The mapped cells of a row as text, by field."""
    return {name: cells.text(row[index]) if index < len(row) else ""
            for name, index in layout.mapping.items()}


def data_rows(preview: Preview) -> Iterator[tuple[int, list[Any]]]:
    """(row number as the user sees it, cells) for every row under the header."""
    rows = workbook.iter_rows(preview.path, preview.layout.sheet)
    for index, row in _filled(rows, preview.merged):
        if index > preview.layout.header_row:
            yield index + 1, row


def _filled(rows: Iterator[list[Any]], ranges: list[workbook.Range]
            ) -> Iterator[tuple[int, list[Any]]]:
    """(0-based index, cells) with merged cells given to every row they span."""
    starting: dict[int, list[workbook.Range]] = {}
    for merged in ranges:
        starting.setdefault(merged[0], []).append(merged)
    active: list[tuple[workbook.Range, Any]] = []
    for index, row in enumerate(rows):
        if starting or active:
            active = _merge(index, row, starting, active)
        yield index, row


def _merge(index: int, row: list[Any], starting: dict[int, list[workbook.Range]],
           active: list[tuple[workbook.Range, Any]]) -> list[tuple[workbook.Range, Any]]:
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
