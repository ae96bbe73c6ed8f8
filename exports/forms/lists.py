"""The lists a form selects from or looks up: CSV, XML and GeoJSON files, as tables and back.

``select_one_from_file districts.csv`` (and ``xml-external``/``csv-external``) name a
file that travels beside the workbook or inside a zip with it. Each file becomes a
table (header row, then rows of text) kept with the checklist's source as the sheet
``file:<name>``, so its version covers the list; writing it back gives the same table.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any
from xml.sax.saxutils import escape  # escaping only; parsing goes through defusedxml

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

SUFFIXES = (".csv", ".xml", ".geojson")
MAX_BYTES = 32 * 1024 * 1024
Table = list[list[str]]
_FROM_FILE = re.compile(
    r"^\s*(?:select_one_from_file|select_multiple_from_file|select one from file|"
    r"select multiple from file)\s+(\S+)", re.IGNORECASE)
_EXTERNAL = {"xml-external": ".xml", "csv-external": ".csv"}


class ListFileError(ValueError):
    """A list file that cannot be read: which file, and why."""

    def __init__(self, name: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{name}: {reason} {detail}".strip())
        self.name = name
        self.reason = reason  # too_large | damaged | bad_encoding
        self.detail = detail


def wanted(survey: list[list[Any]]) -> list[str]:
    """The file names a survey sheet selects from or looks up, in order."""
    if not survey:
        return []
    header = [str(h or "").strip().lower() for h in survey[0]]
    kind = header.index("type") if "type" in header else 0
    name = header.index("name") if "name" in header else 1
    found: list[str] = []
    for row in survey[1:]:
        cells = [str(c or "").strip() for c in row] + ["", ""]
        match = _FROM_FILE.match(cells[kind])
        if match:
            found.append(match[1])
        elif cells[kind].lower() in _EXTERNAL and cells[name]:
            found.append(cells[name] + _EXTERNAL[cells[kind].lower()])
    return list(dict.fromkeys(found))


def read(name: str, data: bytes) -> Table:
    """A list file's content as a table, by its suffix."""
    if len(data) > MAX_BYTES:
        raise ListFileError(name, "too_large", f"{len(data)} bytes")
    suffix = PurePosixPath(name).suffix.lower()
    try:
        if suffix == ".xml":
            return _from_xml(data)
        if suffix == ".geojson":
            return _from_geojson(data)
        return _from_csv(name, data)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError,
            ElementTree.ParseError, DefusedXmlException) as error:
        if isinstance(error, ListFileError):
            raise
        raise ListFileError(name, "damaged", str(error)[:200]) from error


def write(name: str, table: Table) -> bytes:
    """The file for a table, in the format its name says."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".xml":
        return _to_xml(table)
    if suffix == ".geojson":
        return _to_geojson(table)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(table)
    return out.getvalue().encode("utf-8")


def _from_csv(name: str, data: bytes) -> Table:
    # the spreadsheet reader (calamine) loads only when a list file is read
    from exports.spreadsheet import files, workbook  # noqa: PLC0415

    try:
        rows = workbook.csv_rows(name, data, sniff=False)  # ODK's lists: commas
    except files.WorkbookError:
        raise ListFileError(name, "bad_encoding") from None
    return [row for row in ([str(cell).strip() for cell in r] for r in rows) if any(row)]


def _table(records: Iterable[dict[str, str]], first: tuple[str, ...], last: tuple[str, ...]
           ) -> Table:
    """A table of records: the keys ``first`` first, the others sorted, ``last`` last."""
    records = list(records)
    keys = {k for r in records for k in r}
    header = [k for k in first if k in keys]
    header += sorted(keys - set(first) - set(last)) + [k for k in last if k in keys]
    return [header, *([r.get(k, "") for k in header] for r in records)]


def _from_xml(data: bytes) -> Table:
    root = ElementTree.fromstring(data, forbid_dtd=True)
    records = [{child.tag: (child.text or "").strip() for child in item}
               for item in root if len(item)]
    return _table(records, ("name", "label"), ())


def _to_xml(table: Table) -> bytes:
    header, *rows = table
    items = "".join(
        "<item>" + "".join(f"<{h}>{escape(v)}</{h}>" for h, v in zip(header, row, strict=False)
                           if v) + "</item>" for row in rows)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<root>{items}</root>\n'.encode()


def _from_geojson(data: bytes) -> Table:
    document = json.loads(data.decode("utf-8-sig"))
    records = []
    for feature in document.get("features", []):
        properties = {str(k): _text(v) for k, v in (feature.get("properties") or {}).items()}
        ident = feature.get("id", properties.get("id", ""))
        records.append({**properties, "id": _text(ident),
                        "geometry": _geometry(feature.get("geometry") or {})})
    return _table(records, ("id", "title"), ("geometry",))


def _to_geojson(table: Table) -> bytes:
    header, *rows = table
    features = []
    for row in rows:
        record = dict(zip(header, row, strict=False))
        geometry = _shape(record.pop("geometry", ""))
        features.append({"type": "Feature", "id": record.get("id", ""),
                         "geometry": geometry, "properties": record})
    return json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, indent=1).encode("utf-8")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _geometry(geometry: dict[str, Any]) -> str:
    """ODK's text of a geometry: ``lat lon`` points, joined by ``;`` for lines and shapes."""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    points: list[Any]
    if kind == "Point":
        points = [coordinates]
    elif kind == "LineString":
        points = coordinates
    elif kind == "Polygon":
        points = coordinates[0]
    else:
        return ""
    return ";".join(" ".join(_text(c) for c in (p[1], p[0], *p[2:])) for p in points)


def _shape(text: str) -> dict[str, Any] | None:
    points = [[float(n) for n in part.split()] for part in text.split(";") if part.strip()]
    coordinates = [[p[1], p[0], *p[2:]] for p in points if len(p) >= 2]
    if not coordinates:
        return None
    if len(coordinates) == 1:
        return {"type": "Point", "coordinates": coordinates[0]}
    if coordinates[0] == coordinates[-1] and len(coordinates) > 3:
        return {"type": "Polygon", "coordinates": [coordinates]}
    return {"type": "LineString", "coordinates": coordinates}
