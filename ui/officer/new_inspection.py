"""The new-inspection dialog: pick a compound (searchable) and a checklist, say where."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from storage.forms import checklists
from storage.store.db import Store
from ui import tables
from ui.lists.models import ROLE_ID, CompoundsModel
from ui.lists.views import SearchBox, go_to_list


class NewInspectionDialog(QDialog):
    """Returns the chosen compound id, checklist version id and place."""

    def __init__(self, store: Store, language: str = "zh", compound_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New inspection"))
        self.store = store
        self.search = SearchBox(self.tr("Search compounds by name, district or street"), self)
        self.model = CompoundsModel(store, self)
        self.compounds = tables.table(self.model, self)
        self.compounds.setColumnHidden(4, True)
        self.compounds.setColumnHidden(5, True)
        self.compounds.doubleClicked.connect(self._on_double_clicked)
        self.search.search.connect(self._on_search)
        self.search.leave.connect(lambda: go_to_list(self.compounds))
        self.checklist = QComboBox(self)
        for stored in checklists.latest(store):
            title = stored.title_en if language == "en" and stored.title_en else stored.title
            self.checklist.addItem(f"{title} ({stored.version})", stored.id)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Building, unit, yard (optional)"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&Compound:"), self.search)
        form.addRow("", self.compounds)
        form.addRow(self.tr("Check&list:"), self.checklist)
        form.addRow(self.tr("&Place:"), self.place)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.preselect(compound_id)
        self.search.setFocus()

    def preselect(self, compound_id: str) -> None:
        self.model.reveal_all()
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ROLE_ID) == compound_id or (
                    not compound_id and row == 0):
                self.compounds.selectRow(row)
                self.compounds.scrollTo(self.model.index(row, 0))
                return

    def _on_search(self, text: str) -> None:
        self.model.set_text(text)
        if self.model.rowCount():
            self.compounds.selectRow(0)

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.accept()

    def compound_id(self) -> str:
        rows = self.compounds.selectionModel().selectedRows()
        return str(rows[0].data(ROLE_ID)) if rows else ""

    def checklist_version_id(self) -> str:
        return str(self.checklist.currentData() or "")

    def accept(self) -> None:
        if not self.compound_id():
            self.problem.setText(self.tr("Choose a compound."))
            return
        if not self.checklist_version_id():
            self.problem.setText(self.tr("Choose a checklist."))
            return
        super().accept()
