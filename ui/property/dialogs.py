"""Dialogs of the property records: a company, a compound handed to it, a covert check,
a measure. Each saves through ``storage.property`` and shows what it refuses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from storage.inspection import compounds
from storage.property import checks, companies, measures, projects
from storage.store.db import Store
from ui.messages import property as property_text
from ui.record_dialog import RecordDialog, date_edit, day_of


class CompanyDialog(RecordDialog):
    """A company's name, unified social credit code and contacts."""

    def __init__(self, store: Store, company: companies.Company | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Property company"), parent)
        self.store, self.company = store, company or companies.Company("")
        self.fields = {}
        for attribute, label in (("name", self.tr("Name")),
                                 ("credit_code", self.tr("Credit code")),
                                 ("contact", self.tr("Contact")), ("phone", self.tr("Phone")),
                                 ("address", self.tr("Address"))):
            self.fields[attribute] = QLineEdit(getattr(self.company, attribute), self)
            self.form.addRow(label, self.fields[attribute])

    def save(self) -> companies.Company:
        for attribute, edit in self.fields.items():
            setattr(self.company, attribute, edit.text())
        return companies.save(self.store, self.company)


class AssignDialog(RecordDialog):
    """The company manages a compound from a day on (the one before leaves, with a reason)."""

    def __init__(self, store: Store, company: companies.Company,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hand a compound to {name}").format(name=company.name), parent)
        self.store, self.company = store, company
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search compounds by name"))
        self.compound = QComboBox(self)
        self.search.textChanged.connect(self._on_search)
        self.day = date_edit(self)
        self.manager = QLineEdit(self)
        self.reason = QLineEdit(self)
        self.rows([(self.tr("Find"), self.search), (self.tr("Compound"), self.compound),
                   (self.tr("From"), self.day), (self.tr("Project manager"), self.manager),
                   (self.tr("Why the company before leaves"), self.reason)])

    def _on_search(self, text: str) -> None:
        self.compound.clear()
        for found in compounds.search(self.store, text.strip(), limit=50) if text.strip() else []:
            self.compound.addItem(f"{found.name}（{found.district}{found.street}）", found.id)

    def save(self) -> projects.Project:
        if not self.compound.currentData():
            raise companies.PropertyError("required", "compound")
        return projects.assign(
            self.store, self.company.id, self.compound.currentData(), day_of(self.day),
            manager=self.manager.text(), reason=self.reason.text())


def _project_box(store: Store, company_id: str, parent: QWidget) -> QComboBox:
    """The company's current projects, by compound."""
    box = QComboBox(parent)
    for project in projects.of_company(store, company_id):
        if project.ended_on is None:
            box.addItem(compounds.get(store, project.compound_id).name, project.id)
    return box


class CheckDialog(RecordDialog):
    """A covert check (暗访) of one of the company's compounds, with photos."""

    def __init__(self, store: Store, company: companies.Company,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Covert check"), parent)
        self.store = store
        self.project = _project_box(store, company.id, self)
        self.day = date_edit(self)
        self.inspector = QLineEdit(store.officer, self)
        self.findings = QPlainTextEdit(self)
        self.score = QDoubleSpinBox(self)
        self.score.setRange(0, 100)
        self.score.setValue(80)
        self.photos: list[Path] = []
        self.photo_button = QPushButton(self.tr("Photos…"), self)
        self.photo_button.clicked.connect(self._on_photos)
        self.rows([(self.tr("Compound"), self.project), (self.tr("Day"), self.day),
                   (self.tr("Inspector"), self.inspector),
                   (self.tr("What was found"), self.findings), (self.tr("Score"), self.score),
                   (self.tr("Photos"), self.photo_button)])

    def _on_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos"), "", self.tr(
            "Photos (*.jpg *.jpeg *.png *.webp)"))
        self.photos = [Path(n) for n in names]
        self.photo_button.setText(self.tr("{count} photos").format(count=len(self.photos)))

    def save(self) -> checks.CovertCheck:
        if not self.project.currentData():
            raise companies.PropertyError("required", "compound")
        return checks.record(
            self.store, self.project.currentData(), checked_on=day_of(self.day),
            inspector=self.inspector.text(), findings=self.findings.toPlainText(),
            score=self.score.value(), pictures=self.photos)


class MeasureDialog(RecordDialog):
    """A measure against the company: its kind, the compound, the day and the reason."""

    def __init__(self, store: Store, company: companies.Company,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Measure against {name}").format(name=company.name), parent)
        self.store, self.company = store, company
        self.kind = QComboBox(self)
        for kind in measures.MEASURES:
            self.kind.addItem(property_text.measure_name(kind), kind)
        self.project = _project_box(store, company.id, self)
        self.project.insertItem(0, self.tr("(the company as a whole)"), None)
        self.project.setCurrentIndex(0)
        self.day = date_edit(self)
        self.reason = QPlainTextEdit(self)
        self.new_manager = QLineEdit(self)
        self.issued_by = QLineEdit(store.officer, self)
        self.rows([(self.tr("Measure"), self.kind), (self.tr("Compound"), self.project),
                   (self.tr("Day"), self.day), (self.tr("Reason"), self.reason),
                   (self.tr("New project manager"), self.new_manager),
                   (self.tr("Issued by"), self.issued_by)])

    def save(self) -> measures.Measure:
        return measures.take(
            self.store, self.kind.currentData(), self.company.id, on=day_of(self.day),
            reason=self.reason.toPlainText(), project_id=self.project.currentData(),
            issued_by=self.issued_by.text(), new_manager=self.new_manager.text())
