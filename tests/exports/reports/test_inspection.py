"""The inspection record: header, answers as labels, non-compliant items, findings,
photos in a grid, signatures; typed markup printed as typed; batches."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from exports.reports import inspection
from exports.reports.pdf.common import Setup
from storage.forms import checklists, validate, xlsform
from storage.inspection import compounds, inspections
from storage.store import db
from tests.exports.helpers import Known, flat, pdf_fonts, pdf_text


def test_the_record_in_chinese(known: Known, zh: Setup, tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    pages = inspection.render(known.store, [known.inspection.id], target, zh)
    text = "\n".join(pdf_text(target))
    assert pages == len(pdf_text(target))
    for expected in (
        "巡查记录单",
        f"编号：{known.inspection.number}",
        "丰瑞丽都<b>东区</b>",
        "郯城县人民路88号 & 89号",
        "张伟",
        "3号楼",
        "停车与消防通道检查表 (2026.1)",
        "消防车通道畅通",
        "不符合",
        "严重 · 消防",
        "小汽车、杂物、摊点",
        "业主说：<i>明天</i>就挪 & 不再占用",
        "发现问题（2个）",
        "物业服务企业",
        "现场照片（3张）",
        "照片1",
        "检查人员（签名）",
        "被检查单位/当事人（签名）",
        "2026年11月2日",
    ):
        assert expected in text, expected
    assert all(f["embedded"] for f in pdf_fonts(target))
    score = known.inspection.score
    assert score is not None and f"得分{validate.score_text(score)}不符合项" in flat(target)


def test_photos_are_embedded_downscaled(known: Known, tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    inspection.render(known.store, [known.inspection.id], target, Setup())
    images = [image for page in pypdf.PdfReader(target).pages for image in page.images]
    assert len(images) == 3
    assert all(image.image is not None and max(image.image.size) <= 1000 for image in images)


def test_english_record(known: Known, tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    inspection.render(known.store, [known.inspection.id], target, Setup(language="en"))
    text = "\n".join(pdf_text(target))
    assert "Inspection record" in text and "Fire lane clear of parked vehicles" in text
    assert "Non-compliant" in text and "critical" in text


def test_a_batch_starts_each_record_on_a_new_page(demo_store: object, tmp_path: Path) -> None:
    ids = [
        r[0]
        for r in demo_store.db.execute(  # type: ignore[attr-defined]
            "SELECT id FROM inspections WHERE status = 'final' ORDER BY number LIMIT 3"
        )
    ]
    numbers = [inspection.find(demo_store, i) for i in ids]  # type: ignore[arg-type]
    target = tmp_path / "batch.pdf"
    inspection.render(demo_store, numbers, target, Setup())  # type: ignore[arg-type]
    texts = pdf_text(target)
    starts = [n for n, t in enumerate(texts) if "Inspection record" in t]
    assert len(starts) == 3
    assert all("Page 1 of" in texts[n] for n in starts)


def test_unknown_number_is_a_typed_error(known: Known) -> None:
    assert inspection.find(known.store, known.inspection.number) == known.inspection.id
    with pytest.raises(inspection.UnknownInspection):
        inspection.find(known.store, "XC-1999-0000-000001")


def test_a_record_shows_each_block_and_the_calculated_values(store: db.Store, zh: Setup,
                                                              tmp_path: Path) -> None:
    """A repeat prints a table per block; a calculation prints its value."""
    source = Path(__file__).resolve().parents[2] / "data" / "structures_checklist.md"
    version = checklists.save(store, xlsform.parse(xlsform.read_markdown(
        source.read_text(encoding="utf-8"))))
    compound = compounds.save(store, compounds.Compound(name="银雀山小区"))
    record = inspections.start(store, compound.id, version)
    record.answers = {"district": "lanshan", "structures": [
        {xlsform.BLOCK_ID: "0001-a", "location": "3号楼东侧", "area": 12.5, "permit": "issue"},
        {xlsform.BLOCK_ID: "0002-b", "location": "车棚", "area": 8, "permit": "ok"}]}
    inspections.save_draft(store, record)
    target = tmp_path / "record.pdf"
    inspection.render(store, [record.id], target, zh)
    text = "\n".join(pdf_text(target))
    for expected in ("违建 1", "违建 2", "3号楼东侧", "车棚", "违建总面积（平方米）", "20.5"):
        assert expected in text, expected
