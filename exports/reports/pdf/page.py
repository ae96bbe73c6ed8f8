"""Pages: the A4 templates of both layouts, and the footers stamped once the page count
is known (page X of Y; GB/T 9704 page numbers "— 3 —").

"Y" needs the page count, so a two-pass canvas keeps every page and stamps the footer
when the document is saved. A ``PartStart`` flowable restarts the numbering, so each
document of a batch (a day's records, a compound's notices) counts its own pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from exports.reports.pdf import styles

GRID = colors.Color(0.55, 0.55, 0.55)
REPORT_MARGIN = 18 * mm
PAGE_NUMBER_SIZE = 14  # 四号
Stamp = Callable[[canvas.Canvas, int, int], None]


def frame(layout: str) -> Frame:
    """The text block of a layout."""
    width, height = A4
    if layout == "official":
        left, top = styles.BLOCK_LEFT, styles.BLOCK_TOP
        frame_w, frame_h = styles.BLOCK_WIDTH, styles.BLOCK_HEIGHT
    else:
        left, top, frame_w, frame_h = REPORT_MARGIN, 16 * mm, width - 36 * mm, height - 34 * mm
    return Frame(left, height - top - frame_h, frame_w, frame_h, id="text",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


class _Template(BaseDocTemplate):
    """Tells a table of contents (if the story has one) where each marked heading went."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        entry = getattr(flowable, "contents_entry", None)
        if entry is not None:
            self.notify("TOCEntry", (entry[0], entry[1], self.page))


def template(filename: str, layout: str, title: str, author: str) -> BaseDocTemplate:
    return _Template(filename, pagesize=A4, title=title, author=author,
                     creator="XunCha", pageTemplates=[PageTemplate("page", [frame(layout)])])


def canvas_maker(font: str, stamp: Stamp, pages: list[int]) -> Callable[..., Any]:
    """A canvas class that stamps each page with ``stamp(canvas, page, total)`` at the end,
    and appends the page count to ``pages``."""

    class NumberedCanvas(canvas.Canvas):
        """Keeps each page until the end, then stamps the footer on all of them."""

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
                stamp(self, n - first + 1, after - first)
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


def report_footer(font: str, left: str, page_text: str) -> Stamp:
    """A rule, the data-as-of line on the left and "page X of Y" on the right."""

    def stamp(c: canvas.Canvas, page: int, total: int) -> None:
        width, _ = A4
        c.saveState()
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        c.line(REPORT_MARGIN, 13 * mm, width - REPORT_MARGIN, 13 * mm)
        c.setFont(font, 8)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.drawString(REPORT_MARGIN, 9 * mm, left)
        c.drawRightString(width - REPORT_MARGIN, 9 * mm, page_text.format(page=page, total=total))
        c.restoreState()

    return stamp


def official_footer(font: str) -> Stamp:
    """GB/T 9704 7.5: "— n —" in 四号, the top of the digits 7 mm below the text block;
    odd pages right, even pages left, one character in from the block's edge."""

    def stamp(c: canvas.Canvas, page: int, total: int) -> None:
        block_bottom = A4[1] - styles.BLOCK_TOP - styles.BLOCK_HEIGHT
        digit_height = 0.72 * PAGE_NUMBER_SIZE  # the cap height of the digits
        baseline = block_bottom - 7 * mm - digit_height
        c.saveState()
        c.setFont(font, PAGE_NUMBER_SIZE)
        text = f"— {page} —"
        if page % 2:
            right = styles.BLOCK_LEFT + styles.BLOCK_WIDTH - PAGE_NUMBER_SIZE
            c.drawRightString(right, baseline, text)
        else:
            c.drawString(styles.BLOCK_LEFT + PAGE_NUMBER_SIZE, baseline, text)
        c.restoreState()

    return stamp
