"""Compounds: the one way typed text finds a compound (id, exact name, unique part)."""

from __future__ import annotations

import pytest

from storage.inspection import compounds
from storage.inspection.compounds import Compound
from storage.store.db import Store


def _add(store: Store, name: str, street: str = "兰山街道", deleted: bool = False) -> str:
    return compounds.save(store, Compound(name=name, district="兰山区", street=street,
                                          deleted=deleted)).id


def test_by_id_exact_name_or_the_only_name_containing_it(store: Store) -> None:
    ident = _add(store, "丰瑞丽都")
    _add(store, "丰瑞丽都东区")
    assert compounds.resolve(store, ident).id == ident
    assert compounds.resolve(store, " 丰瑞丽都 ").id == ident  # exact beats a longer name
    assert compounds.resolve(store, "东区").name == "丰瑞丽都东区"


def test_nothing_or_several_are_refused_with_the_candidates(store: Store) -> None:
    _add(store, "幸福小区", "九曲街道")
    _add(store, "幸福小区", "兰山街道")
    _add(store, "幸福家园")
    with pytest.raises(compounds.UnknownCompound) as caught:
        compounds.resolve(store, "幸福小区")
    assert sorted(caught.value.matches) == ["幸福小区 (九曲街道)", "幸福小区 (兰山街道)"]
    with pytest.raises(compounds.UnknownCompound) as caught:
        compounds.resolve(store, "幸福")
    assert len(caught.value.matches) == 3
    with pytest.raises(compounds.UnknownCompound) as caught:
        compounds.resolve(store, "香榭丽")
    assert caught.value.matches == []


def test_a_deleted_compound_is_not_found(store: Store) -> None:
    ident = _add(store, "旧城小区", deleted=True)
    with pytest.raises(compounds.UnknownCompound):
        compounds.resolve(store, "旧城小区")
    with pytest.raises(compounds.UnknownCompound):
        compounds.resolve(store, ident)
