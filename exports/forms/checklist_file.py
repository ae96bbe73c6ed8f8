"""Checklists as files for supervisors to adapt in Excel or WPS, and back.

A checklist is an XLSForm workbook (``.xlsx``, ``.xls``, ``.ods``); the lists it selects
from travel as CSV, XML or GeoJSON files beside it, or with it inside a ``.zip``.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from openpyxl.styles import Font

from exports.forms import lists
from exports.spreadsheet import files, workbook, writing
from storage.forms import xlsform

SHEETS = ("survey", "choices", "settings")
FILE_PREFIX = "file:"
MAX_ZIP_MEMBERS = 200


def export(checklist: xlsform.Checklist, path: Path) -> list[Path]:
    """Write the checklist: a workbook with its list files beside it, or all in a zip.

    Returns the files written.
    """
    if path.suffix.lower() == ".zip":
        return [_export_zip(checklist, path)]
    _write_workbook(checklist, path)
    written = [path]
    for name, table in _list_tables(checklist):
        target = path.parent / name
        target.write_bytes(lists.write(name, table))
        written.append(target)
    return written


def _write_workbook(checklist: xlsform.Checklist, path: Path) -> None:
    """The XLSForm sheets, header bold and frozen."""
    with writing.writing(path) as book:
        for name in SHEETS:
            rows = checklist.sheets.get(name)
            if not rows:
                continue
            sheet = book.create_sheet(name)
            for row, values in enumerate(rows, start=1):
                for column, value in enumerate(values, start=1):
                    if value:
                        writing.put(sheet.cell(row=row, column=column), value)
            for cell in sheet[1]:
                cell.font = Font(bold=True)
                width = max(len(str(v or "")) for v in (r[cell.column - 1] for r in rows
                                                         if len(r) >= cell.column))
                sheet.column_dimensions[cell.column_letter].width = min(max(width + 2, 8), 60)
            sheet.freeze_panes = "A2"


def _export_zip(checklist: xlsform.Checklist, path: Path) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        form = Path(folder) / f"{checklist.form_id or 'checklist'}.xlsx"
        _write_workbook(checklist, form)
        partial = path.with_name(path.name + ".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(form, form.name)
            for name, table in _list_tables(checklist):
                archive.writestr(name, lists.write(name, table))
        partial.replace(path)
    return path


def _list_tables(checklist: xlsform.Checklist) -> list[tuple[str, list[list[str]]]]:
    return [(name[len(FILE_PREFIX):], table) for name, table in checklist.sheets.items()
            if name.startswith(FILE_PREFIX)]


def read(path: Path) -> xlsform.Checklist:
    """Read a checklist from an XLSForm workbook, or a zip holding one and its lists."""
    if path.suffix.lower() == ".zip":
        return _read_zip(path)
    sheets = workbook.read_sheets(path)
    wanted = {name: rows for name, rows in sheets.items()}
    for name in lists.wanted(_survey(sheets)):
        beside = path.parent / PurePosixPath(name).name
        if beside.is_file():
            wanted[FILE_PREFIX + name] = lists.read(name, beside.read_bytes())
    return xlsform.parse(wanted, name_hint=path.stem)


def _survey(sheets: workbook.Sheets) -> list[list[object]]:
    named = {str(n).strip().lower(): rows for n, rows in sheets.items()}
    if "survey" in named:
        return named["survey"]
    return next(iter(named.values()), []) if len(named) == 1 else []


def _read_zip(path: Path) -> xlsform.Checklist:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise files.WorkbookError(path, "damaged", str(error)) from error
    with archive:
        members = {PurePosixPath(i.filename).name: i for i in archive.infolist()
                   if not i.is_dir() and not i.filename.startswith("__MACOSX")}
        forms = [n for n in members if PurePosixPath(n).suffix.lower() in files.SUFFIXES
                 and not n.lower().endswith(".csv")]
        if len(members) > MAX_ZIP_MEMBERS or len(forms) != 1:
            raise files.WorkbookError(path, "not_a_workbook",
                                      f"{len(forms)} workbooks in the zip")
        with tempfile.TemporaryDirectory() as folder:
            form = Path(folder) / forms[0]
            form.write_bytes(_member(path, archive, members[forms[0]]))
            sheets = workbook.read_sheets(form)
        found = dict(sheets)
        for name in lists.wanted(_survey(sheets)):
            member = members.get(PurePosixPath(name).name)
            if member is not None:
                found[FILE_PREFIX + name] = lists.read(name, _member(path, archive, member))
    return xlsform.parse(found, name_hint=PurePosixPath(forms[0]).stem)


def _member(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    if member.file_size > files.MAX_FILE_BYTES:
        raise files.WorkbookError(path, "too_large", member.filename)
    data = archive.read(member)
    if len(data) > files.MAX_FILE_BYTES:
        raise files.WorkbookError(path, "bomb", member.filename)
    return data
