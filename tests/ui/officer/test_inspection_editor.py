"""The inspection editor: autosave, reopening, finalising, amending and raising findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from storage.forms import checklists, xlsform
from storage.inspection import compounds, findings, inspections
from storage.store import db, records
from tests.gui_fixtures import TODAY, type_text
from ui.officer.inspection_editor import InspectionEditor


@pytest.fixture
def draft(store: db.Store, all_types: str, compound: compounds.Compound) -> str:
    return inspections.start(store, compound.id, all_types, officer="张伟").id


def make_editor(qtbot: QtBot, store: db.Store, ident: str) -> InspectionEditor:
    editor = InspectionEditor(store, ident, "zh", today=TODAY, default_department="城管")
    qtbot.addWidget(editor)
    editor.show()
    return editor


def choose(editor: InspectionEditor, item: str, choice: str) -> None:
    buttons = editor.form.rows[item].editor.buttons()
    next(b for b in buttons if b.property("choice") == choice).click()


def test_autosave_then_reopen_after_the_window_is_destroyed(
        qtbot: QtBot, store: db.Store, draft: str) -> None:
    """The draft is written by the timer alone; nothing calls save."""
    editor = make_editor(qtbot, store, draft)
    choose(editor, "lane", "issue")
    qtbot.keyClicks(editor.form.rows["count"].editor.line, "2")
    type_text(editor.form.rows["remarks"].editor.text, "楼道堆物")
    assert editor.dirty and editor.timer.isActive()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=3000)
    assert editor.timer.interval() <= 2000
    shiboken6.delete(editor)  # gone at once: no close handler, no explicit save
    reopened = make_editor(qtbot, store, draft)
    assert reopened.form.answers == {"lane": "issue", "count": 2, "remarks": "楼道堆物"}
    assert reopened.form.rows["count"].editor.value() == "2"
    assert [d.id for d in inspections.drafts(store)] == [draft]


def test_typing_does_not_postpone_the_autosave(qtbot: QtBot, store: db.Store,
                                               draft: str) -> None:
    editor = make_editor(qtbot, store, draft)
    choose(editor, "lane", "ok")
    remaining = editor.timer.remainingTime()
    qtbot.wait(50)
    editor.form.rows["weather"].editor.combo.setCurrentIndex(1)
    assert editor.timer.remainingTime() < remaining


def test_finalise_refuses_missing_answers_then_locks(qtbot: QtBot, store: db.Store,
                                                     draft: str) -> None:
    editor = make_editor(qtbot, store, draft)
    assert not editor.finalise()
    assert editor.form.rows["lane"].message.text() == "An answer is required."
    choose(editor, "lane", "ok")
    assert editor.finalise()
    stored = inspections.get(store, draft)
    assert stored.status == "final" and stored.answers == {"lane": "ok"}
    assert not editor.finalise_button.isVisible() and editor.amend_button.isVisible()
    assert not editor.form.rows["lane"].editor.isEnabled()


def test_a_final_inspection_changes_only_with_a_reason(qtbot: QtBot, store: db.Store,
                                                       draft: str) -> None:
    editor = make_editor(qtbot, store, draft)
    choose(editor, "lane", "ok")
    assert editor.finalise()
    assert not editor.begin_amendment("  ")
    assert editor.begin_amendment("记错了天气")
    editor.form.rows["weather"].editor.combo.setCurrentIndex(2)
    assert editor.save()
    assert inspections.get(store, draft).answers == {"lane": "ok", "weather": "cloud"}
    latest = records.history(store, inspections.KIND, draft)[-1]
    assert latest.source_detail == "记错了天气"
    assert editor.amend_button.isVisible()  # locked again


def test_raise_a_finding_from_a_failing_answer(qtbot: QtBot, store: db.Store,
                                               draft: str) -> None:
    editor = make_editor(qtbot, store, draft)
    choose(editor, "lane", "issue")
    button = editor.form.rows["lane"].finding_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in editor.findChildren(type(editor.raise_finding_for("lane")))
                  if w.isVisible())
    assert dialog.description.toPlainText() == "不符合：消防通道畅通"
    assert dialog.department.text() == "消防"
    assert dialog.legal_basis.toPlainText() == "《消防法》第二十八条"
    expected = TODAY + dt.timedelta(days=findings.DEADLINE_DAYS["critical"])
    assert dialog.deadline.date().toPython() == expected
    type_text(dialog.party, "临沂恒信物业")
    with qtbot.waitSignal(editor.finding_raised) as raised:
        dialog.accept()
    finding = findings.get(store, raised.args[0])
    assert (finding.inspection_id, finding.item, finding.responsible_party) == (
        draft, "lane", "临沂恒信物业")
    assert finding.number in button.text()


def test_finalising_asks_about_failures_without_a_finding(
        qtbot: QtBot, store: db.Store, draft: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor = make_editor(qtbot, store, draft)
    choose(editor, "lane", "issue")
    qtbot.keyClicks(editor.form.rows["count"].editor.line, "1")
    assert not editor.finalise()
    assert "消防通道畅通" in asked[0]
    assert inspections.get(store, draft).status == "draft"


def test_attach_a_photo_to_an_image_item(qtbot: QtBot, store: db.Store, draft: str,
                                         photo_file: Path) -> None:
    editor = make_editor(qtbot, store, draft)
    strip = editor.form.rows["photo"].photos
    strip.add_files([photo_file])
    qtbot.waitUntil(lambda: strip.pending == 0 and bool(strip.entries), timeout=10000)
    strip.set_caption(0, "东侧全景")
    assert strip.list.count() == 1
    assert editor.save()
    stored = inspections.get(store, draft)
    assert stored.attachments == [{"photo": strip.entries[0]["photo"], "item": "photo",
                                   "caption": "东侧全景"}]
    assert (store.photos_dir / stored.attachments[0]["photo"][:2]).is_dir()


def test_a_finding_per_block_of_a_repeat(qtbot: QtBot, store: db.Store,
                                          compound: compounds.Compound) -> None:
    """An inspection of illegal construction records each structure, and a finding for each."""
    source = Path(__file__).resolve().parents[2] / "data" / "structures_checklist.md"
    version = checklists.save(store, xlsform.parse(xlsform.read_markdown(
        source.read_text(encoding="utf-8"))))
    editor = make_editor(qtbot, store, inspections.start(store, compound.id, version).id)
    assert editor.form.context is not None and editor.form.context.seed == \
        editor.inspection.id
    first, second = editor.form.add_block("structures"), editor.form.add_block("structures")
    for block in (first, second):
        choose(editor, f"structures[{block}]/permit", "issue")
    where = f"structures[{second}]/permit"
    dialog = editor.raise_finding_for(where)
    assert dialog.description.toPlainText() == "无：有审批手续（违建 2）"
    with qtbot.waitSignal(editor.finding_raised) as raised:
        dialog.accept()
    finding = findings.get(store, raised.args[0])
    assert finding.item == where and finding.severity == "major"
    assert finding.number in editor.form.rows[where].finding_button.text()
    other = editor.form.rows[f"structures[{first}]/permit"].finding_button
    assert finding.number not in other.text()  # the other block still wants its own
    assert editor.save_draft()
    stored = inspections.get(store, editor.inspection.id)
    assert [b[xlsform.BLOCK_ID] for b in stored.answers["structures"]] == [first, second]
    assert stored.score == 0.0
