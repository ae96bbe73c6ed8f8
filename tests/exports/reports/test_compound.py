"""The compound file: who and where, inspections, findings with overdue ones marked,
notices issued, the trend and the record's history."""

from __future__ import annotations

from pathlib import Path

from exports.reports import compound, notice
from exports.reports.pdf.common import Setup
from tests.exports.helpers import Known, chinese, flat, pdf_fonts


def test_compound_file_in_chinese(known: Known, tmp_path: Path) -> None:
    notice.render(known.store, [known.findings], tmp_path / "n.pdf")
    target = tmp_path / "file.pdf"
    compound.render(known.store, known.compound.id, target, Setup(translate=chinese))
    text = flat(target)
    for expected in (
        "一小区一档：丰瑞丽都<b>东区</b>",
        "一、小区基本情况",
        "临沂恒信物业",
        "640",
        "共巡查1次；发现问题2个",
        known.inspection.number,
        "停车与消防通道检查表",
        known.findings[0].number,
        "待整改",
        "四、已下发整改通知书",
        "整改通知〔2026〕1号",
        "目录",
        "五、月度趋势",
        "小区信息变更记录",
        "本机录入",
        "建档",
    ):
        assert expected in text, expected
    assert "12345热线" not in text
    assert all(f["embedded"] for f in pdf_fonts(target))
