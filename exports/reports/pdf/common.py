"""What every printout shares: A4 page templates, page X of Y, the footer, escaped
paragraphs, tables that repeat their header across pages, and the font coverage check.

Two layouts: ``report`` (briefs, records, files: 18 mm margins, a footer with the
data-as-of time, the device and "page X of Y") and ``official`` (GB/T 9704-2012 for
notices: top margin 37 mm, binding margin 28 mm, a 156 × 225 mm text block, FangSong
16 pt body, page numbers "— 3 —" under the block, odd pages right, even pages left).
"Y" needs the page count, so a two-pass canvas keeps every page and stamps the footer
when the document is saved.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports.privacy import masking
from exports.reports.pdf import fonts as pdf_fonts
from exports.reports.pdf.text import Translate, Words, english, markup
from storage import jobs
from storage.jobs import Progress

HIGHLIGHT = colors.Color(1, 0.88, 0.88)
HEADER_FILL = colors.Color(0.88, 0.9, 0.94)
GRID = colors.Color(0.55, 0.55, 0.55)
ROLES_REPORT = ("sans", "title", "heading1", "heading2")
ROLES_OFFICIAL = ("body", "title", "heading1", "heading2", "sans")


@dataclass
class Setup:
    """What a caller decides about a printout: language, fonts, footer facts, progress."""

    translate: Translate = english
    language: str = "zh"  # the checklist language for item labels: "zh" or "en"
    font_path: Path | None = None
    strict_fonts: bool = False  # refuse (MissingGlyphs) rather than warn
    progress: Progress | None = None
    warnings: list[object] = field(default_factory=list)  # FontWarning, MissingGlyphs
    mask: bool = True  # phone, ID and bank card numbers in the text printed masked (脱敏)


@dataclass(frozen=True)
class Footer:
    as_of: dt.datetime  # local time of the newest record the document draws on
    device: str


class Doc:
    """A document being composed: styles for its layout, and every text it will print."""

    def __init__(
        self, setup: Setup, footer: Footer, layout: str = "report", title: str = ""
    ) -> None:
        self.setup = setup
        self.words = Words(setup.translate)
        self.footer = footer
        self.layout = layout
        self.title = title
        self.fonts = pdf_fonts.choose(setup.font_path)
        self._texts: dict[str, list[str]] = {}  # font name -> texts printed in it
        self.styles = (
            _official_styles(self.fonts) if layout == "official" else _report_styles(self.fonts)
        )

    def note(self, font: str, text: str) -> str:
        """Record text drawn in ``font`` outside a paragraph (charts, footers)."""
        self._texts.setdefault(font, []).append(text)
        return text

    def para(self, text: object, style: str = "body", *, raw: str = "") -> Paragraph:
        """A paragraph printing ``text`` literally; ``raw`` is trusted markup put before it.

        The one way text reaches the page, so the one place numbers in it are masked.
        """
        chosen = self.styles[style]
        shown = masking.mask(str(text)) if self.setup.mask else str(text)
        self.note(chosen.fontName, shown)
        return Paragraph(raw + markup(shown), chosen)

    def style(self, commands: Sequence[tuple[Any, ...]]) -> TableStyle:
        """A table style whose plain-string cells use the document's font, not Helvetica."""
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.name("sans")), *commands])

    def space(self, height_mm: float) -> Spacer:
        return Spacer(1, height_mm * mm)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths_mm: Sequence[float],
        *,
        highlight: Sequence[int] = (),
        style: str = "cell",
        align_right: Sequence[int] = (),
    ) -> Table:
        """A grid whose header row repeats on every page it continues on."""
        head = [self.para(h, "cell_head") for h in header]
        body = [
            [
                c
                if isinstance(c, Flowable)
                else self.para(c, "cell_right" if n in align_right else style)
                for n, c in enumerate(row)
            ]
            for row in rows
        ]
        table = Table([head, *body], colWidths=[w * mm for w in widths_mm], repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), HIGHLIGHT) for r in highlight]
        table.setStyle(self.style(commands))
        return table

    def fields(
        self, pairs: Sequence[tuple[str, object]], widths_mm: Sequence[float], columns: int = 2
    ) -> Table:
        """Label/value pairs laid out in ``columns`` pairs per row, with a light grid."""
        cells = [[self.para(label, "label"), self.para(value, "value")] for label, value in pairs]
        rows = []
        for start in range(0, len(cells), columns):
            row = [c for pair in cells[start : start + columns] for c in pair]
            rows.append(row + [""] * (2 * columns - len(row)))
        table = Table(rows, colWidths=[w * mm for w in widths_mm])
        table.setStyle(
            self.style(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *[
                        ("BACKGROUND", (c, 0), (c, -1), HEADER_FILL)
                        for c in range(0, 2 * columns, 2)
                    ],
                ]
            )
        )
        return table

    def check_fonts(self) -> None:
        """Warn (or refuse when strict) about characters a chosen font cannot draw."""
        used = ROLES_OFFICIAL if self.layout == "official" else ROLES_REPORT
        self.setup.warnings.extend(w for w in self.fonts.warnings if w.role in used)
        by_name = {face.name: face for face in self.fonts.faces.values()}
        for name, texts in self._texts.items():
            lacking = pdf_fonts.missing(by_name[name], texts)
            if lacking:
                problem = pdf_fonts.MissingGlyphs(by_name[name].family, lacking)
                if self.setup.strict_fonts:
                    raise problem
                self.setup.warnings.append(problem)

    def build(self, story: list[Flowable], path: Path, progress: Progress | None = None) -> int:
        """Lay out and write the PDF atomically; return the number of pages.

        ``progress`` (the setup's by default) hears of each flowable laid out.
        """
        self.check_fonts()
        footer = self._footer_texts()
        path = Path(path)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".report-", suffix=".pdf")
        os.close(handle)
        try:
            template = _template(self, temporary, progress or self.setup.progress)
            pages: list[int] = []
            maker = _canvas_maker(self, footer, pages)
            template.build(story, canvasmaker=maker)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        return pages[0] if pages else 0

    def build_sections(self, story: list[Flowable],
                       sections: Sequence[Callable[[int], list[Flowable]]], path: Path) -> int:
        """Add the sections that have something to say, numbered 一、二、… in turn, then
        build: collecting them is the first half of the progress, the layout the second."""
        progress = self.setup.progress
        collecting = stage(progress, 0, 2)
        number = 1
        for n, section in enumerate(sections):
            part = section(number)
            if part:
                story += part
                number += 1
            jobs.report(collecting, n + 1, len(sections))
        return self.build(story, path, stage(progress, 1, 2))

    def _footer_texts(self) -> tuple[str, str]:
        words = self.words
        left = words.translate("reports", "Data as of {time} · Device {device}").format(
            time=words.moment(self.footer.as_of), device=self.footer.device
        )
        page = words.translate("reports", "Page {page} of {total}")
        font = self.fonts.name("sans")
        self.note(font, left)
        self.note(font, page + "0123456789—")
        return left, page


def stage(progress: Progress | None, index: int, count: int) -> Progress | None:
    """The progress callback for stage ``index`` of ``count`` equal stages of a job."""
    if progress is None:
        return None

    def report(done: int, total: int) -> bool:
        return progress(index * 1000 + 1000 * done // max(total, 1), count * 1000)

    return report


def _template(doc: Doc, filename: str, progress: Progress | None) -> BaseDocTemplate:
    width, height = A4
    if doc.layout == "official":
        left, top, frame_w, frame_h = 28 * mm, 37 * mm, 156 * mm, 225 * mm
    else:
        left, top, frame_w, frame_h = 18 * mm, 16 * mm, width - 36 * mm, height - 34 * mm
    frame = Frame(
        left,
        height - top - frame_h,
        frame_w,
        frame_h,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template = BaseDocTemplate(
        filename,
        pagesize=A4,
        title=doc.title,
        author=doc.footer.device,
        creator="XunCha",
        pageTemplates=[PageTemplate("page", [frame])],
    )
    template.setProgressCallBack(_progress_hook(progress))
    return template


def _progress_hook(progress: Progress | None) -> Callable[[str, int], None]:
    total = [0]

    def hook(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = value
        elif kind == "PROGRESS" and total[0]:
            jobs.report(progress, value, total[0])

    return hook


def _canvas_maker(doc: Doc, footer: tuple[str, str], pages: list[int]) -> Callable[..., Any]:
    draw = _draw_official_footer if doc.layout == "official" else _draw_report_footer
    font = doc.fonts.name("sans")

    class NumberedCanvas(canvas.Canvas):
        """Keeps each page until the end, then stamps "page X of Y" on all of them."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica: every font the PDF names is one embedded from a file.
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._kept.append(dict(self.__dict__))
            self._part_start = False
            self._startPage()

        def save(self) -> None:
            starts = [n for n, state in enumerate(self._kept) if n == 0 or state.get("_part_start")]
            for n, state in enumerate(self._kept):
                first = max(s for s in starts if s <= n)
                after = min([s for s in starts if s > n] + [len(self._kept)])
                self.__dict__.update(state)
                draw(self, font, footer, n - first + 1, after - first)
                super().showPage()
            pages.append(len(self._kept))
            super().save()

    return NumberedCanvas


class PartStart(Flowable):
    """Marks where a new document of a batch begins: its page numbers start at 1 again."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._part_start = True  # type: ignore[attr-defined] # read by NumberedCanvas


def _draw_report_footer(
    c: canvas.Canvas, font: str, footer: tuple[str, str], page: int, total: int
) -> None:
    width, _ = A4
    c.saveState()
    c.setStrokeColor(GRID)
    c.setLineWidth(0.4)
    c.line(18 * mm, 13 * mm, width - 18 * mm, 13 * mm)
    c.setFont(font, 8)
    c.setFillColor(colors.Color(0.3, 0.3, 0.3))
    c.drawString(18 * mm, 9 * mm, footer[0])
    c.drawRightString(width - 18 * mm, 9 * mm, footer[1].format(page=page, total=total))
    c.restoreState()


def _draw_official_footer(
    c: canvas.Canvas, font: str, footer: tuple[str, str], page: int, total: int
) -> None:
    """GB/T 9704: "— n —" in 4-hao (14 pt) 7 mm below the block; odd right, even left."""
    width, _ = A4
    c.saveState()
    c.setFont(font, 14)
    text = f"— {page} —"
    baseline = 35 * mm - 7 * mm - 14
    if page % 2:
        c.drawRightString(28 * mm + 156 * mm - 14, baseline, text)
    else:
        c.drawString(28 * mm + 14, baseline, text)
    c.setFont(font, 7)
    c.setFillColor(colors.Color(0.45, 0.45, 0.45))
    c.drawCentredString(width / 2, 8 * mm, footer[0])
    c.restoreState()


def _style(name: str, font: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **extra
    )


def _report_styles(fonts: pdf_fonts.FontSet) -> dict[str, ParagraphStyle]:
    sans, title = fonts.name("sans"), fonts.name("title")
    h1, h2 = fonts.name("heading1"), fonts.name("heading2")
    return {
        "title": _style("title", title, 20, 28, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": _style("subtitle", sans, 11, 16, alignment=TA_CENTER, spaceAfter=8),
        "h1": _style("h1", h1, 14, 20, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h2": _style("h2", h2, 12, 17, spaceBefore=5, spaceAfter=3, keepWithNext=1),
        "body": _style("body", sans, 10, 15),
        "label": _style("label", sans, 8.5, 12),
        "value": _style("value", sans, 9.5, 13),
        "cell": _style("cell", sans, 8, 10.5),
        "cell_right": _style("cell_right", sans, 8, 10.5, alignment=TA_RIGHT),
        "cell_head": _style("cell_head", h1, 8, 10.5),
        "caption": _style("caption", sans, 8, 11, alignment=TA_CENTER),
        "small": _style("small", sans, 8, 11),
        "figure": _style("figure", h1, 22, 26, alignment=TA_CENTER),
        "figure_label": _style("figure_label", sans, 9, 12, alignment=TA_CENTER),
        "sign": _style("sign", sans, 10.5, 20),
        "right": _style("right", sans, 10, 15, alignment=TA_RIGHT),
    }


def _official_styles(fonts: pdf_fonts.FontSet) -> dict[str, ParagraphStyle]:
    """三号 (16 pt) body with a 29 pt line: 22 lines in the 225 mm block."""
    body, title = fonts.name("body"), fonts.name("title")
    h1, h2, sans = fonts.name("heading1"), fonts.name("heading2"), fonts.name("sans")
    line = 225 * mm / 22
    styles = {
        "title": _style("title", title, 22, 34, alignment=TA_CENTER, spaceAfter=line / 2),
        "number": _style("number", body, 16, line, alignment=TA_CENTER),
        "subtitle": _style("subtitle", body, 16, line, alignment=TA_CENTER),
        "addressee": _style("addressee", body, 16, line),
        "body": _style("body", body, 16, line, firstLineIndent=32),
        "plain": _style("plain", body, 16, line),
        "h1": _style("h1", h1, 16, line, firstLineIndent=32, keepWithNext=1),
        "h2": _style("h2", h2, 16, line, firstLineIndent=32, keepWithNext=1),
        "right": _style("right", body, 16, line, alignment=TA_RIGHT, rightIndent=64),
        "label": _style("label", body, 12, 18),
        "value": _style("value", body, 12, 18),
        "cell": _style("cell", body, 12, 18),
        "cell_right": _style("cell_right", body, 12, 18, alignment=TA_RIGHT),
        "cell_head": _style("cell_head", h1, 12, 18),
        "small": _style("small", sans, 10, 14, alignment=TA_LEFT),
        "cut": _style("cut", sans, 9, 14, alignment=TA_CENTER),
    }
    return styles
