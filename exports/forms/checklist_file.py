"""Checklists as ``.xlsx`` files for supervisors to adapt in Excel or WPS, and back."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from exports.spreadsheet import workbook
from storage.forms import xlsform

SHEETS = ("survey", "choices", "settings")


def export(checklist: xlsform.Checklist, path: Path) -> None:
    """Write the checklist's XLSForm sheets, header bold and frozen."""
    with workbook.writing(path) as book:
        for name in SHEETS:
            rows = checklist.sheets.get(name)
            if not rows:
                continue
            sheet = book.create_sheet(name)
            for row, values in enumerate(rows, start=1):
                for column, value in enumerate(values, start=1):
                    if value:
                        workbook.put(sheet.cell(row=row, column=column), value)
            for cell in sheet[1]:
                cell.font = Font(bold=True)
                width = max(len(str(v or "")) for v in (r[cell.column - 1] for r in rows
                                                         if len(r) >= cell.column))
                sheet.column_dimensions[cell.column_letter].width = min(max(width + 2, 8), 60)
            sheet.freeze_panes = "A2"


def read(path: Path) -> xlsform.Checklist:
    """Read a checklist from an ``.xlsx``/``.xls``/``.ods`` XLSForm workbook."""
    sheets = workbook.read_sheets(path)
    wanted = {name.strip().lower(): rows for name, rows in sheets.items()
              if name.strip().lower() in SHEETS}
    return xlsform.parse(wanted)
