"""The finding dialog: the deadline follows the severity, edits and state changes are saved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from storage.inspection import compounds, findings
from storage.manual import source
from storage.store import db
from tests.gui_fixtures import TODAY, type_text
from ui.officer.finding_dialog import FindingDialog


def _new(compound: compounds.Compound) -> findings.Finding:
    return findings.Finding(compound_id=compound.id, description="楼道堆放杂物",
                            severity="minor", deadline=findings.default_deadline("minor", TODAY))


def test_the_deadline_follows_the_severity_until_set_by_hand(
        qtbot: QtBot, store: db.Store, compound: compounds.Compound) -> None:
    dialog = FindingDialog(store, _new(compound), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.deadline.date().toString("yyyy-MM-dd") == "2026-12-27"
    dialog.severity.setCurrentIndex(dialog.severity.findData("critical"))
    assert dialog.deadline.date().toString("yyyy-MM-dd") == "2026-11-30"
    dialog.deadline.setDate(dialog.deadline.date().addDays(2))
    dialog.severity.setCurrentIndex(dialog.severity.findData("major"))
    assert dialog.deadline.date().toString("yyyy-MM-dd") == "2026-12-02"
    assert dialog.state.isHidden()  # a new finding is open


def test_a_finding_needs_a_description(qtbot: QtBot, store: db.Store,
                                       compound: compounds.Compound) -> None:
    dialog = FindingDialog(store, _new(compound), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.description.clear()
    dialog.accept()
    assert dialog.problem.text() == "Describe the finding." and not dialog.result()
    assert store.db["findings"].count == 0


def test_edit_and_move_an_existing_finding(qtbot: QtBot, store: db.Store,
                                           compound: compounds.Compound) -> None:
    made = findings.raise_finding(store, _new(compound))
    dialog = FindingDialog(store, findings.get(store, made.id), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.state.findData("closed") == -1  # closing takes a re-inspection
    type_text(dialog.party, "华新物业")
    dialog.state.setCurrentIndex(dialog.state.findData("in_progress"))
    dialog.accept()
    assert dialog.result()
    saved = findings.get(store, made.id)
    assert (saved.state, saved.responsible_party) == ("in_progress", "华新物业")


def test_the_dialog_shows_who_leads_and_how_from_the_manual(
        qtbot: QtBot, store: db.Store, compound: compounds.Compound) -> None:
    """A finding routed by the manual shows the lead and supporting departments and steps."""
    source.install_builtin(store)
    dialog = FindingDialog(store, _new(compound), today=TODAY)
    qtbot.addWidget(dialog)
    shown = dialog.route.text.text()
    assert "3.12" in shown and "消防" in shown and "社区" in shown
