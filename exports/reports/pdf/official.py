"""Official documents in the GB/T 9704-2012 layout: the parts a notice or a circular is
made of, and numbers that are taken only when the file is written.

    doc = Doc(setup, footer, layout="official", title=…)
    story = [official.title(doc, "关于…的通报"), official.number(doc, number.text()),
             official.addressee(doc, "各县区委"), official.body(doc, "…"), …]
    story += official.closing(doc, last_lines, office="…", day=date)
    doc.build(story, path, publish=official.publish(store, take_the_numbers))
    # numbers: storage.store.documents (peek while composing, take in publish);
    # official.build_numbered retries when another printout took one meanwhile

A4, the text block 156 × 225 mm at 37 mm from the top and 28 mm from the binding edge,
22 lines of 28 characters of 三号 FangSong (``styles.official``), page numbers "— n —"
(``page.official_footer``). The issuing office is centred over the date, the date four
characters in from the right (7.3.5.1), and both are kept on the page of the last lines
of text (7.3.5.4): a seal never stands alone on a page.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from exports.reports.pdf import styles
from exports.reports.pdf.common import Doc
from exports.reports.pdf.paragraph import Para
from storage.store import documents
from storage.store.db import Store

ATTEMPTS = 3  # a number taken meanwhile by another printout: lay out again with the next


def title(doc: Doc, text: str) -> Para:
    """The title: 二号 XiaoBiaoSong (or its substitute), centred."""
    return doc.para(text, "title")


def number(doc: Doc, text: str) -> Para:
    """The document number (发文字号), 机关代字〔2026〕N号, centred under the title."""
    return doc.para(text, "number")


def addressee(doc: Doc, name: str) -> Para:
    """The addressee (主送机关) flush left, ending with a full-width colon."""
    return doc.para(name.rstrip("：:") + "：", "addressee")


def body(doc: Doc, text: str) -> Para:
    """A paragraph of the body: indented two characters, justified on the grid."""
    return doc.para(text, "body")


def heading(doc: Doc, level: int, n: int, text: str) -> Para:
    """A heading of level 1 (一、 in Hei) or 2 ((一) in Kai)."""
    words = doc.words
    if level == 1:
        return doc.para(words.heading1(n, text), "h1")
    return doc.para(words.heading2(n, text), "h2")


def closing(doc: Doc, last: Sequence[Flowable], office: str, day: dt.date) -> list[Flowable]:
    """The last lines of the text with the issuing office and the date under them, kept
    on one page; room above the office for the seal (its top within a line of the text)."""
    date = doc.words.date(day)
    style = doc.styles["date"]
    date_width = stringWidth(date, style.fontName, style.fontSize)
    centre = doc.width - style.rightIndent - date_width / 2
    office_style = styles.style("office", doc.styles["signature"].fontName, styles.BODY_SIZE,
                                styles.LINE, alignment=1,
                                leftIndent=max(0.0, 2 * centre - doc.width))
    signature = [
        Spacer(1, 2 * styles.LINE),
        Para(doc.text(office, "signature"), office_style),
        doc.para(date, "date"),
    ]
    return [KeepTogether([*last, *signature])]


def publish(store: Store, register: Callable[[], None]) -> Callable[[Path, Path], None]:
    """Move the finished file into place in the transaction that takes its numbers
    (``register``): a number is used up exactly when its document is written."""

    def move(temporary: Path, path: Path) -> None:
        moved = False
        try:
            with store.atomic():
                register()
                os.replace(temporary, path)
                moved = True
        except BaseException:
            if moved:
                path.unlink(missing_ok=True)  # the numbers were not kept: nor is the file
            raise

    return move


def build_numbered(make: Callable[[], int]) -> int:
    """Run ``make`` (which composes with provisional numbers and builds with
    :func:`publish`) again when another printout took a number meanwhile."""
    for attempt in range(ATTEMPTS):
        try:
            return make()
        except documents.NumberTaken:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")

