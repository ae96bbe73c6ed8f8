"""The sync dialogs, driven as a user would: real stores, real files, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QRadioButton

from storage.inspection.compounds import KIND as COMPOUND
from storage.inspection.compounds import get as get_compound
from storage.store import conflicts, edits
from storage.store.db import Store
from tests.exports.sync import helpers as h
from ui.sync.conflicts_dialog import SyncConflictsDialog
from ui.sync.export_dialog import SyncExportDialog
from ui.sync.history_dialog import SyncHistoryDialog
from ui.sync.import_dialog import SyncImportDialog


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    h.seed(store, tmp_path)
    return h.export(store, tmp_path / "out.xlsx")


def _import(qtbot, target: Store, paths: list[Path]) -> SyncImportDialog:  # type: ignore[no-untyped-def]
    dialog = SyncImportDialog(target)
    qtbot.addWidget(dialog)
    dialog.add_files(paths)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled() and bool(dialog._plans),
                    timeout=20000)
    return dialog


def test_drop_preview_and_import(qtbot, qtmodeltester, exported: Path,  # type: ignore[no-untyped-def]
                                 tmp_path: Path) -> None:
    target = h.new_store(tmp_path / "target" / "x.db")
    dialog = SyncImportDialog(target)
    qtbot.addWidget(dialog)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(exported)), QUrl.fromLocalFile(str(tmp_path))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    assert dialog.paths() == [exported]  # the folder is not a workbook
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 4
    assert "4" in dialog.summary.text()
    assert target.db["inspections"].count == 0  # nothing written by the preview
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert target.db["inspections"].count == 2


def test_a_file_with_problems_is_listed_and_not_imported(qtbot, exported: Path,  # type: ignore[no-untyped-def]
                                                         store: Store, tmp_path: Path) -> None:
    ident = store.db.execute("SELECT id FROM findings").fetchone()[0]
    h.edit_cell(exported, ident, "severity", "很严重")
    bad_file = tmp_path / "junk.xlsx"
    bad_file.write_text("不是表格", encoding="utf-8")
    target = h.new_store(tmp_path / "target" / "x.db")
    dialog = _import(qtbot, target, [exported, bad_file])
    outcomes = [dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())]
    assert dialog.tr("refused") in outcomes and "invalid" in outcomes
    assert not dialog.import_button.isEnabled()


def test_conflicts_view_shows_base_ours_theirs_and_flips(qtbot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                         store: Store, tmp_path: Path) -> None:
    seeded = h.seed(store, tmp_path)
    base = h.export(store, tmp_path / "base.xlsx")
    ident = seeded["compound"].id
    files = []
    for name, address, stamp in (("a", "东门", "2026-11-20T08:00:00.000Z"),
                                 ("b", "西门", "2026-11-21T08:00:00.000Z")):
        laptop = h.new_store(tmp_path / name / "x.db")
        h.import_file(laptop, base)
        compound = get_compound(laptop, ident)
        compound.address = address
        edits.write(laptop, COMPOUND, ident, compound.content(), updated_at=stamp)
        files.append(h.export(laptop, tmp_path / f"{name}.xlsx"))
    for path in files:
        h.import_file(store, path)
    dialog = SyncConflictsDialog(store)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.base.text().endswith("—")  # the seeded compound had no address
    buttons = dialog.findChildren(QRadioButton)
    texts = [b.text() for b in buttons]
    assert any("西门" in t and dialog.tr("ours (in the store now)") in t for t in texts)
    theirs = next(b for b in buttons if "东门" in b.text())
    theirs.setChecked(True)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert get_compound(store, ident).address == "东门"
    assert dialog.model.rowCount() == 0
    dialog.show_all.setChecked(True)
    assert dialog.model.rowCount() == 1
    assert conflicts.get(store, "compound", ident, "address").chosen_by == "supervisor"


def test_history_lists_imports_and_undoes_the_last(qtbot, qtmodeltester, exported: Path,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = h.new_store(tmp_path / "target" / "x.db")
    h.import_file(target, exported)
    dialog = SyncHistoryDialog(target)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1 and dialog.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.undone):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert target.db["inspections"].count == 0
    assert dialog.model.index(0, 3).data() == dialog.tr("undone")
    assert not dialog.undo_button.isEnabled()


def test_export_dialog_writes_the_workbook_and_photos(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    h.seed(store, tmp_path)
    dialog = SyncExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "导出.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "导出.xlsx").exists() and (tmp_path / "导出.zip").exists()
    assert "导出.zip" in dialog.status.text()


def test_export_dialog_writes_the_package_for_officers(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    h.seed(store, tmp_path)
    dialog = SyncExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "下发.xlsx"))
    dialog.package.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    summary = done.args[0]
    assert (summary.compounds, summary.findings, summary.inspections) == (1, 1, 1)


def test_export_with_a_password_then_import_asks_for_it(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    """The export dialog protects the files; the import dialog asks the password once."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from exports.spreadsheet import files

    h.seed(store, tmp_path)
    dialog = SyncExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "周报.xlsx"))
    dialog.password.protect.setChecked(True)
    dialog.password.first.setText("周报 密码")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.status.text() and not (tmp_path / "周报.xlsx").exists()
    dialog.password.second.setText("周报 密码")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert files.is_encrypted(tmp_path / "周报.xlsx")

    def type_password() -> None:
        asking = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QInputDialog) and w.isVisible()]
        if not asking:
            QTimer.singleShot(20, type_password)
            return
        asking[0].setTextValue("周报 密码")
        asking[0].accept()

    QTimer.singleShot(0, type_password)
    target = h.new_store(tmp_path / "target" / "x.db")
    imported = _import(qtbot, target, [tmp_path / "周报.xlsx"])
    assert imported._plans[0][1] is not None and imported._plans[0][1].ok


def test_export_dialog_requires_a_password_when_the_settings_do(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from exports.privacy import policy

    policy.set_require_encrypted(store, True)
    dialog = SyncExportDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.password.protect.isChecked() and not dialog.password.protect.isEnabled()
@pytest.mark.parametrize("anyway", [False, True])
def test_undo_after_a_later_change_names_it_and_asks_again(  # type: ignore[no-untyped-def]
        qtbot, exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        anyway: bool) -> None:
    """A campaign move after the import: the dialog names it and undoes only if asked."""
    from storage.campaign import states  # noqa: PLC0415

    target = h.new_store(tmp_path / "target" / "x.db")
    h.import_file(target, exported)
    compound = target.db.execute("SELECT id FROM compounds").fetchone()[0]
    states.move(target, compound, "enrolled", who="王主任")
    dialog = SyncHistoryDialog(target)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)

    def warning(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes if anyway else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", warning)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    (text,) = asked
    assert "1 campaign moves" in text
    assert target.db["inspections"].count == (0 if anyway else 2)
    assert target.db["campaign_events"].count == (0 if anyway else 1)
