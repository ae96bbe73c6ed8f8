"""Marking up a photo: arrows, circles and text drawn on a copy; the original stays as taken.

Shapes are kept in the photo's own pixels, so what is drawn on the screen-sized view lands
in the same place on the full-size copy, which is added to the store as a new photo.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.store import photos
from storage.store.db import Store
from ui import errors

ARROW, CIRCLE, TEXT = "arrow", "circle", "text"
INK = QColor("#e01010")


@dataclass(frozen=True)
class Shape:
    """One mark, in the photo's pixels: an arrow from start to end, an ellipse, a text."""

    kind: str
    start: QPointF
    end: QPointF
    text: str = ""


def original_image(store: Store, sha256: str) -> QImage:
    """The stored photo at full size, turned upright by its EXIF orientation."""
    photo = photos.get(store, sha256)
    if photo is None:
        return QImage()
    try:  # through the store: an encrypted store's photos are sealed on disk
        data = QByteArray(photos.read(store, sha256, photo.media_type))
    except (OSError, photos.PhotoError):
        return QImage()
    buffer = QBuffer(data)  # kept alive while the reader reads from it
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader.read()


def draw(painter: QPainter, shapes: list[Shape], scale: float, size: QSize) -> None:
    """Paint the shapes; lines and text grow with the photo so they read on any size."""
    weight = max(3.0, max(size.width(), size.height()) / 250) * scale
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(INK, weight, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    font = QFont()
    font.setPixelSize(max(12, int(weight * 7)))
    font.setBold(True)
    painter.setFont(font)
    for shape in shapes:
        start, end = shape.start * scale, shape.end * scale
        if shape.kind == CIRCLE:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(start, end).normalized())
        elif shape.kind == ARROW:
            painter.drawLine(start, end)
            painter.setBrush(INK)
            painter.drawPolygon(_head(start, end, weight * 4))
        elif shape.kind == TEXT:
            painter.drawText(start, shape.text)


def _head(start: QPointF, end: QPointF, length: float) -> QPolygonF:
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    left = QPointF(end.x() - length * math.cos(angle - 0.45),
                   end.y() - length * math.sin(angle - 0.45))
    right = QPointF(end.x() - length * math.cos(angle + 0.45),
                    end.y() - length * math.sin(angle + 0.45))
    return QPolygonF([end, left, right])


def annotated_jpeg(image: QImage, shapes: list[Shape]) -> bytes:
    """The photo with the shapes drawn on a copy, as JPEG."""
    copy = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(copy)
    draw(painter, shapes, 1.0, copy.size())
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    copy.save(buffer, "JPEG", 90)  # type: ignore[call-overload]  # str at run time
    return bytes(data.data())


class Canvas(QWidget):
    """The photo fitted to the widget; a drag draws the chosen mark, a click places text."""

    text_wanted = Signal(QPointF)  # where, in the photo's pixels

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.shapes: list[Shape] = []
        self.tool = ARROW
        self._pressed: QPointF | None = None
        self._current: Shape | None = None
        self.setMinimumSize(480, 360)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def scale(self) -> float:
        if self.image.isNull():
            return 1.0
        return min(self.width() / self.image.width(), self.height() / self.image.height())

    def to_photo(self, point: QPointF) -> QPointF:
        return point / self.scale()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.to_photo(event.position())
        if self.tool == TEXT:
            self.text_wanted.emit(self._pressed)
            self._pressed = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None:
            self._current = Shape(self.tool, self._pressed, self.to_photo(event.position()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None:
            end = self.to_photo(event.position())
            if (end - self._pressed).manhattanLength() * self.scale() > 4:
                self.shapes.append(Shape(self.tool, self._pressed, end))
        self._pressed = self._current = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        scale = self.scale()
        target = QRectF(0, 0, self.image.width() * scale, self.image.height() * scale)
        painter.drawImage(target, self.image)
        draw(painter, self.shapes + ([self._current] if self._current else []), scale,
             self.image.size())
        painter.end()


class AnnotateDialog(QDialog):
    """Mark up one photo; ``saved`` is the new photo's entry (the original is untouched)."""

    def __init__(self, store: Store, entry: dict[str, str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.store = store
        self.entry = entry
        self.saved: dict[str, str] | None = None
        self.setWindowTitle(self.tr("Mark up the photo (the original is kept)"))
        self.canvas = Canvas(original_image(store, entry["photo"]), self)
        self.canvas.text_wanted.connect(self._on_text_wanted)
        tools = QHBoxLayout()
        self.tools = QButtonGroup(self)
        for kind, text in ((ARROW, self.tr("&Arrow")), (CIRCLE, self.tr("&Circle")),
                           (TEXT, self.tr("&Text"))):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setChecked(kind == ARROW)
            button.clicked.connect(lambda _c=False, k=kind: self._on_tool(k))
            self.tools.addButton(button)
            tools.addWidget(button)
        undo = QPushButton(self.tr("&Undo"), self)
        undo.clicked.connect(self.undo)
        tools.addWidget(undo)
        tools.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)

    def _on_tool(self, kind: str) -> None:
        self.canvas.tool = kind

    def _on_text_wanted(self, where: QPointF) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Text on the photo"), self.tr("Text:"))
        if ok and text.strip():
            self.add(Shape(TEXT, where, where, text.strip()))

    def add(self, shape: Shape) -> None:
        self.canvas.shapes.append(shape)
        self.canvas.update()

    def undo(self) -> None:
        if self.canvas.shapes:
            self.canvas.shapes.pop()
            self.canvas.update()

    def accept(self) -> None:
        if not self.canvas.shapes or self.canvas.image.isNull():
            super().reject()
            return
        data = annotated_jpeg(self.canvas.image, self.canvas.shapes)
        photo = errors.attempt(self, lambda: photos.add_bytes(self.store, data, "annotated.jpg"))
        if photo is None:
            return
        self.saved = {"photo": photo.sha256, "item": self.entry.get("item", ""),
                      "caption": self.entry.get("caption", "")}
        super().accept()
