"""Finding a CJK TrueType font: the search order, skipping CFF fonts, coverage of the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.reports.pdf import fonts as pdf_fonts
from exports.reports.pdf.fonts import Candidate

NOTO = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def test_a_cjk_font_is_found_for_every_role() -> None:
    fonts = pdf_fonts.choose()
    assert set(fonts.faces) == set(pdf_fonts.ROLES)
    for face in fonts.faces.values():
        assert face.covers("巡") and face.covers("A")


def test_roles_without_their_face_fall_back_with_a_warning() -> None:
    fonts = pdf_fonts.choose()
    wanted = {role: pdf_fonts.role_candidates(role) for role in pdf_fonts.ROLES}
    for warning in fonts.warnings:
        assert not any(pdf_fonts.load(c) for c in wanted[warning.role])
        assert warning.used == fonts.faces[warning.role].family


def test_cff_outline_fonts_are_skipped() -> None:
    """Noto CJK (fonts-noto-cjk, installed by tools/system-packages.sh) has CFF outlines."""
    assert NOTO.exists()
    assert pdf_fonts.load(Candidate(NOTO)) is None


def test_a_file_that_is_no_font_is_skipped(tmp_path: Path) -> None:
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"not a font at all" * 100)
    assert pdf_fonts.load(Candidate(fake)) is None
    assert pdf_fonts.load(Candidate(tmp_path / "absent.ttf")) is None


def test_a_configured_font_is_used_for_every_role_without_warnings() -> None:
    general = pdf_fonts.choose().faces["sans"]
    fonts = pdf_fonts.choose(configured=general.path)
    assert {face.path for face in fonts.faces.values()} == {general.path}
    assert fonts.warnings == []


def test_no_font_anywhere_is_a_typed_error_listing_the_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_fonts, "_LINUX_GENERAL", [Candidate(tmp_path / "none.ttc")])
    monkeypatch.setattr(pdf_fonts, "_system_dirs", lambda: [])
    monkeypatch.delenv("XUNCHA_PDF_FONT", raising=False)
    with pytest.raises(pdf_fonts.NoCJKFont) as caught:
        pdf_fonts.choose(shipped=tmp_path)
    assert str(tmp_path / "none.ttc") in caught.value.searched


def test_missing_lists_each_uncovered_character_once() -> None:
    face = pdf_fonts.choose().faces["sans"]
    rare = "\U0003134a"  # CJK extension G: in no font this app finds
    assert pdf_fonts.missing(face, [f"巡查{rare}记录", f"{rare} ok"]) == rare
    assert pdf_fonts.missing(face, ["丰瑞丽都 <b>&amp;</b>"]) == ""
