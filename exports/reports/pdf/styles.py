"""The paragraph styles of the two layouts: ``report`` (briefs, records, files) and
``official`` (GB/T 9704-2012: 三号 body on a grid of 22 lines of 28 characters)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm

from exports.reports.pdf import fonts as pdf_fonts
from exports.reports.pdf.paragraph import Style, grid_space

# GB/T 9704-2012: the text block, its lines and characters.
BLOCK_LEFT, BLOCK_TOP, BLOCK_WIDTH, BLOCK_HEIGHT = 28 * mm, 37 * mm, 156 * mm, 225 * mm
LINES, CHARACTERS, BODY_SIZE, TITLE_SIZE = 22, 28, 16, 22
LINE = BLOCK_HEIGHT / LINES  # 28.99 pt
CHARACTER = BLOCK_WIDTH / CHARACTERS  # one character of the grid: 15.79 pt


def style(name: str, font: str, size: float, leading: float, **extra: Any) -> Style:
    """A style that wraps by the Chinese rules (``paragraph.Para``)."""
    return Style(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK",
                 allowOrphans=1, **extra)


def report(fonts: pdf_fonts.FontSet) -> dict[str, Style]:
    sans, h1, h2 = fonts.name("sans"), fonts.name("heading1"), fonts.name("heading2")
    return {
        "title": style("title", h1, 20, 28, alignment=TA_CENTER, spaceAfter=4),
        "masthead": style("masthead", h1, 30, 40, alignment=TA_CENTER, spaceAfter=2,
                          textColor=colors.Color(0.75, 0, 0)),
        "subtitle": style("subtitle", sans, 11, 16, alignment=TA_CENTER, spaceAfter=8),
        "h1": style("h1", h1, 14, 20, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h2": style("h2", h2, 12, 17, spaceBefore=5, spaceAfter=3, keepWithNext=1),
        "body": style("body", sans, 10, 15),
        "label": style("label", sans, 8.5, 12),
        "value": style("value", sans, 9.5, 13),
        "cell": style("cell", sans, 8, 10.5),
        "cell_right": style("cell_right", sans, 8, 10.5, alignment=TA_RIGHT),
        "cell_head": style("cell_head", h1, 8, 10.5),
        "caption": style("caption", sans, 7.5, 10, alignment=TA_CENTER),
        "small": style("small", sans, 8, 11),
        "figure": style("figure", h1, 22, 26, alignment=TA_CENTER),
        "figure_label": style("figure_label", sans, 9, 12, alignment=TA_CENTER),
        "sign": style("sign", sans, 10.5, 20),
        "right": style("right", sans, 10, 15, alignment=TA_RIGHT),
        "contents": style("contents", sans, 10, 16, leftIndent=8),
    }


def official(fonts: pdf_fonts.FontSet) -> dict[str, Style]:
    """三号 (16 pt) body on the grid: 28 characters a line, 22 lines in the block; the
    title in 二号 (22 pt); headings in Hei and Kai; table cells and the stub in 四号."""
    body, title = fonts.name("body"), fonts.name("title")
    h1, h2, sans = fonts.name("heading1"), fonts.name("heading2"), fonts.name("sans")
    grid = grid_space(BLOCK_WIDTH, BODY_SIZE, CHARACTERS)
    indent = 2 * (BODY_SIZE + grid)  # 首行缩进二字
    return {
        "title": style("title", title, TITLE_SIZE, LINE * 1.25, alignment=TA_CENTER,
                       spaceAfter=LINE * 0.75),
        "number": style("number", body, BODY_SIZE, LINE, alignment=TA_CENTER, charSpace=grid),
        "subtitle": style("subtitle", body, BODY_SIZE, LINE, alignment=TA_CENTER),
        "addressee": style("addressee", body, BODY_SIZE, LINE, charSpace=grid,
                           alignment=TA_JUSTIFY),
        "body": style("body", body, BODY_SIZE, LINE, firstLineIndent=indent, charSpace=grid,
                      alignment=TA_JUSTIFY),
        "plain": style("plain", body, BODY_SIZE, LINE, charSpace=grid),
        "h1": style("h1", h1, BODY_SIZE, LINE, firstLineIndent=indent, keepWithNext=1,
                    charSpace=grid, alignment=TA_JUSTIFY),
        "h2": style("h2", h2, BODY_SIZE, LINE, firstLineIndent=indent, keepWithNext=1,
                    charSpace=grid, alignment=TA_JUSTIFY),
        "signature": style("signature", body, BODY_SIZE, LINE, alignment=TA_CENTER),
        "date": style("date", body, BODY_SIZE, LINE, alignment=TA_RIGHT,
                      rightIndent=4 * CHARACTER),
        "label": style("label", body, 14, 21),
        "value": style("value", body, 14, 21),
        "cell": style("cell", body, 12, 18),
        "cell_right": style("cell_right", body, 12, 18, alignment=TA_RIGHT),
        "cell_head": style("cell_head", h1, 12, 18),
        "caption": style("caption", sans, 9, 12, alignment=TA_CENTER),
        "small": style("small", sans, 10, 14, alignment=TA_LEFT),
        "cut": style("cut", sans, 9, 14, alignment=TA_CENTER),
    }
