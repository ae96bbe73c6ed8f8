"""Every real form of the corpus renders, shows its filled answers, and takes another block."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exports.forms import checklist_file
from storage.forms import validate
from storage.store import db
from tests import corpus
from ui.form.renderer import FormView


@pytest.mark.parametrize("path", corpus.FORMS, ids=[p.stem for p in corpus.FORMS])
def test_each_form_renders_its_answers(qtbot: QtBot, store: db.Store, path: Path) -> None:
    checklist = checklist_file.read(path)
    answers = corpus.fill(checklist)
    form = FormView(store, checklist, "zh")
    qtbot.addWidget(form)
    form.today = corpus.TODAY
    form.load(answers, [])
    assert form.answers == answers
    found = validate.state(checklist, answers, corpus.TODAY)
    for where, item in found.items.items():
        if found.applies[where] and item.shown and item.type not in ("meta",):
            assert where in form.rows, where  # every applicable item has its row
            assert not form.rows[where].isHidden(), where
    assert all(not row.message.text() for row in form.rows.values())
    for where in list(form.repeat_sections):
        if found.counts.get(where) is None and found.applies.get(where):
            before = len(found.blocks[where])
            form.add_block(where)
            assert len(form.found.blocks[where]) == before + 1  # type: ignore[union-attr]
