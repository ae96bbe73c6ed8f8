"""Passwords of encrypted workbooks: asked when a protected file is read, chosen on export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QInputDialog, QLineEdit, QWidget

from exports.spreadsheet import files


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def ask_for(parent: QWidget, paths: list[Path]) -> str | None:
    """The password of the protected workbooks among ``paths``; None if there are none.

    Cancelled: '' (the files are then refused as protected, nothing is read).
    """
    locked = [path.name for path in paths if files.is_encrypted(path)]
    if not locked:
        return None
    text, accepted = QInputDialog.getText(
        parent, tr("Password"), tr("Password of {files}:").format(files="、".join(locked)),
        QLineEdit.EchoMode.Password)
    return text if accepted else ""


class PasswordFields(QWidget):
    """“Protect with a password”, the password and its repetition (for an export)."""

    def __init__(self, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protect = QCheckBox(tr("Protect the workbook and its photos with a password"))
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.protect)
        layout.addRow(tr("Password:"), self.first)
        layout.addRow(tr("Once more:"), self.second)
        self.protect.toggled.connect(self._on_toggled)
        self.protect.setChecked(required)
        self.protect.setEnabled(not required)  # the store's settings require it
        self._on_toggled(required)

    def _on_toggled(self, checked: bool) -> None:
        self.first.setEnabled(checked)
        self.second.setEnabled(checked)

    def problem(self) -> str:
        """Why the chosen password cannot be used ('' when it can)."""
        if not self.protect.isChecked():
            return ""
        if not self.first.text():
            return tr("Type the password twice.")
        if self.first.text() != self.second.text():
            return tr("The two passwords differ.")
        return ""

    def password(self) -> str | None:
        return self.first.text() if self.protect.isChecked() else None
