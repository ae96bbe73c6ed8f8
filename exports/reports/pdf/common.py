"""What every printout shares: the document being composed (``Doc``): its fonts and
styles, paragraphs that print typed text literally and by the Chinese rules, tables that
repeat their header and split tall rows across pages, the font check, and the build.

Two layouts (``styles.py``, ``page.py``): ``report`` (briefs, records, files: 18 mm
margins, a footer with the data-as-of time, the device and "page X of Y") and
``official`` (GB/T 9704-2012 for notices and circulars: ``official.py``).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from exports.reports.pdf import fonts as pdf_fonts
from exports.reports.pdf import glyphs as pdf_glyphs
from exports.reports.pdf import page, styles
from exports.reports.pdf.paragraph import Para
from exports.reports.pdf.text import Translate, Words, english
from storage import jobs
from storage.jobs import Progress

HIGHLIGHT = colors.Color(1, 0.88, 0.88)
HEADER_FILL = colors.Color(0.88, 0.9, 0.94)
GRID = page.GRID
PartStart = page.PartStart
ROLES_REPORT = ("sans", "heading1", "heading2")  # titles in Hei, as heading1
ROLES_OFFICIAL = ("body", "title", "heading1", "heading2", "sans")
LONG_HEADING = 100  # characters: a heading longer than this is not kept with the next
# A file is published by moving the finished temporary file into place; a caller that
# registers something with the file (a document number) does it in the same step.
Publish = Callable[[Path, Path], None]


@dataclass
class Setup:
    """What a caller decides about a printout: language, fonts, footer facts, progress."""

    translate: Translate = english
    language: str = "zh"  # the checklist language for item labels: "zh" or "en"
    font_path: Path | None = None  # one font for every role
    role_fonts: Mapping[str, Path] = field(default_factory=dict)  # body, title … → file
    strict_fonts: bool = False  # refuse (MissingGlyphs) rather than print □
    progress: Progress | None = None
    photos: str = "thumbnails"  # thumbnails | annex (full photos at the end) | none
    warnings: list[object] = field(default_factory=list)  # FontWarning, MissingGlyphs …


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
        self.fonts = pdf_fonts.choose(setup.font_path, roles=setup.role_fonts)
        self.glyphs = pdf_glyphs.Glyphs(self.fonts)
        self.styles = (
            styles.official(self.fonts) if layout == "official" else styles.report(self.fonts)
        )
        self.width = page.frame(layout).width
        self.height = page.frame(layout).height
        self._contents = False

    def note(self, font: str, text: str) -> str:
        """Text drawn in ``font`` outside a paragraph (charts, footers), as it will print."""
        return self.glyphs.plain(pdf_glyphs.printable(text), font)

    def text(self, text: object, style: str = "body") -> str:
        """Paragraph markup that prints ``text`` literally in ``style``."""
        return self.glyphs.markup(pdf_glyphs.printable(str(text)), self.styles[style].fontName)

    def para(self, text: object, style: str = "body", *, raw: str = "") -> Para:
        """A paragraph printing ``text`` literally; ``raw`` is trusted markup put before it.

        A heading longer than a few lines is not kept with what follows: a description of
        3,000 characters typed as a finding's title would otherwise leave a blank page.
        """
        chosen = self.styles[style]
        if getattr(chosen, "keepWithNext", 0) and len(str(text)) > LONG_HEADING:
            chosen = self._loose(style)
        made = Para(raw + self.text(text, style), chosen)
        if self._contents and style == "h1":  # read by page._Template for the contents
            made.contents_entry = (0, self.text(text, "body"))  # type: ignore[attr-defined]
        return made

    def _loose(self, style: str) -> styles.Style:
        name = style + "_loose"
        if name not in self.styles:
            self.styles[name] = styles.Style(name, parent=self.styles[style], keepWithNext=0)
        return self.styles[name]

    def style(self, commands: Sequence[tuple[Any, ...]]) -> TableStyle:
        """A table style whose plain-string cells use the document's font, not Helvetica."""
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.name("sans")), *commands])

    def space(self, height_mm: float) -> Spacer:
        return Spacer(1, height_mm * mm)

    def grid(self, rows: list[list[Any]], widths_mm: Sequence[float],
             commands: Sequence[tuple[Any, ...]], repeat: int = 0,
             heights_mm: Sequence[float | None] | None = None) -> Table:
        """A table whose rows, however tall, split across pages (and ``repeat`` header
        rows continue on every page); ``heights_mm`` fixes the height of some rows."""
        heights = [h * mm if h else None for h in heights_mm] if heights_mm else None
        table = Table(rows, colWidths=[w * mm for w in widths_mm], rowHeights=heights,
                      repeatRows=repeat, splitInRow=1)
        table.setStyle(self.style(commands))
        return table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths_mm: Sequence[float],
        *,
        highlight: Sequence[int] = (),
        style: str = "cell",
        align_right: Sequence[int] = (),
        details: Mapping[int, list[Flowable]] | None = None,
    ) -> Table:
        """A grid whose header row repeats on every page it continues on; ``details[n]``
        (photos of row ``n``, say) goes in a full-width row under row ``n``."""
        head = [self.para(h, "cell_head") for h in header]
        grid: list[list[Any]] = [head]
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for n, row in enumerate(rows):
            grid.append([c if isinstance(c, Flowable)
                         else self.para(c, "cell_right" if k in align_right else style)
                         for k, c in enumerate(row)])
            if n in highlight:
                commands.append(("BACKGROUND", (0, len(grid) - 1), (-1, len(grid) - 1),
                                 HIGHLIGHT))
            if details and details.get(n):
                grid.append([details[n]] + [""] * (len(header) - 1))
                at = len(grid) - 1
                commands.append(("SPAN", (0, at), (-1, at)))
        return self.grid(grid, widths_mm, commands, repeat=1)

    def contents(self) -> TableOfContents:
        """A table of contents listing the level-1 headings made after it, with their
        pages (the document is then laid out twice)."""
        toc = TableOfContents(dotsMinLevel=-1, tableStyle=self.style([
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        toc.levelStyles = [styles.Style("contents0", parent=self.styles["body"], leftIndent=0),
                           styles.Style("contents1", parent=self.styles["body"], leftIndent=12)]
        self._contents = True
        return toc

    def headed(self, heading: Flowable, table: Table, rows: int = 3) -> list[Flowable]:
        """A heading kept with the first ``rows`` rows of its table, not the whole table:
        a page break comes before the heading only when those would not fit."""
        first = Table(table._cellvalues[: rows + 1], colWidths=table._colWidths)
        first.setStyle(self.style([("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        needed = heading.wrap(self.width, 10_000)[1] + first.wrap(self.width, 10_000)[1]
        loose = heading
        if isinstance(heading, Para) and getattr(heading.style, "keepWithNext", False):
            loose = Para(heading.text, styles.Style(heading.style.name + "_free",
                                                    parent=heading.style, keepWithNext=0))
            if hasattr(heading, "contents_entry"):
                loose.contents_entry = heading.contents_entry  # type: ignore[attr-defined]
        # at most half a page: a first row taller than that simply starts where it is
        return [CondPageBreak(min(needed + 12, self.height / 2)), loose, table]

    def fields(
        self, pairs: Sequence[tuple[str, object]], widths_mm: Sequence[float], columns: int = 2,
        heights_mm: Mapping[int, float] | None = None,
    ) -> Table:
        """Label/value pairs laid out in ``columns`` pairs per row, with a light grid;
        ``heights_mm`` gives rows a minimum height (room to sign)."""
        cells = [[self.para(label, "label"), self.para(value, "value")] for label, value in pairs]
        rows = []
        for start in range(0, len(cells), columns):
            row = [c for pair in cells[start : start + columns] for c in pair]
            rows.append(row + [""] * (2 * columns - len(row)))
        heights = [(heights_mm or {}).get(n) for n in range(len(rows))]
        return self.grid(rows, widths_mm, [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *[("BACKGROUND", (c, 0), (c, -1), HEADER_FILL) for c in range(0, 2 * columns, 2)],
        ], heights_mm=heights if heights_mm else None)

    def check_fonts(self) -> None:
        """Warn about replaced faces and characters printed as □ (refused when strict)."""
        used = ROLES_OFFICIAL if self.layout == "official" else ROLES_REPORT
        self.setup.warnings.extend(w for w in self.fonts.warnings if w.role in used)
        lacking = self.glyphs.missing()
        if lacking:
            problem = pdf_fonts.MissingGlyphs(self.fonts.faces["sans"].family, lacking)
            if self.setup.strict_fonts:
                raise problem
            self.setup.warnings.append(problem)

    def build(self, story: list[Flowable], path: Path, progress: Progress | None = None,
              publish: Publish | None = None) -> int:
        """Lay out and write the PDF atomically; return the number of pages.

        ``progress`` (the setup's by default) hears of each flowable laid out. The file
        is written beside ``path`` and moved into place by ``publish`` (``os.replace``
        by default): nothing is at ``path`` unless the whole document was made.
        """
        stamp = self._stamp()
        story = self._kept_with_first_rows(story)
        self.check_fonts()
        path = Path(path)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".report-", suffix=".pdf")
        os.close(handle)
        try:
            template = page.template(temporary, self.layout, self.title, self.footer.device)
            template.setProgressCallBack(_progress_hook(progress or self.setup.progress))
            pages: list[int] = []
            maker = page.canvas_maker(self.fonts.name("sans"), stamp, pages)
            if self._contents:
                template.multiBuild(story, canvasmaker=maker)
            else:
                template.build(story, canvasmaker=maker)
            (publish or _replace)(Path(temporary), path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        return pages[-1] if pages else 0  # laid out twice with a table of contents

    def build_sections(self, story: list[Flowable],
                       sections: Sequence[Callable[[int], list[Flowable]]], path: Path,
                       publish: Publish | None = None) -> int:
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
        return self.build(story, path, stage(progress, 1, 2), publish)

    def _kept_with_first_rows(self, story: list[Flowable]) -> list[Flowable]:
        """Every heading followed by a table is kept with its first rows (``headed``):
        kept with the whole table, it left half-blank pages before long tables."""
        result: list[Flowable] = []
        for item in story:
            previous = result[-1] if result else None
            if (isinstance(item, Table) and isinstance(previous, Para)
                    and getattr(previous.style, "keepWithNext", False)
                    and len(item._cellvalues) > 4):
                result[-1:] = self.headed(previous, item)
            else:
                result.append(item)
        return result

    def _stamp(self) -> page.Stamp:
        font = self.fonts.name("sans")
        if self.layout == "official":
            return page.official_footer(self.fonts.name("body"))
        words = self.words
        left = words.translate("reports", "Data as of {time} · Device {device}").format(
            time=words.moment(self.footer.as_of), device=self.footer.device)
        return page.report_footer(font, self.note(font, left),
                                  words.translate("reports", "Page {page} of {total}"))


def _replace(temporary: Path, path: Path) -> None:
    os.replace(temporary, path)


def stage(progress: Progress | None, index: int, count: int) -> Progress | None:
    """The progress callback for stage ``index`` of ``count`` equal stages of a job."""
    if progress is None:
        return None

    def report(done: int, total: int) -> bool:
        return progress(index * 1000 + 1000 * done // max(total, 1), count * 1000)

    return report


def _progress_hook(progress: Progress | None) -> Callable[[str, int], None]:
    total = [0]

    def hook(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = value
        elif kind == "PROGRESS" and total[0]:
            jobs.report(progress, value, total[0])

    return hook
