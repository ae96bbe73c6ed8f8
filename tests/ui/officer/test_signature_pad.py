"""The signature pad takes strokes from a mouse, a pen (tablet) and a finger (touch)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.officer.signature_pad import SignatureDialog, SignaturePad


def _pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    return pad


def _inked(png: bytes) -> int:
    image = QImage.fromData(png)
    return sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 128)


def test_mouse_strokes_make_a_png_with_ink(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    assert pad.is_empty()
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 100))
    for x in range(40, 400, 20):
        QTest.mouseMove(pad, QPoint(x, 100 + (x // 20) % 3 * 10))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(400, 110))
    assert not pad.is_empty() and _inked(pad.png()) > 20


def test_a_pen_draws_only_while_pressed(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    pen = QPointingDevice.primaryPointingDevice()

    def send(kind: QEvent.Type, x: float, pressure: float) -> None:
        point = QPointF(x, 80)
        event = QTabletEvent(kind, pen, point, pad.mapToGlobal(point), pressure, 0, 0, 0, 0,
                             0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                             Qt.MouseButton.LeftButton)
        QApplication.sendEvent(pad, event)

    send(QEvent.Type.TabletMove, 10, 0.0)  # hovering: no ink
    assert pad.strokes == []
    send(QEvent.Type.TabletPress, 20, 0.6)
    for x in range(30, 300, 15):
        send(QEvent.Type.TabletMove, x, 0.6)
    send(QEvent.Type.TabletRelease, 300, 0.0)
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) > 10


def test_a_finger_draws_on_a_touch_screen(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    screen = QPointingDevice("touch", 1, QInputDevice.DeviceType.TouchScreen,
                             QPointingDevice.PointerType.Finger,
                             QInputDevice.Capability.Position, 1, 0)
    QTest.touchEvent(pad, screen).press(0, QPoint(50, 60))
    for x in range(60, 260, 20):
        QTest.touchEvent(pad, screen).move(0, QPoint(x, 60 + x % 30))
    QTest.touchEvent(pad, screen).release(0, QPoint(260, 70))
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) > 5
    assert _inked(pad.png()) > 10


def test_save_waits_for_a_signature_and_clear_starts_again(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = SignatureDialog("华新物业")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    QTest.mousePress(dialog.pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 100))
    QTest.mouseRelease(dialog.pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    assert save.isEnabled()
    dialog.clear_button.click()
    assert not save.isEnabled() and dialog.pad.is_empty()
