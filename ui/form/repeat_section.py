"""A repeat group in the form: one block per structure, added and removed by the officer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.forms.xlsform import Repeat

BLOCK_STYLE = "QFrame#block { border: 1px solid #c8c8c8; border-radius: 4px; }"
# Fills a block's layout with its rows: (layout, parent widget, block id).
Filler = Callable[[QVBoxLayout, QWidget, str], None]


class BlockFrame(QFrame):
    """One block: its number and title, a remove button, the block's items."""

    def __init__(self, title: str, block_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("block")
        self.setStyleSheet(BLOCK_STYLE)
        self.block_id = block_id
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(title, self)
        self.title.setStyleSheet("font-weight: bold;")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        header.addWidget(self.title, 1)
        header.addWidget(self.remove_button)
        layout.addLayout(header)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)


class RepeatSection(QGroupBox):
    """The blocks of one repeat (at the top, or inside a block of an outer repeat)."""

    add_requested = Signal(str)  # the repeat's path
    remove_requested = Signal(str, str)  # the repeat's path, the block's id

    def __init__(self, repeat: Repeat, path: str, language: str, fill: Filler,
                 parent: QWidget | None = None) -> None:
        super().__init__(repeat.label(language), parent)
        self.repeat = repeat
        self.path = path
        self.language = language
        self.fill = fill
        self.frames: dict[str, BlockFrame] = {}
        self.fixed_count: int | None = None
        self.read_only = False
        layout = QVBoxLayout(self)
        self.blocks = QVBoxLayout()
        layout.addLayout(self.blocks)
        self.empty = QLabel(self.tr("None yet."), self)
        self.empty.setStyleSheet("color: #666666;")
        layout.addWidget(self.empty)
        self.add_button = QPushButton(self.tr("Add {what}").format(
            what=repeat.label(language)), self)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.path))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_blocks(self, block_ids: list[str]) -> list[BlockFrame]:
        """Frames for these blocks in order (new ones filled); returns the new frames."""
        new = []
        for block_id in [b for b in self.frames if b not in block_ids]:
            frame = self.frames.pop(block_id)
            self.blocks.removeWidget(frame)
            frame.deleteLater()
        for block_id in block_ids:
            if block_id not in self.frames:
                frame = BlockFrame("", block_id, self)
                frame.remove_button.clicked.connect(
                    lambda _=False, b=block_id: self.remove_requested.emit(self.path, b))
                self.fill(frame.body, frame, block_id)
                self.frames[block_id] = frame
                new.append(frame)
            self.blocks.addWidget(self.frames[block_id])  # moves it into place
            self.frames[block_id].show()  # a child added to a shown form shows at once
        for number, block_id in enumerate(block_ids, start=1):
            self.frames[block_id].title.setText(f"{self.repeat.label(self.language)} {number}")
        self.empty.setVisible(not block_ids)
        self._show_buttons()
        return new

    def set_fixed_count(self, count: int | None) -> None:
        """A repeat_count fixes the number of blocks: no adding, no removing."""
        self.fixed_count = count
        self._show_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._show_buttons()

    def _show_buttons(self) -> None:
        free = self.fixed_count is None and not self.read_only
        self.add_button.setVisible(free)
        for number, frame in enumerate(self.frames.values()):
            extra = self.fixed_count is not None and number >= self.fixed_count
            frame.remove_button.setVisible((free or extra) and not self.read_only)
