"""The export dialog names the file after the officer and the ISO week, and keeps its layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from desktop import settings as app_settings
from storage.store.db import Store
from ui.sync import export_dialog
from ui.sync.export_dialog import SyncExportDialog


def test_the_default_file_carries_the_officer_and_the_week(qtbot: QtBot, store: Store) -> None:
    app_settings.Settings.for_store(store).officer = "张伟"
    dialog = SyncExportDialog(store)
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).name == "张伟-2026-W48.xlsx"  # 2026-11-27 is in week 48
    assert export_dialog.default_file_name("张伟", dt.date(2026, 11, 30)) == "张伟-2026-W49.xlsx"
    assert export_dialog.default_file_name("李娜", dt.date(2027, 1, 1)) == "李娜-2026-W53.xlsx"


def test_a_long_report_wraps_without_squeezing_the_file_field(qtbot: QtBot,
                                                              store: Store) -> None:
    dialog = SyncExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setText("Wrote /home/officer/" + "很长的文件夹名/" * 12 + "张伟-2026-W49.xlsx: "
                          "60 compounds, 480 inspections, 525 findings. Send the .zip with it.")
    dialog.adjustSize()
    qtbot.wait(10)
    assert dialog.path.width() >= 360
    assert dialog.export_button.width() >= dialog.export_button.minimumSizeHint().width()


@given(st.text(max_size=80), st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)))
def test_any_officer_name_makes_one_safe_file_name(officer: str, day: dt.date) -> None:
    """Whatever was typed as the officer's name, the name is one file in one folder."""
    name = export_dialog.default_file_name(officer, day)
    year, week, _ = day.isocalendar()
    assert name.endswith(f"-{year}-W{week:02d}.xlsx")
    assert Path(name).name == name and not set(name) & set('\\/:*?"<>|')
    assert not any(ord(c) < 32 for c in name) and not name.startswith(("-", " ", "."))
