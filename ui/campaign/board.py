"""The campaign board: key compounds by state, with counts, steps and relapse warnings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.campaign import relapse, states
from storage.inspection import compounds
from storage.store.db import Store
from ui import errors, tables
from ui.campaign import resources
from ui.campaign.trend import TrendDialog
from ui.messages import campaign as campaign_text
from ui.tables import RowsModel


class MoveDialog(QDialog):
    """Asks for the next state, the date and the reason of a step.

    Given the store, it also asks which compound (to enrol one by hand).
    """

    def __init__(self, choices: tuple[str, ...], officer: str, parent: QWidget | None = None,
                 store: Store | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Next step") if store is None else self.tr(
            "Enrol a compound by hand"))
        self.store = store
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search compounds by name"))
        self.search.textChanged.connect(self._on_search)
        self.compound = QComboBox(self)
        self.compound.setMinimumContentsLength(24)
        self.state = QComboBox(self)
        for state in choices:
            self.state.addItem(campaign_text.state_name(state), state)
        self.date = QDateEdit(QDate(clock.today_local()), self)
        self.date.setMaximumDate(QDate(clock.today_local()))
        self.date.setCalendarPopup(True)
        self.why = QLineEdit(self)
        self.who = QLineEdit(officer, self)  # the officer in the settings, not the login
        form = QFormLayout(self)
        if store is not None:
            form.addRow(self.tr("Find"), self.search)
            form.addRow(self.tr("Compound"), self.compound)
        form.addRow(self.tr("State"), self.state)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Why"), self.why)
        form.addRow(self.tr("Who"), self.who)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_search(self, text: str) -> None:
        self.compound.clear()
        if self.store is None or not text.strip():
            return
        for found in compounds.search(self.store, text.strip(), limit=50):
            self.compound.addItem(f"{found.name} ({found.district} {found.street})", found.id)

    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date.date().toString(Qt.DateFormat.ISODate))


class CampaignBoard(QWidget):
    """States with counts on the left, the compounds of the chosen state on the right."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.states = QListWidget(self)
        self.states.setMaximumWidth(220)
        self.resources = resources.BoardResources(store)
        self.model = RowsModel([
            (self.tr("Compound"), lambda e: e.name), (self.tr("District"), lambda e: e.district),
            (self.tr("Street"), lambda e: e.street),
            (self.tr("State"), lambda e: campaign_text.state_name(e.state)),
            (self.tr("Since"), lambda e: e.since), (self.tr("Until"), lambda e: e.until or ""),
            (self.tr("Who"), lambda e: e.who), (self.tr("Why"), lambda e: e.why),
            *self.resources.columns()], self)
        self.table = tables.table(self.model, self, fit_columns=True)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.move_button = QPushButton(self.tr("Next step…"), self)
        self.move_button.clicked.connect(self._on_move)
        self.enrol_button = QPushButton(self.tr("Enrol by hand…"), self)
        self.enrol_button.clicked.connect(self._on_enrol)
        self.relapse_button = QPushButton(self.tr("Take relapsed back in"), self)
        self.relapse_button.clicked.connect(self._on_relapse)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b03a2e")
        right = QVBoxLayout()
        right.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.warnings, 1)
        row.addWidget(self.relapse_button)
        row.addWidget(self.enrol_button)
        row.addWidget(self.move_button)
        right.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.states)
        layout.addLayout(right, 1)
        self.states.currentRowChanged.connect(self._on_state_chosen)
        self.refresh()

    def refresh(self) -> None:
        """Reload counts, the chosen state's compounds and the relapse warnings."""
        chosen = self.states.currentRow()
        self.resources.refresh()
        counts = states.counts(self.store)
        self.states.blockSignals(True)
        self.states.clear()
        all_item = QListWidgetItem(self.tr("All ({count})").format(count=sum(
            counts.values())))
        all_item.setData(Qt.ItemDataRole.UserRole, None)
        self.states.addItem(all_item)
        for state, number in counts.items():
            item = QListWidgetItem(f"{campaign_text.state_name(state)} ({number})")
            item.setData(Qt.ItemDataRole.UserRole, state)
            self.states.addItem(item)
        self.states.blockSignals(False)
        self.states.setCurrentRow(max(chosen, 0))
        self._on_state_chosen()
        found = relapse.pending(self.store)
        self.warnings.setText("\n".join(campaign_text.relapse(r) for r in found[:5]))
        self.relapse_button.setEnabled(bool(found))

    def _on_state_chosen(self, *_: object) -> None:
        item = self.states.currentItem()
        state = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.model.set_rows(states.board(self.store, state))

    def _selected(self) -> states.BoardEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_move(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        dialog = MoveDialog(states.NEXT[entry.state], self.store.officer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.move_selected(dialog)

    def move_selected(self, dialog: MoveDialog) -> None:
        """Take the selected compound to the step the dialog holds."""
        entry = self._selected()
        if entry is not None:
            self._apply(entry.compound_id, dialog)

    def _on_enrol(self) -> None:
        dialog = MoveDialog(("enrolled",), self.store.officer, self, store=self.store)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.enrol(dialog)

    def enrol(self, dialog: MoveDialog) -> None:
        """Enrol the compound chosen in the dialog (by hand, not by rank)."""
        if dialog.compound.currentData():
            self._apply(dialog.compound.currentData(), dialog)

    def _apply(self, compound_id: str, dialog: MoveDialog) -> None:
        try:
            states.move(self.store, compound_id, dialog.state.currentData(),
                          who=dialog.who.text(), why=dialog.why.text(), on=dialog.day())
        except states.CampaignError as error:
            errors.show(self, error)
        self.refresh()

    def _on_relapse(self) -> None:
        """Observation → relapsed, closed → enrolled, for every relapse found by rank."""
        errors.attempt(self, lambda: relapse.apply(self.store, relapse.pending(self.store),
                                                   who=self.store.officer))
        self.refresh()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        TrendDialog(self.store, self.model.row_at(index.row()).compound_id, self).exec()
