"""Real XLSForms from public projects import, fill, export and read back as themselves.

The corpus and its sources are in tests/data/forms (SOURCES.md). Each form must import
with the questions pyxform finds, take answers, and come back from an export (with its
list files) and from a LibreOffice re-save as the same checklist version; each refused
form must get one line naming sheet, row and what is wrong.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from exports.forms import checklist_file
from storage.forms import checklists, validate, xlsform
from tests import corpus

IDS = [p.stem for p in corpus.FORMS]


def test_the_corpus_holds_at_least_twenty_real_forms() -> None:
    assert len(corpus.FORMS) >= 20
    sources = (corpus.FOLDER / "SOURCES.md").read_text(encoding="utf-8")
    assert all(p.name in sources for p in [*corpus.FORMS, *corpus.REFUSED])


@pytest.mark.parametrize("path", corpus.FORMS, ids=IDS)
def test_each_form_imports_with_the_questions_pyxform_finds(path: Path) -> None:
    checklist = checklist_file.read(path)
    assert len(checklist.all_items) == corpus.pyxform_count(path)
    assert checklist.form_id and checklist.version


@pytest.mark.parametrize("path", corpus.FORMS, ids=IDS)
def test_each_form_is_filled_without_problems(path: Path) -> None:
    checklist = checklist_file.read(path)
    answers = corpus.fill(checklist)
    asked = [i for i in checklist.all_items if i.answered]
    assert answers or not asked
    assert validate.validate(checklist, answers, final=False, today=corpus.TODAY) == []
    score = validate.score(checklist, answers, corpus.TODAY)
    assert score is None or 0 <= score <= 100


@pytest.mark.parametrize("path", corpus.FORMS, ids=IDS)
def test_each_form_exported_reads_back_as_the_same_version(path: Path,
                                                           tmp_path: Path) -> None:
    checklist = checklist_file.read(path)
    (tmp_path / "out").mkdir()
    written = checklist_file.export(checklist, tmp_path / "out" / "form.xlsx")
    assert [p.name for p in written[1:]] == sorted(
        n[len("file:"):] for n in checklist.sheets if n.startswith("file:"))
    back = checklist_file.read(written[0])
    assert checklists.version_id(back) == checklists.version_id(checklist)
    zipped = checklist_file.read(checklist_file.export(checklist, tmp_path / "form.zip")[0])
    assert checklists.version_id(zipped) == checklists.version_id(checklist)


def test_a_libreoffice_resave_keeps_every_version(tmp_path: Path, soffice: str) -> None:
    """A supervisor opens the exported checklists in LibreOffice and saves them as .xlsx."""
    exported, expected = tmp_path / "exported", {}
    for n, path in enumerate(corpus.FORMS):
        checklist = checklist_file.read(path)
        folder = exported / str(n)
        folder.mkdir(parents=True)
        written = checklist_file.export(checklist, folder / f"{n}.xlsx")
        expected[n] = (checklists.version_id(checklist), written)
    saved = tmp_path / "saved"
    subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(saved),
                    *(str(w[0]) for _, w in expected.values())], check=True,
                   capture_output=True, timeout=600)
    for n, (version, written) in expected.items():
        folder = tmp_path / "back" / str(n)
        folder.mkdir(parents=True)
        shutil.copy(saved / f"{n}.xlsx", folder)
        for companion in written[1:]:
            shutil.copy(companion, folder)
        assert checklists.version_id(checklist_file.read(folder / f"{n}.xlsx")) == version


REFUSED = {  # the one line each real form that is refused gets: reason, sheet, row, column
    "hes_all_question_types": ("missing_file", "survey", 82, "type"),
    "hot_buildings": ("xlsform", "survey", 34, ""),
    "hot_toilets": ("missing_file", "survey", 12, "type"),
    "hot_waterpoints": ("unsupported_syntax", "survey", 17, "required"),
    "kobo_child": ("missing_file", "survey", 2, "type"),
    "kobo_media_question_types": ("xlsform", "survey", 11, "name"),
    "kobo_number_decimal_range_question_types": ("xlsform", "survey", 9, "parameters"),
    "unhcr_demo": ("xlsform", "choices", 7, "name"),
}


@pytest.mark.parametrize("path", corpus.REFUSED, ids=[p.stem for p in corpus.REFUSED])
def test_each_refused_form_gets_one_located_line(path: Path) -> None:
    with pytest.raises(xlsform.ChecklistError) as caught:
        checklist_file.read(path)
    error = caught.value
    assert (error.reason, error.sheet, error.row, error.column) == REFUSED[path.stem]
    assert error.detail and "\n" not in error.detail.strip()
