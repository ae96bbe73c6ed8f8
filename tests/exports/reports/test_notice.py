"""Rectification notices: one per responsible party, numbered per year, reprinted with the
same number, GB/T 9704 layout, with a stub for the office's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.reports import notice as report_notice
from exports.reports.pdf.common import Setup
from storage.inspection import findings, notices
from tests.exports.helpers import Known, flat, pdf_fonts, pdf_text


def test_all_open_findings_of_a_compound_give_one_notice_per_party(
    known: Known, zh: Setup, tmp_path: Path
) -> None:
    groups = report_notice.groups_for_compound(known.store, known.compound.id)
    assert sorted(g[0].responsible_party for g in groups) == ["业主（3号楼）", "物业服务企业"]
    target = tmp_path / "notices.pdf"
    report_notice.render(known.store, groups, target, zh, office="郯城县综合行政执法局")
    texts = pdf_text(target)
    text = flat(target)
    issued = notices.for_compound(known.store, known.compound.id)
    assert [n.number for n in issued] == ["整改通知〔2026〕1号", "整改通知〔2026〕2号"]
    for notice in issued:
        assert text.count(notice.number) >= 2  # on the notice and on its stub
    for expected in (
        "整改通知书",
        "临沂恒信物业：",  # the property company by name, not "物业服务企业"
        "业主（3号楼）：",
        "2026年11月2日，我单位执法人员对",
        "丰瑞丽都<b>东区</b>（郯城县人民路88号 & 89号）",
        "一、不符合：消防车通道畅通",
        "（一）违反规定",
        "《中华人民共和国消防法》第二十八条",
        "（二）整改要求",
        "请于2026年11月5日前整改完毕。",
        "郯城县综合行政执法局",
        "整改通知书（存根）",
        "联系人：张伟",
        "签收人（签名）",
    ):
        assert expected in text, expected
    assert "— 1 —" in texts[0]
    assert all(f["embedded"] for f in pdf_fonts(target))


def test_a_reprint_keeps_its_number_and_a_new_set_gets_the_next(
    known: Known, tmp_path: Path
) -> None:
    first = [known.findings[0]]
    report_notice.render(known.store, [first], tmp_path / "a.pdf")
    report_notice.render(known.store, [first], tmp_path / "b.pdf")
    (only,) = notices.for_compound(known.store, known.compound.id)
    assert only.number == "整改通知〔2026〕1号"
    report_notice.render(known.store, [known.findings], tmp_path / "c.pdf")
    numbers = [n.number for n in notices.for_compound(known.store, known.compound.id)]
    assert numbers[1] == "整改通知〔2026〕2号"
    assert only.number in pdf_text(tmp_path / "b.pdf")[0]


def test_a_compound_without_open_findings_has_nothing_to_notify(known: Known) -> None:
    for finding in known.findings:
        findings.move(known.store, finding, "closed")
    with pytest.raises(report_notice.NothingToNotify):
        report_notice.groups_for_compound(known.store, known.compound.id)


def test_find_by_number(known: Known) -> None:
    assert report_notice.find(known.store, known.findings[1].number) == known.findings[1].id
    with pytest.raises(report_notice.UnknownFinding):
        report_notice.find(known.store, "ZG-2026-0000-999999")
