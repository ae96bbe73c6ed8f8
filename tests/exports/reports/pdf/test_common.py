"""The common page: escaped text, tables over pages with repeated headers, page X of Y,
the footer, only embedded fonts, the coverage check, cancelling."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest
from reportlab.platypus import PageBreak

from exports.reports.pdf import fonts as pdf_fonts
from exports.reports.pdf.common import Doc, Footer, PartStart, Setup
from storage.jobs import Cancelled
from tests.exports.helpers import chinese, pdf_text
from tests.exports.helpers import pdf_fonts as fonts_of

FOOTER = Footer(as_of=dt.datetime(2026, 11, 27, 9, 30), device="街道办汇总电脑")


def test_typed_markup_prints_literally(tmp_path: Path) -> None:
    doc = Doc(Setup(), FOOTER)
    typed = "<b>整改</b> & <font size=40>大字</font> <br/> &amp;"
    doc.build([doc.para(typed), doc.table(["列"], [[typed]], [100])], tmp_path / "m.pdf")
    text = pdf_text(tmp_path / "m.pdf")[0]
    assert text.count("<b>整改</b> & <font size=40>大字</font> <br/> &amp;") == 2


def test_a_500_row_table_continues_with_its_header_on_every_page(tmp_path: Path) -> None:
    doc = Doc(Setup(translate=chinese), FOOTER)
    rows = [[f"第{n:03d}行", f"丰瑞丽都{n}号楼", str(n)] for n in range(1, 501)]
    pages = doc.build(
        [doc.table(["序号", "小区名称", "数量"], rows, [30, 100, 30])], tmp_path / "t.pdf"
    )
    texts = pdf_text(tmp_path / "t.pdf")
    assert pages == len(texts) > 5
    for text in texts:
        assert "序号" in text and "小区名称" in text
    printed = [line for text in texts for line in text.splitlines() if re.match(r"第\d{3}行", line)]
    assert len(printed) == 500 and printed[0].startswith("第001行")
    assert texts[-1].count("第500行") == 1


def test_footer_says_page_x_of_y_with_the_data_time_and_device(tmp_path: Path) -> None:
    doc = Doc(Setup(translate=chinese), FOOTER)
    doc.build(
        [doc.para("一"), PageBreak(), doc.para("二"), PageBreak(), doc.para("三")],
        tmp_path / "f.pdf",
    )
    texts = pdf_text(tmp_path / "f.pdf")
    assert [f"第 {n} 页 共 3 页" in t for n, t in enumerate(texts, start=1)] == [True] * 3
    assert all("数据截至 2026年11月27日 09:30" in t and "街道办汇总电脑" in t for t in texts)


def test_each_part_of_a_batch_numbers_its_own_pages(tmp_path: Path) -> None:
    doc = Doc(Setup(), FOOTER)
    doc.build(
        [doc.para("a"), PageBreak(), doc.para("b"), PageBreak(), PartStart(), doc.para("c")],
        tmp_path / "p.pdf",
    )
    texts = pdf_text(tmp_path / "p.pdf")
    assert ["Page 1 of 2" in texts[0], "Page 2 of 2" in texts[1], "Page 1 of 1" in texts[2]] == [
        True
    ] * 3


def test_official_layout_is_a4_with_gbt_margins_and_dash_page_numbers(tmp_path: Path) -> None:
    doc = Doc(Setup(translate=chinese), FOOTER, layout="official")
    doc.build([doc.para("整改通知书", "title"), doc.para("正文。" * 200)], tmp_path / "o.pdf")
    reader = pypdf.PdfReader(tmp_path / "o.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    texts = pdf_text(tmp_path / "o.pdf")
    assert "— 1 —" in texts[0] and "— 2 —" in texts[1]
    assert doc.styles["body"].fontSize == 16 and doc.styles["title"].fontSize == 22


def test_every_font_in_the_pdf_is_embedded(tmp_path: Path) -> None:
    doc = Doc(Setup(), FOOTER, layout="official")
    doc.build(
        [
            doc.para("整改", "title"),
            doc.para("一、标题", "h1"),
            doc.para("（一）", "h2"),
            doc.para("正文"),
            doc.fields([("甲", "乙")], [40, 40], columns=1),
        ],
        tmp_path / "e.pdf",
    )
    fonts = fonts_of(tmp_path / "e.pdf")
    assert fonts and all(f["embedded"] and f["subtype"] == "/TrueType" for f in fonts)


RARE = "\U0003134a"


def test_characters_the_font_lacks_are_reported(tmp_path: Path) -> None:
    setup = Setup()
    doc = Doc(setup, FOOTER)
    doc.build([doc.para(f"王{RARE}明")], tmp_path / "g.pdf")
    (problem,) = [w for w in setup.warnings if isinstance(w, pdf_fonts.MissingGlyphs)]
    assert problem.characters == RARE


def test_strict_fonts_refuse_and_write_nothing(tmp_path: Path) -> None:
    doc = Doc(Setup(strict_fonts=True), FOOTER)
    with pytest.raises(pdf_fonts.MissingGlyphs):
        doc.build([doc.para(f"王{RARE}明")], tmp_path / "g.pdf")
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_and_false_cancels_without_a_file(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    doc = Doc(Setup(progress=record), FOOTER)
    doc.build([doc.para(str(n)) for n in range(50)], tmp_path / "ok.pdf")
    assert seen[-1] == (50, 50)
    stopping = Doc(Setup(progress=lambda done, total: done < 10), FOOTER)
    with pytest.raises(Cancelled):
        stopping.build([stopping.para(str(n)) for n in range(50)], tmp_path / "no.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]


def test_extension_b_and_emoji_print_from_fallbacks_and_stay_in_the_text(tmp_path: Path) -> None:
    """𠮷 (Noto CJK's glyph, converted) and 😀 vanished from print and text; now they print
    from a face that has them, and a character no font has prints as □ but stays findable."""
    setup = Setup()
    doc = Doc(setup, FOOTER)
    typed = f"𠮷野家😀 王{RARE}明"
    doc.build([doc.para(typed), doc.table(["列"], [[typed]], [100])], tmp_path / "x.pdf")
    text = pdf_text(tmp_path / "x.pdf")[0]
    assert text.count(typed) == 2
    (problem,) = [w for w in setup.warnings if isinstance(w, pdf_fonts.MissingGlyphs)]
    assert problem.characters == RARE
    assert all(f["embedded"] for f in fonts_of(tmp_path / "x.pdf"))


def test_the_official_body_has_28_characters_a_line(tmp_path: Path) -> None:
    doc = Doc(Setup(translate=chinese), FOOTER, layout="official")
    doc.build([doc.para("整" * 300, "plain")], tmp_path / "g.pdf")
    lines = [line for line in pdf_text(tmp_path / "g.pdf")[0].splitlines() if "整" in line]
    assert [len(line.strip()) for line in lines[:-1]] == [28] * (len(lines) - 1)
