"""Passphrases of encrypted stores: asked at start and to unlock, chosen for a new store."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storage.store import encryption

# Answers None when the passphrase is right, else the sentence saying why not.
Check = Callable[[str], str | None]


def _secret(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PassphraseDialog(QDialog):
    """Asks for a passphrase until ``check`` accepts it (or, if ``can_give_up``, the user
    gives up: the idle lock cannot be cancelled, closed or escaped)."""

    def __init__(self, title: str, prompt: str, check: Check,
                 parent: QWidget | None = None, *, can_give_up: bool = True) -> None:
        super().__init__(parent)
        self.check = check
        self.can_give_up = can_give_up
        self.setWindowTitle(title)
        self.passphrase = _secret(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        text = QLabel(prompt, self)
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        if can_give_up:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 160)

    def accept(self) -> None:
        problem = self.check(self.passphrase.text())
        if problem is not None:
            self.problem.setText(problem)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()  # kept by whoever checked it, not by the widget
        super().accept()

    def reject(self) -> None:
        if self.can_give_up:
            super().reject()


class NewStoreDialog(QDialog):
    """The first start: protect the new store with a passphrase (recommended) or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the data on this laptop"))
        intro = QLabel(self.tr(
            "The store will hold residents' names, phone numbers, addresses and photos. "
            "Protected by a passphrase, it cannot be read by anyone who finds the laptop "
            "or copies the file. The passphrase cannot be recovered: keep it safe."), self)
        intro.setWordWrap(True)
        self.protect = QRadioButton(self.tr("Protect with a passphrase (recommended)"), self)
        self.plain = QRadioButton(self.tr("Do not protect"), self)
        self.protect.setChecked(True)
        self.first, self.second = _secret(self), _secret(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Once more:"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.protect, self.plain):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.protect.toggled.connect(self._on_protect_toggled)
        self.resize(520, 300)

    def _on_protect_toggled(self, checked: bool) -> None:
        self.first.setEnabled(checked)
        self.second.setEnabled(checked)

    def chosen(self) -> str | None:
        """The passphrase chosen, or None for an unprotected store."""
        return self.first.text() if self.protect.isChecked() else None

    def accept(self) -> None:
        if self.protect.isChecked():
            if len(self.first.text()) < encryption.MIN_PASSPHRASE:
                self.problem.setText(self.tr("A passphrase needs at least {n} characters.")
                                     .format(n=encryption.MIN_PASSPHRASE))
                return
            if self.first.text() != self.second.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return
        super().accept()
