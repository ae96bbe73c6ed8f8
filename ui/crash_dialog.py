"""The dialog that says XunCha met a bug: what happened, where the report is, quit or go on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class CrashDialog(QDialog):
    """One crash, said once: the error's kind, the report's file and three buttons.

    "Open the log folder" asks the system to show the folder and leaves the dialog open;
    "Quit XunCha" emits ``quit_requested`` and closes it; "Continue" (left out when the
    program cannot go on, as during start-up) just closes it.
    """

    quit_requested = Signal()

    def __init__(self, error_name: str, folder: Path, report: Path | None, problem: str = "",
                 *, can_continue: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("XunCha met an error"))
        self.message = QLabel(self._text(error_name, report, problem, can_continue), self)
        self.message.setWordWrap(True)
        # The path is selectable, so it can be copied into a mail or a chat.
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.folder_button = buttons.addButton(self.tr("Open the log folder"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(self.tr("Quit XunCha"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.continue_button = buttons.addButton(self.tr("Continue"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setVisible(can_continue)
        self.folder_button.clicked.connect(self._on_open_folder)
        self.quit_button.clicked.connect(self._on_quit)
        self.continue_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _text(self, error_name: str, report: Path | None, problem: str,
              can_continue: bool) -> str:
        parts = [self.tr("XunCha met an unexpected error ({error}). It is a fault in XunCha, "
                         "not in what you did.").format(error=error_name)]
        if report is not None:
            parts.append(self.tr("A report was written to {path}. Please send it to whoever "
                                 "looks after XunCha for you.").format(path=report))
        else:
            parts.append(self.tr("The report could not be written to {folder}: {problem}")
                         .format(folder=self.folder, problem=problem))
        parts.append(self.tr("You can continue; if the error comes back, quit and start "
                             "XunCha again.") if can_continue else
                     self.tr("XunCha cannot go on and will close."))
        return "\n\n".join(parts)

    def _on_open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def _on_quit(self) -> None:
        self.quit_requested.emit()
        self.reject()
