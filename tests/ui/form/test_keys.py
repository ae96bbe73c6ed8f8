"""The form by keyboard: arrows choose answers, dates are typed into empty fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storage.forms import checklists
from storage.store import db
from tests.gui_fixtures import TODAY
from ui.form import editors
from ui.form.renderer import FormView


@pytest.fixture
def form(qtbot: QtBot, store: db.Store, all_types: str) -> FormView:
    view = FormView(store, checklists.load(store, all_types), "zh")
    view.today = TODAY
    view.load({}, [])
    qtbot.addWidget(view)
    view.show()
    return view


def test_arrow_keys_choose_the_answer_even_before_one_is_chosen(qtbot: QtBot,
                                                                form: FormView) -> None:
    editor = form.rows["lane"].editor
    assert isinstance(editor, editors.ChoiceEditor)
    first = editor.buttons()[0]
    first.setFocus()
    with qtbot.waitSignal(form.answers_changed):
        qtbot.keyClick(first, Qt.Key.Key_Right)
    assert form.answers["lane"] == "issue"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert form.answers["lane"] == "na"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # wraps to the first
    assert form.answers["lane"] == "ok"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert form.answers["lane"] == "na"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert form.answers["lane"] == ""


def test_a_date_is_typed_into_the_empty_field(qtbot: QtBot, form: FormView) -> None:
    """'—' once became '—20270105': digits now start a date, year first."""
    day = form.rows["found_on"].editor
    assert isinstance(day, editors.DateEditor) and day.value() == ""
    day.edit.setFocus()
    qtbot.keyClicks(day.edit, "20261105")
    assert day.value() == "2026-11-05" and form.answers["found_on"] == "2026-11-05"
    moment = form.rows["seen_at"].editor
    assert isinstance(moment, editors.DateEditor)
    moment.edit.setFocus()
    qtbot.keyClicks(moment.edit, "202611270930")
    assert moment.value() == "2026-11-27T09:30"


def test_an_ampersand_in_a_label_is_shown_not_taken_as_a_shortcut() -> None:
    assert editors.shown_text("物业 & 业委会") == "物业 && 业委会"
