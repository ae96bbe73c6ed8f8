"""Chooses the language and installs Qt's and XunCha's translations into the application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations")
LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """'zh_CN' when the system speaks Chinese, else 'en'."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translations for ``language`` (the system's by default); return it."""
    language = language or system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        for folder, name in ((TRANSLATIONS, f"xuncha_{language}"),
                             (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                              f"qtbase_{language}")):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
    return language


def checklist_language(language: str) -> str:
    """The XLSForm language code for an interface language ('zh' or 'en')."""
    return "en" if language.startswith("en") else "zh"
