"""Photos in the form: a strip of thumbnails with captions, filled from files or by drag and drop.

Copying and hashing a 20 MB photo takes a while, so :func:`add_photos` runs on a
``ui.worker`` thread with its own connection to the store; the strip touches its widgets
only on the GUI thread, when the worker reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from storage.store import photos
from storage.store.db import Store
from ui import messages, worker

THUMB = QSize(120, 90)
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff"


def add_photos(store: Store, files: list[Path],
               progress: worker.Progress) -> list[tuple[Path, photos.Photo | photos.PhotoError]]:
    """Add each file to the store (on a worker): the photo, or why it is not one."""
    results: list[tuple[Path, photos.Photo | photos.PhotoError]] = []
    for done, path in enumerate(files):
        if not progress(done, len(files)):
            break
        try:
            results.append((path, photos.add(store, path)))
        except photos.PhotoError as error:
            results.append((path, error))
    return results


def thumbnail_pixmap(store: Store, sha256: str) -> QPixmap:
    data = photos.thumbnail(store, sha256) or b""
    image = QImage.fromData(data)
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PhotoStrip(QWidget):
    """Thumbnails of the photos of one item or finding; captions shown under each."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, item: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.item = item
        self.entries: list[dict[str, str]] = []
        self.pending = 0
        self.read_only = False
        self.setAcceptDrops(True)
        # As tall as its contents: forms and dialogs must not stretch an empty strip.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB.height() + 48)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_menu)
        self.list.itemActivated.connect(self._on_activated)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.hint = QLabel(self.tr("or drop photos here"), self)
        self.hint.setStyleSheet("color: gray")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        self.list.setVisible(False)

    # -- contents -------------------------------------------------------------------

    def set_entries(self, entries: list[dict[str, str]]) -> None:
        self.entries = [dict(e) for e in entries]
        self._rebuild()

    def _rebuild(self) -> None:
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(QIcon(thumbnail_pixmap(self.store, entry["photo"])),
                                   entry.get("caption", "") or " ")
            item.setToolTip(entry.get("caption", ""))
            self.list.addItem(item)
        self.list.setVisible(bool(self.entries))

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        self.hint.setVisible(not read_only)
        self.setAcceptDrops(not read_only)
        self.read_only = read_only

    # -- adding -----------------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach photos"), "", self.tr("Photos ({patterns})").format(
                patterns=IMAGE_FILTER))
        if names:
            self.add_files([Path(name) for name in names])

    def add_files(self, files: list[Path]) -> worker.Worker:
        """Import the files on a worker; the photos appear once they are in the store."""
        task = worker.Worker(self.store.path, lambda own, progress: add_photos(
            own, files, progress))
        task.signals.finished.connect(self._on_imported)
        task.signals.failed.connect(self.failed)
        task.signals.ended.connect(self._on_ended)
        self.pending += 1
        return worker.start(task)

    def _on_imported(self, results: list[tuple[Path, photos.Photo | photos.PhotoError]]
                     ) -> None:
        for _path, outcome in results:
            if isinstance(outcome, photos.PhotoError):
                self.failed.emit(messages.describe(outcome) or str(outcome))
            else:
                self._on_added(outcome.sha256)

    def _on_ended(self) -> None:
        self.pending -= 1

    def _on_added(self, sha256: str) -> None:
        if any(e["photo"] == sha256 for e in self.entries):
            return
        self.entries.append({"photo": sha256, "item": self.item, "caption": ""})
        self._rebuild()
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls()
                 if url.isLocalFile()]
        if files:
            self.add_files(files)
            event.acceptProposedAction()

    # -- captions, viewing, removing -----------------------------------------------------

    def _on_menu(self, point: Any) -> None:
        item = self.list.itemAt(point)
        if item is None:
            return
        row = self.list.row(item)
        menu = QMenu(self)
        menu.addAction(self.tr("View"), lambda: self.view(row))
        if not self.read_only:
            menu.addAction(self.tr("Caption…"), lambda: self.edit_caption(row))
            menu.addAction(self.tr("Remove"), lambda: self.remove(row))
        menu.exec(self.list.viewport().mapToGlobal(point))

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.view(self.list.row(item))

    def edit_caption(self, row: int) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Caption"), self.tr("Caption:"),
                                        text=self.entries[row].get("caption", ""))
        if ok:
            self.set_caption(row, text)

    def set_caption(self, row: int, text: str) -> None:
        self.entries[row]["caption"] = text.strip()
        self._rebuild()
        self.changed.emit()

    def remove(self, row: int) -> None:
        del self.entries[row]
        self._rebuild()
        self.changed.emit()

    def view(self, row: int) -> None:
        PhotoViewer(self.store, self.entries[row], self).exec()


def screen_sized(store: Store, sha256: str, bounds: QSize) -> QPixmap:
    """The photo decoded straight at screen size (a 40-megapixel JPEG decodes in a blink
    at an eighth of its size), turned upright by its EXIF orientation."""
    photo = photos.get(store, sha256)
    if photo is not None:
        reader = QImageReader(str(photos.path_of(store, photo.sha256, photo.media_type)))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and (size.width() > bounds.width()
                               or size.height() > bounds.height()):
            reader.setScaledSize(size.scaled(bounds, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if not image.isNull():
            return QPixmap.fromImage(image)
    return thumbnail_pixmap(store, sha256)


class PhotoViewer(QDialog):
    """A larger view of one photo, scaled to the screen, with its caption."""

    def __init__(self, store: Store, entry: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(entry.get("caption") or self.tr("Photo"))
        screen = self.screen().availableGeometry().size() * 0.8
        pixmap = screen_sized(store, entry["photo"], screen)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setPixmap(pixmap)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        caption = QLabel(entry.get("caption", ""), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(caption)
        layout.addWidget(buttons)
        self.resize(min(pixmap.width() + 40, int(screen.width())),
                    min(pixmap.height() + 100, int(screen.height())))


def file_urls(paths: list[Path]) -> list[QUrl]:
    """File URLs for a drop (used by tests and by paste)."""
    return [QUrl.fromLocalFile(str(path)) for path in paths]
