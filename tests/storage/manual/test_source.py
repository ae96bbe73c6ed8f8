"""The built-in manual as readable source: its content, the format, installing it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.forms import checklists
from storage.manual import items, source
from storage.manual.items import Item
from storage.store import records
from storage.store.db import Store


def test_the_builtin_manual_has_five_categories_and_46_items() -> None:
    manual = source.builtin()
    assert manual.edition and manual.title.startswith("职通民声")
    assert [len([i for i in manual.items if i.category == c.code]) for c in manual.categories
            ] == [9, 11, 12, 8, 6]
    assert len(manual.items) == 46
    for item in manual.items:
        assert item.lead and item.what and item.how and item.cooperation and item.legal_basis
        assert item.time_limit_days and item.title_en, item.code


def test_every_scored_item_of_the_builtin_checklists_has_exactly_one_manual_item() -> None:
    """Findings of every checklist item are routed: none left out, none claimed twice."""
    claimed = [ref for item in source.builtin().items for ref in item.entries("checklist_items")]
    scored = {f"{form}.{i.name}" for form in checklists.BUILTIN
              for i in checklists.builtin(form).items if i.scored}
    assert sorted(claimed) == sorted(scored)


def test_render_then_parse_gives_the_manual_back() -> None:
    manual = source.builtin()
    assert source.parse(source.render(manual)) == manual


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=60)


@settings(max_examples=60, deadline=None)
@given(title=_text.filter(lambda t: t.strip() == t and "|" not in t and t),
       demand=_text, how=st.lists(_text, min_size=1, max_size=4), days=st.integers(1, 3650))
def test_any_text_survives_the_source_format(title: str, demand: str, how: list[str],
                                             days: int) -> None:
    """Whatever a person types in an item's fields reads back the same from the source."""
    how_text = "\n".join(line.strip() for line in how if line.strip())
    demand = " ".join(demand.split())
    item = Item(code="1.01", category="1", title=title, lead="住建", demand=demand,
                how=how_text, time_limit_days=days, position=1)
    manual = source.Manual("手册", "Manual", "1", [items.Category("1", "分类", "Cat", 1)], [item])
    assert source.parse(source.render(manual)).items == [item]


@pytest.mark.parametrize(("text", "line", "reason"), [
    ("# M\n## 1 A | a\n- lead: x\n", 3, "no_item"),
    ("# M\n### 1.01 A | a\n", 2, "no_category"),
    ("# M\n## 1 A | a\n### 1.01 T | t\n- colour: red\n", 4, "unknown_field"),
    ("# M\n## 1 A | a\n### 1.01 T | t\n- time_limit: soon\n", 4, "bad_time_limit"),
    ("# M\n## 1 A | a\nstray words\n", 3, "field"),
])
def test_a_broken_source_names_its_line(text: str, line: int, reason: str) -> None:
    with pytest.raises(source.SourceError) as raised:
        source.parse(text)
    assert (raised.value.line, raised.value.reason) == (line, reason)


def test_an_item_without_a_lead_department_is_refused() -> None:
    with pytest.raises(items.ManualError) as raised:
        source.parse("# M\n## 1 A | a\n### 1.01 T | t\n- what: x\n")
    assert (raised.value.code, raised.value.field, raised.value.reason) == ("1.01", "lead",
                                                                           "required")


def test_installing_twice_writes_once_with_the_same_ids_everywhere(store: Store,
                                                                   tmp_path: object) -> None:
    assert source.install_builtin(store) == 51
    assert source.install_builtin(store) == 0
    item = items.find(store, "3.01")
    assert item.id == items.builtin_id("item", "3.01")
    assert records.current(store, items.ITEM_KIND, item.id)["version"] == \
        records.history(store, items.ITEM_KIND, item.id)[0].version


def test_a_new_edition_keeps_what_people_changed(store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    source.install_builtin(store)
    changed = items.find(store, "3.01")
    changed.lead = "应急管理"
    items.save_item(store, changed)
    text = source.builtin_source().replace("- edition: 2026.1", "- edition: 2026.2")
    text = text.replace("- time_limit: 1\n", "- time_limit: 2\n")  # 3.01 and 2.09
    monkeypatch.setattr(source, "builtin_source", lambda name=source.BUILTIN: text)
    assert source.install_builtin(store) == 1
    assert items.find(store, "3.01").lead == "应急管理"  # the person's change stays
    assert items.find(store, "3.01").time_limit_days == 1
    assert items.find(store, "2.09").time_limit_days == 2  # untouched: follows the edition
