"""The finding dialog: the deadline follows the severity, edits and state changes are saved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from storage.inspection import compounds, findings
from storage.manual import source
from storage.store import db
from tests.gui_fixtures import TODAY, type_text
from ui.officer.finding_dialog import FindingDialog


def _new(compound: compounds.Compound, party: str = "") -> findings.Finding:
    return findings.Finding(compound_id=compound.id, description="楼道堆放杂物",
                            severity="minor", deadline=findings.default_deadline("minor", TODAY),
                            responsible_party=party)


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
    made = findings.raise_finding(store, _new(compound, findings.PARTY_UNKNOWN))
    dialog = FindingDialog(store, findings.get(store, made.id), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.state.findData("closed") == -1  # closing takes a re-inspection
    assert dialog.party_unknown.isChecked() and not dialog.party.isEnabled()
    dialog.party_unknown.setChecked(False)
    type_text(dialog.party, "华新物业")
    dialog.state.setCurrentIndex(dialog.state.findData("in_progress"))
    dialog.accept()
    assert dialog.result()
    saved = findings.get(store, made.id)
    assert (saved.state, saved.responsible_party) == ("in_progress", "华新物业")


def test_a_finding_needs_a_party_or_an_explicit_unknown(qtbot: QtBot, store: db.Store,
                                                        compound: compounds.Compound) -> None:
    """Without a party the notice would guess the property company: the officer must say."""
    dialog = FindingDialog(store, _new(compound), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "responsible party" in dialog.problem.text() and not dialog.result()
    assert dialog.party.hasFocus() or not dialog.isVisible()
    dialog.party_unknown.setChecked(True)
    dialog.accept()
    assert dialog.result()
    (saved,) = findings.open_for_compound(store, compound.id)
    assert saved.responsible_party == findings.PARTY_UNKNOWN == "待查明"


def test_the_party_signs_and_the_signature_is_kept_apart_from_the_photos(
        qtbot: QtBot, store: db.Store, compound: compounds.Compound) -> None:
    from PySide6.QtCore import QPoint, Qt

    dialog = FindingDialog(store, _new(compound, "华新物业"), today=TODAY)
    qtbot.addWidget(dialog)
    pad_dialog = dialog.ask_signature()
    pad = pad_dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 120))
    for x in range(50, 300, 25):
        qtbot.mouseMove(pad, QPoint(x, 120 + x % 40))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(310, 130))
    assert not pad.is_empty()
    pad_dialog.accept()
    dialog.accept()
    assert dialog.result()
    (saved,) = findings.open_for_compound(store, compound.id)
    assert saved.photos == [] and saved.signature is not None
    assert saved.signature["item"] == findings.SIGNATURE
    assert saved.signature["caption"].startswith("华新物业")
def test_the_dialog_shows_who_leads_and_how_from_the_manual(
        qtbot: QtBot, store: db.Store, compound: compounds.Compound) -> None:
    """A finding routed by the manual shows the lead and supporting departments and steps."""
    source.install_builtin(store)
    dialog = FindingDialog(store, _new(compound), today=TODAY)
    qtbot.addWidget(dialog)
    shown = dialog.route.text.text()
    assert "3.12" in shown and "消防" in shown and "社区" in shown
