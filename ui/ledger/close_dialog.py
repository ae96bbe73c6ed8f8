"""Closing a problem (销号) with the proof: who verified it, a note, photos after."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from storage.ledger import problems
from storage.ledger.problems import LedgerError, Problem
from storage.store.db import Store
from ui import errors
from ui.form.photo_strip import PhotoStrip
from ui.record_dialog import RecordDialog


class CloseDialog(RecordDialog):
    """Verified by whom, a note, at least one photo after rectification."""

    def __init__(self, store: Store, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.store, self.record = store, problem
        self.setWindowTitle(self.tr("Close {number} (销号)").format(number=problem.number))
        self.verified_by = QLineEdit(getpass.getuser(), self)
        self.note = QLineEdit(self)
        self.photos = PhotoStrip(store, "after", self)
        self.photos.failed.connect(lambda text: errors.warn(self, text))
        self.form.addRow(self.tr("Problem:"), QLabel(problem.description[:200], self))
        self.form.addRow(self.tr("&Verified by:"), self.verified_by)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.form.addRow(self.tr("Photos after:"), self.photos)
        self.resize(600, 380)

    def save(self) -> None:
        if self.photos.pending:
            raise LedgerError("photos", "pending")
        problems.close(self.store, self.record, verified_by=self.verified_by.text(),
                       photos=self.photos.entries, note=self.note.text())
