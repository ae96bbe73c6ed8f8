"""The four built-in checklists and checklist versions in the store."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.forms import checklists, xlsform
from storage.inspection import compounds, inspections
from storage.store import db
from tests.conftest import Template, copy_of, template


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


def test_builtins_use_the_everyday_item_types() -> None:
    types = {item.type for form_id in checklists.BUILTIN
             for item in checklists.builtin(form_id).items}
    assert {"select_one", "select_multiple", "integer", "decimal", "text", "date", "image",
            "note"} <= types


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


def test_a_dry_run_tells_what_the_import_does(store: db.Store) -> None:
    """The dry run said "a new version" where the import then failed on a clash."""
    parking = checklists.builtin("parking")
    assert checklists.plan(store, parking).outcome == "unchanged"
    renamed = _changed(parking, "2026.9")
    planned = checklists.plan(store, renamed)
    assert planned.outcome == "new_version" and planned.previous is not None
    assert planned.previous.version == "2026.1"
    assert checklists.save(store, renamed) == planned.id
    clash = _changed(checklists.builtin("parking"), "2026.1")
    with pytest.raises(checklists.VersionClash):
        checklists.plan(store, clash)
    with pytest.raises(checklists.VersionClash):
        checklists.save(store, clash)


def test_item_rows_cover_the_items_in_repeats(store: db.Store) -> None:
    source = (Path(__file__).resolve().parents[2] / "data" / "structures_checklist.md")
    ident = checklists.save(store, xlsform.parse(xlsform.read_markdown(
        source.read_text(encoding="utf-8"))))
    rows = dict(store.db.execute("SELECT item, group_name FROM checklist_items"
                                 " WHERE checklist_version_id = ?", [ident]).fetchall())
    assert rows["area"] == "structures" and rows["district"] == "place"
    assert checklists.latest(store)[-1].item_count == len(rows)


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A new store without the built-in checklists, built once for each example's copy."""
    return template(tmp_path_factory.mktemp("empty") / "x.db", lambda store: None)


@settings(database=None, deadline=None, max_examples=25,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["1", "2", "3", ""]),
                          st.sampled_from(["甲", "乙"]), st.sampled_from(["t", "u", ""])),
                min_size=1, max_size=6))
def test_a_dry_run_always_equals_the_import(empty: Template,
                                            imports: list[tuple[str, str, str]]) -> None:
    """Whatever came before, the dry run foretells what the import then does."""
    with tempfile.TemporaryDirectory() as folder:
        store = copy_of(empty, Path(folder) / "x.db")
        for version, label, form_id in imports:
            settings_sheet = [["form_id", "version"], [form_id, version]]
            checklist = xlsform.parse({"survey": [["type", "name", "label"],
                                                  ["text", "a", label]],
                                       "settings": settings_sheet}, name_hint="表")
            before = store.db["checklist_versions"].count
            try:
                planned = checklists.plan(store, checklist)
            except checklists.VersionClash:
                with pytest.raises(checklists.VersionClash):
                    checklists.save(store, checklist)
                assert store.db["checklist_versions"].count == before
                continue
            assert checklists.save(store, checklist) == planned.id
            added = store.db["checklist_versions"].count - before
            assert added == (0 if planned.outcome == "unchanged" else 1)
        store.close()
def test_opening_a_store_that_has_the_builtins_parses_nothing(store_path: Path) -> None:
    """install_builtins runs at every start: with the built-ins stored it must not load
    pyxform (slow to import), and it names the same versions."""
    first = db.open_store(store_path)
    ids = checklists.install_builtins(first)
    assert ids == [checklists.version_id(checklists.builtin(f)) for f in checklists.BUILTIN]
    first.close()
    script = ("import sys, json; from storage.store import db; from storage.forms import "
              "checklists; s = db.open_store(sys.argv[1]); "
              "print(json.dumps([checklists.install_builtins(s), 'pyxform' in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", script, str(store_path)], capture_output=True,
                          text=True, check=True, cwd=Path(__file__).resolve().parents[3])
    assert json.loads(done.stdout) == [ids, False]
