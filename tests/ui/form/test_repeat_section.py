"""Repeats, calculations, cascading selects and the newer item types in the rendered form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from storage.forms import checklists, xlsform
from storage.forms.xlsform import BLOCK_ID
from storage.store import db
from tests.gui_fixtures import type_text
from ui.form import editors
from ui.form.renderer import FormView

SOURCE = Path(__file__).resolve().parents[2] / "data" / "structures_checklist.md"


@pytest.fixture
def form(qtbot: QtBot, store: db.Store) -> FormView:
    checklist = xlsform.parse(xlsform.read_markdown(SOURCE.read_text(encoding="utf-8")))
    view = FormView(store, checklists.load(store, checklists.save(store, checklist)), "zh")
    view.load({}, [])
    qtbot.addWidget(view)
    view.show()
    return view


def test_blocks_are_added_filled_and_removed(qtbot: QtBot, form: FormView) -> None:
    section = form.repeat_sections["structures"]
    assert section.empty.isVisible() and not section.frames
    with qtbot.waitSignal(form.answers_changed):
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    first = form.add_block("structures")
    blocks = form.answers["structures"]
    assert [b[BLOCK_ID] for b in blocks][1] == first and len(section.frames) == 2
    assert [f.title.text() for f in section.frames.values()] == ["违建 1", "违建 2"]
    area = f"structures[{first}]/area"
    qtbot.keyClicks(form.rows[area].editor.line, "12.5")  # type: ignore[union-attr]
    assert blocks[1]["area"] == 12.5
    assert form.rows["total_area"].editor.shown.text() == "—"  # block 1 has no area yet
    qtbot.keyClicks(form.rows[f"structures[{blocks[0][BLOCK_ID]}]/area"].editor.line, "2")
    assert form.rows["total_area"].editor.shown.text() == "14.5"
    assert form.rows["summary"].label.text() == "共 2 处，合计 14.5 平方米"
    form.remove_block("structures", blocks[0][BLOCK_ID])
    assert [b[BLOCK_ID] for b in form.answers["structures"]] == [first]
    assert [f.title.text() for f in section.frames.values()] == ["违建 1"]
    assert not [p for p in form.rows if blocks and p.startswith("structures[0001")]


def test_removing_a_block_with_answers_asks_first(qtbot: QtBot, form: FormView,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    block = form.add_block("structures")
    type_text(form.rows[f"structures[{block}]/location"].editor.text, "车棚")  # type: ignore
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.No)
    qtbot.mouseClick(form.repeat_sections["structures"].frames[block].remove_button,
                     Qt.MouseButton.LeftButton)
    assert len(form.answers["structures"]) == 1  # kept: the officer said no


def test_a_failing_answer_in_a_block_offers_that_blocks_finding(qtbot: QtBot,
                                                                form: FormView) -> None:
    block = form.add_block("structures")
    where = f"structures[{block}]/permit"
    editor = form.rows[where].editor
    assert isinstance(editor, editors.ChoiceEditor)
    qtbot.mouseClick(next(b for b in editor.buttons() if b.property("choice") == "issue"),
                     Qt.MouseButton.LeftButton)
    button = form.rows[where].finding_button
    assert button.isVisible()
    with qtbot.waitSignal(form.finding_requested) as blocker:
        button.click()
    assert blocker.args == [where]
    assert form.place_of(where) == (where, "违建 1")


def test_a_cascading_select_offers_what_the_answers_allow(form: FormView) -> None:
    street = form.rows["street"].editor
    assert isinstance(street, editors.ChoiceEditor) and street.combo is not None
    form.rows["district"].editor.set_value("hedong")  # type: ignore[union-attr]
    form.rows["district"].editor.changed.emit()  # type: ignore[union-attr]
    assert [street.combo.itemData(n) for n in range(street.combo.count())] == ["", "jiulong"]
    street.combo.setCurrentIndex(1)
    assert form.answers["street"] == "jiulong"


def test_the_newer_types_have_their_editors(qtbot: QtBot, form: FormView) -> None:
    kinds = {name: type(form.rows[name].editor).__name__
             for name in ("arrived", "risk", "told", "total_area")}
    assert kinds == {"arrived": "TimeEditor", "risk": "RangeEditor",
                     "told": "AcknowledgeEditor", "total_area": "DerivedView"}
    assert "started" not in form.rows or form.rows["started"].isHidden()
    qtbot.keyClicks(form.rows["arrived"].editor.line, "08:30")  # type: ignore[union-attr]
    form.rows["risk"].editor.spin.setValue(3)  # type: ignore[union-attr]
    qtbot.mouseClick(form.rows["told"].editor.box, Qt.MouseButton.LeftButton)  # type: ignore
    assert (form.answers["risk"], form.answers["told"]) == (3, "OK")
    assert form.answers["arrived"] == "08:30"
    block = form.add_block("structures")
    gps = form.rows[f"structures[{block}]/gps"].editor
    assert isinstance(gps, editors.LocationEditor)
    type_text(gps.line, "3号楼2单元")
    assert form.answers["structures"][0]["gps"] == "3号楼2单元"  # no GPS: words do


def test_or_other_asks_for_the_other_answer(qtbot: QtBot, form: FormView) -> None:
    assert form.rows["handling_other"].isHidden()
    editor = form.rows["handling"].editor
    assert isinstance(editor, editors.ChoiceEditor)
    other = next(b for b in editor.buttons() if b.property("choice") == "other")
    assert other.text() == QCoreApplication.translate("editors", "Other")
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert not form.rows["handling_other"].isHidden()


def test_a_required_message_replaces_the_general_one(form: FormView) -> None:
    from storage.forms import validate  # noqa: PLC0415

    problem = validate.Problem("district", "required")
    assert form.problem_text(form.rows["district"].item, problem) == "请选择县区"
