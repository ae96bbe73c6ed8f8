"""The four built-in checklists and checklist versions in the store."""

from __future__ import annotations

import dataclasses

import pytest

from storage.forms import checklists, xlsform
from storage.inspection import compounds, inspections
from storage.store import db


@pytest.mark.parametrize("form_id", checklists.BUILTIN)
def test_builtin_checklist_is_complete(form_id: str) -> None:
    """At least 12 check items, each bilingual, with severity, department, basis and action."""
    checklist = checklists.builtin(form_id)
    scored = [item for item in checklist.items if item.scored]
    assert len(scored) >= 12
    for item in scored:
        assert item.label("zh") != item.label("en"), item.name
        assert item.severity in xlsform.SEVERITIES
        assert item.department and item.legal_basis and item.action, item.name
    assert checklist.title and checklist.title_en and checklist.version


def test_builtins_use_every_supported_item_type() -> None:
    types = {item.type for form_id in checklists.BUILTIN
             for item in checklists.builtin(form_id).items}
    assert set(xlsform.ITEM_TYPES) - {"datetime"} <= types


def test_installing_builtins_twice_keeps_one_version_each(store: db.Store) -> None:
    checklists.install_builtins(store)
    assert store.db["checklist_versions"].count == len(checklists.BUILTIN)
    assert [s.form_id for s in checklists.latest(store)] == list(checklists.BUILTIN)


def _changed(checklist: xlsform.Checklist, version: str) -> xlsform.Checklist:
    sheets = {name: [list(row) for row in rows] for name, rows in checklist.sheets.items()}
    header = sheets["settings"][0]
    sheets["settings"][1][header.index("version")] = version
    survey_header = sheets["survey"][0]
    label = survey_header.index("label::中文 (zh)")
    sheets["survey"][2][label] += "（修订）"
    return xlsform.parse(sheets)


def test_old_inspection_keeps_its_checklist_version(store: db.Store) -> None:
    """After a new version is stored, an inspection filled against the old one still loads it."""
    old = checklists.find(store, "parking")
    assert old is not None
    compound = compounds.save(store, compounds.Compound(name="香榭丽"))
    inspection = inspections.start(store, compound.id, old.id)
    new_id = checklists.save(store, _changed(checklists.load(store, old.id), "2026.2"))
    assert checklists.find(store, "parking").id == new_id  # type: ignore[union-attr]
    reloaded = inspections.get(store, inspection.id)
    assert checklists.load(store, reloaded.checklist_version_id).version == "2026.1"


def test_same_version_label_with_other_content_is_refused(store: db.Store) -> None:
    parking = checklists.builtin("parking")
    with pytest.raises(checklists.VersionClash):
        checklists.save(store, _changed(parking, parking.version))


def test_version_id_depends_only_on_the_source() -> None:
    parking = checklists.builtin("parking")
    assert checklists.version_id(parking) == checklists.version_id(
        dataclasses.replace(parking))


def test_a_builtins_id_is_known_without_parsing_it() -> None:
    """install_builtins skips pyxform for versions the store has: the ids must agree."""
    for form_id in checklists.BUILTIN:
        assert checklists.builtin_id(form_id) == checklists.version_id(
            checklists.builtin(form_id))
