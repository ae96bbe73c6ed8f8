"""Privacy in the main window: the Privacy and access log window, and the idle lock's minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.main_window import MainWindow
from ui.privacy.idle_lock import IdleLock

if TYPE_CHECKING:
    from ui.privacy.privacy_dialog import PrivacyDialog


class PrivacyMenu(QObject):
    """File → Privacy and access log…"""

    def __init__(self, window: MainWindow, lock: IdleLock | None) -> None:
        super().__init__(window)
        self.window, self.lock = window, lock
        window.add_action("file", self.tr("&Privacy and access log…"), self.open_dialog)

    def open_dialog(self) -> PrivacyDialog:
        from ui.privacy.privacy_dialog import PrivacyDialog  # noqa: PLC0415 - loaded when first used

        dialog = PrivacyDialog(self.window.store, self.window)
        if self.lock is not None:
            dialog.lock_minutes_changed.connect(self.lock.set_minutes)
        dialog.open()
        return dialog


def install(window: MainWindow, lock: IdleLock | None = None) -> PrivacyMenu:
    return PrivacyMenu(window, lock)
