"""The interface language and XunCha's words in it, without Qt (the command line's words).

The system's language, for the windows and the command line alike, comes from the
environment on Linux and macOS as gettext and Qt read it (the first of ``LANGUAGE``
unless the locale is plain C, else ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), and from the
user's display language on Windows (``GetUserDefaultUILanguage``). The words are those
of the compiled translation the windows load into Qt (desktop/i18n.py), read here by
desktop/qm.py: one catalogue for both.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from desktop import qm

TRANSLATIONS = Path(__file__).with_name("translations")
LANGUAGES = ("zh_CN", "en")
LANG_CHINESE = 0x04  # the primary language of a Windows LANGID (its low ten bits)
_C_LOCALES = ("", "C", "POSIX")
_catalogue: qm.Catalogue | None = None
_language = "en"


def system_language(environ: Mapping[str, str] | None = None, platform: str = sys.platform,
                    windows_language: Callable[[], int] | None = None) -> str:
    """'zh_CN' when the system speaks Chinese, else 'en'.

    ``environ``, ``platform`` and ``windows_language`` are the system's unless given.
    """
    if platform == "win32":
        chinese = (windows_language or _windows_language)() & 0x3FF == LANG_CHINESE
    else:
        chinese = _environment_language(os.environ if environ is None else environ) == "zh"
    return "zh_CN" if chinese else "en"


def _environment_language(environ: Mapping[str, str]) -> str:
    """The language code ('zh', 'en' …) the environment names, '' for the C locale."""
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if environ.get(name)), "")
    if locale in _C_LOCALES:  # as gettext and Qt: LANGUAGE counts unless the locale is C
        return ""
    preferred = environ.get("LANGUAGE", "").split(":")[0] or locale
    return re.split(r"[-_.@]", preferred)[0].lower()


def _windows_language() -> int:
    import ctypes  # noqa: PLC0415 - Windows only

    return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]


def install(language: str | None = None) -> str:
    """Speak ``language`` (the system's by default) from now on; returns it."""
    global _catalogue, _language
    _language = language or system_language()
    path = TRANSLATIONS / f"xuncha_{_language}.qm"
    _catalogue = qm.Catalogue.load(path) if _language != "en" and path.is_file() else None
    return _language


def language() -> str:
    """The language installed last ('en' before any)."""
    return _language


def translate(context: str, text: str) -> str:
    """``text`` in the installed language, as QCoreApplication.translate would give it."""
    found = _catalogue.find(context, text) if _catalogue is not None else None
    return text if found is None else found


def checklist_language(language: str) -> str:
    """The XLSForm language code for an interface language ('zh' or 'en')."""
    return "en" if language.startswith("en") else "zh"
