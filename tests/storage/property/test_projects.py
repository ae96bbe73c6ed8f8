"""Projects and managers over time; measures; covert checks with photos."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from storage import integrity
from storage.inspection import compounds
from storage.property import checks, measures, projects
from storage.property.companies import PropertyError
from storage.store.db import Store
from tests.property_helpers import company, project

D = dt.date.fromisoformat


def test_assign_hand_over_and_the_register_follows(store: Store) -> None:
    first = project(store)
    assert compounds.get(store, first.compound_id).property_company == "恒信物业"
    other = company(store, "华新物业", 2)
    with pytest.raises(PropertyError) as raised:
        projects.assign(store, other.id, first.compound_id, D("2026-05-01"))
    assert raised.value.reason == "required"  # the reason the first company leaves
    second = projects.assign(store, other.id, first.compound_id, D("2026-05-01"),
                             reason="合同到期", manager="李经理")
    assert projects.current(store, first.compound_id) == second
    ended = projects.get(store, first.id)
    assert (ended.ended_on, ended.end_reason) == ("2026-05-01", "合同到期")
    assert [m.ended_on for m in projects.managers(store, first.id)] == ["2026-05-01"]
    assert compounds.get(store, first.compound_id).property_company == "华新物业"
    assert [p.company_id for p in projects.of_compound(store, first.compound_id)] == [
        other.id, ended.company_id]
    assert integrity.check(store) == []


def test_managers_one_after_the_other(store: Store) -> None:
    found = project(store)
    projects.appoint(store, found.id, "李经理", D("2026-03-01"))
    projects.appoint(store, found.id, "赵经理", D("2026-09-01"), phone="13900000000")
    assert [(m.name, m.started_on, m.ended_on) for m in projects.managers(store, found.id)] == [
        ("张经理", "2025-01-01", "2026-03-01"), ("李经理", "2026-03-01", "2026-09-01"),
        ("赵经理", "2026-09-01", None)]
    with pytest.raises(PropertyError) as raised:
        projects.appoint(store, found.id, "钱经理", D("2026-08-01"))
    assert raised.value.reason == "before"
    with pytest.raises(PropertyError):
        projects.appoint(store, found.id, "钱经理", D("2026-11-28"))  # the future


def test_measures_with_dates_reasons_and_their_effects(store: Store) -> None:
    found = project(store)
    firm = found.company_id
    order = measures.take(store, "supervision", firm, on=D("2026-04-01"), reason="垃圾清运不及时",
                          issued_by="费县住建局")
    measures.record_outcome(store, order.id, "已整改到位", D("2026-04-15"))
    measures.take(store, "interview", firm, on=D("2026-05-01"), reason="投诉居高不下")
    measures.take(store, "manager_replacement", firm, on=D("2026-06-01"), reason="履职不力",
                  project_id=found.id, new_manager="孙经理")
    assert projects.current_manager(store, found.id).name == "孙经理"
    measures.take(store, "expulsion", firm, on=D("2026-08-01"), reason="考核不合格，清退",
                  project_id=found.id)
    assert projects.get(store, found.id).ended_on == "2026-08-01"
    assert projects.current(store, found.compound_id) is None
    done = measures.of_company(store, firm)
    assert [m.measure for m in done] == ["expulsion", "manager_replacement", "interview",
                                         "supervision"]
    assert done[-1].outcome == "已整改到位"
    assert measures.tally(done) == {"supervision": 1, "interview": 1,
                                    "manager_replacement": 1, "expulsion": 1}


@pytest.mark.parametrize(("kind", "given", "reason"), [
    ("supervision", {"reason": " "}, "required"),
    ("supervision", {"on": D("2026-11-28")}, "future"),
    ("expulsion", {}, "needs_project"),
    ("manager_replacement", {"project": True}, "required"),  # no new manager named
    ("warning", {}, "bad_measure")])
def test_measures_refused(store: Store, kind: str, given: dict[str, object],
                          reason: str) -> None:
    found = project(store)
    with pytest.raises(PropertyError) as raised:
        measures.take(store, kind, found.company_id, on=given.get("on", D("2026-06-01")),
                      reason=str(given.get("reason", "理由")),
                      project_id=found.id if given.get("project") else None)
    assert raised.value.reason == reason
    assert measures.of_company(store, found.company_id) == []
    assert projects.current_manager(store, found.id).name == "张经理"


def test_tally_counts_companies_interviewed_once(store: Store) -> None:
    a, b = project(store), project(store, "华新物业", "丰瑞丽都", serial=2)
    for firm in (a.company_id, a.company_id, b.company_id):
        measures.take(store, "interview", firm, on=D("2026-05-01"), reason="约谈")
    tally = measures.tally(measures.between(store, D("2026-01-01"), D("2026-12-31")))
    assert tally["interview"] == 2


def test_a_covert_check_with_photos(store: Store, tmp_path: Path) -> None:
    found = project(store)
    pictures = []
    for n, colour in enumerate(("red", "blue")):
        path = tmp_path / f"{n}.jpg"
        Image.new("RGB", (64, 48), colour).save(path)
        pictures.append(path)
    check = checks.record(store, found.id, checked_on=D("2026-10-08"), inspector="暗访组 陈静",
                          findings="楼道堆放杂物，消防通道堵塞", score="62%", pictures=pictures)
    again = checks.of_project(store, found.id, D("2026-10-01"), D("2026-12-31"))
    assert again == [check] and check.score == 62.0 and len(check.attachments) == 2
    assert checks.of_project(store, found.id, D("2026-11-01")) == []
    assert integrity.check(store) == []
    with pytest.raises(PropertyError):
        checks.record(store, found.id, checked_on=D("2026-10-08"), inspector="x", score=101)
