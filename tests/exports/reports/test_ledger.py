"""The printed ledger's table: every state stays whole on its line, in both languages."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from exports.reports import ledger
from exports.reports.pdf.common import Setup
from exports.reports.pdf.text import Words
from storage.inspection import findings
from storage.ledger.entries import Filter
from tests.exports.helpers import pdf_text
from tests.ledger_helpers import Place, finding
from tests.ledger_helpers import place as place  # noqa: PLC0414 - a fixture

# A finding's way to each of the ledger's states (awaiting re-inspection is a finding's).
_STEPS = {"open": [], "in_progress": ["in_progress"],
          "awaiting": ["awaiting_reinspection"], "closed": ["closed"],
          "withdrawn": ["withdrawn"]}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_state_is_printed_whole_on_one_line(place: Place, tmp_path: Path, zh: Setup,
                                                  language: str) -> None:
    """The narrow State column wrapped "to rectify" and "awaiting re-inspection" in English."""
    setup = zh if language == "zh" else Setup()
    store, counts = place.store, Counter[str]()
    for n, (state, steps) in enumerate(_STEPS.items()):
        for _ in range(n + 1):  # a different count of rows for each state
            raised = finding(store, place.xiangxieli if n % 2 else place.jinxiu)
            for step in steps:
                raised = findings.move(store, raised, step)
            counts[state] += 1
    target = tmp_path / "ledger.pdf"
    ledger.render(store, Filter(), target, setup)
    words = Words(setup.translate)
    shaded = words.translate("reports", "Rows shaded red are overdue.")  # the list follows
    table = "\n".join(pdf_text(target)).split(shaded, 1)[1]
    lines = Counter(line.strip() for line in table.split("\n"))
    for state, count in counts.items():
        label = words.marked(ledger.STATE[state])
        assert lines[label] == count, (label, [line for line in lines if line and (
            line in label or label.startswith(line))])
