"""Marking up a photo: the marks land on a copy at full size; the original stays as taken."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from storage.store import db, photos
from ui.form import annotate
from ui.form.photo_strip import PhotoStrip


def _strip_with_photo(qtbot: QtBot, store: db.Store, photo_file: Path) -> PhotoStrip:
    strip = PhotoStrip(store, "lane")
    qtbot.addWidget(strip)
    strip.set_entries([{"photo": photos.add(store, photo_file).sha256, "item": "lane",
                        "caption": "东侧"}])
    return strip


def test_an_arrow_circle_and_text_go_on_a_copy(qtbot: QtBot, store: db.Store,
                                               photo_file: Path) -> None:
    strip = _strip_with_photo(qtbot, store, photo_file)
    original = strip.entries[0]["photo"]
    before = photos.path_of(store, original, "image/jpeg").read_bytes()
    dialog = strip.annotate(0)
    assert isinstance(dialog, annotate.AnnotateDialog)
    dialog.canvas.resize(480, 360)  # the 800×600 photo at 0.6
    qtbot.mousePress(dialog.canvas, Qt.MouseButton.LeftButton, pos=QPoint(24, 24))
    qtbot.mouseMove(dialog.canvas, QPoint(120, 120))
    qtbot.mouseRelease(dialog.canvas, Qt.MouseButton.LeftButton, pos=QPoint(240, 180))
    (arrow,) = dialog.canvas.shapes
    assert (arrow.kind, arrow.end) == (annotate.ARROW, QPointF(400, 300))  # photo pixels
    dialog.add(annotate.Shape(annotate.CIRCLE, QPointF(500, 100), QPointF(700, 250)))
    dialog.add(annotate.Shape(annotate.TEXT, QPointF(50, 550), QPointF(50, 550), "占道"))
    with qtbot.waitSignal(strip.changed):
        dialog.accept()
    assert [e["photo"] for e in strip.entries][0] == original  # kept, first
    copy = strip.entries[1]
    assert copy["photo"] != original and copy["item"] == "lane" and copy["caption"] == "东侧"
    assert photos.path_of(store, original, "image/jpeg").read_bytes() == before
    marked = Image.open(photos.path_of(store, copy["photo"], "image/jpeg")).convert("RGB")
    assert marked.size == (800, 600)
    red, green, _ = marked.getpixel((200, 150))  # on the arrow's line
    assert red > 180 and green < 90
    red, green, _ = marked.getpixel((780, 20))  # far from every mark: as photographed
    assert abs(red - 200) < 12 and abs(green - 80) < 12


def test_nothing_drawn_adds_nothing(qtbot: QtBot, store: db.Store, photo_file: Path) -> None:
    strip = _strip_with_photo(qtbot, store, photo_file)
    dialog = strip.annotate(0)
    dialog.accept()
    assert len(strip.entries) == 1 and dialog.saved is None
