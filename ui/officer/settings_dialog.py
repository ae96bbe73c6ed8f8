"""The settings dialog and the first-start dialog that asks for the officer's and device's names.

They edit any object with the attributes of ``desktop.settings.Settings`` (the ui layer
does not import desktop): ``officer``, ``device_name``, ``default_department``,
``language`` ('' follows the system) and ``data_folder``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Preferences(Protocol):
    officer: str
    device_name: str
    default_department: str
    language: str
    data_folder: Path


class FirstStartDialog(QDialog):
    """Asks once for the two names every record and printout carries."""

    def __init__(self, settings: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Welcome to XunCha"))
        intro = QLabel(self.tr(
            "Before the first inspection, tell XunCha who works on this laptop. The names "
            "appear on inspection records and notices, and tell the supervisor whose "
            "spreadsheet is whose."), self)
        intro.setWordWrap(True)
        self.officer = QLineEdit(settings.officer, self)
        self.officer.setPlaceholderText(self.tr("e.g. 张伟"))
        self.device = QLineEdit(settings.device_name, self)
        self.device.setPlaceholderText(self.tr("e.g. 城管执法一中队 laptop 3"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&Officer's name:"), self.officer)
        form.addRow(self.tr("&Device name:"), self.device)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(480, 240)

    def accept(self) -> None:
        if not self.officer.text().strip() or not self.device.text().strip():
            self.problem.setText(self.tr("Both names are needed."))
            (self.officer if not self.officer.text().strip() else self.device).setFocus()
            return
        self.settings.officer = self.officer.text()
        self.settings.device_name = self.device.text()
        super().accept()


class SettingsDialog(QDialog):
    """Officer, device, default department, language, data folder."""

    def __init__(self, settings: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.officer = QLineEdit(settings.officer, self)
        self.device = QLineEdit(settings.device_name, self)
        self.department = QLineEdit(settings.default_department, self)
        self.department.setPlaceholderText(self.tr("used when an item names no department"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.folder = QLineEdit(str(settings.data_folder), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse)
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(browse)
        self.note = QLabel(self.tr("A new data folder is used from the next start."), self)
        self.note.setStyleSheet("color: #666666")
        form = QFormLayout()
        form.addRow(self.tr("&Officer's name:"), self.officer)
        form.addRow(self.tr("&Device name:"), self.device)
        form.addRow(self.tr("Default de&partment:"), self.department)
        form.addRow(self.tr("&Language:"), self.language)
        # A row whose field is a layout gets no buddy from addRow, so its "&F" would show
        # as typed: the label names its buddy itself.
        folder_label = QLabel(self.tr("Data &folder:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder)
        form.addRow("", self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 280)

    def _on_browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Data folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        self.settings.officer = self.officer.text()
        self.settings.device_name = self.device.text()
        self.settings.default_department = self.department.text()
        self.settings.language = str(self.language.currentData())
        if self.folder.text().strip():
            self.settings.data_folder = Path(self.folder.text().strip())
        super().accept()
