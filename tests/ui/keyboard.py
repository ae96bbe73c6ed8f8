"""What the keyboard reaches in a window: its Alt+letter mnemonics, collected like Qt does."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str:
    """The letter after a single ``&`` ('' if none; ``&&`` is a literal ampersand)."""
    n = 0
    while n < len(text) - 1:
        if text[n] == "&":
            if text[n + 1] != "&":
                return text[n + 1].upper()
            n += 1
        n += 1
    return ""


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every mnemonic a shown window answers to, by letter (a clash has several texts).

    The menu bar's titles, and of the widgets shown: buttons, labels with a buddy, group
    boxes and tab bars. Hidden or disabled widgets take no shortcut, as in Qt.
    """
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(text)

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                add(widget.tabText(tab))
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    """The letters two or more things in the window answer to."""
    return {k: v for k, v in window_mnemonics(window).items() if len(v) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Letters two visible commands of one menu share (submenus checked too)."""
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            letter = mnemonic(action.text())
            if letter:
                found.setdefault(letter, []).append(action.text())
        if action.menu() is not None:
            found.update({f"{k} in {action.text()}": v
                          for k, v in menu_clashes(action.menu()).items()})
    return {k: v for k, v in found.items() if len(v) > 1}
