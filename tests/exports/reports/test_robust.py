"""Every printout comes out, whatever people typed and however many findings there are:
text of 0–20,000 characters of any Unicode (astral CJK, emoji, markup, new lines) is
printed whole, and no line starts with "，" or ends with "（" (counted with pdftotext).

Costs, measured on the shared 2-core machine under load (about a third as much when it is
quiet): the Hypothesis test of all five documents 350 s for 6 drawn examples of up to
5,000 characters plus the explicit 20,000-character one (each example renders five
documents); the 2,000-finding compound file 44 s; the punctuation count and the notices
of 0 to 60 findings a few seconds each.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from exports.reports import brief, compound, inspection, notice, queries, street
from exports.reports.pdf import linebreak
from exports.reports.pdf.common import Setup
from storage import clock
from storage.inspection import compounds, findings
from storage.store import db
from tests.exports.helpers import Known, chinese

# reportlab draws right-to-left scripts in logical order and pdftotext reorders them when
# reading, so their order cannot be compared; everything else is.
_RTL = {"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI"}
CHARACTERS = st.characters(exclude_categories=("Cs",)).filter(
    lambda c: unicodedata.bidirectional(c) not in _RTL)
CJK = "巡查整改通知书违章搭建楼道堆放杂物占用消防通道\U00020BB7\U0002A6A5😀🚒"
PUNCTUATION = "，。、；：？！）》」（《「“”<>&\n"
LONG = st.builds(lambda n, alphabet: "".join(alphabet[(i * 7919) % len(alphabet)]
                                               for i in range(n)),
                 st.integers(min_value=0, max_value=5_000),
                 st.sampled_from([CJK + PUNCTUATION, "<b>&amp;</b> x\n", CJK]))
TEXT = st.text(CHARACTERS, max_size=400) | LONG


def pdftotext(path: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace()
                   and unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp"))


def contains(extracted: str, typed: str) -> bool:
    """Whether every character typed comes out, in order (a table cell continued on the
    next page has the repeated header and the other cells between its parts)."""
    wanted = _normal(typed)
    at = 0
    for char in _normal(extracted):
        if at < len(wanted) and char == wanted[at]:
            at += 1
    return at == len(wanted)


def violations(path: Path) -> list[str]:
    """Lines of the PDF that start with closing or end with opening punctuation."""
    page = pdftotext(path, "-bbox-layout")
    page = re.sub(r"<!DOCTYPE[^>]*>", "", page).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    found = []
    for line in ET.fromstring(page).iter("line"):
        text = "".join(word.text or "" for word in line.iter("word"))
        if text and (text[0] in linebreak.CANNOT_START or text[-1] in linebreak.CANNOT_END):
            found.append(text)
    return found


def _documents(store: db.Store, known: Known, folder: Path, setup: Setup) -> dict[str, Path]:
    today = clock.today_local()
    year = queries.Period(today - dt.timedelta(days=365), today)
    paths = {name: folder / f"{name}.pdf"
             for name in ("record", "notice", "compound", "brief", "street")}
    inspection.render(store, [known.inspection.id], paths["record"], setup)
    notice.render(store, [known.findings], paths["notice"], setup)
    compound.render(store, known.compound.id, paths["compound"], setup)
    brief.render(store, year, paths["brief"], setup)
    street.render(store, known.compound.street, queries.quarter(
        f"{today.year}-Q{(today.month - 1) // 3 + 1}"), paths["street"], setup)
    return paths


def _overdue(known: Known, description: str) -> None:
    finding = known.findings[0]
    finding.description = description
    finding.deadline = (clock.today_local() - dt.timedelta(days=3)).isoformat()
    findings.update(known.store, finding)


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@example("楼道堆放杂物，占用消防通道（" * 1430)  # 20,020 characters
@example("𠮷野家😀<b>&amp;</b>\n\n\t第二行\u200b")
@given(TEXT)
def test_any_typed_text_prints_whole_in_every_document(known: Known, tmp_path: Path,
                                                       text: str) -> None:
    _overdue(known, text)
    setup = Setup(translate=chinese)
    for name, path in _documents(known.store, known, tmp_path, setup).items():
        assert contains(pdftotext(path, "-raw"), text), name


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(
        known: Known, tmp_path: Path) -> None:
    text = "经查，该小区3号楼东侧（靠近北门）私自搭建彩钢板房约20平方米，占用公共绿地；" \
           "违反了《城市绿化条例》第二十条“不得擅自占用城市绿化用地”的规定。" * 12
    _overdue(known, text)
    known.store.db.table("compounds").update(known.compound.id, {"address": "人民路（东段）88号"})
    for name, path in _documents(known.store, known, tmp_path, Setup(translate=chinese)).items():
        assert violations(path) == [], name


@pytest.mark.parametrize("count", [0, 1, 17, 18, 60])
def test_a_notice_for_any_number_of_findings(known: Known, tmp_path: Path, count: int) -> None:
    """16 findings gave 12 pages with the stub split, 18 failed; any count prints now."""
    group = [findings.raise_finding(known.store, findings.Finding(
        compound_id=known.compound.id, description=f"第{n}个问题：楼道堆放杂物，占用消防通道",
        responsible_party="物业服务企业", deadline="2026-12-20")) for n in range(count)]
    target = tmp_path / "notice.pdf"
    if not group:
        empty = compounds.save(known.store, compounds.Compound(name="无问题小区"))
        with pytest.raises(notice.NothingToNotify):
            notice.groups_for_compound(known.store, empty.id)
        return
    pages = notice.render(known.store, [group], target, Setup(translate=chinese))
    text = pdftotext(target)
    assert pages >= 2 and f"第{count - 1}个问题" in text and "整改通知书（存根）" in text


def test_two_thousand_findings_in_a_compound_file(known: Known, tmp_path: Path) -> None:
    with known.store.atomic():
        for n in range(2000):
            findings.raise_finding(known.store, findings.Finding(
                compound_id=known.compound.id, description=f"问题{n:04d}：占用消防通道（{n}）",
                responsible_party="物业服务企业", deadline="2026-11-01"))
    target = tmp_path / "file.pdf"
    pages = compound.render(known.store, known.compound.id, target, Setup(translate=chinese))
    text = pdftotext(target)
    assert pages > 40 and "问题0000" in text and "问题1999" in text
