"""Hostile workbooks written part by part (as an attacker would, not through a library)."""

from __future__ import annotations

import zipfile
from pathlib import Path

_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{overrides}
</Types>"""
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="xl/workbook.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _cell(column: str, row: int, value: str) -> str:
    return f'<c r="{column}{row}" t="inlineStr"><is><t>{value}</t></is></c>'


def _rows(rows: list[list[str]]) -> str:
    return "".join(f'<row r="{n}">' + "".join(_cell(chr(65 + c), n, v) for c, v in
                                               enumerate(row) if v) + "</row>"
                   for n, row in enumerate(rows, start=1))


def write(path: Path, sheets: dict[str, list[list[str]]], junk: tuple[str, int, list[str]]
          | None = None) -> Path:
    """A workbook of small sheets, and one sheet of ``count`` copies of a junk row."""
    names = list(sheets) + ([junk[0]] if junk else [])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
                            f'ContentType="{_SHEET_TYPE}"/>' for n in range(1, len(names) + 1))
        archive.writestr("[Content_Types].xml", _TYPES.format(overrides=overrides))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
                         "<sheets>" + "".join(
                             f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
                             for n, name in enumerate(names, start=1)) + "</sheets></workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.'
                         'openxmlformats.org/package/2006/relationships">' + "".join(
                             f'<Relationship Id="rId{n}" Target="worksheets/sheet{n}.xml" '
                             f'Type="{_REL}/worksheet"/>' for n in range(1, len(names) + 1))
                         + "</Relationships>")
        for n, rows in enumerate(sheets.values(), start=1):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", f'<worksheet xmlns="{_MAIN}">'
                             f"<sheetData>{_rows(rows)}</sheetData></worksheet>")
        if junk:
            _junk(archive, f"xl/worksheets/sheet{len(names)}.xml", *junk[1:])
    return path


def _junk(archive: zipfile.ZipFile, part: str, count: int, head: list[str]) -> None:
    with archive.open(part, "w", force_zip64=True) as sheet:
        sheet.write(f'<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
        sheet.write(_rows([head, head]).encode())  # labels and codes, as an export has
        values = [f"junk{c}" for c in range(len(head))]
        for start in range(3, count + 1, 10_000):
            sheet.write("".join(
                f'<row r="{n}">' + "".join(_cell(chr(65 + c), n, v)
                                          for c, v in enumerate(values)) + "</row>"
                for n in range(start, min(start + 10_000, count + 1))).encode())
        sheet.write(b"</sheetData></worksheet>")
