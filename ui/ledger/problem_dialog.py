"""Raising or editing a problem of the ledger's own: where, what, routed by the manual."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from storage import clock
from storage.ledger import problems
from storage.ledger.problems import LedgerError, Problem
from storage.manual import items, links
from storage.store.db import Store
from ui import errors
from ui.form.photo_strip import PhotoStrip
from ui.helpers import pickers
from ui.manual.route import RouteCard
from ui.messages import ledger as ledger_text
from ui.record_dialog import RecordDialog


class ProblemDialog(RecordDialog):
    """A problem: compound, source, description, the manual item (routed by the words
    when none is chosen), lead department, party, deadline, photos before."""

    def __init__(self, store: Store, problem: Problem | None = None,
                 parent: QWidget | None = None, compound_id: str = "") -> None:
        super().__init__("", parent)
        self.store = store
        self.record = problem or Problem(compound_id, "", raised_by=getpass.getuser())
        self.setWindowTitle(self.tr("Problem {number}").format(number=self.record.number)
                            if self.record.number else self.tr("Raise a problem"))
        self._fields()
        self._layout()
        self._on_item()

    def _fields(self) -> None:
        problem = self.record
        self.compound = pickers.CompoundPicker(self.store, self, problem.compound_id)
        self.source = QComboBox(self)
        for key in problems.SOURCES:
            self.source.addItem(ledger_text.source_name(key), key)
        self.source.setCurrentIndex(max(0, self.source.findData(problem.source)))
        self.source_ref = QLineEdit(problem.source_ref, self)
        self.description = QPlainTextEdit(problem.description, self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.item = QComboBox(self)
        self.item.addItem(self.tr("(none)"), "")
        for item in items.all_items(self.store):
            self.item.addItem(item.label(), item.code)
        self.item.setCurrentIndex(max(0, self.item.findData(problem.manual_item)))
        self.item.currentIndexChanged.connect(self._on_item)
        self.route_button = QPushButton(self.tr("Route by the description"), self)
        self.route_button.clicked.connect(self.route_by_text)
        self.card = RouteCard(self, full=False)
        self.lead = QLineEdit(problem.lead_department, self)
        self.party = QLineEdit(problem.responsible_party, self)
        self.deadline = pickers.optional_date(self, problem.deadline)
        self.note = QLineEdit(problem.note, self)
        self.photos = PhotoStrip(self.store, "before", self)
        self.photos.set_entries([a for a in problem.attachments if a.get("item") != "after"])
        self.photos.failed.connect(lambda text: errors.warn(self, text))

    def _layout(self) -> None:
        for label, widget in ((self.tr("Compound:"), self.compound),
                              (self.tr("Source:"), self.source),
                              (self.tr("Reference:"), self.source_ref),
                              (self.tr("&Problem:"), self.description),
                              (self.tr("Manual item:"), self.item), ("", self.route_button),
                              ("", self.card), (self.tr("Lead &department:"), self.lead),
                              (self.tr("Responsible &party:"), self.party),
                              (self.tr("Dead&line:"), self.deadline),
                              (self.tr("Note:"), self.note), (self.tr("Photos:"), self.photos)):
            self.form.addRow(label, widget)
        self.resize(700, 760)

    def _on_item(self, *_: object) -> None:
        code = self.item.currentData()
        item = items.find(self.store, code) if code else None
        self.card.show_item(item)
        if item is not None and not self.lead.text().strip():
            self.lead.setText(item.lead)

    def route_by_text(self) -> None:
        """Choose the item the description's words lead to, and its lead department."""
        found = links.Router(self.store).for_text("", self.description.toPlainText())
        if found is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(found.code)))
            self.lead.setText(found.lead)

    def collect(self) -> Problem:
        problem = self.record
        problem.compound_id = self.compound.value()
        problem.source = str(self.source.currentData())
        problem.source_ref = self.source_ref.text().strip()
        problem.description = self.description.toPlainText().strip()
        problem.lead_department = self.lead.text().strip()
        problem.responsible_party = self.party.text().strip()
        problem.deadline = self.deadline.text().strip() or None
        problem.note = self.note.text().strip()
        problem.attachments = [*self.photos.entries, *problem.photos("after")]
        code = str(self.item.currentData() or "")
        if code != problem.manual_item:
            problem.manual_item = code
            item = items.find(self.store, code) if code else None
            problem.supporting = item.supporting if item else ""
            if item and not problem.deadline:
                problems.route(problem, item, clock.today_local())
        return problem

    def save(self) -> None:
        if self.photos.pending:
            raise LedgerError("photos", "pending")
        problem = self.collect()
        if not problem.compound_id:
            raise LedgerError("compound_id", "required")
        if problem.id:
            problems.update(self.store, problem)
        else:
            problems.raise_problem(self.store, problem)
