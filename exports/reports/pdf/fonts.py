"""Finds, registers and checks the CJK TrueType fonts the printouts embed.

Search order, for every role (body, title, level-1 and level-2 headings, plain text):

1. a font file configured by the user (``FontConfig.path``, or ``XUNCHA_PDF_FONT``);
2. fonts shipped with the app in ``exports/reports/fonts/`` (any ``.ttf``/``.ttc`` there);
3. Windows (``%WINDIR%\\Fonts``): simfang.ttf (仿宋), simkai.ttf (楷体), simhei.ttf (黑体),
   simsun.ttc (宋体), msyh.ttc (微软雅黑);
4. macOS: Songti, Kaiti, STHeiti, Arial Unicode;
5. Linux: fonts-wqy-zenhei (``wqy-zenhei.ttc``), fonts-arphic-ukai/uming
   (``ukai.ttc``/``uming.ttc``) — installed by ``tools/system-packages.sh``.

The official layout (GB/T 9704-2012) wants FangSong for the body, Song or Hei for the
title, Hei for level-1 and Kai for level-2 headings; a role whose face is not on the
machine falls back to the best general CJK font, and the fallback is reported as a
warning. reportlab embeds only TrueType outlines: CFF fonts (Noto CJK ``.otf``/``.ttc``,
Source Han) are skipped. reportlab draws a missing glyph as nothing, so :func:`missing`
checks the text against each font's character map before anything is drawn.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from exports.reports.pdf.text import ReportProblem

SHIPPED = Path(__file__).resolve().parents[1] / "fonts"  # exports/reports/fonts/
ROLES = ("body", "title", "heading1", "heading2", "sans")
# Characters every document prints (digits, punctuation of the templates); a font that
# lacks these is no CJK font at all.
_PROBE = "巡查整改通知书一二三〇年月日（）：；、。—0123456789ABCabc"


@dataclass(frozen=True)
class Candidate:
    """A font file, and within a collection (.ttc) the family to pick."""

    path: Path
    family: str = ""  # a substring of the family name inside a .ttc; "" = the first


@dataclass(frozen=True)
class Face:
    """A registered font: the name reportlab knows it by, and where it came from."""

    name: str
    path: Path
    family: str
    cmap: frozenset[int]

    def covers(self, char: str) -> bool:
        return ord(char) in self.cmap


@dataclass
class FontSet:
    """The face for each role, and the warnings about faces that had to be replaced."""

    faces: dict[str, Face]
    warnings: list[FontWarning] = field(default_factory=list)

    def name(self, role: str) -> str:
        return self.faces[role].name


@dataclass(frozen=True)
class FontWarning:
    """A role printed with another face than the layout asks for (``wanted`` → ``used``)."""

    role: str
    wanted: str
    used: str


class NoCJKFont(ReportProblem):
    """No usable CJK TrueType font was found; ``searched`` lists every place looked at."""

    def __init__(self, searched: list[str]) -> None:
        super().__init__("no CJK TrueType font; searched: " + ", ".join(searched))
        self.searched = searched


class MissingGlyphs(ReportProblem):
    """Characters of the data that the chosen font cannot draw (they would print blank)."""

    def __init__(self, font: str, characters: str) -> None:
        super().__init__(f"{font} lacks {characters}")
        self.font = font
        self.characters = characters


# What each role wants, best first, as (family wanted, file names by platform).
_WANTED = {
    "body": ("FangSong", ["simfang.ttf", "STFANGSO.TTF", "FZFSK.TTF"]),
    "title": ("Song/Hei", ["simsun.ttc", "simhei.ttf", "STSONG.TTF", "Songti.ttc"]),
    "heading1": ("Hei", ["simhei.ttf", "STHeiti Medium.ttc", "STHeiti Light.ttc"]),
    "heading2": ("Kai", ["simkai.ttf", "STKAITI.TTF", "Kaiti.ttc"]),
    "sans": ("Hei", ["simhei.ttf", "msyh.ttc", "STHeiti Light.ttc"]),
}
# Linux faces that fit a role: a Kai and a Ming (Song) face ship with fonts-arphic.
_LINUX_ROLE = {
    "title": [Candidate(Path("/usr/share/fonts/truetype/arphic/uming.ttc"), "UMing CN")],
    "heading1": [Candidate(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "Zen Hei")],
    "heading2": [Candidate(Path("/usr/share/fonts/truetype/arphic/ukai.ttc"), "UKai CN")],
    "sans": [Candidate(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "Zen Hei")],
}
_MAC_DIRS = [
    Path("/System/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path("/Library/Fonts"),
]
_LINUX_GENERAL = [
    Candidate(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "Zen Hei"),
    Candidate(Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "Micro Hei"),
    Candidate(Path("/usr/share/fonts/truetype/arphic/uming.ttc"), "UMing CN"),
    Candidate(Path("/usr/share/fonts/truetype/arphic/ukai.ttc"), "UKai CN"),
    Candidate(Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")),
]
_MAC_GENERAL = ["Songti.ttc", "STHeiti Light.ttc", "Arial Unicode.ttf"]
_WINDOWS_GENERAL = ["simsun.ttc", "msyh.ttc", "simhei.ttf", "simfang.ttf", "simkai.ttf"]
_loaded: dict[Candidate, Face | None] = {}


def windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _system_dirs() -> list[Path]:
    if sys.platform.startswith("win"):
        return [windows_fonts()]
    if sys.platform == "darwin":
        return _MAC_DIRS
    return []


def _configured(path: Path | None) -> list[Candidate]:
    chosen = path or (
        Path(os.environ["XUNCHA_PDF_FONT"]) if os.environ.get("XUNCHA_PDF_FONT") else None
    )
    return [Candidate(chosen)] if chosen else []


def _shipped(folder: Path = SHIPPED) -> list[Candidate]:
    if not folder.is_dir():
        return []
    return [Candidate(p) for p in sorted(folder.iterdir()) if p.suffix.lower() in (".ttf", ".ttc")]


def general_candidates(configured: Path | None = None, shipped: Path = SHIPPED) -> list[Candidate]:
    """Every place a general CJK font is looked for, in the documented order."""
    found = _configured(configured) + _shipped(shipped)
    for folder in _system_dirs():
        names = _WINDOWS_GENERAL if folder == windows_fonts() else _MAC_GENERAL
        found += [Candidate(folder / name) for name in names]
    return found + _LINUX_GENERAL


def role_candidates(role: str) -> list[Candidate]:
    """The system faces that suit a role (FangSong for the body …), best first."""
    files = _WANTED[role][1]
    found = [Candidate(folder / name) for folder in _system_dirs() for name in files]
    return found + _LINUX_ROLE.get(role, [])


def load(candidate: Candidate) -> Face | None:
    """Register a font with reportlab; None when absent, CFF-outlined or not CJK."""
    if candidate not in _loaded:
        _loaded[candidate] = _register(candidate)
    return _loaded[candidate]


def _register(candidate: Candidate) -> Face | None:
    if not candidate.path.is_file():
        return None
    fonts = []
    for index in range(_subfont_count(candidate.path)):
        try:
            fonts.append(
                TTFont(f"XC{len(_loaded)}_{index}", str(candidate.path), subfontIndex=index)
            )
        except (TTFError, OSError, ValueError):
            return None  # CFF outlines ("postscript outlines are not supported") or damaged
        if candidate.family in _family(fonts[-1]):
            break  # the wanted member of a collection (the first when none is named)
    font = fonts[-1] if candidate.family in _family(fonts[-1]) else fonts[0]
    cmap = frozenset(font.face.charToGlyph)
    if not all(ord(c) in cmap for c in _PROBE):
        return None
    pdfmetrics.registerFont(font)
    return Face(font.fontName, candidate.path, _family(font), cmap)


def _family(font: TTFont) -> str:
    family = font.face.familyName
    return family.decode("latin-1") if isinstance(family, bytes) else str(family)


def _subfont_count(path: Path) -> int:
    with path.open("rb") as handle:
        header = handle.read(12)
    if header[:4] != b"ttcf":
        return 1
    return max(1, min(int.from_bytes(header[8:12], "big"), 32))


def choose(configured: Path | None = None, shipped: Path = SHIPPED) -> FontSet:
    """The faces for every role; raises NoCJKFont when there is no usable CJK font."""
    candidates = general_candidates(configured, shipped)
    general = next((face for c in candidates if (face := load(c))), None)
    if general is None:
        raise NoCJKFont([str(c.path) for c in candidates])
    fonts = FontSet({})
    explicit = bool(_configured(configured) or _shipped(shipped))
    for role in ROLES:
        face = (
            None if explicit else next((f for c in role_candidates(role) if (f := load(c))), None)
        )
        fonts.faces[role] = face or general
        if face is None and not explicit:
            fonts.warnings.append(FontWarning(role, _WANTED[role][0], general.family))
    return fonts


def missing(face: Face, texts: Iterable[str]) -> str:
    """The characters of ``texts`` the face cannot draw, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        for char in text:
            if not face.covers(char) and not char.isspace() and char not in seen:
                seen[char] = None
    return "".join(seen)
