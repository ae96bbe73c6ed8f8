"""The one way a record is edited in a dialog: a form, the reason it was refused, Save.

A subclass fills ``form`` and writes in :meth:`RecordDialog.save`; an error the lower
layers raise is worded (``ui.messages``) under the form and the dialog stays open, a
bug fails loudly.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import messages


class RecordDialog(QDialog):
    """A form (in a scroll area when long), a line for what is wrong, Save and Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 scrollable: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if scrollable:
            inner = QWidget(self)
            inner.setLayout(self.form)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(inner)
            layout.addWidget(scroll, 1)
        else:
            layout.addLayout(self.form)
            layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Write the record as edited; raise a known error to refuse it."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except Exception as error:  # noqa: BLE001 - worded below, or a bug raised again
            text = messages.describe(error)
            if text is None:
                raise
            self.problem.setText(text)
            return
        super().accept()
