"""The responsible party's signature, given on site, is printed on its notice."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PIL import Image, ImageDraw

from exports.reports import notice as report_notice
from exports.reports.pdf.common import Setup
from storage.inspection import findings
from storage.store import photos
from tests.exports.helpers import Known


def _signature(tmp_path: Path) -> Path:
    path = tmp_path / "signature.png"
    image = Image.new("RGB", (640, 240), "white")
    ImageDraw.Draw(image).line([(40, 180), (200, 60), (400, 190), (600, 80)], fill="navy",
                               width=6)
    image.save(path)
    return path


def test_a_signed_finding_prints_the_signature_on_its_partys_notice(
        known: Known, zh: Setup, tmp_path: Path) -> None:
    signed = known.findings[0]
    sha = photos.add(known.store, _signature(tmp_path)).sha256
    signed.attachments.append({"photo": sha, "item": findings.SIGNATURE, "caption": "物业"})
    findings.update(known.store, signed)
    groups = report_notice.groups_for_compound(known.store, known.compound.id)
    party = next(g for g in groups if g[0].id == signed.id)
    other = next(g for g in groups if g[0].id != signed.id)
    with_signature, without = tmp_path / "signed.pdf", tmp_path / "unsigned.pdf"
    report_notice.render(known.store, [party], with_signature, zh)
    report_notice.render(known.store, [other], without, zh)
    images = [image for page in pypdf.PdfReader(with_signature).pages for image in page.images]
    assert any(image.image.size == (640, 240) for image in images)
    assert not any(image.image.size == (640, 240) for page in pypdf.PdfReader(without).pages
                   for image in page.images)
