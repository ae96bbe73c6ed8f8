"""One item of the form: label (``${}`` filled in), hint, editor, inline message, finding."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from storage.forms.xlsform import Item
from storage.store.db import Store
from ui.form import editors
from ui.form.photo_strip import PhotoStrip

ERROR_STYLE = "color: #b00020;"
FINDING_STYLE = "QPushButton { color: #b00020; font-weight: bold; }"
HINT_STYLE = "color: #666666;"


class ItemRow(QFrame):
    """One answer's place: an item at the top, or an item in one block of a repeat."""

    finding_requested = Signal(str)  # the answer's path

    def __init__(self, item: Item, path: str, language: str, store: Store,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.path = path
        self.language = language
        self.editor = editors.create(item, language, self)
        self.photos = PhotoStrip(store, path, self) if item.type == "image" else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(3)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.set_label(item.label(language))
        layout.addWidget(self.label)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.set_hint(self._hint_text())
        layout.addWidget(self.hint)
        for widget in (self.editor, self.photos):
            if widget is not None:
                layout.addWidget(widget)
        self.today_button = self._today_button()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.finding_button = QPushButton(self.tr("Record a finding…"), self)
        self.finding_button.setVisible(False)
        self.finding_button.setStyleSheet(FINDING_STYLE)
        self.finding_button.clicked.connect(lambda: self.finding_requested.emit(self.path))
        row = QHBoxLayout()
        row.addWidget(self.finding_button)
        row.addStretch(1)
        layout.addLayout(row)
        if self.editor is not None:
            self.label.setBuddy(self.editor.focus_target())
        self.fixed = item.read_only or item.derived  # never typed, even in a draft
        if self.fixed and self.editor is not None:
            self.editor.set_read_only(True)

    def _hint_text(self) -> str:
        if self.item.type == "media":
            return self.tr("Recorded on a phone or tablet; not collected on this laptop.")
        return self.item.hint(self.language)

    def set_label(self, text: str) -> None:
        """The label (``${}`` filled in by the form), with the required mark."""
        required = self.item.required and self.item.answered
        self.label.setTextFormat(Qt.TextFormat.RichText if required
                                 else Qt.TextFormat.PlainText)
        if not required:
            self.label.setText(text)
            return
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.label.setText(f'{escaped} <span style="color:#b00020" title="required">*</span>')

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _today_button(self) -> QPushButton | None:
        if not isinstance(self.editor, editors.DateEditor):
            return None
        button = QPushButton(self.tr("Today"), self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the tab order on the fields
        button.clicked.connect(self.editor.set_today)
        layout = self.editor.layout()
        if isinstance(layout, QHBoxLayout):
            layout.insertWidget(1, button)
        return button

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_finding_state(self, offer: bool, recorded: str = "") -> None:
        """Offer a finding for a failing answer; say so once one is recorded."""
        self.finding_button.setVisible(offer)
        if recorded:
            self.finding_button.setText(self.tr("Finding {number} recorded — another…")
                                        .format(number=recorded))
        else:
            self.finding_button.setText(self.tr("Record a finding…"))

    def set_read_only(self, read_only: bool) -> None:
        if self.editor is not None:
            self.editor.set_read_only(read_only or self.fixed)
        if self.photos is not None:
            self.photos.set_read_only(read_only)
        if self.today_button is not None:
            self.today_button.setEnabled(not read_only)
