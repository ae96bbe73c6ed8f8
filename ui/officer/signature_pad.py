"""The responsible party's signature on site: drawn with a mouse, a pen or a finger.

Strokes become a PNG on white, which is kept in the store's photo folder like any photo
and attached to the finding (``storage.inspection.findings.SIGNATURE``), so it travels
with it and the rectification notice prints it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PAD = QSize(640, 240)
INK = QColor("#10205a")


class SignaturePad(QWidget):
    """A white pad that records strokes from mouse, tablet pen or touch screen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[QPointF]] = []
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMinimumSize(PAD)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self.update()
        self.changed.emit()

    # -- input ------------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        self.strokes.append([point])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self.strokes:
            self.strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the pen as a mouse.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].position()
            if event.type() == QEvent.Type.TouchBegin:
                self._begin(point)
            elif event.type() == QEvent.Type.TouchUpdate:
                self._extend(point)
            elif event.type() == QEvent.Type.TouchEnd:
                self._extend(point)
                self._end()
            event.accept()
            return True
        return super().event(event)

    # -- drawing ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#c8c8c8"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        self._draw(painter, 1.0)
        painter.end()

    def _draw(self, painter: QPainter, scale: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(INK, 3 * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        for stroke in self.strokes:
            path = QPainterPath(stroke[0] * scale)
            for point in stroke[1:]:
                path.lineTo(point * scale)
            painter.drawPath(path)

    def image(self) -> QImage:
        """The strokes on white, at the pad's size, without the guide line."""
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self._draw(painter, 1.0)
        painter.end()
        return image

    def png(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image().save(buffer, "PNG")  # type: ignore[call-overload]  # str at run time
        return bytes(data.data())


class SignatureDialog(QDialog):
    """Asks the responsible party to sign on the laptop; ``png()`` is the signature."""

    def __init__(self, party: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signature of the responsible party"))
        intro = QLabel(self.tr("{party}: sign in the box with the mouse, a pen or a finger.")
                       .format(party=party or "—"), self)
        intro.setWordWrap(True)
        self.pad = SignaturePad(self)
        self.pad.changed.connect(self._on_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self.pad.clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.buttons)
        self._on_changed()

    def _on_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not self.pad.is_empty())

    def png(self) -> bytes:
        return self.pad.png()

