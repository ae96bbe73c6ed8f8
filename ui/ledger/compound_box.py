"""A compound's line in the ledger on its page: what is open, overdue and closed, and which
departments lead on it; buttons to open its ledger or raise a problem."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from storage.ledger import entries
from storage.ledger.entries import Filter
from storage.store.db import Store


class CompoundLedgerBox(QGroupBox):
    """The counts of the compound's problems (findings and the ledger's own), by lead."""

    open_ledger = Signal(str)
    raise_problem = Signal(str)

    def __init__(self, store: Store, compound_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.compound_id = store, compound_id
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        show = QPushButton(self.tr("Open its ledger"), self)
        show.clicked.connect(lambda: self.open_ledger.emit(self.compound_id))
        add = QPushButton(self.tr("Raise a problem…"), self)
        add.clicked.connect(lambda: self.raise_problem.emit(self.compound_id))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(show)
        layout.addWidget(add)
        self.refresh()

    def refresh(self) -> None:
        pending = entries.search(self.store, Filter(compound_id=self.compound_id,
                                                    state="pending"))
        closed = entries.count(self.store, Filter(compound_id=self.compound_id,
                                                  state="closed"))
        overdue = sum(1 for e in pending if e.overdue())
        leads = Counter(e.lead_department or self.tr("not given") for e in pending)
        self.setTitle(self.tr("Problem ledger"))
        text = self.tr("{pending} not closed ({overdue} overdue), {closed} closed.").format(
            pending=len(pending), overdue=overdue, closed=closed)
        if leads:
            text += " " + self.tr("Lead departments of the open ones: {leads}").format(
                leads="、".join(f"{name} {n}" for name, n in leads.most_common()))
        self.text.setText(text)
