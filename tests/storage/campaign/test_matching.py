"""Matching work orders to compounds: by normalised name or confirmed alias, never a guess."""

from __future__ import annotations

from storage.campaign import hotline, matching
from storage.store.db import Store
from tests.campaign_helpers import add_compound, add_orders


def test_normalised_name_matches(store: Store) -> None:
    ident = add_compound(store, "锦绣华庭一期", "罗庄区", "罗庄街道")
    found = matching.Matcher(store).match("锦绣华庭（1期）小区", "罗庄区", "罗庄街道")
    assert (found.compound_id, found.via) == (ident, "name")


def test_similar_name_is_not_matched(store: Store) -> None:
    add_compound(store, "锦绣华庭一期", "罗庄区")
    matcher = matching.Matcher(store)
    for text in ("锦绣华庭", "锦绣华庭二期", "锦绣华亭一期", "锦绣"):
        found = matcher.match(text, "罗庄区")
        assert found.compound_id is None and found.reason == matching.UNKNOWN


def test_same_name_in_two_districts_is_decided_by_district(store: Store) -> None:
    east = add_compound(store, "幸福小区", "河东区", "九曲街道")
    add_compound(store, "幸福小区", "兰山区", "兰山街道")
    matcher = matching.Matcher(store)
    assert matcher.match("幸福小区", "河东区").compound_id == east
    assert matcher.match("幸福小区").reason == matching.AMBIGUOUS
    assert matcher.match("幸福小区", "罗庄区").reason == matching.AMBIGUOUS


def test_same_name_in_one_district_is_decided_by_street(store: Store) -> None:
    add_compound(store, "幸福小区", "兰山区", "兰山街道")
    other = add_compound(store, "幸福小区", "兰山区", "柳青街道")
    matcher = matching.Matcher(store)
    assert matcher.match("幸福小区", "兰山区", "柳青街道").compound_id == other
    assert matcher.match("幸福小区", "兰山区").reason == matching.AMBIGUOUS


def test_only_candidate_in_another_district_is_not_matched(store: Store) -> None:
    add_compound(store, "丰瑞丽都", "郯城县", "郯城街道")
    found = matching.Matcher(store).match("丰瑞丽都", "兰山区")
    assert found.compound_id is None and found.reason == matching.OTHER_DISTRICT


def test_confirmed_alias_matches_and_resolves_waiting_orders(store: Store) -> None:
    ident = add_compound(store, "香榭丽", "费县", "费城街道")
    order = hotline.WorkOrder(number="1", received_at="2026-03-05 10:00:00",
                              compound_text="香榭丽舍花园", district="费县",
                              compound_key=matching.Matcher(store).key("香榭丽舍花园", "费县"))
    with store.atomic():
        hotline.store_batch(store, [order])
    assert matching.Matcher(store).match("香榭丽舍花园", "费县").compound_id is None
    assert matching.confirm_alias(store, "香榭丽舍花园", ident, who="王主任") == 1
    assert hotline.get(store, "1").compound_id == ident
    assert matching.Matcher(store).match("香榭丽舍 花园", "费县").compound_id == ident
    assert matching.aliases(store, ident)[0]["confirmed_by"] == "王主任"


def test_alias_limited_to_a_district(store: Store) -> None:
    ident = add_compound(store, "香榭丽", "费县")
    matching.confirm_alias(store, "香榭丽舍", ident, who="me", district="费县")
    matcher = matching.Matcher(store)
    assert matcher.match("香榭丽舍", "费县").compound_id == ident
    assert matcher.match("香榭丽舍", "兰山区").compound_id is None


def test_rematch_after_a_compound_is_added(store: Store) -> None:
    add_orders(store, None, "2026-03", 1)
    with store.atomic():
        store.db.execute("UPDATE work_orders SET compound_text = '新城花园', district = '兰山区'")
    ident = add_compound(store, "新城花园", "兰山区")
    assert matching.rematch(store) == 1
    assert hotline.unmatched_total(store) == 0
    assert store.db.execute("SELECT compound_id FROM work_orders").fetchone()[0] == ident
