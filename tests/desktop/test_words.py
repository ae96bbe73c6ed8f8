"""The system's language without Qt, and the words the command line speaks in it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from desktop import words

ENVIRONMENTS = [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_CN"}, "zh_CN"),
    ({"LANG": "zh_TW.Big5"}, "zh_CN"),  # any Chinese: the one translation there is
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "C", "LANGUAGE": "zh_CN"}, "en"),  # gettext and Qt ignore LANGUAGE under C
    ({"LC_ALL": "POSIX", "LANGUAGE": "zh_CN"}, "en"),
    ({"LC_ALL": "C.UTF-8", "LANGUAGE": "zh_CN"}, "zh_CN"),  # but not under C.UTF-8
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),  # its first choice
    ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_GB:zh_CN"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
    ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "en"),  # LC_ALL beats all
    ({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}, "zh_CN"),  # an empty variable is not set
    ({"LANG": "zh_CN.GB18030@pinyin"}, "zh_CN"),
    ({"LANG": "ZH_cn"}, "zh_CN"),
]


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    words.install("en")


@pytest.mark.parametrize(("environ", "expected"), ENVIRONMENTS)
def test_the_environment_names_the_language(environ: dict[str, str], expected: str) -> None:
    assert words.system_language(environ, platform="linux") == expected
    assert words.system_language(environ, platform="darwin") == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt reads the environment")
def test_linux_chooses_as_qt_did() -> None:
    """The windows used QLocale.system(): the same environments give the same language."""
    ask = ("from PySide6.QtCore import QLocale; print('zh_CN' if QLocale.system().language()"
           " == QLocale.Language.Chinese else 'en')")
    plain = {name: value for name, value in os.environ.items()
             if not name.startswith(("LC_", "LANG"))}
    runs = [subprocess.Popen([sys.executable, "-c", ask], env={**plain, **environ},
                             stdout=subprocess.PIPE, text=True) for environ, _ in ENVIRONMENTS]
    answers = [run.communicate(timeout=120)[0].strip() for run in runs]
    assert answers == [expected for _, expected in ENVIRONMENTS]


@pytest.mark.parametrize(("language_id", "expected"), [
    (0x0804, "zh_CN"),  # Chinese (PRC)
    (0x0404, "zh_CN"),  # Chinese (Taiwan)
    (0x1004, "zh_CN"),  # Chinese (Singapore)
    (0x0409, "en"),  # English (United States)
    (0x0411, "en"),  # Japanese
])
def test_windows_asks_the_display_language_not_the_environment(language_id: int,
                                                                expected: str) -> None:
    chinese_shell = {"LANG": "zh_CN.UTF-8"}  # a shell's variables do not count there
    english_shell = {"LANG": "en_US.UTF-8"}
    for environ in (chinese_shell, english_shell):
        assert words.system_language(environ, platform="win32",
                                     windows_language=lambda: language_id) == expected


def test_chinese_words_come_from_the_compiled_translation(english_after: None) -> None:
    assert words.install("zh_CN") == "zh_CN" and words.language() == "zh_CN"
    assert words.translate("", "{path}: no problems found.") == "{path}：未发现问题。"
    assert words.translate("", "not a sentence XunCha says") == "not a sentence XunCha says"


def test_english_is_the_source_text(english_after: None) -> None:
    words.install("zh_CN")
    assert words.install("en") == "en"
    assert words.translate("", "{path}: no problems found.") == "{path}: no problems found."


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks its display language")
def test_the_system_language_is_installed_by_default(english_after: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert words.install() == "zh_CN"
    assert words.translate("", "{path}: no problems found.") == "{path}：未发现问题。"


def test_checklist_language() -> None:
    assert words.checklist_language("en") == "en"
    assert words.checklist_language("zh_CN") == "zh"
