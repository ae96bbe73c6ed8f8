"""The command line's reader of compiled translations finds what Qt finds, in the real file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTranslator

from desktop import qm, words

ROOT = Path(__file__).resolve().parents[2]
QM = words.TRANSLATIONS / "xuncha_zh_CN.qm"
TS_DIR = words.TRANSLATIONS / "zh_CN"


def finished_translations() -> dict[tuple[str, str], set[str]]:
    """Every finished translation of the .ts files, by (context, source)."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ts in sorted(TS_DIR.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None \
                        and (translation.text or "").strip():
                    found[(name, message.findtext("source") or "")].add(translation.text or "")
    return found


@pytest.fixture(scope="module")
def catalogue() -> qm.Catalogue:
    return qm.Catalogue.load(QM)


@pytest.fixture(scope="module")
def qt_translator() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(QM))
    return translator


def test_every_finished_translation_is_found_as_qt_finds_it(
        catalogue: qm.Catalogue, qt_translator: QTranslator) -> None:
    """A source text translated twice (in two areas) is compiled once: Qt's choice."""
    expected = finished_translations()
    assert len(expected) > 1500
    for (context, source), translations in expected.items():
        found = catalogue.find(context, source)
        assert found in translations, (context, source)
        assert found == qt_translator.translate(context, source), (context, source)


def test_a_text_without_translation_is_not_found(catalogue: qm.Catalogue) -> None:
    assert catalogue.find("", "no such sentence in XunCha") is None
    assert catalogue.find("no such context", "{path}: no problems found.") is None
    assert catalogue.find("", "{path}: no problems found.") == "{path}：未发现问题。"


@settings(max_examples=300, deadline=None)
@given(context=st.sampled_from(["", "QFileDialog", "reports", "MainWindow"]), text=st.text())
def test_any_text_is_answered_as_qt_answers_it(catalogue: qm.Catalogue,
                                               qt_translator: QTranslator,
                                               context: str, text: str) -> None:
    assert (catalogue.find(context, text) or "") == qt_translator.translate(context, text)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> qm.Catalogue:
    """A small translation compiled by lrelease: comments, an unfinished entry, a context."""
    folder = tmp_path_factory.mktemp("qm")
    (folder / "small.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        'language="zh_CN"><context><name>Box</name>'
        "<message><source>Open</source><translation>打开</translation></message>"
        "<message><source>Open</source><comment>a door</comment>"
        "<translation>开门</translation></message>"
        '<message><source>Later</source><translation type="unfinished"></translation>'
        "</message></context><context><name></name>"
        "<message><source>Open</source><translation>开启 😀</translation></message>"
        "</context></TS>", encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    subprocess.run([lrelease, "-silent", str(folder / "small.ts"), "-qm",
                    str(folder / "small.qm")], check=True)
    return qm.Catalogue.load(folder / "small.qm")


def test_context_and_comment_tell_messages_apart(compiled: qm.Catalogue) -> None:
    assert compiled.find("Box", "Open") == "打开"
    assert compiled.find("Box", "Open", "a door") == "开门"
    assert compiled.find("", "Open") == "开启 😀"  # beyond the BMP: a UTF-16 pair
    assert compiled.find("Box", "Later") is None  # unfinished: the source is shown
    assert compiled.find("Elsewhere", "Open") is None


@pytest.mark.parametrize("data", [b"", b"not a qm file at all",
                                  qm.MAGIC + b"\x42\x00\x00\x01",  # a block cut short
                                  qm.MAGIC])  # no messages
def test_a_damaged_file_is_refused(data: bytes) -> None:
    with pytest.raises(qm.QmError):
        qm.Catalogue(data)


def test_a_cut_message_is_refused() -> None:
    real = QM.read_bytes()
    blocks = qm._blocks(real, len(qm.MAGIC))
    cut = blocks[qm.MESSAGES_BLOCK][:40]
    data = qm.MAGIC + b"".join(bytes([tag]) + len(block).to_bytes(4, "big") + block
                               for tag, block in ((qm.HASHES_BLOCK, blocks[qm.HASHES_BLOCK]),
                                                  (qm.MESSAGES_BLOCK, cut)))
    catalogue = qm.Catalogue(data)
    with pytest.raises(qm.QmError):
        for (context, source) in finished_translations():
            catalogue.find(context, source)
