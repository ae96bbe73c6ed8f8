"""The problem ledger in a tab: filters, the list (findings and problems, overdue in red),
the solved figure of the period, the chosen entry's route and proof, and its commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from exports.ledger import ledger_file
from exports.reports import ledger as report_ledger
from storage import clock
from storage.ledger import entries, problems
from storage.ledger.entries import Entry, Filter
from storage.manual import items
from storage.store.db import Store
from ui import errors, tables, worker
from ui.form.photo_strip import PhotoStrip
from ui.ledger.close_dialog import CloseDialog
from ui.ledger.orders_dialog import WorkOrdersDialog
from ui.ledger.problem_dialog import ProblemDialog
from ui.manual.route import RouteCard
from ui.messages import ledger as ledger_text
from ui.reports.actions import ReportActions, document_job
from ui.tables import Query, QueryModel

_OVERDUE = QColor("#b03a2e")


class LedgerModel(QueryModel):
    """The ledger's rows, overdue ones in red."""

    def __init__(self, store: Store, query: Query, parent: Any = None) -> None:
        headers = [self.tr("Number"), self.tr("Source"), self.tr("Compound"),
                   self.tr("Problem"), self.tr("Manual item"), self.tr("Lead"),
                   self.tr("Deadline"), self.tr("State"), self.tr("Closed on"),
                   self.tr("Verified by")]
        super().__init__(store, query, headers, self._render, parent)
        self.today = clock.today_local()

    def _render(self, row: tuple[Any, ...]) -> list[Any]:
        entry = Entry(*row)
        return [entry.number, ledger_text.source_name(entry.source), entry.compound,
                entry.description, entry.manual_item, entry.lead_department,
                entry.deadline or "", ledger_text.state_name(entry.state),
                entry.closed_on or "", entry.verified_by]

    def entry(self, number: int) -> Entry:
        return Entry(*self.raw(number))

    def decorate(self, row: tuple[Any, ...], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and Entry(*row[0]).overdue(self.today):
            return _OVERDUE
        return super().decorate(row, column, role)


class LedgerView(QWidget):
    """Every problem of the chosen compounds, streets or departments, and the 销号."""

    open_finding = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 language: str = "zh") -> None:
        super().__init__(parent)
        self.store, self.language = store, language  # the printout's language
        self.printing: ReportActions | None = None
        self.compound_id = ""  # a compound's page opens the ledger of that compound
        self._filters()
        self.model = LedgerModel(store, self._query(), self)
        self.table = tables.table(self.model, self)
        for column, width in ((0, 170), (2, 110), (3, 320), (4, 90), (5, 80)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.card = RouteCard(self, full=False)
        self.proof = QLabel(self)
        self.proof.setWordWrap(True)
        self.photos = PhotoStrip(store, "", self)
        self.photos.set_read_only(True)
        self.solved = QLabel(self)
        self.solved.setWordWrap(True)
        self.solved.setStyleSheet("font-weight: bold")
        self._layout()
        self.refresh()

    # -- filters ------------------------------------------------------------------------

    def _filters(self) -> None:
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Find in number, problem, party, compound"))
        self.district, self.street = QComboBox(self), QComboBox(self)
        self.department, self.category = QComboBox(self), QComboBox(self)
        self.state, self.source = QComboBox(self), QComboBox(self)
        self.overdue = QCheckBox(self.tr("overdue only"), self)
        self.period = QCheckBox(self.tr("closed from"), self)
        today = QDate(clock.today_local())
        self.start = QDateEdit(today.addDays(1 - today.dayOfYear()), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self._fill_choices()
        self.text.textChanged.connect(self.refresh)
        for combo in (self.district, self.street, self.department, self.category, self.state,
                      self.source):
            combo.currentIndexChanged.connect(self.refresh)
        for box in (self.overdue, self.period):
            box.toggled.connect(self.refresh)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.refresh)

    def _fill_choices(self) -> None:
        db = self.store.db
        everything = self.tr("(all)")
        fill = ((self.district, db.execute("SELECT DISTINCT district, district FROM compounds"
                                           " WHERE district <> '' ORDER BY 1").fetchall()),
                (self.street, db.execute("SELECT DISTINCT street, street FROM compounds"
                                         " WHERE street <> '' ORDER BY 1").fetchall()),
                (self.department, [(d, d) for d in self._departments()]),
                (self.category, [(f"{c.code} {c.title}", c.code)
                                 for c in items.categories(self.store)]),
                (self.state, [(ledger_text.state_name(s), s)
                              for s in ("pending", *entries.STATES)]),
                (self.source, [(ledger_text.source_name(s), s) for s in entries.SOURCES]))
        for combo, choices in fill:
            combo.addItem(everything, "")
            for text, value in choices:
                combo.addItem(str(text), value)

    def _departments(self) -> list[str]:
        leads = {i.lead for i in items.all_items(self.store)}
        leads |= {row[0] for row in self.store.db.execute(
            "SELECT DISTINCT lead_department FROM problems WHERE lead_department <> ''")}
        return sorted(leads)

    def current_filter(self) -> Filter:
        def day(edit: QDateEdit) -> dt.date:
            return dt.date.fromisoformat(edit.date().toString("yyyy-MM-dd"))
        chosen = self.period.isChecked()
        return Filter(district=self.district.currentData() or "",
                      street=self.street.currentData() or "",
                      department=self.department.currentData() or "",
                      category=self.category.currentData() or "",
                      state=self.state.currentData() or "",
                      source=self.source.currentData() or "", overdue=self.overdue.isChecked(),
                      text=self.text.text(), closed_from=day(self.start) if chosen else None,
                      closed_to=day(self.end) if chosen else None, compound_id=self.compound_id)

    def _query(self) -> Query:
        source, where, params = entries.prepared(self.store, self.current_filter())
        return Query(source, ", ".join(entries.COLUMNS), entries.ORDER, "", where, params)

    # -- layout -------------------------------------------------------------------------

    def _layout(self) -> None:
        choices = QHBoxLayout()
        for label, widget in ((self.tr("District"), self.district),
                              (self.tr("Street"), self.street), (self.tr("Lead"), self.department),
                              (self.tr("Category"), self.category),
                              (self.tr("State"), self.state), (self.tr("Source"), self.source)):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            choices.addWidget(QLabel(label, self))
            choices.addWidget(widget)
        choices.addStretch(1)
        period = QHBoxLayout()
        period.addWidget(self.text, 1)
        for part in (self.overdue, self.period, self.start, QLabel("—", self), self.end):
            period.addWidget(part)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&New problem…"), self.new_problem),
                           (self.tr("From &work orders…"), self.from_work_orders),
                           (self.tr("&Edit…"), self.edit_current),
                           (self.tr("&Close (销号)…"), self.close_current),
                           (self.tr("Re&open"), self.reopen_current),
                           (self.tr("Wit&hdraw…"), self.withdraw_current),
                           (self.tr("E&xport workbook…"), self._on_export),
                           (self.tr("&Print (PDF)…"), self.print_ledger)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail = QWidget(self)
        side = QVBoxLayout(detail)
        for shown in (self.card, self.proof, self.photos):
            side.addWidget(shown)
        side.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([520, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addLayout(choices)
        layout.addWidget(self.solved)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    # -- reading --------------------------------------------------------------------------

    def refresh(self, *_: object) -> None:
        self.model.today = clock.today_local()
        self.model.set_query(self._query())
        flt = self.current_filter()
        found = entries.solved(self.store, start=flt.closed_from, end=flt.closed_to,
                               district=flt.district, street=flt.street)
        names = {c.code: c.title for c in items.categories(self.store)}
        self.solved.setText(self.tr("{shown} problems listed · ").format(shown=self.model.total)
                            + ledger_text.solved_lines(found, names)[0])
        self._on_current()

    def show_compound(self, compound_id: str) -> None:
        """Only this compound's problems (its page's button)."""
        self.compound_id = compound_id
        self.refresh()

    def current_entry(self) -> Entry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _on_current(self, *_: object) -> None:
        entry = self.current_entry()
        code = entry.manual_item if entry else ""
        self.card.show_item(_item(self.store, code))
        if entry is None or entry.state != "closed":
            self.proof.setText("")
            self.photos.set_entries([])
            return
        self.proof.setText(self.tr("Closed on {day}, verified by {who}.").format(
            day=entry.closed_on or "—", who=entry.verified_by or "—"))
        self.photos.set_entries([{"item": "after", **p}
                                 for p in entries.photos_after(self.store, entry)])

    # -- commands -----------------------------------------------------------------------

    def _problem(self) -> problems.Problem | None:
        entry = self.current_entry()
        if entry is None:
            return None
        if entry.kind == "finding":
            errors.warn(self, ledger_text.describe(problems.LedgerError(
                "number", "is_finding", entry.number)) or "")
            return None
        return problems.get(self.store, entry.id)

    def new_problem(self) -> ProblemDialog:
        dialog = ProblemDialog(self.store, None, self, compound_id=self.compound_id)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def edit_current(self) -> ProblemDialog | None:
        problem = self._problem()
        if problem is None:
            return None
        dialog = ProblemDialog(self.store, problem, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def close_current(self) -> CloseDialog | None:
        problem = self._problem()
        if problem is None:
            return None
        dialog = CloseDialog(self.store, problem, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def reopen_current(self) -> None:
        problem = self._problem()
        if problem is not None and errors.attempt(
                self, lambda: problems.move(self.store, problem, "open")) is not None:
            self.refresh()

    def withdraw_current(self, reason: str | None = None) -> None:
        """Withdraw the chosen problem (raised by mistake, a duplicate …), saying why."""
        problem = self._problem()
        if problem is None:
            return
        if reason is None:
            reason, given = QInputDialog.getText(self, self.tr("Withdraw {number}").format(
                number=problem.number), self.tr("Why is it withdrawn?"))
            if not given:
                return
        if not reason.strip():
            errors.warn(self, self.tr("Say why the problem is withdrawn."))
            return
        if errors.attempt(self, lambda: problems.move(self.store, problem, "withdrawn",
                                                      note=reason.strip())) is not None:
            self.refresh()

    def from_work_orders(self) -> WorkOrdersDialog:
        dialog = WorkOrdersDialog(self.store, self.compound_id, self)
        dialog.raised.connect(lambda _done: self.refresh())
        dialog.open()
        return dialog

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry.kind == "finding":
            self.open_finding.emit(entry.id)
        else:
            self.edit_current()

    def _on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ledger"),
                                              self.tr("Problem ledger.xlsx"),
                                              self.tr("Workbooks (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def print_ledger(self) -> worker.Worker | None:
        """The printable ledger of what is listed: saved where asked, then opened."""
        flt = self.current_filter()
        return self.report_actions().open_pdf(
            document_job("ledger", lambda store, path, setup: report_ledger.render(
                store, flt, path, setup)), self.tr("Problem ledger"))

    def report_actions(self) -> ReportActions:
        if self.printing is None:
            self.printing = ReportActions(self, self.store, self.language)
        return self.printing

    def export_to(self, path: Path) -> int | None:
        flt = self.current_filter()
        return errors.attempt(self, lambda: ledger_file.export(self.store, path, flt))


def _item(store: Store, code: str) -> items.Item | None:
    try:
        return items.find(store, code) if code else None
    except items.UnknownItem:
        return None
