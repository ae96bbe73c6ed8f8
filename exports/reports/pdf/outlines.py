"""Glyphs from CFF-outlined fonts (Noto CJK) as a small TrueType font reportlab can embed.

reportlab embeds only TrueType (quadratic) outlines; Noto CJK, the one font on most Linux
machines with CJK Extension B (𠮷, U+20BB7), has CFF (cubic) outlines. fontTools converts
the few glyphs a document lacks into a TrueType font of just those glyphs (cu2qu, within
one font unit), registered under the name the paragraphs already use.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_lock = threading.Lock()  # fontTools' lazy tables are not safe to read from two threads


@functools.cache
def _source(path: Path) -> Any:
    """The Simplified Chinese member of a CFF collection (or the font), read lazily."""
    from fontTools.ttLib import TTCollection
    from fontTools.ttLib import TTFont as ToolsFont

    with path.open("rb") as handle:
        is_collection = handle.read(4) == b"ttcf"
    if not is_collection:
        return ToolsFont(str(path), lazy=True)
    fonts = TTCollection(str(path), lazy=True).fonts
    return next((f for f in fonts if " SC" in str(f["name"].getDebugName(1))), fonts[0])


@functools.cache
def coverage(path: Path) -> frozenset[int]:
    """The characters a CFF font draws."""
    with _lock:
        return frozenset(_source(path).getBestCmap())


def register(name: str, characters: Iterable[str], source: Path) -> None:
    """Register ``name``: the glyphs of ``characters`` (all covered by ``source``)."""
    chars = list(dict.fromkeys(characters))
    with _lock:
        data = _build(_source(source), chars, name)
    pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))


def _build(font: Any, chars: Sequence[str], name: str) -> bytes:
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    cmap = font.getBestCmap()
    names = list(dict.fromkeys([".notdef", *(cmap[ord(c)] for c in chars)]))
    shapes = font.getGlyphSet()
    glyphs = {}
    for glyph in names:
        pen = TTGlyphPen(None)
        shapes[glyph].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[glyph] = pen.glyph()
    metrics = font["hmtx"].metrics
    header = font["hhea"]
    builder = FontBuilder(font["head"].unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): cmap[ord(c)] for c in chars})
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics(
        {g: (metrics[g][0], getattr(glyphs[g], "xMin", 0)) for g in names})
    builder.setupHorizontalHeader(ascent=header.ascent, descent=header.descent)
    # a PostScript name of its own: reportlab takes fonts of one face name for one font
    builder.setupNameTable({"familyName": "XunCha CJK Extension", "styleName": "Regular",
                            "psName": name.replace("_", "-")})
    builder.setupOS2(sTypoAscender=header.ascent, sTypoDescender=header.descent,
                     usWinAscent=header.ascent, usWinDescent=-header.descent)
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()
