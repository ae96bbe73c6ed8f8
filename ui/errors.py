"""The one way the windows tell the user about a problem (worded by ui.messages)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import messages

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def show(parent: QWidget | None, error: Exception) -> None:
    """Show a known error; a bug (no wording for it) is raised again to fail loudly."""
    text = messages.describe(error)
    if text is None:
        raise error
    QMessageBox.warning(parent, tr("XunCha"), text)


def warn(parent: QWidget | None, text: str) -> None:
    """Show a sentence already worded for the user."""
    QMessageBox.warning(parent, tr("XunCha"), text)


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run ``action``; show a known error and return None, or return its result."""
    try:
        return action()
    except Exception as error:  # noqa: BLE001 - show() re-raises what it cannot word
        show(parent, error)
        return None
