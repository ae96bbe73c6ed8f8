"""Shared by the ledger's tests: a store with the manual, two compounds, findings of an
inspection and work orders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from storage.campaign import hotline
from storage.forms import checklists
from storage.inspection import compounds, findings, inspections
from storage.manual import source
from storage.store import photos
from storage.store.db import Store


@dataclass
class Place:
    store: Store
    xiangxieli: str
    jinxiu: str
    photo: str


def finding(store: Store, compound: str, item: str = "fire_lane_clear",
            form: str = "parking") -> findings.Finding:
    stored = checklists.find(store, form)
    assert stored is not None
    origin = inspections.start(store, compound, stored.id, officer="张伟")
    checklist = checklists.load(store, stored.id)
    raised = findings.from_item(compound, origin.id, checklist.item(item))
    raised.responsible_party = "物业公司"  # a finding names its party (or 待查明)
    return findings.raise_finding(store, raised)


@pytest.fixture
def place(store: Store, tmp_path: Path) -> Place:
    source.install_builtin(store)
    first = compounds.save(store, compounds.Compound("香榭丽", "费县", "费城街道")).id
    second = compounds.save(store, compounds.Compound("锦绣华庭一期", "罗庄区", "罗庄街道")).id
    path = tmp_path / "after.jpg"
    Image.new("RGB", (200, 150), (30, 160, 60)).save(path)
    with store.atomic():
        hotline.store_batch(store, [
            hotline.WorkOrder("LY1", "2026-10-03 09:00:00", "住房建设-物业管理",
                              compound_id=first, content="电梯经常故障"),
            hotline.WorkOrder("LY2", "2026-10-04 09:00:00", "城市管理-私搭乱建",
                              compound_id=second, content="楼顶加盖彩钢房"),
            hotline.WorkOrder("LY3", "2026-10-05 09:00:00", "其他", compound_text="某小区")])
    return Place(store, first, second, photos.add(store, path).sha256)
