"""Closing a problem (销号) with the proof: who verified it, a note, photos after."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from storage.ledger import problems
from storage.ledger.problems import LedgerError, Problem
from storage.store.db import Store
from ui import errors
from ui.form.photo_strip import PhotoStrip
from ui.messages import ledger as ledger_text


class CloseDialog(QDialog):
    """Verified by whom, a note, at least one photo after rectification."""

    def __init__(self, store: Store, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.problem = store, problem
        self.setWindowTitle(self.tr("Close {number} (销号)").format(number=problem.number))
        self.verified_by = QLineEdit(getpass.getuser(), self)
        self.note = QLineEdit(self)
        self.photos = PhotoStrip(store, "after", self)
        self.photos.failed.connect(lambda text: errors.warn(self, text))
        self.problem_line = QLabel(self)
        self.problem_line.setStyleSheet("color: #b00020")
        self.problem_line.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Problem:"), QLabel(problem.description[:200], self))
        form.addRow(self.tr("&Verified by:"), self.verified_by)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Photos after:"), self.photos)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problem_line)
        layout.addWidget(buttons)
        self.resize(600, 380)

    def accept(self) -> None:
        if self.photos.pending:
            self.problem_line.setText(self.tr("Photos are still being added; try again in a "
                                              "moment."))
            return
        try:
            problems.close(self.store, self.problem, verified_by=self.verified_by.text(),
                           photos=self.photos.entries, note=self.note.text())
        except LedgerError as error:
            self.problem_line.setText(ledger_text.describe(error) or "")
            return
        except Exception as error:  # noqa: BLE001 - shown, or re-raised as a bug
            errors.show(self, error)
            return
        super().accept()
