"""A compound's page: who and where it is, its open findings, inspections and re-inspections."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.inspection import compounds
from storage.store.db import Store
from ui import tables
from ui.lists.models import ROLE_ID, FindingsModel, InspectionsModel, ReinspectionsModel


class CompoundPage(QWidget):
    """Shown in a tab; buttons start an inspection or a re-inspection of this compound."""

    new_inspection = Signal(str)
    reinspect = Signal(str)
    open_inspection = Signal(str)
    open_finding = Signal(str)
    open_reinspection = Signal(str)

    def __init__(self, store: Store, compound_id: str, language: str = "zh",
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.compound = compounds.get(store, compound_id)
        self.title = QLabel(self.compound.name, self)
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.findings = FindingsModel(store, self, today=today, language=language)
        self.findings.set_options(compound_id=compound_id)
        self.inspections = InspectionsModel(store, language, self)
        self.inspections.filter.compound_id = compound_id
        self.inspections.refresh()
        self.findings_table = tables.table(self.findings, self)
        self.findings_table.setColumnHidden(1, True)
        for column, width in ((0, 180), (2, 320), (3, 64), (4, 96), (5, 150), (6, 90)):
            self.findings_table.setColumnWidth(column, width)
        self.findings_table.activated.connect(self._on_finding)
        self.inspections_table = tables.table(self.inspections, self)
        self.inspections_table.setColumnHidden(2, True)
        self.inspections_table.setColumnWidth(0, 190)
        self.inspections_table.setColumnWidth(1, 130)
        self.inspections_table.setColumnWidth(3, 210)
        self.inspections_table.activated.connect(self._on_inspection)
        self.reinspections = ReinspectionsModel(store, compound_id, self)
        self.reinspections_table = tables.table(self.reinspections, self)
        self.reinspections_table.setColumnWidth(0, 190)
        self.reinspections_table.setColumnWidth(1, 130)
        self.reinspections_table.activated.connect(self._on_reinspection)
        self.new_button = QPushButton(self.tr("&New inspection here"), self)
        self.new_button.clicked.connect(lambda: self.new_inspection.emit(self.compound.id))
        self.reinspect_button = QPushButton(self.tr("Re-inspec&t open findings…"), self)
        self.reinspect_button.clicked.connect(lambda: self.reinspect.emit(self.compound.id))
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        c = self.compound
        self.facts = facts = QFormLayout()  # others add rows (the campaign state)
        facts.addRow(self.tr("Where:"), QLabel(" · ".join(
            part for part in (c.district, c.street, c.community) if part) or "—", self))
        facts.addRow(self.tr("Address:"), QLabel(c.address or "—", self))
        facts.addRow(self.tr("Property company:"), QLabel(c.property_company or "—", self))
        facts.addRow(self.tr("Households:"), QLabel(
            str(c.households) if c.households is not None else "—", self))
        branch = {"entity": self.tr("entity-type"), "functional": self.tr("functional")}.get(
            c.party_branch, "—")
        facts.addRow(self.tr("Party branch:"), QLabel(branch, self))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.reinspect_button)
        buttons.addStretch(1)
        self.findings_box = QGroupBox(self)
        box = QVBoxLayout(self.findings_box)
        box.addWidget(self.findings_table)
        self.inspections_box = QGroupBox(self)
        box = QVBoxLayout(self.inspections_box)
        box.addWidget(self.inspections_table)
        self.reinspections_box = QGroupBox(self)
        box = QVBoxLayout(self.reinspections_box)
        box.addWidget(self.reinspections_table)
        history = QHBoxLayout()
        history.addWidget(self.inspections_box, 3)
        history.addWidget(self.reinspections_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addWidget(self.findings_box, 1)
        layout.addLayout(history, 1)

    def refresh(self) -> None:
        self.findings.refresh()
        self.inspections.refresh()
        self.reinspections.refresh()
        self.reinspections_box.setTitle(self.tr("Re-inspections ({count})").format(
            count=self.reinspections.total))
        self.findings_box.setTitle(self.tr("Open findings ({count})").format(
            count=self.findings.total))
        self.inspections_box.setTitle(self.tr("Inspections ({count})").format(
            count=self.inspections.total))
        self.reinspect_button.setEnabled(self.findings.total > 0)

    def _on_finding(self, index: QModelIndex) -> None:
        self.open_finding.emit(str(index.siblingAtColumn(0).data(ROLE_ID)))

    def _on_inspection(self, index: QModelIndex) -> None:
        self.open_inspection.emit(str(index.siblingAtColumn(0).data(ROLE_ID)))

    def _on_reinspection(self, index: QModelIndex) -> None:
        self.open_reinspection.emit(str(index.siblingAtColumn(0).data(ROLE_ID)))
