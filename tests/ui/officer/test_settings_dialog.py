"""The first-start and settings dialogs write through to the settings object."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.store import db
from tests.gui_fixtures import type_text
from ui.officer.settings_dialog import FirstStartDialog, SettingsDialog


def test_first_start_asks_for_both_names(qtbot: QtBot, store: db.Store) -> None:
    prefs = app_settings.Settings.for_store(store)
    assert prefs.needs_first_start()
    dialog = FirstStartDialog(prefs)
    qtbot.addWidget(dialog)
    type_text(dialog.officer, "张伟")
    dialog.accept()
    assert dialog.problem.text() == "Both names are needed." and not dialog.result()
    type_text(dialog.device, "一中队笔记本3号")
    dialog.accept()
    assert dialog.result()
    row = store.db.execute("SELECT name, officer FROM devices WHERE is_self = 1").fetchone()
    assert row == ("一中队笔记本3号", "张伟")
    assert not prefs.needs_first_start()


def test_settings_dialog_saves_every_field(qtbot: QtBot, store: db.Store,
                                           tmp_path: Path) -> None:
    prefs = app_settings.Settings.for_store(store)
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.officer.setText("李娜")
    dialog.device.setText("公安笔记本")
    dialog.department.setText("公安")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.folder.setText(str(tmp_path / "data"))
    dialog.accept()
    again = app_settings.Settings.for_store(store)
    assert (again.officer, again.device_name, again.default_department, again.language,
            again.data_folder) == ("李娜", "公安笔记本", "公安", "en", tmp_path / "data")
    assert again.user.store_path == tmp_path / "data" / "xuncha.db"


def test_every_label_shows_its_shortcut_underlined_not_as_typed(qtbot: QtBot,
                                                               store: db.Store) -> None:
    """A label with "&" and no buddy shows the "&" itself (数据文件夹(&F) was shown so)."""
    from PySide6.QtWidgets import QLabel

    dialog = SettingsDialog(app_settings.Settings.for_store(store))
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text().replace("&&", ""):
            assert label.buddy() is not None, label.text()
