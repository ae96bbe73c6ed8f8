"""Fixtures for the printouts: a store with a known inspection, the demo store, reading PDFs.

Chinese documents are made without Qt (tests/exports/helpers.py ``chinese``), from the
reports area's .ts file, so these tests check the translation the app ships as well.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from exports.reports.pdf.common import Setup
from storage import demo
from storage.forms import checklists
from storage.inspection import compounds, findings, inspections
from storage.inspection.compounds import Compound
from storage.store import db, photos
from tests.exports.helpers import Known, chinese


@pytest.fixture
def zh() -> Setup:
    return Setup(translate=chinese, language="zh")


def _photo(folder: Path, n: int) -> Path:
    path = folder / f"photo{n}.jpg"
    Image.new("RGB", (1600, 1200), (40 * n, 120, 200)).save(path, "JPEG")
    return path


@pytest.fixture
def known(store: db.Store, tmp_path: Path) -> Known:
    """A compound with typed markup, a final parking inspection with 3 photos and 2 findings."""
    compound = compounds.save(
        store,
        Compound(
            name="丰瑞丽都<b>东区</b>",
            district="郯城县",
            street="郯城街道",
            community="东关社区",
            address="郯城县人民路88号 & 89号",
            property_company="临沂恒信物业",
            households=640,
        ),
    )
    parking = checklists.find(store, "parking")
    assert parking is not None
    inspection = inspections.start(
        store,
        compound.id,
        parking.id,
        officer="张伟",
        place="3号楼",
        started_at="2026-11-02T02:30:00.000Z",
    )
    checklist = checklists.load(store, parking.id)
    for item in checklist.items:
        if item.scored:
            inspection.answers[item.name] = "ok"
    inspection.answers["fire_lane_clear"] = "issue"
    inspection.answers["blocking_types"] = ["car", "goods"]
    inspection.answers["blocking_count"] = 3
    inspection.answers["zombie_cars"] = "issue"
    inspection.answers["zombie_car_count"] = 2
    inspection.note = "业主说：<i>明天</i>就挪 & 不再占用"
    shas = [photos.add(store, _photo(tmp_path, n)).sha256 for n in range(1, 4)]
    inspection.attachments = [
        {"photo": sha, "item": "photo_overview", "caption": f"照片{n}"}
        for n, sha in enumerate(shas, start=1)
    ]
    raised = []  # on site, before the inspection is final (afterwards it takes a reason)
    for name, party in (("fire_lane_clear", "物业服务企业"), ("zombie_cars", "业主（3号楼）")):
        finding = findings.from_item(
            compound.id, inspection.id, checklist.item(name), today=dt.date(2026, 11, 2)
        )
        finding.responsible_party = party
        raised.append(findings.raise_finding(store, finding))
    inspections.finalise(store, inspection)
    return Known(store, compound, inspection, raised)


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo store, built once for the read-only report tests."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = db.open_store(path)
    checklists.install_builtins(store)
    demo.build(store, compounds=16, inspections=120, months=6)
    store.close()
    return path


@pytest.fixture
def demo_store(demo_path: Path) -> Any:
    store = db.open_store(demo_path)
    yield store
    store.close()
