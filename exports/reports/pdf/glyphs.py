"""Per-glyph font fallback: each character printed from a face that has it, or as □.

A document's text is checked character by character against the face its style uses.
A character the face lacks is wrapped in ``<font name=…>`` of the first fallback face
that draws it (``fonts.FontSet.fallbacks``), else of a font converted from a CFF source
for this document (``outlines.py``: Noto CJK for Extension B), else of the document's
*tofu* face, which prints □ but keeps the character in the text layer. The characters
printed as □ are listed in a warning (refused when fonts are strict).
"""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

from exports.reports.pdf import fonts as pdf_fonts
from exports.reports.pdf import outlines
from exports.reports.pdf.fonts import Face, FontSet
from exports.reports.pdf.text import markup

_documents = itertools.count(1)


def printable(text: str) -> str:
    """Typed text as it can be printed: new lines kept, tabs and other controls as spaces,
    invisible format characters (zero-width joiners, marks of direction) left out.

    Unassigned and private-use characters are kept: they print from a fallback, or as □.
    """
    out = []
    for char in text:
        kind = unicodedata.category(char)
        if char == "\n":
            out.append(char)
        elif kind in ("Cc", "Zl", "Zp"):
            out.append(" ")
        elif kind == "Cs":
            out.append("\ufffd")
        elif kind != "Cf":
            out.append(char)
    return "".join(out)


class Glyphs:
    """The fonts of one document: which face prints each character."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.tag = f"XCdoc{next(_documents)}"
        self.tofu: dict[str, None] = {}  # characters printed as □, in order
        self.converted: dict[Path, dict[str, None]] = {}  # CFF source -> characters
        self._names = {face.name: face for face in fonts.faces.values()}
        self._tofu: pdf_fonts.Tofu | None = None
        self._registered: dict[tuple[Path, int], str] = {}

    def face(self, name: str) -> Face:
        return self._names[name]

    def markup(self, text: str, font: str) -> str:
        """``text`` (printable) as paragraph markup that prints it literally, each
        character in a face that has it."""
        face = self.face(font)
        if all(face.covers(c) or c.isspace() for c in text):
            return markup(text)
        runs = self._runs(text, face)
        converted = self._convert()
        parts = []
        for name, run in runs:
            name = converted.get(name, name)
            body = markup(run)
            parts.append(body if name == face.name else f'<font name="{name}">{body}</font>')
        return "".join(parts)

    def plain(self, text: str, font: str) -> str:
        """Text drawn straight on the canvas (charts, footers), where a face cannot
        change mid-string: a character the face lacks prints as □ and is listed."""
        face = self.face(font)
        out = []
        for char in text:
            if face.covers(char) or char.isspace():
                out.append(char)
            else:
                self.tofu.setdefault(char, None)
                out.append(pdf_fonts.TOFU)
        return "".join(out)

    def _runs(self, text: str, face: Face) -> list[tuple[str, str]]:
        runs: list[tuple[str, str]] = []
        for char in text:
            name = face.name if face.covers(char) or char.isspace() else self._other(char)
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + char)
            else:
                runs.append((name, char))
        return runs

    def _other(self, char: str) -> str:
        fallback = self.fonts.fallback(char)
        if fallback is not None:
            return fallback.name
        for source in self.fonts.outline_sources:
            if ord(char) in outlines.coverage(source):
                self.converted.setdefault(source, {})[char] = None
                return str(source)  # the converted font's name comes in _convert
        if self._tofu is None:
            self._tofu = pdf_fonts.Tofu(self.fonts.faces["sans"], f"{self.tag}_tofu")
        self._tofu.add(char)
        self.tofu.setdefault(char, None)
        return f"{self.tag}_tofu"

    def _convert(self) -> dict[str, str]:
        """The registered font of each CFF source's glyphs needed so far (a new font,
        holding every glyph so far, each time a paragraph needs one more)."""
        names = {}
        for n, (source, chars) in enumerate(self.converted.items()):
            key = (source, len(chars))
            if key not in self._registered:
                name = f"{self.tag}_cjk{n}_{len(chars)}"
                outlines.register(name, chars, source)
                self._registered[key] = name
            names[str(source)] = self._registered[key]
        return names

    def missing(self) -> str:
        """The characters printed as □."""
        return "".join(self.tofu)
