"""Visits, funds in 万元 and livelihood projects with photos."""

from __future__ import annotations

import decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from storage.helpers import work
from storage.helpers.people import HelperError
from storage.store import photos, records
from storage.store.db import Store
from tests.campaign_helpers import add_compound


@pytest.mark.parametrize(("text", "amount"), [
    ("12.5", 12.5), ("12.5万", 12.5), ("1,234.56万元", 1234.56), (" ８ ", 8.0),
    ("0.00004", 0.0), ("0.00005", 0.0001), (3, 3.0)])
def test_amounts_in_wan_are_read_as_people_write_them(text: object, amount: float) -> None:
    assert work.wan(text) == amount  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["十万", "125000元", "-3", "nan", "inf", "1e12", ""])
def test_other_amounts_are_refused(text: str) -> None:
    with pytest.raises(HelperError):
        work.wan(text)


@given(st.decimals(min_value=0, max_value=10_000_000, places=4, allow_nan=False))
def test_any_amount_to_four_decimals_reads_back_exactly(amount: decimal.Decimal) -> None:
    assert decimal.Decimal(str(work.wan(str(amount)))) == amount


def test_a_project_keeps_its_photos_and_versions(store: Store, tmp_path: Path) -> None:
    compound = add_compound(store, "锦绣华庭一期", "罗庄区", "罗庄街道")
    path = tmp_path / "暖气.jpg"
    Image.new("RGB", (320, 240), (10, 120, 200)).save(path)
    shot = photos.add(store, path).sha256
    project = work.save_project(store, work.Project(
        "暖气开通", compound, budget_wan=work.wan("120"), state="underway", start="2026-07-03",
        attachments=[{"photo": shot, "item": "", "caption": "施工"}]))
    project.state, project.finish = "done", "2026-08-14"
    work.save_project(store, project)
    again = work.get_project(store, project.id)
    assert (again.state, again.budget_wan, again.attachments[0]["photo"]) == ("done", 120.0,
                                                                              shot)
    assert len(records.history(store, work.PROJECT_KIND, project.id)) == 2
    project.finish = "2026-07-01"
    with pytest.raises(HelperError) as raised:
        work.save_project(store, project)
    assert raised.value.reason == "before_start"


def test_a_visit_needs_what_was_looked_at_or_decided(store: Store) -> None:
    compound = add_compound(store, "香榭丽")
    with pytest.raises(HelperError):
        work.save_visit(store, work.Visit(compound, "2026-10-01"))
    visit = work.save_visit(store, work.Visit(compound, "2026-10-01", decisions="更换物业"))
    assert work.visits(store, compound) == [visit]
