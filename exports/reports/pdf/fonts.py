"""Finds, registers and checks the CJK TrueType fonts the printouts embed.

Search order, for every role (body, title, level-1 and level-2 headings, plain text):

1. a font file configured by the user for that role (``Setup.role_fonts``, or
   ``XUNCHA_PDF_FONT_BODY`` / ``XUNCHA_PDF_FONT_TITLE`` …), then for every role
   (``Setup.font_path``, or ``XUNCHA_PDF_FONT``); a configured file that is missing or no
   usable CJK TrueType font is refused (:class:`UnusableFont`), never silently replaced;
2. fonts shipped with the app in ``exports/reports/fonts/`` (any ``.ttf``/``.ttc`` there);
3. the faces the role wants, where the system has them: Windows (``%WINDIR%\\Fonts`` and
   the user's font folder) simfang.ttf (仿宋), 方正小标宋 (FZXBSJW.TTF), simkai.ttf (楷体),
   simhei.ttf (黑体); macOS STFangsong, Kaiti, STHeiti; the same file names in the Linux
   font folders;
4. a substitute of the same kind (a Song face for FangSong, Hei for 小标宋), with a warning
   that says which face was used; Linux: fonts-wqy-zenhei, fonts-arphic-ukai/uming
   (installed by ``tools/system-packages.sh``);
5. the general CJK font, with the same warning.

reportlab embeds only TrueType outlines and draws a glyph its font lacks as nothing. So
every character is checked against the face's character map, and one the face lacks is
printed from the first *fallback* that has it (SimSun-ExtB and Segoe UI Symbol on Windows,
DejaVu Sans, and Noto CJK, whose CFF outlines are converted to TrueType for the few glyphs
a document needs: ``outlines.py``). A character no font has prints as a visible □ from a
*tofu* face whose text layer still holds the character, and is listed in a warning.
"""

from __future__ import annotations

import copy
import functools
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from exports.reports.pdf.text import ReportProblem

SHIPPED = Path(__file__).resolve().parents[1] / "fonts"  # exports/reports/fonts/
ROLES = ("body", "title", "heading1", "heading2", "sans")
TOFU = "□"  # U+25A1, printed for a character no font has
# Characters every document prints (digits, punctuation of the templates); a font that
# lacks these is no CJK font at all.
_PROBE = "巡查整改通知书一二三〇年月日（）：；、。—〔〕0123456789ABCabc"


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
    """The face for each role, the per-glyph fallbacks, and the warnings about faces that
    had to be replaced."""

    faces: dict[str, Face]
    warnings: list[FontWarning] = field(default_factory=list)
    fallbacks: list[Face] = field(default_factory=list)  # TrueType, tried per glyph
    outline_sources: list[Path] = field(default_factory=list)  # CFF fonts, converted per glyph

    def name(self, role: str) -> str:
        return self.faces[role].name

    def fallback(self, char: str) -> Face | None:
        """The first fallback face that draws ``char``."""
        return next((face for face in self.fallbacks if face.covers(char)), None)


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


class UnusableFont(ReportProblem):
    """A font file the user named cannot be used: ``reason`` is missing | not_cjk."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class MissingGlyphs(ReportProblem):
    """Characters of the data that no font can draw: they print as □ (refused when strict)."""

    def __init__(self, font: str, characters: str) -> None:
        super().__init__(f"{font} lacks {characters}")
        self.font = font
        self.characters = characters


@dataclass(frozen=True)
class Want:
    """What a role wants: the face's name, its files, and substitutes of the same kind."""

    family: str
    files: tuple[str, ...]
    substitutes: tuple[str, ...] = ()
    linux: tuple[Candidate, ...] = ()  # faces of the wanted kind that Linux ships
    linux_substitutes: tuple[Candidate, ...] = ()


_WQY = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
_UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
_UKAI = Path("/usr/share/fonts/truetype/arphic/ukai.ttc")
WANTS = {
    "body": Want("FangSong", ("simfang.ttf", "仿宋_GB2312.ttf", "FS_GB2312.ttf", "STFANGSO.TTF",
                              "STFangsong.ttf", "FZFSK.TTF", "FZFSJW.TTF"),
                 linux_substitutes=(Candidate(_UMING, "UMing CN"),)),
    "title": Want("XiaoBiaoSong", ("FZXBSJW.TTF", "FZXBSK.TTF", "方正小标宋简体.ttf",
                                   "方正小标宋_GBK.ttf"),
                  substitutes=("simhei.ttf", "simsun.ttc", "STHeiti Medium.ttc", "Songti.ttc"),
                  linux_substitutes=(Candidate(_WQY, "Zen Hei"),)),
    "heading1": Want("Hei", ("simhei.ttf", "STHeiti Medium.ttc", "STHeiti Light.ttc"),
                     linux=(Candidate(_WQY, "Zen Hei"),)),
    "heading2": Want("Kai", ("simkai.ttf", "楷体_GB2312.ttf", "STKAITI.TTF", "Kaiti.ttc"),
                     linux=(Candidate(_UKAI, "UKai CN"),)),
    "sans": Want("Hei", ("simhei.ttf", "msyh.ttc", "STHeiti Light.ttc"),
                 linux=(Candidate(_WQY, "Zen Hei"),)),
}
_MAC_DIRS = [
    Path("/System/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path("/Library/Fonts"),
]
_LINUX_GENERAL = [
    Candidate(_WQY, "Zen Hei"),
    Candidate(Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "Micro Hei"),
    Candidate(_UMING, "UMing CN"),
    Candidate(_UKAI, "UKai CN"),
    Candidate(Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")),
]
_MAC_GENERAL = ["Songti.ttc", "STHeiti Light.ttc", "Arial Unicode.ttf"]
_WINDOWS_GENERAL = ["simsun.ttc", "msyh.ttc", "simhei.ttf", "simfang.ttf", "simkai.ttf"]
# Per-glyph fallbacks: CJK Extension B (SimSun-ExtB), symbols and emoji (monochrome).
_FALLBACK_FILES = ["simsunb.ttf", "seguisym.ttf", "seguiemj.ttf", "Apple Symbols.ttf",
                   "DejaVuSans.ttf"]
_LINUX_FALLBACKS = [Candidate(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))]
# CFF-outlined fonts whose glyphs are converted one by one (Noto CJK covers Extension B).
OUTLINE_SOURCES = [
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
]
_loaded: dict[tuple[Candidate, bool], Face | None] = {}


def windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _system_dirs() -> list[Path]:
    if sys.platform.startswith("win"):
        local = os.environ.get("LOCALAPPDATA", "")
        user = [Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else []
        return [windows_fonts(), *user]
    if sys.platform == "darwin":
        return _MAC_DIRS
    return []


@functools.cache
def _linux_files() -> dict[str, Path]:
    """Font files in the Linux font folders by lower-case name (simfang.ttf copied there)."""
    found: dict[str, Path] = {}
    if sys.platform.startswith(("win", "darwin")):
        return found
    home = Path.home()
    for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                   home / ".local/share/fonts", home / ".fonts"):
        for root, _, names in os.walk(folder):
            for name in names:
                found.setdefault(name.lower(), Path(root) / name)
    return found


def _files(names: Iterable[str]) -> list[Candidate]:
    """The candidates for these file names in the system's font folders, in order."""
    found = []
    for name in names:
        found += [Candidate(folder / name) for folder in _system_dirs()]
        if name.lower() in _linux_files():
            found.append(Candidate(_linux_files()[name.lower()]))
    return found


def _configured(path: Path | None, variable: str = "XUNCHA_PDF_FONT") -> Path | None:
    return path or (Path(os.environ[variable]) if os.environ.get(variable) else None)


def _shipped(folder: Path = SHIPPED) -> list[Candidate]:
    if not folder.is_dir():
        return []
    return [Candidate(p) for p in sorted(folder.iterdir()) if p.suffix.lower() in (".ttf", ".ttc")]


def general_candidates(shipped: Path = SHIPPED) -> list[Candidate]:
    """Every place a general CJK font is looked for, in the documented order."""
    found = _shipped(shipped)
    for folder in _system_dirs():
        names = _MAC_GENERAL if folder in _MAC_DIRS else _WINDOWS_GENERAL
        found += [Candidate(folder / name) for name in names]
    return found + _LINUX_GENERAL


def role_candidates(role: str) -> list[Candidate]:
    """The system faces of the kind a role wants (FangSong for the body …), best first."""
    want = WANTS[role]
    return _files(want.files) + list(want.linux)


def substitute_candidates(role: str) -> list[Candidate]:
    """Faces close to what a role wants (a Song face for FangSong …), best first."""
    want = WANTS[role]
    return _files(want.substitutes) + list(want.linux_substitutes)


def load(candidate: Candidate, cjk: bool = True) -> Face | None:
    """Register a font with reportlab; None when absent, CFF-outlined or (``cjk``) not CJK."""
    key = (candidate, cjk)
    if key not in _loaded:
        _loaded[key] = _register(candidate, cjk)
    return _loaded[key]


def _register(candidate: Candidate, cjk: bool) -> Face | None:
    if not candidate.path.is_file():
        return None
    try:
        font = _open(candidate)
    except (TTFError, OSError, ValueError, AssertionError, IndexError, KeyError):
        return None  # CFF outlines ("postscript outlines are not supported") or damaged
    cmap = frozenset(font.face.charToGlyph)
    if cjk and not all(ord(c) in cmap for c in _PROBE):
        return None
    pdfmetrics.registerFont(font)
    return Face(font.fontName, candidate.path, _family(font), cmap)


def _open(candidate: Candidate) -> TTFont:
    fonts: list[TTFont] = []
    for index in range(_subfont_count(candidate.path)):
        fonts.append(TTFont(f"XC{len(_loaded)}_{index}", str(candidate.path), subfontIndex=index))
        if candidate.family in _family(fonts[-1]):
            return fonts[-1]  # the wanted member of a collection (the first when none is named)
    return fonts[0]


def _family(font: TTFont) -> str:
    family = font.face.familyName
    return family.decode("latin-1") if isinstance(family, bytes) else str(family)


def _subfont_count(path: Path) -> int:
    with path.open("rb") as handle:
        header = handle.read(12)
    if header[:4] != b"ttcf":
        return 1
    return max(1, min(int.from_bytes(header[8:12], "big"), 32))


def _first(candidates: Iterable[Candidate]) -> Face | None:
    return next((face for c in candidates if (face := load(c))), None)


def _named(path: Path) -> Face:
    """The face of a file the user named; refused when it cannot be used."""
    if not path.is_file():
        raise UnusableFont(path, "missing")
    face = load(Candidate(path))
    if face is None:
        raise UnusableFont(path, "not_cjk")
    return face


def choose(configured: Path | None = None, shipped: Path = SHIPPED,
           roles: Mapping[str, Path] | None = None) -> FontSet:
    """The faces for every role (``roles``: a file per role, ``configured``: one for all).

    Raises UnusableFont for a named file that cannot be used, NoCJKFont when there is no
    usable CJK font at all.
    """
    named = {role: path for role in ROLES
             if (path := (roles or {}).get(role)
                 or _configured(None, f"XUNCHA_PDF_FONT_{role.upper()}"))}
    chosen = _configured(configured)
    every = _named(chosen) if chosen else None
    candidates = general_candidates(shipped)
    general = every or _first(candidates)
    if general is None:
        raise NoCJKFont([str(c.path) for c in candidates])
    explicit = every is not None or bool(_shipped(shipped))
    fonts = FontSet({}, fallbacks=_fallbacks(), outline_sources=[
        p for p in OUTLINE_SOURCES if p.is_file()])
    for role in ROLES:
        if role in named:
            fonts.faces[role] = _named(named[role])
        elif explicit:
            fonts.faces[role] = general
        else:
            fonts.faces[role] = _for_role(fonts, role, general)
    return fonts


def _for_role(fonts: FontSet, role: str, general: Face) -> Face:
    face = _first(role_candidates(role))
    if face is not None:
        return face
    face = _first(substitute_candidates(role)) or general
    fonts.warnings.append(FontWarning(role, WANTS[role].family, face.family))
    return face


def _fallbacks() -> list[Face]:
    candidates = _files(_FALLBACK_FILES) + _LINUX_FALLBACKS
    faces = [face for c in candidates if (face := load(c, cjk=False))]
    return list(dict.fromkeys(faces))


def missing(face: Face, texts: Iterable[str]) -> str:
    """The characters of ``texts`` the face cannot draw, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        for char in text:
            if not face.covers(char) and not char.isspace() and char not in seen:
                seen[char] = None
    return "".join(seen)


class Tofu:
    """A face registered as ``name`` that draws ``source``'s □ for each character added.

    The PDF's text layer maps each □ back to its character, so a search or a copy of the
    text still finds what was typed.
    """

    def __init__(self, source: Face, name: str) -> None:
        font = pdfmetrics.getFont(source.name)
        clone = copy.copy(font)
        clone.fontName = name
        clone.state = WeakKeyDictionary()
        clone.face = copy.copy(font.face)
        clone.face.name = name.encode("ascii")  # reportlab keys fonts by their face's name
        clone.face.charToGlyph = dict(font.face.charToGlyph)
        clone.face.charWidths = dict(font.face.charWidths)
        self.face = clone.face
        box = ord(TOFU) if ord(TOFU) in font.face.charToGlyph else ord("?")
        self.glyph, self.width = font.face.charToGlyph[box], font.face.charWidths[box]
        pdfmetrics.registerFont(clone)

    def add(self, char: str) -> None:
        self.face.charToGlyph[ord(char)] = self.glyph
        self.face.charWidths[ord(char)] = self.width


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF as UTF-16 pairs.

    reportlab writes them as five hex digits, which readers reject: 𠮷 (U+20BB7) and emoji
    vanished from the text layer even where the font drew them.
    """
    cmap = ttfonts_make_to_unicode(fontname, subset).splitlines()
    pairs = [f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>"
             for i, v in enumerate(subset)]
    start = next(n for n, line in enumerate(cmap) if line.endswith("beginbfchar")) + 1
    return "\n".join(cmap[:start] + pairs + cmap[start + len(subset):])


ttfonts_make_to_unicode = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # fixed once, for every document
