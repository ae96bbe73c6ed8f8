"""Start-up: one store one window, the font warning, and switching the language."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import app, i18n, store_lock, version
from desktop import settings as app_settings
from storage.inspection import compounds, inspections
from storage.store import db, migrations
from ui import startup
from ui.main_window import MainWindow


def test_a_second_xuncha_on_the_same_store_is_refused(store_path: Path) -> None:
    """Another process holds the lock: we get None, not a second writer."""
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(store_lock.lock_path(store_path))!r})
        assert lock.tryLock(0)
        print("locked", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        store_path.parent.mkdir(parents=True, exist_ok=True)
        assert holder.stdout.readline().strip() == "locked"
        assert store_lock.acquire_lock(store_path) is None
    finally:
        holder.kill()  # as if it crashed: its lock file stays behind
        holder.communicate()
    assert store_lock.lock_path(store_path).exists()
    lock = store_lock.acquire_lock(store_path)  # a dead owner's lock is taken over
    assert lock is not None
    lock.unlock()


def test_main_says_so_when_the_store_is_in_use(qapp: QApplication, store_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(startup, "store_in_use", lambda path, parent=None: shown.append(path))
    monkeypatch.setattr(store_lock, "acquire_lock", lambda path: None)
    assert app.main(["--db", str(store_path), "--language", "en"]) == app.EXIT_IN_USE
    assert shown == [str(store_path)]
    assert not store_path.exists()  # never opened


def test_the_in_use_message_names_the_store(qapp: QApplication) -> None:
    from storage.errors import StoreError, StoreProblem
    from ui import messages

    text = messages.describe(StoreError(StoreProblem.IN_USE, "/data/xuncha.db"))
    assert "/data/xuncha.db" in text


def test_no_cjk_font_is_said_once(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[bool] = []
    monkeypatch.setattr(startup, "cjk_font_families", lambda: [])
    monkeypatch.setattr(startup, "no_cjk_font", lambda parent=None: warned.append(True))
    user = app_settings.UserSettings()
    assert not app.check_fonts(user)
    assert not app.check_fonts(user)
    assert warned == [True]


def test_a_cjk_font_is_installed_here(qapp: QApplication) -> None:
    """CI installs fonts-noto-cjk (tools/system-packages.sh): Chinese must render."""
    assert startup.cjk_font_families()


def test_switching_language_rebuilds_the_window(qtbot: QtBot, qapp: QApplication,
                                                store: db.Store, all_types: str) -> None:
    place = compounds.save(store, compounds.Compound(name="香榭丽"))
    draft = inspections.start(store, place.id, all_types)
    prefs = app_settings.Settings.for_store(store)
    i18n.install(qapp, "en")
    station = app.Workstation(qapp, store, prefs, "en")
    qtbot.addWidget(station.window)
    editor = station.window.open_inspection(draft.id)
    assert station.window.menus["file"].title() == "&File"
    assert editor.form.sections["main"].title() == "On site"
    try:
        new = station.switch_language("zh_CN")
        qtbot.addWidget(new)
        assert new.menus["file"].title() == "文件(&F)"
        assert new.windowTitle().startswith("巡查")
        assert new.editors()[0].form.sections["main"].title() == "现场检查"
        assert new.editors()[0].inspection.id == draft.id
        assert prefs.language == "zh_CN"
    finally:
        i18n.install(qapp, "en")


def test_started_and_closed_without_questions(store_path: Path) -> None:
    """``--exit-after-start`` opens the store, shows the window and quits on its own."""
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--db", str(store_path), "--exit-after-start"],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr
    assert store_path.exists() and not store_lock.lock_path(store_path).exists()


def test_about_names_version_store_schema_and_device(qtbot: QtBot, store: db.Store) -> None:
    window = MainWindow(store, app_settings.Settings.for_store(store), "en",
                        version=version.VERSION)
    qtbot.addWidget(window)
    text = window.about_text()
    for part in (version.VERSION, str(store.path), migrations.names()[-1], store.device_id):
        assert part in text


def test_an_empty_store_offers_the_package_the_register_or_a_compound(
        qtbot: QtBot, qapp: QApplication, store: db.Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The guidance's buttons open the sync import and the register import of the menus."""
    from ui.campaign.register_dialog import CompoundsImportDialog
    from ui.sync.import_dialog import SyncImportDialog

    station = app.Workstation(qapp, store, app_settings.Settings.for_store(store), "en")
    qtbot.addWidget(station.window)
    station.window.show()
    guide = station.window.compounds_view.guidance
    assert guide.isVisible() and all(b.isVisible() for b in guide.buttons.values())
    guide.buttons["import_package"].click()
    dialog = next(w for w in station.window.findChildren(SyncImportDialog) if w.isVisible())
    dialog.reject()
    opened: list[CompoundsImportDialog] = []
    monkeypatch.setattr(CompoundsImportDialog, "exec", lambda self: opened.append(self) or 0)
    guide.buttons["import_register"].click()
    assert len(opened) == 1
