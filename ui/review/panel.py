"""The review window: a quarter's ranking, who has scored, the interviews, the circular."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exports.review import workbooks
from storage import clock, quarters
from storage.review import interviews, plans, ranking
from storage.review.ranking import Ranking
from storage.store.db import Store
from ui import tables
from ui.messages import campaign as campaign_text
from ui.messages import review as review_text
from ui.review.interview_dialog import FollowUpDialog, InterviewDialog
from ui.review.setup_dialog import SetupDialog
from ui.sync import templates_dialog
from ui.sync.templates_dialog import TemplatesImportDialog
from ui.tables import RowsModel


class ReviewPanel(QWidget):
    """Pick a quarter; its ranking, the departments' sheets and the interviews as tabs.

    ``print_circular`` is called with the quarter when the circular is asked for (the
    main window's printing, off the GUI thread).
    """

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.print_circular: Callable[[str], object] = lambda quarter: None
        self.ranking: Ranking | None = None
        self.quarter = QComboBox(self)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b03a2e")
        self.results = RowsModel(self._result_columns(), self)
        self.coverage = RowsModel([
            (self.tr("Department"), lambda c: c.department.name),
            (self.tr("Scores given"), lambda c: f"{c.given} / {c.expected}"),
            (self.tr("State"), lambda c: self.tr("complete") if c.complete else
             self.tr("missing") if c.missing else self.tr("incomplete"))], self)
        self.talks = RowsModel(self._interview_columns(), self)
        self.tabs = QTabWidget(self)
        self.results_view = tables.table(self.results, self, fit_columns=True)
        self.talks_view = tables.table(self.talks, self, fit_columns=True)
        self.tabs.addTab(self.results_view, self.tr("Ranking"))
        self.tabs.addTab(tables.table(self.coverage, self, fit_columns=True),
                         self.tr("Departments' scores"))
        self.tabs.addTab(self._interviews_tab(), self.tr("Interviews"))
        self._layout()
        self.quarter.currentIndexChanged.connect(self._on_quarter)
        self.reload()

    def _result_columns(self) -> list[tables.Column]:
        return [(self.tr("Rank"), lambda r: r.rank or "—"),
                (self.tr("Street"), lambda r: r.street.label),
                (self.tr("Secretary"), lambda r: r.street.secretary),
                (self.tr("Total"), lambda r: review_text.number(r.total)),
                (self.tr("Change"), review_text.change),
                (self.tr("Departments"), lambda r: len(r.departments)),
                (self.tr("Complaints"), lambda r: r.hotline.complaints),
                (self.tr("A year before"), lambda r: r.hotline.last_year),
                (self.tr("Satisfaction"),
                 lambda r: campaign_text.rate(r.hotline.satisfaction_rate)),
                (self.tr("Lagging"), lambda r: self.tr("lagging") if r.lagging else "")]

    def _interview_columns(self) -> list[tables.Column]:
        names = {s.id: s.label for q in plans.known_quarters(self.store)
                 for s in plans.require(self.store, q).streets}
        return [(self.tr("Day"), lambda i: i.held_on),
                (self.tr("Street"), lambda i: names.get(i.street_id, "")),
                (self.tr("Interviewed"), lambda i: i.interviewee),
                (self.tr("By"), lambda i: i.interviewer),
                (self.tr("Commitments"), lambda i: i.commitments),
                (self.tr("Outcome"), lambda i: review_text.outcome_name(i.outcome)),
                (self.tr("Follow-up"), lambda i: i.follow_up)]

    def _interviews_tab(self) -> QWidget:
        page = QWidget(self)
        self.interview_button = QPushButton(self.tr("Interview…"), page)
        self.follow_button = QPushButton(self.tr("Follow up…"), page)
        self.interview_button.clicked.connect(self._on_interview)
        self.follow_button.clicked.connect(self._on_follow_up)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.interview_button)
        row.addWidget(self.follow_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.talks_view)
        layout.addLayout(row)
        return page

    def _layout(self) -> None:
        buttons = [(self.tr("Set up…"), self._on_setup),
                   (self.tr("Write the departments' workbooks…"), self._on_templates),
                   (self.tr("Departments' files in…"), self._on_files),
                   (self.tr("Circular…"), self._on_circular)]
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quarter"), self))
        top.addWidget(self.quarter)
        for text, slot in buttons:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            top.addWidget(button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.tabs)

    def reload(self, chosen: str = "") -> None:
        """Offer every quarter with a review (the newest first) and show one."""
        known = plans.known_quarters(self.store)
        chosen = chosen or self.quarter.currentData() or (known[0] if known else "")
        self.quarter.blockSignals(True)
        self.quarter.clear()
        for quarter in known:
            self.quarter.addItem(quarter, quarter)
        self.quarter.setCurrentIndex(max(0, self.quarter.findData(chosen)))
        self.quarter.blockSignals(False)
        self._on_quarter()

    def _on_quarter(self) -> None:
        quarter = self.quarter.currentData()
        self.ranking = ranking.rank(self.store, quarter) if quarter else None
        self.results.set_rows(self.ranking.results if self.ranking else [])
        self.coverage.set_rows(self.ranking.coverage if self.ranking else [])
        self.talks.set_rows(interviews.of_quarter(self.store, quarter) if quarter else [])
        lines = review_text.coverage_lines(self.ranking) if self.ranking else [
            self.tr("No quarter is set up yet: press Set up….")]
        self.missing.setText("\n".join(lines))

    def _on_setup(self) -> None:
        quarter = self.quarter.currentData() or str(quarters.of(clock.today_local()))
        dialog = SetupDialog(self.store, quarter, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(quarters.normal(dialog.quarter.text()))

    def _on_templates(self) -> None:
        templates_dialog.write_to_folder(self, self.store, self.quarter.currentData(),
                                         workbooks.write_all)

    def files_dialog(self) -> TemplatesImportDialog:
        dialog = TemplatesImportDialog(
            self.store, self.tr("The departments' score workbooks"), workbooks.preview,
            workbooks.apply, self)
        dialog.imported.connect(lambda: self.reload())
        return dialog

    def _on_files(self) -> None:
        self.files_dialog().exec()

    def _on_circular(self) -> None:
        if self.quarter.currentData():
            self.print_circular(self.quarter.currentData())

    def _selected_street(self) -> str:
        rows = self.results_view.selectionModel().selectedRows()
        return self.results.row_at(rows[0].row()).street.id if rows else ""

    def _on_interview(self) -> None:
        if self.ranking is None:
            return
        lagging = [r.street.id for r in self.ranking.lagging]
        street = self._selected_street() or (lagging[0] if lagging else "")
        if InterviewDialog(self.store, self.ranking.plan, street, self).exec():
            self._on_quarter()

    def _on_follow_up(self) -> None:
        rows = self.talks_view.selectionModel().selectedRows()
        if rows and FollowUpDialog(self.store, self.talks.row_at(rows[0].row()), self).exec():
            self._on_quarter()
