"""Versions are hashes of canonical content; the history keeps every one, append-only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.inspection import compounds
from storage.inspection.compounds import Compound
from storage.store import cipher, db, lineage, records, versioning


def test_version_ignores_key_order_and_depends_on_every_value() -> None:
    a = {"name": "丰瑞丽都", "households": 800}
    assert versioning.version_of(a) == versioning.version_of(dict(reversed(a.items())))
    assert versioning.version_of(a) != versioning.version_of({**a, "households": 801})


@given(st.dictionaries(st.text(max_size=5), st.one_of(st.text(), st.integers(), st.none())))
def test_canonical_text_round_trips(content: dict[str, object]) -> None:
    import json

    assert json.loads(versioning.canonical(content)) == content


def test_each_change_appends_a_version_with_its_parent(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="香榭丽", district="费县"))
    first = store.db["compounds"].get(compound.id)["version"]
    compound.households = 960
    compounds.save(store, compound)
    compound.property_company = "华新物业"
    compounds.save(store, compound)
    versions = records.history(store, compounds.KIND, compound.id)
    assert [v.parent_version for v in versions] == [None, first, versions[1].version]
    assert versions[-1].content["property_company"] == "华新物业"
    assert all(v.source == "typed" for v in versions)


def test_saving_the_same_content_adds_nothing(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="怡景新苑"))
    compounds.save(store, compound)
    assert len(records.history(store, compounds.KIND, compound.id)) == 1


def test_origin_is_recorded(store: db.Store) -> None:
    compound = compounds.save(store, Compound(name="锦绣华庭一期"),
                              versioning.Origin("imported", "张伟-第47周.xlsx"))
    (version,) = records.history(store, compounds.KIND, compound.id)
    assert (version.source, version.source_detail) == ("imported", "张伟-第47周.xlsx")
    assert version.device_id == store.device_id


def test_unknown_source_is_a_bug() -> None:
    with pytest.raises(ValueError):
        versioning.Origin("copied")


def test_history_is_append_only(store: db.Store) -> None:
    compounds.save(store, Compound(name="丰瑞丽都"))
    for statement in ("UPDATE history SET source = 'demo'", "DELETE FROM history"):
        with pytest.raises(cipher.dbapi.IntegrityError, match="append-only"):
            store.db.execute(statement)


def test_content_must_have_exactly_the_kind_columns(store: db.Store) -> None:
    with pytest.raises(ValueError, match="missing"):
        versioning.write(store, compounds.KIND, "x", {"name": "a"})


def test_a_failed_write_leaves_no_row_and_no_history(store: db.Store) -> None:
    """The row and its history entry are one transaction."""
    content = Compound(name="甲").content()
    content["party_branch"] = "not-a-type"  # violates the CHECK constraint
    with pytest.raises(cipher.dbapi.IntegrityError):
        versioning.write(store, compounds.KIND, "c1", content)
    assert store.db["compounds"].count == 0
    assert store.db["history"].count == 0


def test_a_local_change_of_any_origin_follows_the_version_stored(store: db.Store) -> None:
    """A change made here by an import or the demo is no second head: no false conflict."""
    compound = compounds.save(store, Compound(name="甲"))
    compound.street = "兰山街道"
    second = versioning.write(store, compounds.KIND, compound.id, compound.content(),
                              versioning.Origin("imported", "台账.xlsx"))
    first, last = records.history(store, compounds.KIND, compound.id)
    assert (last.version, last.parent_version) == (second, first.version)


def test_a_local_change_builds_on_every_head_the_store_knows(store: db.Store) -> None:
    """Two sides of a record, imported with the parents their files name, leave two heads
    while the row holds one (a merge equal to it is not recorded): the next change made
    here names both, so every store that imports it finds it made after both."""
    compound = compounds.save(store, Compound(name="甲"))
    base = store.db["compounds"].get(compound.id)["version"]
    sides = []
    for street in ("兰山街道", "银雀山街道"):
        compound.street = street
        sides.append(versioning.write(store, compounds.KIND, compound.id, compound.content(),
                                      versioning.Origin("imported", f"{street}.xlsx"),
                                      parents=(base,)))
    assert set(lineage.heads_of(store, "compound", compound.id)) == set(sides)
    compound.households = 960
    typed = versioning.write(store, compounds.KIND, compound.id, compound.content())
    edges = {row[0] for row in store.db.execute(
        "SELECT parent FROM version_edges WHERE kind = 'compound' AND version = ?", [typed])}
    assert edges == set(sides)
    assert records.history(store, compounds.KIND, compound.id)[-1].parent_version == sides[1]
    assert lineage.heads_of(store, "compound", compound.id) == (typed,)
