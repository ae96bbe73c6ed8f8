"""Routing checklist items, complaints and hotline categories to the manual's items."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.manual import items, links, source
from storage.manual.links import Router
from storage.store.db import Store


@pytest.fixture
def router(store: Store) -> Router:
    source.install_builtin(store)
    return Router(store)


@pytest.mark.parametrize(("category", "content", "code"), [
    ("城市管理-私搭乱建", "一楼住户圈占公共绿地建院墙", "4.02"),
    ("城市管理-私搭乱建", "楼顶有人违规加盖彩钢房，存在安全隐患", "4.01"),
    ("城市管理-违规饲养宠物", "有人遛狗不拴绳，晚上狗叫扰民", "3.08"),
    ("交通管理-停车秩序", "消防通道被私家车长期占用", "3.01"),
    ("交通管理-停车秩序", "电动车在楼道内飞线充电", "3.02"),
    ("城市管理-雨污管网", "小区下水道堵塞，污水外溢", "2.04"),
    ("住房建设-物业管理", "物业不作为，垃圾清运不及时", "1.01"),
    ("住房建设-物业管理", "电梯经常故障，物业维修不及时", "2.01"),
    ("住房建设-物业管理", "门口的树该修剪了", "1.01"),  # no word known: by the category
    ("其他", "小区周边夜间施工噪音扰民", "3.11"),
])
def test_complaints_are_routed_by_their_words_then_their_category(
        router: Router, category: str, content: str, code: str) -> None:
    found = router.for_text(category, content)
    assert found is not None and found.code == code


def test_an_unknown_complaint_is_routed_nowhere(router: Router) -> None:
    assert router.for_text("其他", "咨询社保卡补办流程") is None


def test_checklist_items_are_routed(router: Router) -> None:
    found = router.for_checklist("parking", "fire_lane_clear")
    assert found is not None and (found.code, found.lead) == ("3.01", "消防")
    assert router.for_checklist("parking", "no_such_item") is None


def test_the_index_follows_an_edited_item(store: Store, router: Router) -> None:
    item = items.find(store, "3.11")
    item.hotline_keywords = "广场舞"
    items.save_item(store, item)
    assert links.refresh(store)
    assert not links.refresh(store)  # nothing changed since
    fresh = Router(store)
    assert fresh.for_text("", "广场舞音响太大").code == "3.11"  # type: ignore[union-attr]
    assert fresh.for_text("", "夜间噪音") is None


def test_a_link_two_items_name_goes_to_the_first_and_is_listed(store: Store,
                                                               router: Router) -> None:
    item = items.find(store, "5.06")
    item.checklist_items = "parking.fire_lane_clear"
    items.save_item(store, item)
    assert Router(store).for_checklist("parking", "fire_lane_clear").code == "3.01"  # type: ignore[union-attr]
    assert [(c.ref, c.items) for c in links.clashes(store)] == [
        ("parking.fire_lane_clear", ("3.01", "5.06"))]


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # read-only
@given(text=st.text(max_size=80), category=st.text(max_size=20))
def test_routing_any_text_gives_an_item_whose_link_it_contains(router: Router, text: str,
                                                               category: str) -> None:
    found = router.for_text(category, text)
    if found is not None:
        words = found.entries("hotline_keywords") + found.entries("hotline_categories")
        assert any(w in text or w in category for w in words)
