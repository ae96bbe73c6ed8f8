"""Chooses the language (desktop/words.py) and installs Qt's and XunCha's translations into Qt.

Qt's own dialogs (file dialogs, the calendar pop-up, message-box buttons) speak the
interface language too: Qt's translation ``qtbase_<language>`` is installed with ours,
and the default locale is set to the language, which names months and weekdays. The
bundle ships ``qtbase_zh_CN.qm`` beside ``xuncha_zh_CN.qm`` (build.spec); a development
tree finds it in PySide6's own translations folder. The few words of Qt's dialogs that
its translation lacks (:data:`QT_GAPS`) are translated in ours, which Qt also asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from desktop import words

_LOCALES = {"zh_CN": (QLocale.Language.Chinese, QLocale.Country.China),
            "en": (QLocale.Language.English, QLocale.Country.UnitedStates)}
_installed: list[QTranslator] = []
# Qt's own words missing from qtbase_zh_CN (its file dialog's labels and file types): our
# translation carries them under Qt's contexts (tests/desktop/test_i18n.py).
QT_GAPS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")),
)


def qt_folders() -> list[Path]:
    """Where Qt's own translations are looked for: ours (the bundle), then Qt's."""
    return [words.TRANSLATIONS,
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translations and locale for ``language`` (the system's by default).

    The command line's catalogue (desktop/words.py) speaks it too. Returns the language.
    """
    language = words.install(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(*_LOCALES.get(language, _LOCALES["en"])))
    if language != "en":
        _load(app, f"xuncha_{language}", [words.TRANSLATIONS])
        _load(app, f"qtbase_{language}", qt_folders())
    return language


def _load(app: QCoreApplication, name: str, folders: list[Path]) -> bool:
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            return True
    return False
