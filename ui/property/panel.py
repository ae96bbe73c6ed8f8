"""The property window: the quarter's evaluation and ranking, and the companies' records."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exports.property import workbooks
from storage import clock, quarters
from storage.property import companies, evaluation, record
from storage.property.evaluation import Result
from storage.store.db import Store
from ui import tables
from ui.messages import property as property_text
from ui.property.dialogs import AssignDialog, CheckDialog, CompanyDialog, MeasureDialog
from ui.record_dialog import RecordDialog
from ui.sync import templates_dialog
from ui.sync.templates_dialog import TemplatesImportDialog
from ui.tables import RowsModel


def _spin(parent: QWidget, value: float | None) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(-1, 100)  # -1 shows as "not given"
    spin.setSpecialValueText("—")
    spin.setValue(-1 if value is None else value)
    return spin


class ScoreDialog(RecordDialog):
    """The party branch's score and the surveyed satisfaction of one project."""

    def __init__(self, store: Store, quarter: str, result: Result,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("{compound}: the party branch's evaluation").format(
            compound=result.compound), parent)
        self.store, self.quarter, self.project_id = store, quarter, result.project.id
        given = evaluation.given(store, quarter).get(result.project.id)
        self.party = _spin(self, given.party_branch_score if given else None)
        self.satisfaction = _spin(self, given.satisfaction if given else None)
        self.assessor = QLineEdit(given.assessor if given else "", self)
        self.note = QPlainTextEdit(given.note if given else "", self)
        self.rows([(self.tr("Party branch's score (0–100)"), self.party),
                   (self.tr("Residents' satisfaction, surveyed (%)"), self.satisfaction),
                   (self.tr("Assessed by"), self.assessor), (self.tr("Note"), self.note)])

    def save(self) -> evaluation.Evaluation:
        def value(spin: QDoubleSpinBox) -> float | None:
            return None if spin.value() < 0 else spin.value()

        return evaluation.give(
            self.store, self.quarter, self.project_id,
            party_branch_score=value(self.party), satisfaction=value(self.satisfaction),
            assessor=self.assessor.text(), note=self.note.toPlainText())


class WeightsDialog(RecordDialog):
    """How the quarter's evaluation weighs its parts (the party branch at least 30 %)."""

    def __init__(self, store: Store, quarter: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Weights of {quarter}").format(quarter=quarter), parent)
        self.store, self.quarter = store, quarter
        self.spins: dict[str, QDoubleSpinBox] = {}
        for part, weight in evaluation.scheme(store, quarter).weights().items():
            spin = QDoubleSpinBox(self)
            spin.setRange(evaluation.MIN_PARTY_BRANCH if part == "party_branch" else 0, 100)
            spin.setSuffix(" %")
            spin.setValue(weight)
            self.spins[part] = spin
            self.form.addRow(property_text.part_name(part), spin)

    def save(self) -> evaluation.Scheme:
        weights = {part: spin.value() for part, spin in self.spins.items()}
        return evaluation.set_scheme(self.store, self.quarter, **weights)


class EvaluationView(QWidget):
    """A quarter's projects ranked; score one, the streets' workbooks, the weights."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.print_ranking: Callable[[str], object] = lambda quarter: None
        self.quarter = QComboBox(self)
        current = quarters.of(clock.today_local())
        for _ in range(8):
            self.quarter.addItem(str(current), str(current))
            current = current.previous()
        self.quarter.setCurrentIndex(1)  # the last quarter that has ended
        self.weights = QLabel(self)
        self.model = RowsModel([
            (self.tr("Rank"), lambda r: r.rank or "—"),
            (self.tr("Compound"), lambda r: r.compound),
            (self.tr("Street"), lambda r: f"{r.district} {r.street}"),
            (self.tr("Company"), lambda r: r.company),
            *((property_text.part_name(p), lambda r, p=p: property_text.score(r.parts.get(p)))
              for p in evaluation.PARTS),
            (self.tr("Total"), lambda r: property_text.score(r.total)),
            (self.tr("Grade"), lambda r: property_text.grade_name(r.grade))], self)
        self.table = tables.table(self.model, self, fit_columns=True)
        self.table.doubleClicked.connect(lambda _index: self._on_score())
        self._layout()
        self.quarter.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quarter"), self))
        top.addWidget(self.quarter)
        for text, slot in ((self.tr("Score…"), self._on_score),
                           (self.tr("Weights…"), self._on_weights),
                           (self.tr("Write the streets' workbooks…"), self._on_templates),
                           (self.tr("Streets' files in…"), self._on_files),
                           (self.tr("Print the ranking…"),
                            lambda: self.print_ranking(self.quarter.currentData()))):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            top.addWidget(button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.weights)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        quarter = self.quarter.currentData()
        self.model.set_rows(evaluation.evaluate(self.store, quarter))
        self.weights.setText("  ".join(
            f"{property_text.part_name(p)} {w:g}%"
            for p, w in evaluation.scheme(self.store, quarter).weights().items()))

    def _on_score(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and ScoreDialog(self.store, self.quarter.currentData(),
                                self.model.row_at(rows[0].row()), self).exec():
            self.refresh()

    def _on_weights(self) -> None:
        if WeightsDialog(self.store, self.quarter.currentData(), self).exec():
            self.refresh()

    def _on_templates(self) -> None:
        templates_dialog.write_to_folder(self, self.store, self.quarter.currentData(),
                                         workbooks.write_all)

    def files_dialog(self) -> TemplatesImportDialog:
        dialog = TemplatesImportDialog(self.store, self.tr("The streets' score workbooks"),
                                       workbooks.preview, workbooks.apply, self)
        dialog.imported.connect(self.refresh)
        return dialog

    def _on_files(self) -> None:
        self.files_dialog().exec()


class CompaniesView(QSplitter):
    """The companies; the chosen one's record across its compounds, and what to do."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = RowsModel([(self.tr("Company"), lambda c: c.name),
                                (self.tr("Credit code"), lambda c: c.credit_code),
                                (self.tr("Contact"), lambda c: f"{c.contact} {c.phone}")], self)
        self.table = tables.table(self.model, self, fit_columns=True)
        self.table.selectionModel().selectionChanged.connect(self._on_chosen)
        self.record = QPlainTextEdit(self)
        self.record.setReadOnly(True)
        right = QWidget(self)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("New company…"), self._on_new),
                           (self.tr("Hand it a compound…"), self._on_assign),
                           (self.tr("Covert check…"), self._on_check),
                           (self.tr("Measure…"), self._on_measure)):
            button = QPushButton(text, right)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(right)
        layout.addLayout(buttons)
        layout.addWidget(self.record)
        self.addWidget(self.table)
        self.addWidget(right)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(companies.search(self.store))
        self._on_chosen()

    def chosen(self) -> companies.Company | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_chosen(self, *_: object) -> None:
        company = self.chosen()
        self.record.setPlainText("\n".join(property_text.record_lines(
            record.of_company(self.store, company.id))) if company else "")

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec():
            self.refresh()

    def _on_new(self) -> None:
        self._run(CompanyDialog(self.store, parent=self))

    def _on_assign(self) -> None:
        if company := self.chosen():
            self._run(AssignDialog(self.store, company, self))

    def _on_check(self) -> None:
        if company := self.chosen():
            self._run(CheckDialog(self.store, company, self))

    def _on_measure(self) -> None:
        if company := self.chosen():
            self._run(MeasureDialog(self.store, company, self))


class PropertyPanel(QTabWidget):
    """The evaluation and the companies, as tabs."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation = EvaluationView(store, self)
        self.companies = CompaniesView(store, self)
        self.addTab(self.evaluation, self.tr("Quarterly evaluation"))
        self.addTab(self.companies, self.tr("Companies"))

    def refresh(self) -> None:
        self.evaluation.refresh()
        self.companies.refresh()
