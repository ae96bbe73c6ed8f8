"""The lazily fetched list models: Qt's model contract, paging, filters and order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storage import demo
from storage.inspection import compounds, findings, inspections
from storage.store import db
from tests.gui_fixtures import TODAY
from ui import tables
from ui.lists.models import (
    ROLE_ID,
    CompoundsModel,
    FindingsModel,
    InspectionFilter,
    InspectionsModel,
    like,
)


@pytest.fixture
def demo_store(store: db.Store) -> db.Store:
    demo.build(store, compounds=12, inspections=60, today=TODAY)
    return store


def test_models_keep_qts_contract(qtmodeltester, demo_store: db.Store) -> None:
    for model in (CompoundsModel(demo_store), InspectionsModel(demo_store),
                  FindingsModel(demo_store, today=TODAY)):
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model)  # Qt's own tester stays attached to watch the changes
        model.fetchMore()
        model.reveal_all()
        model.refresh()


def test_rows_arrive_a_page_at_a_time(demo_store: db.Store,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "PAGE", 25)
    model = InspectionsModel(demo_store)
    assert model.total == 60 and model.rowCount() == 25 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 50
    model.reveal_all()
    assert model.rowCount() == 60 and not model.canFetchMore()
    starts = [model.row_at(n)[2] for n in range(60)]
    assert starts == sorted(starts, reverse=True)  # newest first, across pages


def test_inspection_filters(qtbot: QtBot, demo_store: db.Store, all_types: str,
                            compound: compounds.Compound) -> None:
    mine = inspections.start(demo_store, compound.id, all_types, officer="赵六",
                             place="3号楼")
    model = InspectionsModel(demo_store)
    model.set_filter(InspectionFilter(text="3号楼"))
    ids = {model.index(n, 0).data(ROLE_ID) for n in range(model.rowCount())}
    assert mine.id in ids
    model.set_filter(InspectionFilter(compound_id=compound.id))
    assert model.total == 1 and model.index(0, 2).data() == "丰瑞丽都"
    model.set_filter(InspectionFilter(text="郯城", status="draft", form_id="all_types"))
    assert model.total == 1
    model.set_filter(InspectionFilter(officer="赵六", date_from=TODAY, date_to=TODAY))
    assert model.total == 1 and model.index(0, 6).data() == "Draft"
    model.set_filter(InspectionFilter(text="100%"))
    assert model.total == 0  # wildcards are taken literally
    model.set_filter(InspectionFilter())
    assert model.total == 61


def test_like_escapes_wildcards() -> None:
    assert like("50%_a\\") == "%50\\%\\_a\\\\%"


def test_findings_open_and_overdue_first_and_highlighted(store: db.Store,
                                                        compound: compounds.Compound) -> None:
    def make(deadline: str, state: str = "open") -> findings.Finding:
        made = findings.raise_finding(store, findings.Finding(
            compound_id=compound.id, description=f"问题 {deadline} {state}", deadline=deadline,
            responsible_party=findings.PARTY_UNKNOWN))
        if state != "open":
            findings.move(store, made, state)
        return made

    late = make("2026-11-01")
    soon = make("2026-12-05")
    closed = make("2026-10-01", "closed")
    model = FindingsModel(store, today=TODAY)
    assert [model.index(n, 0).data(ROLE_ID) for n in range(model.rowCount())] == [
        late.id, soon.id]
    assert model.index(0, 7).data() == "Open, overdue"
    assert model.index(0, 5).data() == "To be determined (待查明)"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    model.set_options(show=FindingsModel.SHOW_ALL)
    assert model.index(2, 0).data(ROLE_ID) == closed.id
    model.set_options(show=FindingsModel.SHOW_CLOSED, text="10-01")
    assert model.total == 1


def test_compounds_search_by_name_district_and_street(store: db.Store,
                                                      compound: compounds.Compound) -> None:
    compounds.save(store, compounds.Compound(name="怡景新苑", district="罗庄区",
                                             street="傅庄街道"))
    model = CompoundsModel(store)
    assert model.total == 2
    for text, expected in (("丽都", "丰瑞丽都"), ("罗庄", "怡景新苑"), ("郯城街道", "丰瑞丽都")):
        model.set_text(text)
        assert model.total == 1 and model.index(0, 0).data() == expected


def test_findings_read_in_the_readers_language(store: db.Store, all_types: str,
                                               compound: compounds.Compound) -> None:
    """A description kept as the item offered it is shown in English to an English reader."""
    from storage.forms import checklists

    checklist = checklists.load(store, all_types)
    origin = inspections.start(store, compound.id, all_types)
    offered = findings.from_item(compound.id, origin.id, checklist.item("lane"),
                                 checklist.default_language)
    offered.responsible_party = "物业"
    findings.raise_finding(store, offered)
    english, chinese = (FindingsModel(store, today=TODAY, language=lang) for lang in ("en", "zh"))
    assert english.index(0, 2).data() == "Non-compliant: Fire lane clear"
    assert chinese.index(0, 2).data() == "不符合：消防通道畅通"
