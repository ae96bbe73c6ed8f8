"""Importing the helpers' roster as counties keep it: titles, repeated headers, changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.roster import roster_file
from storage.helpers import assignments, people
from storage.inspection import compounds
from storage.store.db import Store
from tests.roster_helpers import HEADER, ROWS, write_roster


@pytest.fixture
def places(store: Store) -> dict[str, str]:
    made = {}
    for name, district, street in (("锦绣华庭一期", "罗庄区", "罗庄街道"),
                                   ("香榭丽", "费县", "费城街道")):
        made[name] = compounds.save(store, compounds.Compound(name, district, street)).id
    from storage.campaign import matching
    matching.confirm_alias(store, "香榭丽舍", made["香榭丽"], who="me")
    return made


def test_the_mapping_ties_each_phone_to_the_person_on_its_left(store: Store,
                                                               tmp_path: Path) -> None:
    preview = roster_file.inspect(store, write_roster(tmp_path / "r.xlsx", ROWS))
    assert (preview.layout.sheet, preview.layout.header_row) == ("三个一帮带台账", 1)
    named = {f: roster_file.column_label(HEADER, i) for f, i in preview.layout.mapping.items()}
    assert named == {"compound": "小区名称", "district": "县区", "street": "街道",
                     "since": "帮包时间", "leader": "包保县级领导", "leader_post": "职务",
                     "leader_phone": "联系电话#1", "secretary": "红领书记",
                     "secretary_origin": "派出单位", "secretary_phone": "联系电话#2",
                     "unit": "结对帮扶单位", "unit_contact": "联系人",
                     "unit_phone": "联系电话#3"}


def test_import_makes_people_and_assignments_and_lists_the_unknown_compound(
        store: Store, places: dict[str, str], tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", ROWS)
    dry = roster_file.run(store, roster_file.inspect(store, path), dry_run=True)
    assert dry.assigned == 6 and store.db["helpers"].count == 0
    report = roster_file.run(store, roster_file.inspect(store, path))
    assert (report.rows, report.compounds, report.added, report.assigned) == (3, 2, 6, 6)
    assert [(p.row, p.column, p.reason, p.value) for p in report.problems] == [
        (5, "小区名称", "unknown_compound", "不存在的小区")]
    current = assignments.current(store, places["锦绣华庭一期"], dt.date(2026, 4, 1))
    found = {a.role: people.get(store, a.helper_id) for a in current}
    assert (found["secretary"].unit, found["secretary"].phone) == ("市行政审批服务局",
                                                                   "13905392222")
    assert (found["unit"].contact, found["unit"].phone) == ("孙伟", "0539-8221234")
    assert current[0].since == "2026-03-01"
    again = roster_file.run(store, roster_file.inspect(store, path))
    assert (again.added, again.assigned, again.unchanged) == (0, 0, 6)


def test_a_new_leader_in_next_years_roster_is_a_change(store: Store, places: dict[str, str],
                                                       tmp_path: Path) -> None:
    roster_file.run(store, roster_file.inspect(store, write_roster(tmp_path / "a.xlsx",
                                                                 ROWS[:1])))
    later = [[*ROWS[0][:4], "陈立新", "区委常委", "13905396666", *ROWS[0][7:13], "2026-09-01"]]
    report = roster_file.run(store, roster_file.inspect(store, write_roster(tmp_path / "b.xlsx",
                                                                           later)))
    assert (report.assigned, report.changed, report.unchanged) == (1, 1, 2)
    history = [a for a in assignments.for_compound(store, places["锦绣华庭一期"])
               if a.role == "leader"]
    assert [(people.get(store, a.helper_id).name, a.since, a.until) for a in history] == [
        ("陈立新", "2026-09-01", None), ("王建国", "2026-03-01", "2026-08-31")]


def test_a_confirmed_mapping_is_remembered_for_the_same_layout(store: Store,
                                                               places: dict[str, str],
                                                               tmp_path: Path) -> None:
    header = [*HEADER[:4], "帮包人", *HEADER[5:]]  # a header the guess does not know
    path = write_roster(tmp_path / "r.xlsx", ROWS[:1], header)
    preview = roster_file.inspect(store, path)
    assert "leader" not in preview.layout.mapping
    preview.layout.mapping["leader"] = 4
    roster_file.run(store, preview)
    again = roster_file.inspect(store, write_roster(tmp_path / "r2.xlsx", ROWS[1:2], header))
    assert again.layout.remembered and again.layout.mapping["leader"] == 4
    assert again.layout.mapping["unit_phone"] == 12


def test_bad_cells_are_reported_and_the_rest_imported(store: Store, places: dict[str, str],
                                                      tmp_path: Path) -> None:
    rows = [[*ROWS[0][:6], "打我电话", *ROWS[0][7:13], "去年春天"],
            [*ROWS[1][:6], "打我电话", *ROWS[1][7:]]]
    report = roster_file.run(store, roster_file.inspect(store, write_roster(tmp_path / "r.xlsx",
                                                                           rows)))
    assert [(p.row, p.column, p.reason) for p in report.problems] == [
        (3, "帮包时间", "bad_date"), (4, "联系电话", "bad_phone")]
    assert report.assigned == 2  # 香榭丽's secretary and unit


def test_a_sheet_without_compounds_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(roster_file.RosterImportError) as raised:
        roster_file.inspect(store, write_roster(tmp_path / "r.xlsx", [], ["姓名", "电话"]))
    assert raised.value.reason == "no_header"


_name = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
                min_size=1, max_size=30)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(leader=_name, post=st.text(st.characters(blacklist_categories=("Cs", "Cc")),
                                  max_size=40).filter(str.strip),
       phone=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_any_name_post_and_phone_typed_arrive_as_typed(store: Store, places: dict[str, str],
                                                       tmp_path: Path, leader: str,
                                                       post: str, phone: str) -> None:
    row = [1, "罗庄区", "罗庄街道", "锦绣华庭一期", leader, post, phone]
    path = write_roster(tmp_path / "h.xlsx", [row], HEADER[:7])
    report = roster_file.run(store, roster_file.inspect(store, path), remember=False)
    assert report.problems == [] and report.rows == 1
    current = assignments.current(store, places["锦绣华庭一期"])
    helper = people.get(store, next(a.helper_id for a in current if a.role == "leader"))
    assert (helper.name, helper.post, helper.phone) == (leader.strip(), post.strip(), phone)


def test_a_later_roster_fills_in_but_never_blanks_what_is_known(
        store: Store, places: dict[str, str], tmp_path: Path) -> None:
    """A roster that leaves a post or phone empty keeps the known one; a new one replaces it."""
    roster_file.run(store, roster_file.inspect(store, write_roster(tmp_path / "a.xlsx",
                                                                   ROWS[:1])))
    blank = [[*ROWS[0][:5], "", *ROWS[0][6:]]]
    roster_file.run(store, roster_file.inspect(store, write_roster(tmp_path / "b.xlsx", blank)))
    assert people.resolve(store, "王建国").post == "副区长"
    newer = [[*ROWS[0][:5], "区委副书记", *ROWS[0][6:]]]
    report = roster_file.run(store, roster_file.inspect(store, write_roster(tmp_path / "c.xlsx",
                                                                            newer)))
    assert report.updated == 1 and people.resolve(store, "王建国").post == "区委副书记"
