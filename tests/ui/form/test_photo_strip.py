"""The photo strip: drag and drop, refused files, captions, the larger view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from storage.store import db
from ui.form.photo_strip import PhotoStrip, PhotoViewer, file_urls


def drop(strip: PhotoStrip, files: list[Path]) -> None:
    """Deliver a real drop event (Qt routes drops only during a real drag)."""
    data = QMimeData()
    data.setUrls(file_urls(files))
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    strip.dropEvent(event)
    assert event.isAccepted()


def test_dropped_photos_are_added_in_the_background(qtbot: QtBot, store: db.Store,
                                                    photo_file: Path) -> None:
    strip = PhotoStrip(store, "photo")
    qtbot.addWidget(strip)
    with qtbot.waitSignal(strip.changed, timeout=10000):
        drop(strip, [photo_file])
    assert strip.entries[0]["item"] == "photo"
    assert strip.list.count() == 1 and not strip.list.item(0).icon().isNull()


def test_a_file_that_is_no_photo_is_refused_with_a_sentence(qtbot: QtBot, store: db.Store,
                                                            tmp_path: Path) -> None:
    strip = PhotoStrip(store)
    qtbot.addWidget(strip)
    bogus = tmp_path / "notes.jpg"
    bogus.write_text("not a photo")
    with qtbot.waitSignal(strip.failed, timeout=10000) as failed:
        strip.add_files([bogus])
    assert "notes.jpg" in failed.args[0]
    qtbot.waitUntil(lambda: strip.pending == 0)
    assert strip.entries == []


def test_captions_removal_and_the_larger_view(qtbot: QtBot, store: db.Store,
                                              photo_file: Path) -> None:
    strip = PhotoStrip(store)
    qtbot.addWidget(strip)
    with qtbot.waitSignal(strip.changed, timeout=10000):
        strip.add_files([photo_file])
    strip.set_caption(0, " 北门 ")
    assert strip.entries[0]["caption"] == "北门"
    assert strip.list.item(0).text() == "北门"
    viewer = PhotoViewer(store, strip.entries[0])
    qtbot.addWidget(viewer)
    assert viewer.image.pixmap().width() > 320  # the full photo, not the thumbnail
    strip.remove(0)
    assert strip.entries == [] and strip.list.count() == 0
