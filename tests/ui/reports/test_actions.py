"""Print/PDF actions: the printout is made off the UI thread, opened through the system's
URL handler, cancellable, with its warnings shown; the print command; the period dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWidget

from exports.reports.queries import Period
from storage.inspection import compounds
from storage.inspection.compounds import Compound
from storage.store import db
from tests.ui.conftest import Opened
from ui.reports import actions as report_actions


@pytest.fixture
def window(qtbot: object) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    return widget


def saving_to(actions: report_actions.ReportActions, folder: Path) -> list[Path]:
    """Answers the Save dialog with ``folder`` and the suggested name; lists suggestions."""
    suggested: list[Path] = []

    def ask(path: Path) -> Path:
        suggested.append(path)
        return folder / path.name

    actions.ask_path = ask  # type: ignore[method-assign]
    return suggested


@pytest.fixture
def compound_id(store: db.Store) -> str:
    return compounds.save(store, Compound(name="锦绣华庭一期", district="罗庄区",
                                          street="罗庄街道")).id


def test_compound_file_is_saved_where_asked_and_opened(
        qtbot: object, window: QWidget, store: db.Store, compound_id: str, viewer: Opened,
        tmp_path: Path) -> None:
    actions = report_actions.ReportActions(window, store.path, store=store)
    suggested = saving_to(actions, tmp_path)
    with qtbot.waitSignal(actions.done, timeout=30000) as done:  # type: ignore[attr-defined]
        actions.open_pdf(report_actions.compound_job(compound_id), "小区档案", "锦绣华庭一期")
    path = done.args[0]
    assert path == tmp_path / "小区档案-锦绣华庭一期.pdf" and suggested[0].name == path.name
    assert viewer.urls == [str(path)]
    assert "锦绣华庭一期" in pypdf.PdfReader(path).pages[0].extract_text()
    assert actions.default_path("小区档案", "x").parent == tmp_path  # the folder is remembered


def test_a_cancelled_save_dialog_makes_nothing(window: QWidget, store: db.Store,
                                               compound_id: str) -> None:
    actions = report_actions.ReportActions(window, store.path, store=store)
    actions.ask_path = lambda suggested: None  # type: ignore[method-assign]
    assert actions.open_pdf(report_actions.compound_job(compound_id), "小区档案") is None


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, showing a box
def test_without_a_viewer_the_message_says_where_the_pdf_was_saved(
        window: QWidget, store: db.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The system has no PDF viewer: the box is titled "PDF saved", not "Printing"."""
    monkeypatch.setattr(report_actions.QDesktopServices, "openUrl", lambda url: False)
    actions = report_actions.ReportActions(window, store.path, store=store)
    actions._open(tmp_path / "a.pdf")
    box = window.findChildren(QMessageBox)[-1]
    assert box.windowTitle() == "PDF saved" and str(tmp_path / "a.pdf") in box.text()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, showing a box
def test_a_known_error_is_shown_without_blocking(
        qtbot: object, window: QWidget, store: db.Store, compound_id: str,
        viewer: Opened) -> None:
    actions = report_actions.ReportActions(window, store.path)
    saving_to(actions, store.path.parent)
    with qtbot.waitSignal(actions.failed, timeout=30000):  # type: ignore[attr-defined]
        actions.open_pdf(report_actions.notice_job(compound_id=compound_id), "整改通知书")
    assert "锦绣华庭一期" in actions.last_message  # no open findings: nothing to notify
    assert viewer.urls == []


def test_cancelling_leaves_no_file(qtbot: object, window: QWidget, store: db.Store,
                                   viewer: Opened, tmp_path: Path) -> None:
    actions = report_actions.ReportActions(window, store.path)
    saving_to(actions, tmp_path)
    job = report_actions.brief_job(Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    actions.pool.setMaxThreadCount(1)
    with qtbot.waitSignal(actions.failed, timeout=30000):  # type: ignore[attr-defined]
        started = actions.open_pdf(job, "brief")
        assert started is not None
        started.cancel()
    assert list(tmp_path.glob("*.pdf")) == []
    assert viewer.urls == []


def test_print_command_sends_the_pdf_to_the_chosen_printer(tmp_path: Path) -> None:
    command = report_actions.print_command(tmp_path / "a.pdf", "HP_LaserJet", 2, "linux")
    assert command is not None
    assert command[1:] == ["-d", "HP_LaserJet", "-n", "2", str(tmp_path / "a.pdf")]
    assert report_actions.print_command(tmp_path / "a.pdf", "HP", 1, "win32") is None


def test_period_dialog(qtbot: object) -> None:
    dialog = report_actions.PeriodDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.start.setDate(QDate(2026, 9, 1))
    dialog.end.setDate(QDate(2026, 9, 30))
    dialog._on_accept()
    assert dialog.period() == Period(dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    dialog.start.setDate(QDate(2026, 10, 5))
    dialog._on_accept()
    assert dialog.period().start == dt.date(2026, 9, 30)


def test_street_quarter_dialog_offers_the_recent_quarters(qtbot: object) -> None:
    dialog = report_actions.StreetQuarterDialog(["兰山街道", "罗庄街道"])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.quarter.itemText(0) == "2026-Q4"  # the tests' clock is in November 2026
    assert dialog.quarter.count() == 8
    dialog.street.setCurrentIndex(1)
    dialog.quarter.setCurrentIndex(4)  # the same quarter a year before
    street, period = dialog.choice()
    assert street == "罗庄街道"
    assert period.start.year == 2025
    assert period.end - period.start > dt.timedelta(days=88)
