"""The idle lock: after some minutes without input the windows are covered until the
passphrase of the encrypted store is typed again.

Nothing is closed: the open inspections stay as they were (their drafts are saved when
the lock comes down, in case the laptop is then switched off), dialogs stay open under
their covers. Each unlock, and each wrong passphrase, goes into the access log.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from storage.store import access_log
from storage.store.db import Store
from ui.privacy.passphrase_dialog import PassphraseDialog

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


class _Cover(QLabel):
    """An opaque sheet over one window while it is locked, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setText(self.tr("Locked — type the passphrase to go on."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: #2b2b2b; color: #f0f0f0; font-size: 18px")
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class IdleLock(QObject):
    """Locks every window of the app after ``minutes`` without input (0: never)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, app: QApplication, store: Store, minutes: float,
                 before: Callable[[], object] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.before = before
        self.dialog: PassphraseDialog | None = None
        self.covers: list[_Cover] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.enabled = False
        self.set_minutes(minutes)
        self.app = app
        app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: float) -> None:
        """Lock after ``minutes`` without input (0: never; a plain store never locks)."""
        self.timer.stop()
        self.enabled = minutes > 0 and self.store.encrypted
        if self.enabled:
            self.timer.setInterval(max(1, int(minutes * 60_000)))
            self.timer.start()

    def stop(self) -> None:
        """No more locking (the store is closing)."""
        self.enabled = False
        self.timer.stop()
        self.app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.enabled and not self.is_locked and event.type() in _INPUT:
            self.timer.start()  # input: the idle time starts again
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.before()
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and not isinstance(w, (_Cover, PassphraseDialog))]
        self.covers = [_Cover(window) for window in windows]
        self.dialog = PassphraseDialog(
            self.tr("XunCha is locked"),
            self.tr("XunCha was locked after a while without use. Type the passphrase of "
                    "{path} to go on.").format(path=self.store.path), self._check,
            can_give_up=False)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.dialog.accepted.connect(self._on_unlocked)
        self.dialog.show()
        self.locked.emit()

    def _check(self, passphrase: str) -> str | None:
        if self.store.passphrase is not None and hmac.compare_digest(
                passphrase.encode(), self.store.passphrase.encode()):
            access_log.record(self.store, "unlock", "xuncha")
            return None
        access_log.record(self.store, "unlock_failed", "xuncha")
        return self.tr("Wrong passphrase.")

    def _on_unlocked(self) -> None:
        for cover in self.covers:
            cover.deleteLater()
        self.covers = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        if self.enabled:
            self.timer.start()
        self.unlocked.emit()
