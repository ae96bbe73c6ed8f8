"""The form renderer driven through its real widgets: every item type, relevance, rules."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storage.forms import checklists, xlsform
from storage.store import db
from tests.gui_fixtures import ALL_TYPES, TODAY, type_text
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


def radio(form: FormView, item: str, choice: str):
    editor = form.rows[item].editor
    assert isinstance(editor, editors.ChoiceEditor)
    return next(b for b in editor.buttons() if b.property("choice") == choice)


def test_every_item_type_gets_a_fitting_widget(form: FormView) -> None:
    kinds = {name: type(row.editor).__name__ if row.editor else None
             for name, row in form.rows.items()}
    assert kinds == {"lane": "ChoiceEditor", "count": "LineEditor", "area": "LineEditor",
                     "remarks": "TextEditor", "found_on": "DateEditor",
                     "seen_at": "DateEditor", "kinds": "MultiEditor",
                     "weather": "ChoiceEditor", "safety": None, "photo": None}
    assert form.rows["photo"].photos is not None
    assert form.rows["weather"].editor.combo is not None  # five choices: a combo box
    assert "*" in form.rows["lane"].label.text()  # required mark
    assert form.rows["lane"].hint.text() == "全程走一遍"
    assert form.sections["main"].title() == "现场检查"


def test_answering_every_item_type_gives_typed_answers(qtbot: QtBot, form: FormView) -> None:
    with qtbot.waitSignal(form.answers_changed):
        qtbot.mouseClick(radio(form, "lane", "issue"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.rows["count"].editor.line, "3")
    qtbot.keyClicks(form.rows["area"].editor.line, "12.5")
    type_text(form.rows["remarks"].editor.text, "三号楼东侧")
    form.rows["found_on"].editor.edit.setDate(QDate(2026, 11, 20))
    form.rows["seen_at"].editor.edit.setDateTime(
        QDateTime(QDate(2026, 11, 27), QTime(9, 30), editors.WALL_CLOCK))
    qtbot.mouseClick(form.rows["kinds"].editor.boxes[1], Qt.MouseButton.LeftButton)
    form.rows["weather"].editor.combo.setCurrentIndex(3)
    assert form.answers == {"lane": "issue", "count": 3, "area": 12.5, "remarks": "三号楼东侧",
                            "found_on": "2026-11-20", "seen_at": "2026-11-27T09:30",
                            "kinds": ["ebike"], "weather": "rain"}
    assert all(not row.message.isVisible() for row in form.rows.values())


def test_relevance_shows_and_hides_items(qtbot: QtBot, form: FormView) -> None:
    assert not form.rows["count"].isVisible()
    qtbot.mouseClick(radio(form, "lane", "issue"), Qt.MouseButton.LeftButton)
    assert form.rows["count"].isVisible()
    qtbot.mouseClick(radio(form, "lane", "ok"), Qt.MouseButton.LeftButton)
    assert not form.rows["count"].isVisible()


def test_a_constraint_message_shows_inline_and_goes(qtbot: QtBot, form: FormView) -> None:
    qtbot.mouseClick(radio(form, "lane", "issue"), Qt.MouseButton.LeftButton)
    line = form.rows["count"].editor.line
    qtbot.keyClicks(line, "42")
    message = form.rows["count"].message
    assert message.isVisible() and message.text() == "数量应在 1 到 10 之间"
    line.clear()
    qtbot.keyClicks(line, "4")
    assert not message.isVisible()


def test_a_date_after_today_breaks_its_constraint(form: FormView) -> None:
    form.rows["found_on"].editor.edit.setDate(QDate(2026, 12, 24))
    assert form.rows["found_on"].message.text() == "不能晚于今天"


def test_the_score_follows_the_answers(qtbot: QtBot, form: FormView) -> None:
    with qtbot.waitSignal(form.score_changed) as blocker:
        qtbot.mouseClick(radio(form, "lane", "ok"), Qt.MouseButton.LeftButton)
    assert blocker.args == [100.0]
    with qtbot.waitSignal(form.score_changed) as blocker:
        qtbot.mouseClick(radio(form, "lane", "issue"), Qt.MouseButton.LeftButton)
    assert blocker.args == [0.0]


def test_a_failing_answer_offers_a_finding(qtbot: QtBot, form: FormView) -> None:
    button = form.rows["lane"].finding_button
    assert not button.isVisible()
    qtbot.mouseClick(radio(form, "lane", "issue"), Qt.MouseButton.LeftButton)
    assert button.isVisible()
    with qtbot.waitSignal(form.finding_requested) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["lane"]


def test_next_unanswered_moves_the_focus_in_form_order(qtbot: QtBot, form: FormView) -> None:
    form.activateWindow()
    qtbot.mouseClick(radio(form, "lane", "ok"), Qt.MouseButton.LeftButton)
    assert form.focus_next_unanswered() == "area"  # count does not apply
    assert form.rows["area"].editor.line.hasFocus()
    assert form.focus_next_unanswered() == "remarks"
    form.rows["photo"].photos.add_button.setFocus()
    assert form.focus_next_unanswered() == "area"  # wraps around


def test_loading_answers_fills_the_widgets_without_an_edit(qtbot: QtBot,
                                                           form: FormView) -> None:
    with qtbot.assertNotEmitted(form.answers_changed):
        form.load({"lane": "issue", "count": 2, "kinds": ["car"], "weather": "fog",
                   "found_on": "2026-11-01"}, [])
    assert form.rows["count"].isVisible()
    assert form.rows["count"].editor.value() == "2"
    assert form.rows["kinds"].editor.value() == ["car"]
    assert form.rows["weather"].editor.value() == "fog"
    assert form.rows["found_on"].editor.value() == "2026-11-01"
    form.load({}, [])
    assert radio(form, "lane", "issue").isChecked() is False


def test_english_labels_follow_the_language(qtbot: QtBot, store: db.Store,
                                            all_types: str) -> None:
    view = FormView(store, checklists.load(store, all_types), "en")
    qtbot.addWidget(view)
    assert view.rows["lane"].item.label("en") in view.rows["lane"].label.text()
    assert view.sections["main"].title() == "On site"


def test_an_empty_date_opens_its_calendar_on_this_month(qtbot: QtBot, form: FormView) -> None:
    edit = form.rows["found_on"].editor.edit
    calendar = edit.calendarWidget()
    QApplication.sendEvent(calendar, QShowEvent())  # as when its pop-up opens
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)  # the tests' clock
    assert form.rows["found_on"].editor.value() == ""  # showing is not answering


def test_delete_clears_a_chosen_answer(qtbot: QtBot, form: FormView) -> None:
    button = radio(form, "lane", "issue")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert form.answers["lane"] == "issue" and form.rows["count"].isVisible()
    qtbot.keyClick(button, Qt.Key.Key_Delete)
    assert form.answers["lane"] == "" and not button.isChecked()
    assert not form.rows["count"].isVisible()


@pytest.fixture
def linyi_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The laptop's own zone set to Asia/Shanghai, as on an officer's laptop in Linyi."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("kind", ["date", "datetime"])
def test_dates_are_wall_clock_values_in_linyis_zone(qtbot: QtBot, linyi_zone: None,
                                                   kind: str) -> None:
    """In Asia/Shanghai the year 1900 has an odd local offset: an empty date stayed empty
    only elsewhere (it read as 1899-12-31). A date is a wall-clock value, no zone applied."""
    item = next(i for i in xlsform.parse(xlsform.read_markdown(ALL_TYPES)).items
                if i.type == "date")
    editor = editors.DateEditor(dataclasses.replace(item, type=kind), "zh")
    qtbot.addWidget(editor)
    assert editor.value() == ""
    typed = "2026-11-27T23:30" if kind == "datetime" else "2026-11-27"
    editor.set_value(typed)
    assert editor.value() == typed
    editor.set_today()
    assert editor.value().startswith("2026-11-27")
    editor.set_value("")
    assert editor.value() == ""
