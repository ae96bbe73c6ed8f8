"""Where an .xlsx keeps each sheet's XML, and how its cells are addressed (``C12``)."""

from __future__ import annotations

import re
import zipfile

from defusedxml import ElementTree as DefusedET

MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
CELL_REF = re.compile(r"([A-Z]+)([0-9]+)")  # column letters, row number


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """The archive member holding each sheet's XML, by sheet name."""
    book = DefusedET.fromstring(archive.read("xl/workbook.xml"))
    rels = DefusedET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for sheet in book.iter(f"{MAIN_NS}sheet"):
        target = targets.get(sheet.get(f"{_REL_NS}id"), "")
        parts[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") \
            else "xl/" + target
    return parts


def column_index(letters: str) -> int:
    """The 0-based index of a column's letters (A → 0, AA → 26)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1
