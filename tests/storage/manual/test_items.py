"""Manual items as versioned records: checks, lists, finding one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.manual import items, source
from storage.manual.items import Item, ManualError
from storage.store import records
from storage.store.db import Store


def test_saving_checks_code_category_and_time_limit(store: Store) -> None:
    source.install_builtin(store)
    bad = [(Item("3.1", "3", "T", "城管"), "bad_code"), (Item("9.01", "9", "T", "城管"),
                                                        "unknown_category"),
           (Item("3.20", "3", "T", "城管", time_limit_days=0), "bad_time_limit"),
           (Item("3.01", "3", "T", "城管"), "duplicate"), (Item("3.20", "3", "T", " "),
                                                           "required")]
    for item, reason in bad:
        with pytest.raises(ManualError) as raised:
            items.save_item(store, item)
        assert raised.value.reason == reason


def test_a_new_item_is_versioned_and_its_lists_normalised(store: Store) -> None:
    source.install_builtin(store)
    item = items.save_item(store, Item("3.13", "3", "高空抛物", "公安",
                                       supporting="城管；社区、城管", hotline_keywords="抛物\n扔"))
    assert item.supporting == "城管; 社区" and item.hotline_keywords == "抛物; 扔"
    assert records.content(store, items.ITEM_KIND, item.id)["title"] == "高空抛物"
    assert items.find(store, "3.13").id == item.id
    with pytest.raises(items.UnknownItem) as raised:
        items.find(store, "3.99")
    assert "3.13" in raised.value.known


@given(st.lists(st.text(st.characters(blacklist_characters=";；,，、\n"), max_size=8),
                max_size=6))
def test_list_fields_keep_each_entry_once_in_order(entries: list[str]) -> None:
    expected = list(dict.fromkeys(e.strip() for e in entries if e.strip()))
    assert items.split(items.join(entries)) == expected
