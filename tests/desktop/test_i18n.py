"""Qt's own dialogs speak the interface language: its translations and the locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop import i18n, words


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
    assert folders[0] == words.TRANSLATIONS
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
