"""The paragraph every printout uses: reportlab's, with Chinese line breaking (禁则), a
character grid and justified CJK lines.

reportlab's own CJK wrap lets "，" start a line and "（" end one, and hangs punctuation into
the margin. ``Para`` breaks its lines with ``linebreak.fill``. A style may set
``charSpace`` (points added after every character): the official layout uses it to put
exactly 28 characters of 16 pt on the 156 mm line, as a word processor's character grid
does (GB/T 9704: 28 characters a line). Justified lines spread the space left over
between their characters, so the right edge is straight.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.paragraph import FragLine, Paragraph, ParaLines, cjkU

from exports.reports.pdf import linebreak


class Style(ParagraphStyle):
    """A paragraph style with a character spacing (``charSpace``, points)."""

    defaults = {**ParagraphStyle.defaults, "charSpace": 0.0}


def grid_space(width: float, size: float, per_line: int) -> float:
    """The character spacing that puts exactly ``per_line`` characters on ``width``."""
    return (width - per_line * size) / (per_line - 1)


class _Text(PDFTextObject):
    """Text whose word spacing, asked for by reportlab to justify a line, goes between
    every character (CJK lines have no spaces to widen)."""

    def __init__(self, canvas: Any, x: float, y: float, space: float) -> None:
        super().__init__(canvas, x, y)
        self.base = space
        if space:
            self.setCharSpace(space)

    def setWordSpace(self, wordSpace: float) -> None:  # noqa: N802, N803 - reportlab's names
        self.setCharSpace(self.base + wordSpace)


class Para(Paragraph):
    """A paragraph broken by the Chinese rules, on the style's character grid."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 - reportlab's names
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        widths_of = maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        # A table splitting a tall cell wraps it again and again at the same width: the
        # lines of a 20,000-character cell are worked out once per width, not 400 times.
        known: dict[tuple[float, ...], Any] = self.__dict__.setdefault("_broken", {})
        key = tuple(float(w) for w in widths_of)
        if key not in known:
            known[key] = self._break(widths_of)
        return known[key]

    def _break(self, widths_of: Sequence[Any]) -> Any:
        style = self.style
        self.height = 0
        space = float(getattr(style, "charSpace", 0.0))
        units = [
            cjkU(char, frag, "utf8") for frag in self.frags for char in (frag.text or [""])
        ]
        if not units:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        widths = [u.width + space if str(u) else 0.0 for u in units]
        hard = [hasattr(u.frag, "lineBreak") for u in units]

        def limit(line: int) -> float:
            return float(widths_of[min(line, len(widths_of) - 1)]) + space

        lines = []
        for n, (start, end) in enumerate(linebreak.fill(units, widths, limit, hard)):
            maximum = limit(n) - space
            used = sum(widths[start:end]) - space
            lines.append(_line(units[start:end], maximum, used, hard[end - 1]))
        return ParaLines(kind=1, lines=lines)

    def _get_split_blParaFunc(self) -> Any:  # noqa: N802 - reportlab's name
        # reportlab joins the lines of a split paragraph with spaces, as for Latin words;
        # a Chinese line ends mid-sentence, so the rest continues without a gap.
        if self.blPara.kind == 1:
            return _rest
        return super()._get_split_blParaFunc()

    def beginText(self, x: float, y: float) -> PDFTextObject:  # noqa: N802 - reportlab's name
        return _Text(self.canv, x, y, float(getattr(self.style, "charSpace", 0.0)))


def _rest(para_lines: Any, start: int, stop: int) -> list[Any]:
    """The fragments of lines ``start`` to ``stop``, as they were."""
    return [word for line in para_lines.lines[start:stop] for word in line.words]


def _line(units: list[Any], maximum: float, used: float, hard: bool) -> Any:
    """A line of runs, one per fragment (reportlab's ``makeCJKParaLine``, with the font
    metrics looked up once per fragment rather than once per character); its word count
    is its characters, so a justified line spreads its room between them."""
    words: list[Any] = []
    size = ascent = descent = 0.0
    for unit in units:
        frag = unit.frag
        if words and words[-1]._source is frag:
            words[-1].text += str(unit)
            continue
        word = frag.clone()
        word.text = str(unit)
        word._source = frag
        words.append(word)
        up, down = pdfmetrics.getAscentDescent(frag.fontName, frag.fontSize)
        size, ascent, descent = max(size, frag.fontSize), max(ascent, up), min(descent, down)
    for word in words:
        del word._source
    return FragLine(kind=1, extraSpace=maximum - used, wordCount=sum(1 for u in units if str(u)),
                    words=words, fontSize=size, ascent=ascent, descent=descent,
                    maxWidth=maximum, currentWidth=used, lineBreak=hard)
