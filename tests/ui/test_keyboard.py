"""Officers type on a laptop: no two things in a window answer to the same Alt+letter.

Every window and dialog is shown in each state an officer meets, in English and in
Chinese (whose translations pick their own letters), and its mnemonics are collected
as Qt would match them. A clash makes Alt+letter only move the focus between the two.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop import app, i18n
from desktop import settings as app_settings
from storage.inspection import compounds, findings, inspections
from storage.store import db
from tests.gui_fixtures import TODAY
from tests.ui.keyboard import clashes, menu_clashes, mnemonic
from ui.main_window import MainWindow


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield i18n.install(qapp, request.param)
    i18n.install(qapp, "en")


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, store: db.Store, language: str) -> MainWindow:
    prefs = app_settings.Settings.for_store(store)
    prefs.officer, prefs.device_name = "张伟", "一中队3号"
    station = app.Workstation(qapp, store, prefs, language)
    qtbot.addWidget(station.window)
    station.window.show()
    return station.window


def _finding(store: db.Store, compound: compounds.Compound, all_types: str) -> findings.Finding:
    origin = inspections.start(store, compound.id, all_types)
    return findings.raise_finding(store, findings.Finding(
        compound_id=compound.id, inspection_id=origin.id, item="lane", description="占道",
        severity="critical", responsible_party="物业", deadline="2026-12-01"))


def assert_no_clash(widget: QWidget, where: str) -> None:
    assert clashes(widget) == {}, where


def test_mnemonic_reads_qts_rules() -> None:
    assert mnemonic("&File") == "F" and mnemonic("定稿(&N)…") == "N"
    assert mnemonic("A && B") == "" and mnemonic("A && &B") == "B"


def test_a_clash_is_found_as_qt_would_meet_it(qtbot: QtBot) -> None:
    """The menu bar's 文件(&F) and a button's 定稿(&F): Alt+F would not press the button."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QPushButton, QVBoxLayout

    made = QMainWindow()
    qtbot.addWidget(made)
    made.menuBar().addMenu("&File")
    body = QWidget(made)
    layout = QVBoxLayout(body)
    finalise, hidden = QPushButton("&Finalise", body), QPushButton("&Hidden", body)
    label, field = QLabel("&Place:", body), QLineEdit(body)
    label.setBuddy(field)
    for widget in (finalise, hidden, label, field):
        layout.addWidget(widget)
    made.setCentralWidget(body)
    made.show()
    hidden.hide()
    assert clashes(made) == {"F": ["&File", "&Finalise"]}
    finalise.setText("Fi&nalise")
    assert clashes(made) == {}


def test_the_main_window_in_every_state(qtbot: QtBot, window: MainWindow, store: db.Store,
                                        all_types: str) -> None:
    for menu in window.menus.values():
        assert menu_clashes(menu) == {}, menu.title()
    assert window.compounds_view.guidance.isVisible()  # an empty store: what to do first
    assert_no_clash(window, "empty store")
    place = compounds.save(store, compounds.Compound(name="香榭丽", street="费城街道"))
    _finding(store, place, all_types)
    window.refresh_lists()
    for tab in range(3):
        window.tabs.setCurrentIndex(tab)
        assert_no_clash(window, window.tabs.tabText(tab))
    window.open_compound(place.id)
    assert_no_clash(window, "compound page")
    editor = window.start_inspection(place.id, all_types)
    assert editor is not None
    assert_no_clash(window, "draft")
    editor.form.rows["lane"].editor.set_value("ok")
    editor.form._on_edited("lane")
    assert editor.finalise_now()
    assert_no_clash(window, "final")
    editor.begin_amendment("补录")
    assert_no_clash(window, "amending")
    window.menus["campaign"].actions()[0].trigger()  # the campaign board
    assert_no_clash(window, "campaign board")


def _dialogs(window: MainWindow, store: db.Store, place: compounds.Compound,
             finding: findings.Finding, all_types: str) -> list[tuple[str, Callable[[], QWidget]]]:
    from ui.campaign.hotline_dialog import HotlineImportDialog
    from ui.campaign.register_dialog import CompoundsImportDialog
    from ui.campaign.settings_dialog import CampaignSettingsDialog
    from ui.campaign.trend import TrendDialog
    from ui.officer import finalise_summary
    from ui.officer.compound_dialog import CompoundDialog
    from ui.officer.drafts_dialog import DraftsDialog
    from ui.officer.finding_dialog import FindingDialog
    from ui.officer.new_inspection import NewInspectionDialog
    from ui.officer.reinspection_dialog import ReinspectionDialog
    from ui.officer.settings_dialog import FirstStartDialog, SettingsDialog
    from ui.officer.signature_pad import SignatureDialog
    from ui.reports.actions import PeriodDialog, StreetQuarterDialog
    from ui.sync.conflicts_dialog import SyncConflictsDialog
    from ui.sync.export_dialog import SyncExportDialog
    from ui.sync.history_dialog import SyncHistoryDialog
    from ui.sync.import_dialog import SyncImportDialog

    editor = window.open_inspection(finding.inspection_id or "")
    summary = finalise_summary.summarise(
        editor.checklist, {}, attached=set(), recorded={}, findings=[finding.number],
        photos=0, unanswered=[], today=TODAY)
    prefs = window.settings
    return [
        ("finding (new)", lambda: FindingDialog(store, findings.Finding(
            compound_id=place.id, description="x"), parent=window)),
        ("finding", lambda: FindingDialog(store, finding, parent=window)),
        ("re-inspection", lambda: ReinspectionDialog(store, place, parent=window)),
        ("new inspection", lambda: NewInspectionDialog(store, "zh", place.id, window)),
        ("settings", lambda: SettingsDialog(prefs, window)),
        ("first start", lambda: FirstStartDialog(prefs, window)),
        ("compound", lambda: CompoundDialog(store, window)),
        ("signature", lambda: SignatureDialog("物业", window)),
        ("summary", lambda: finalise_summary.FinaliseSummary(summary, editor.checklist, "zh",
                                                             window)),
        ("drafts", lambda: DraftsDialog(store, inspections.drafts(store), "zh", window)),
        ("export", lambda: SyncExportDialog(store, window)),
        ("import", lambda: SyncImportDialog(store, window)),
        ("conflicts", lambda: SyncConflictsDialog(store, window)),
        ("history", lambda: SyncHistoryDialog(store, window)),
        ("hotline", lambda: HotlineImportDialog(store, window)),
        ("register", lambda: CompoundsImportDialog(store, window)),
        ("campaign settings", lambda: CampaignSettingsDialog(store, window)),
        ("trend", lambda: TrendDialog(store, place.id, window)),
        ("brief", lambda: PeriodDialog(window)),
        ("street", lambda: StreetQuarterDialog(["费城街道"], window)),
    ]


def test_every_dialog(qtbot: QtBot, window: MainWindow, store: db.Store,
                      all_types: str) -> None:
    """No clash, and wide enough for its title (a frame cut one short: "Street… report")."""
    place = compounds.save(store, compounds.Compound(name="香榭丽", street="费城街道"))
    finding = _finding(store, place, all_types)
    for name, make in _dialogs(window, store, place, finding, all_types):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        assert_no_clash(dialog, name)
        room = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 120
        assert dialog.width() >= room, name
        dialog.close()
