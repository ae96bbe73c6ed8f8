"""Qt's own dialogs speak the interface language: its translations and the locale."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QListView,
)
from pytestqt.qtbot import QtBot

from desktop import i18n


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def test_the_file_dialog_and_buttons_are_translated(chinese: None, qtbot: QtBot) -> None:
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_the_calendar_names_months_and_days_in_chinese(chinese: None, qtbot: QtBot) -> None:
    assert QLocale().monthName(11) == "十一月"
    assert QLocale().dayName(1, QLocale.FormatType.ShortFormat) == "周一"
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().language() == QLocale.Language.Chinese


def test_english_puts_the_english_locale_back(qapp: QApplication) -> None:
    i18n.install(qapp, "zh_CN")
    i18n.install(qapp, "en")
    assert QLocale().monthName(11) == "November"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_qts_translation_is_found_where_the_bundle_puts_it_first() -> None:
    folders = i18n.qt_folders()
    assert folders[0] == i18n.TRANSLATIONS
    assert any((folder / "qtbase_zh_CN.qm").is_file() for folder in folders)


def test_qts_missing_words_are_translated_by_ours(chinese: None, qtbot: QtBot) -> None:
    """qtbase_zh_CN lacks the file dialog's "&Look in:" and file types: ours fills them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    for context, text in i18n.QT_GAPS:
        assert QCoreApplication.translate(context, text) != text, text
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels


def _file_filters() -> list[tuple[str, str]]:
    """Every file-type filter of ours with its Chinese: (source, translation)."""
    found = []
    for ts in sorted((i18n.TRANSLATIONS / "zh_CN").glob("*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            if re.search(r"\(\*\.\w+", source):
                found.append((source, message.findtext("translation") or ""))
    return found


def _wait_listed(qtbot: QtBot, view: QListView, count: int) -> None:
    """Wait until a file dialog's list shows ``count`` files (it reads the folder later)."""
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == count, timeout=5000)


def test_every_file_type_filter_still_shows_its_files_in_chinese(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    """Qt reads the patterns between ASCII brackets: 表格（*.xlsx） showed no workbook at all."""
    assert len(_file_filters()) >= 5
    for n, (source, chinese) in enumerate(_file_filters()):
        folder = tmp_path / str(n)
        folder.mkdir()
        suffixes = re.findall(r"\*(\.\w+)", source)
        for suffix in suffixes:
            (folder / f"a{suffix}").touch()
        dialog = QFileDialog(None, "", str(folder), chinese)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        view = dialog.findChild(QListView, "listView")
        assert view is not None
        _wait_listed(qtbot, view, len(suffixes))
