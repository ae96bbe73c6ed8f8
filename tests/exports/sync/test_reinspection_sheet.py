"""Re-inspections travel on their own sheet: outcomes, after-photos and the findings they closed."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from storage import integrity
from storage.inspection import findings, reinspection
from storage.store.db import Store
from tests.exports.sync import helpers as h


def _reinspected(store: Store, tmp_path: Path) -> tuple[reinspection.Reinspection, str]:
    seeded = h.seed(store, tmp_path)
    finding = seeded["finding"]
    photo = {"photo": seeded["photo"], "item": "", "caption": "整改后"}
    made = reinspection.record(store, finding.compound_id, [reinspection.Outcome(
        finding.id, rectified=True, note="车辆已移走", photos=[photo])], officer="张伟")
    assert made is not None
    return made, finding.id


def test_a_reinspection_arrives_whole_on_another_laptop(store: Store, tmp_path: Path) -> None:
    made, finding_id = _reinspected(store, tmp_path)
    path = h.export(store, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(path)["复查"]
    codes = [c.value for c in sheet[2]]
    row = [c.value for c in sheet[3]]
    shown = row[codes.index("info.outcomes")]
    assert shown == f"{made.outcomes[0].number} 已整改：车辆已移走"
    other = h.new_store(tmp_path / "other" / "xuncha.db")
    h.import_file(other, path)
    arrived = reinspection.get(other, made.id)
    assert arrived.content() == reinspection.get(store, made.id).content()
    closed = findings.get(other, finding_id)
    assert closed.state == "closed" and closed.closed_by_inspection_id == made.id
    assert integrity.check(other) == []
    again = h.import_file(other, path)
    assert again.counts["unchanged"] == 5 and again.counts["new"] == again.counts["changed"] == 0
