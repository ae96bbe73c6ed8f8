"""A compound's 12345 work orders, each with the manual item it is routed to, and turning
the chosen ones into problems of the ledger."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.campaign import hotline
from storage.ledger import problems, routing
from storage.manual.links import Router
from storage.store.db import Store
from ui import errors, tables
from ui.campaign.orders import WorkOrdersModel
from ui.helpers.pickers import CompoundPicker
from ui.manual.route import RouteCard


class WorkOrdersDialog(QDialog):
    """Choose a compound, look at its work orders and where each is routed, raise them."""

    raised = Signal(object)  # problems.Raised

    def __init__(self, store: Store, compound_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.router = Router(store)
        self.model: WorkOrdersModel | None = None
        self.setWindowTitle(self.tr("Work orders into the ledger"))
        self.compound = CompoundPicker(store, self, compound_id)
        self.compound.chosen.connect(self.show_compound)
        self.table = tables.table(tables.RowsModel([], self), self)  # until a compound
        self.card = RouteCard(self, full=False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.raise_button = QPushButton(self.tr("Turn the chosen into problems"), self)
        self.raise_button.clicked.connect(self.raise_chosen)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.raise_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.compound)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.card, 1)
        layout.addLayout(row)
        self.resize(1100, 720)
        if compound_id:
            self.show_compound(compound_id)

    def show_compound(self, compound_id: str) -> None:
        if not compound_id:
            return
        self.model = WorkOrdersModel(self.store, compound_id, self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._on_current)
        self.summary.setText(self.tr("{count} work orders; choose rows, then turn them into "
                                     "problems.").format(count=self.model.total))

    def chosen(self) -> list[str]:
        if self.model is None:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [str(self.model.display(found, 0)) for r in rows
                if (found := self.model.row_at(r)) is not None]

    def _on_current(self, *_: object) -> None:
        numbers = self.chosen()
        order = hotline.get(self.store, numbers[-1]) if numbers else None
        self.card.show_item(routing.work_order(order, self.router) if order else None)

    def raise_chosen(self) -> problems.Raised | None:
        numbers = self.chosen()
        if not numbers:
            return None
        done = errors.attempt(self, lambda: problems.raise_from_work_orders(
            self.store, numbers, raised_by=getpass.getuser()))
        if done is not None:
            self.summary.setText(self.tr(
                "{created} problems raised; {already} were in the ledger already.").format(
                created=len(done.created), already=len(done.already)))
            self.raised.emit(done)
        return done
