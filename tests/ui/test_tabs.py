"""One tab per view: shown again while open, made again after its tab was closed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from ui.tabs import TabSlot


def test_a_closed_tab_s_view_is_made_again(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    made: list[QLabel] = []
    slot = TabSlot(tabs, lambda: made.append(QLabel("x")) or made[-1], "X")
    first = slot.show()
    assert slot.show() is first and tabs.count() == 1
    tabs.removeTab(0)
    first.deleteLater()
    qtbot.waitUntil(lambda: slot.current() is None)
    assert slot.show() is not first and len(made) == 2 and tabs.count() == 1
