"""The one way a file is imported from the window, driven as a user would, on real files.

The dialogs here are the smallest a feature could write on the base: 12345 exports read
into a preview, then tried or imported; the register of compounds imported on choosing;
sync workbooks previewed together. Whatever they do, a store is compared whole before
and after.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QCloseEvent
from pytestqt.qtbot import QtBot

from exports.campaign import hotline_import, register
from exports.sync import importer
from storage.store import db
from tests.campaign_helpers import add_compound, row, write_messy_xlsx
from tests.exports.campaign.test_register import ROWS as REGISTER_ROWS
from tests.exports.campaign.test_register import _write as write_register
from tests.exports.sync import helpers as sync_helpers
from ui import import_dialog, worker
from ui.messages import campaign as campaign_text


class OrdersDialog(import_dialog.FileImportDialog):
    """A preview first, Try and Cancel: what a feature writes, and no more."""

    def __init__(self, store: db.Store) -> None:
        super().__init__(store, dry_run=True, cancel=True)

    def file_kinds(self) -> tuple[str, str]:
        return "12345", "Spreadsheets (*.xlsx *.csv)"

    def read_job(self, path: Path) -> worker.Job:
        return lambda own, _progress: hotline_import.inspect(own, path)

    def show_preview(self, preview: hotline_import.Preview) -> None:
        self.file_label.setText(f"{preview.path.name}: {preview.total}")

    def import_job(self, source: hotline_import.Preview, *, dry_run: bool) -> worker.Job:
        return lambda own, progress: hotline_import.run(own, source, dry_run=dry_run,
                                                        progress=progress)

    def show_report(self, report: hotline_import.Report, *, dry_run: bool) -> None:
        self.tell(f"{'tried' if dry_run else 'imported'} {report.imported}",
                  [campaign_text.problem(p) for p in report.problems])


class RegisterDialog(import_dialog.FileImportDialog):
    """No preview: choosing the file imports it."""

    def __init__(self, store: db.Store) -> None:
        super().__init__(store, preview=False)

    def file_kinds(self) -> tuple[str, str]:
        return "register", "Spreadsheets (*.xlsx)"

    def import_job(self, source: Path, *, dry_run: bool) -> worker.Job:
        return lambda own, progress: register.import_file(own, source, progress=progress)

    def show_report(self, report: register.Report, *, dry_run: bool) -> None:
        self.tell(f"added {report.added}", [campaign_text.problem(p) for p in report.problems])


class WorkbooksDialog(import_dialog.FilesImportDialog):
    """Sync workbooks previewed together, those without a problem imported."""

    def __init__(self, store: db.Store) -> None:
        super().__init__(store)
        self.plans: list[Any] = []
        self.update_buttons()

    def preview_job(self, paths: list[Path]) -> worker.Job:
        return lambda own, _progress: [importer.preview(own, path) for path in paths]

    def show_previews(self, previews: list[Any]) -> None:
        self.plans = previews

    def ready(self) -> bool:
        return any(plan.ok for plan in self.plans)

    def import_job(self) -> worker.Job:
        plans = [plan for plan in self.plans if plan.ok]
        return lambda own, progress: [importer.apply(own, plan, progress) for plan in plans]

    def show_results(self, results: Any) -> None:
        self.summary.setText(f"{len(results)} imported")

    def forget_previews(self) -> None:
        self.plans = []


def contents(store: db.Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: what "nothing was written" is checked against."""
    tables = [name for (name,) in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: sorted(map(tuple, store.db.execute(f'SELECT * FROM "{name}"')), key=repr)
            for name in tables}


@pytest.fixture
def orders(store: db.Store, tmp_path: Path) -> Path:
    add_compound(store, "香榭丽", "费县", "费城街道")
    return write_messy_xlsx(tmp_path / "工单.xlsx", [
        row(f"n{i}", "2026-03-05 10:00", "香榭丽", district="费县", street="费城街道")
        for i in range(3)])


@pytest.fixture
def held_pool() -> Iterator[tuple[QThreadPool, threading.Event]]:
    """A pool whose only thread is busy until the event is set: a job waits its turn."""
    pool, gate = QThreadPool(), threading.Event()
    pool.setMaxThreadCount(1)
    pool.start(lambda: gate.wait(60))
    yield pool, gate
    gate.set()
    pool.waitForDone()


def _finish(qtbot: QtBot, job: worker.Worker | None) -> None:
    assert job is not None
    with qtbot.waitSignal(job.signals.ended, timeout=20000):
        pass


def test_a_good_file_is_previewed_tried_then_imported(qtbot: QtBot, store: db.Store,
                                                      orders: Path) -> None:
    dialog = OrdersDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled() and not dialog.try_button.isEnabled()
    before = contents(store)
    _finish(qtbot, dialog.load(orders))
    assert dialog.file_label.text() == "工单.xlsx: 4"  # three and the totals row
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.try_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, dialog.job)
    assert dialog.summary.text() == "tried 3" and contents(store) == before
    with qtbot.waitSignal(dialog.imported, timeout=20000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [dialog.report] and dialog.summary.text() == "imported 3"
    assert store.db["work_orders"].count == 3
    assert not dialog.import_button.isEnabled()  # once; choose the file again for more
    assert dialog.choose_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_a_bad_file_is_named_and_nothing_is_written(qtbot: QtBot, store: db.Store,
                                                    tmp_path: Path) -> None:
    bad = tmp_path / "不是表格.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    dialog = OrdersDialog(store)
    qtbot.addWidget(dialog)
    before = contents(store)
    _finish(qtbot, dialog.load(bad))
    assert "不是表格.xlsx" in dialog.summary.text()
    assert dialog.file_label.text() == "不是表格.xlsx"  # no longer "Reading …"
    assert not dialog.import_button.isEnabled() and dialog.choose_button.isEnabled()
    assert dialog.run() is None and contents(store) == before


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1,
               max_size=40))
def test_any_file_name_is_named_when_the_file_is_bad(qtbot: QtBot, store: db.Store,
                                                     tmp_path_factory: pytest.TempPathFactory,
                                                     name: str) -> None:
    """Whatever a file was called, its message says which file, and nothing is written."""
    bad = tmp_path_factory.mktemp("files") / f"{name}.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    dialog = OrdersDialog(store)
    qtbot.addWidget(dialog)
    before = contents(store)
    _finish(qtbot, dialog.load(bad))
    assert bad.name in dialog.summary.text() and dialog.file_label.text() == bad.name
    assert contents(store) == before and not dialog.import_button.isEnabled()


def test_cancel_leaves_the_store_as_it_was(qtbot: QtBot, store: db.Store, orders: Path,
                                           held_pool: tuple[QThreadPool, threading.Event]
                                           ) -> None:
    dialog = OrdersDialog(store)
    qtbot.addWidget(dialog)
    _finish(qtbot, dialog.load(orders))
    before = contents(store)
    dialog.pool, gate = held_pool
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.cancel_button.isEnabled()
    assert not dialog.import_button.isEnabled() and not dialog.choose_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job.signals.failed, timeout=20000) as failed:  # type: ignore[union-attr]
        gate.set()
    assert failed.args == [dialog.summary.text()] and "nothing was written" in failed.args[0]
    assert contents(store) == before and dialog.report is None
    assert dialog.import_button.isEnabled()  # the file can still be imported


def test_without_a_preview_choosing_imports(qtbot: QtBot, store: db.Store,
                                            tmp_path: Path) -> None:
    dialog = RegisterDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isVisible() and not dialog.try_button.isVisible()
    bad = tmp_path / "台账.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    before = contents(store)
    _finish(qtbot, dialog.load(bad))
    assert "台账.xlsx" in dialog.summary.text() and contents(store) == before
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.load(write_register(tmp_path / "good.xlsx", REGISTER_ROWS))
    assert dialog.summary.text() == "added 2" and dialog.problems.count() == 3
    assert store.db["compounds"].count == 2
    assert dialog.progress.value() == dialog.progress.maximum() > 0


def test_workbooks_are_previewed_then_imported_and_close_waits(
        qtbot: QtBot, store: db.Store, tmp_path: Path,
        held_pool: tuple[QThreadPool, threading.Event]) -> None:
    source = sync_helpers.new_store(tmp_path / "officer" / "x.db")
    sync_helpers.seed(source, tmp_path)
    exported = sync_helpers.export(source, tmp_path / "out.xlsx")
    dialog = WorkbooksDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files([exported, tmp_path / "notes.txt", exported])
    assert dialog.paths() == [exported] and not dialog.import_button.isEnabled()
    before = contents(store)
    dialog.pool, gate = held_pool
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    closing = QCloseEvent()
    dialog.closeEvent(closing)
    assert not closing.isAccepted() and not dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=20000):  # type: ignore[union-attr]
        gate.set()
    assert dialog.import_button.isEnabled() and contents(store) == before
    dialog.pool = None
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "1 imported" and store.db["inspections"].count == 2
    assert not dialog.import_button.isEnabled() and dialog.close_button.isEnabled()
