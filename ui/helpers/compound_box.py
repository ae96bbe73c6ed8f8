"""A compound's helpers on its page: who helps it (and who did), its projects, funds, visits."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.helpers import assignments, people, work
from storage.store.db import Store
from ui import errors, tables
from ui.helpers.dialogs import AssignDialog, FundDialog, ProjectDialog, VisitDialog
from ui.messages import helpers as helper_text
from ui.tables import RowsModel


class CompoundHelpersBox(QGroupBox):
    """The three-ones helpers of one compound, with buttons to record their work."""

    changed = Signal()

    def __init__(self, store: Store, compound_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.compound_id = store, compound_id
        self._names: dict[str, people.Helper] = {}
        self.helpers = RowsModel([
            (self.tr("Role"), lambda a: helper_text.role_name(a.role)),
            (self.tr("Helper"), lambda a: self._helper(a.helper_id).label()),
            (self.tr("Phone"), lambda a: self._helper(a.helper_id).phone),
            (self.tr("Since"), lambda a: a.since),
            (self.tr("Until"), lambda a: a.until or self.tr("now")),
            (self.tr("Reason"), lambda a: a.reason)], self)
        self.projects = RowsModel([
            (self.tr("Project"), lambda p: p.name),
            (self.tr("State"), lambda p: helper_text.project_state(p.state)),
            (self.tr("Budget (10,000 yuan)"), lambda p: helper_text.wan(p.budget_wan)),
            (self.tr("Finish"), lambda p: p.finish or ""),
            (self.tr("Photos"), lambda p: len(p.attachments))], self)
        self.helpers_table = tables.table(self.helpers, self, fit_columns=True)
        self.projects_table = tables.table(self.projects, self, fit_columns=True)
        self.projects_table.activated.connect(self._on_project)
        for table in (self.helpers_table, self.projects_table):
            table.setMaximumHeight(150)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Assign a helper…"), self.assign),
                           (self.tr("Record a visit…"), self.record_visit),
                           (self.tr("Record funds…"), self.record_funds),
                           (self.tr("Add a project…"), self.add_project),
                           (self.tr("End the chosen assignment…"), self.end_chosen)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        tables_row = QHBoxLayout()
        tables_row.addWidget(self.helpers_table, 3)
        tables_row.addWidget(self.projects_table, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(tables_row)
        layout.addWidget(self.facts)
        layout.addLayout(buttons)

    def _helper(self, helper_id: str) -> people.Helper:
        if helper_id not in self._names:
            self._names[helper_id] = people.get(self.store, helper_id)
        return self._names[helper_id]

    def refresh(self) -> None:
        self._names.clear()
        every = assignments.for_compound(self.store, self.compound_id)
        today = clock.today_local()
        current = [a for a in every if a.active(today)]
        self.helpers.set_rows(current + [a for a in every if not a.active(today)])
        found = work.projects(self.store, self.compound_id)
        self.projects.set_rows(found)
        money = sum(f.amount_wan for f in work.funds(self.store, self.compound_id))
        visits = work.visits(self.store, self.compound_id)
        self.setTitle(self.tr("Three-ones helpers ({count})").format(count=len(current)))
        missing = [helper_text.role_name(r) for r in people.ROLES
                   if r not in {a.role for a in current}]
        parts = [self.tr("Funds brought: {amount} (10,000 yuan)").format(
                     amount=helper_text.wan(money)),
                 self.tr("projects: {count}").format(count=len(found)),
                 self.tr("visits: {count}, the last on {day}").format(
                     count=len(visits), day=visits[0].day) if visits else self.tr(
                     "no visit yet")]
        if missing:
            parts.append(self.tr("no {roles} yet").format(roles="、".join(missing)))
        self.facts.setText(" · ".join(parts))

    def _done(self, accepted: int) -> None:
        if accepted:
            self.refresh()
            self.changed.emit()

    def assign(self) -> AssignDialog:
        dialog = AssignDialog(self.store, self.compound_id, self)
        dialog.finished.connect(self._done)
        dialog.open()
        return dialog

    def record_visit(self) -> VisitDialog:
        dialog = VisitDialog(self.store, work.Visit(self.compound_id, ""), self)
        dialog.finished.connect(self._done)
        dialog.open()
        return dialog

    def record_funds(self) -> FundDialog:
        dialog = FundDialog(self.store, work.Fund(self.compound_id, 0.0, ""), self)
        dialog.finished.connect(self._done)
        dialog.open()
        return dialog

    def add_project(self) -> ProjectDialog:
        dialog = ProjectDialog(self.store, work.Project("", self.compound_id), self)
        dialog.finished.connect(self._done)
        dialog.open()
        return dialog

    def end_chosen(self, reason: str | None = None) -> None:
        """End the chosen helper's assignment today (a unit withdrawn …), saying why."""
        rows = self.helpers_table.selectionModel().selectedRows()
        chosen = self.helpers.row_at(rows[0].row()) if rows else None
        if chosen is None or chosen.until is not None:
            return
        if reason is None:
            reason, given = QInputDialog.getText(self, self.tr("End the assignment"), self.tr(
                "Why does {helper} stop helping?").format(
                helper=self._helper(chosen.helper_id).label()))
            if not given:
                return
        day = clock.today_local().isoformat()
        if errors.attempt(self, lambda: assignments.end(self.store, chosen, day,
                                                        reason.strip())) is not None:
            self._done(1)

    def _on_project(self, index: QModelIndex) -> None:
        self.edit_project(self.projects.row_at(index.row()))

    def edit_project(self, project: work.Project) -> ProjectDialog:
        dialog = ProjectDialog(self.store, work.get_project(self.store, project.id), self)
        dialog.finished.connect(self._done)
        dialog.open()
        return dialog
