"""What start-up tells the user: a store already open, a missing CJK font, unsafe XML parsing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.errors import StoreError, StoreProblem
from ui import messages


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def cjk_font_families() -> list[str]:
    """Installed font families that can show Simplified Chinese."""
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def store_in_use(path: str, parent: QWidget | None = None) -> None:
    """A second XunCha on the same store: say so (worded in ui.messages) and stop."""
    QMessageBox.warning(parent, tr("XunCha is already open"), messages.describe(
        StoreError(StoreProblem.IN_USE, path)) or path)


def store_failed(error: StoreError, parent: QWidget | None = None) -> None:
    QMessageBox.critical(parent, tr("XunCha cannot open its store"),
                         messages.describe(error) or str(error))


def no_cjk_font(parent: QWidget | None = None) -> None:
    QMessageBox.warning(parent, tr("No Chinese font"), tr(
        "No font for Chinese characters was found on this computer, so Chinese text may "
        "show as empty boxes. On Debian or Ubuntu install fonts-noto-cjk (for example with "
        "tools/system-packages.sh); Windows has such fonts already."))


def xml_unprotected(parent: QWidget | None = None) -> None:
    QMessageBox.warning(parent, tr("Spreadsheets are not protected"), tr(
        "The defusedxml package is missing, so a malicious spreadsheet could exhaust the "
        "memory of this computer when imported. Reinstall XunCha to restore the "
        "protection; until then import only spreadsheets from people you trust."))
