"""Reading the printouts back: page text, fonts, and the zh_CN translation without Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf

from storage.inspection import findings, inspections
from storage.inspection.compounds import Compound
from storage.store import db

TS = Path(__file__).resolve().parents[2] / "desktop" / "translations" / "zh_CN" / "reports.ts"


def _ts_table() -> dict[tuple[str, str], str]:
    table = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            table[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return table


_TABLE = _ts_table()


def chinese(context: str, text: str) -> str:
    """QCoreApplication.translate with the zh_CN translation, without Qt."""
    return _TABLE.get((context, text)) or text


def pdf_text(path: Path) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def flat(path: Path) -> str:
    """All the text with line breaks (and the indents around them) taken out."""
    return re.sub(r"\s*\n\s*", "", "\n".join(pdf_text(path)))


def pdf_fonts(path: Path) -> list[dict[str, Any]]:
    """Every font the pages name, with whether a font file is embedded for it."""
    found = {}
    for page in pypdf.PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font: Any = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = {"subtype": str(font["/Subtype"]), "embedded": embedded}
    return [{"name": name, **info} for name, info in found.items()]


@dataclass
class Known:
    """A small store whose content the tests know exactly."""

    store: db.Store
    compound: Compound
    inspection: inspections.Inspection
    findings: list[findings.Finding]
