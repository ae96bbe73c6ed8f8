"""Importing the 12345 platform's work-order exports (.xlsx, .xls, .csv) as they come.

Two steps, so the supervisor can look before anything is written:
:func:`inspect` finds the header under any title rows and the column mapping
(remembered for this layout, or guessed); :func:`run` imports every row in one
transaction. Blank rows and the totals row (合计) are skipped; a row without a number or
with a date that cannot be read is reported with its sheet, row and column; a row
whose compound cannot be matched with confidence is imported unmatched and listed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.campaign import hotline_file
from exports.campaign.hotline_file import HotlineImportError, Preview, inspect
from exports.spreadsheet import cells, column_mapping
from exports.spreadsheet.column_mapping import Layout
from storage import jobs
from storage.campaign import hotline, matching
from storage.jobs import Progress
from storage.store import access_log, backup
from storage.store.db import Store

_TOTALS = ("合计", "总计", "小计", "total")
_PROGRESS_EVERY = 5000
_BATCH = 20_000


@dataclass(frozen=True)
class Problem:
    """A row that was not imported, and where (row and column as the user sees them)."""

    sheet: str
    row: int  # 1-based, as in the spreadsheet
    column: str  # the header text
    reason: str  # no_number | bad_date
    value: str


@dataclass
class Report:
    rows: int = 0  # data rows read (blank and totals rows not counted)
    imported: int = 0  # new work orders
    updated: int = 0  # known work orders whose state or satisfaction changed
    duplicates: int = 0  # known work orders, unchanged (in the store or earlier in the file)
    unmatched: int = 0  # work orders (each number once) imported without a compound
    totals_skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    unmatched_texts: dict[str, int] = field(default_factory=dict)
    backup: Path | None = None  # the copy of the store taken before writing
    unmatched_numbers: set[str] = field(default_factory=set, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "imported": self.imported, "updated": self.updated,
                "duplicates": self.duplicates, "unmatched": self.unmatched,
                "totals_skipped": self.totals_skipped, "backup": str(self.backup or ""),
                "problems": [p.__dict__ for p in self.problems],
                "unmatched_texts": self.unmatched_texts}


class _DryRun(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


def run(store: Store, preview: Preview, *, who: str = "", progress: Progress | None = None,
        remember: bool = True, dry_run: bool = False) -> Report:
    """Import every row in one transaction; a cancelled import leaves the store as it was.

    A dry run does all of it, counts included, then rolls the transaction back.
    """
    layout = preview.layout
    missing = layout.missing()
    if missing:
        raise HotlineImportError(str(preview.path), "missing_fields", ", ".join(missing))
    report = Report()
    matcher = matching.Matcher(store)
    stored = hotline.Stored(0, 0, 0)
    if not dry_run:
        report.backup = backup.take(store)
    try:
        with store.atomic():
            # In batches: a million work orders never sit in memory twice.
            for batch in _batches(_orders(preview, matcher, report, progress), _BATCH):
                stored = hotline.add(stored, hotline.store_batch(store, batch))
            report.unmatched = len(report.unmatched_numbers)
            if remember and not dry_run:
                column_mapping.remember(store, layout.headers, layout.mapping, who=who)
            access_log.record(store, "import", str(preview.path), "hotline")
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    report.imported, report.updated = stored.inserted, stored.updated
    report.duplicates = stored.unchanged
    _done(progress, preview.total)
    return report


def _batches(items: Iterator[hotline.WorkOrder], size: int
             ) -> Iterator[list[hotline.WorkOrder]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _done(progress: Progress | None, total: int) -> None:
    if progress is not None:
        progress(total, total)


def _orders(preview: Preview, matcher: matching.Matcher, report: Report,
            progress: Progress | None) -> Iterator[hotline.WorkOrder]:
    layout, total = preview.layout, preview.total
    source = preview.path.name
    categories: dict[str, str] = {}
    for index, (line, row) in enumerate(hotline_file.data_rows(preview)):
        if index % _PROGRESS_EVERY == 0:
            jobs.report(progress, min(index, total), total)
        if not any(row):  # blank ("" and None); a row of zeros is no work order either
            continue
        values = hotline_file.fields(layout, row)
        when = _when(row, layout)
        if when is None and _is_totals(row):
            report.totals_skipped += 1
            continue
        report.rows += 1
        order = _order(values, when, layout, line, report)
        if order is None:
            continue
        order.source_file = source
        order.category_key = _category(categories, order)
        _match(order, matcher, report)
        yield order


def _category(known: dict[str, str], order: hotline.WorkOrder) -> str:
    # The platform's category decides (cached: a file has a few dozen); the text only
    # when the category names none of ours.
    key = known.get(order.category)
    if key is None:
        key = known[order.category] = hotline.category_key(order.category)
    return hotline.category_key("", order.content) if key == "other" else key


def _when(row: list[Any], layout: Layout) -> str | None:
    index = layout.mapping["received_at"]
    return cells.moment(row[index] if index < len(row) else "")


def _is_totals(row: list[Any]) -> bool:
    # 合计 in some cell of a row without a date: a count may sit in the number column.
    return any(cells.text(v).replace(" ", "").lower().startswith(_TOTALS) for v in row)


def _order(values: dict[str, str], when: str | None, layout: Layout, line: int,
           report: Report) -> hotline.WorkOrder | None:
    sheet = layout.sheet
    if not values.get("number"):
        report.problems.append(Problem(sheet, line, layout.headers[layout.mapping["number"]],
                                       "no_number", ""))
        return None
    if when is None:
        report.problems.append(Problem(sheet, line,
                                       layout.headers[layout.mapping["received_at"]],
                                       "bad_date",
                                       values.get("received_at", "")))
        return None
    satisfaction = values.get("satisfaction", "")
    return hotline.WorkOrder(
        number=values["number"], received_at=when, category=values.get("category", ""),
        district=values.get("district", ""), street=values.get("street", ""),
        compound_text=values.get("compound", ""), address=values.get("address", ""),
        content=values.get("content", ""), satisfaction=satisfaction,
        satisfied=hotline.satisfied(satisfaction), state=values.get("state", ""))


def _match(order: hotline.WorkOrder, matcher: matching.Matcher, report: Report) -> None:
    text = order.compound_text or order.address
    found = matcher.match(text, order.district, order.street)
    order.compound_id, order.compound_key = found.compound_id, found.key
    if found.compound_id is None and order.number not in report.unmatched_numbers:
        # A work order listed twice (a re-export, a duplicated row) is one order.
        report.unmatched_numbers.add(order.number)
        report.unmatched_texts[text] = report.unmatched_texts.get(text, 0) + 1


def import_file(store: Store, path: Path, *, who: str = "",
                progress: Progress | None = None) -> Report:
    """Inspect and run with the remembered or guessed mapping (the command line's way)."""
    return run(store, inspect(store, path), who=who, progress=progress)
