"""The compounds the hotline proposes for the campaign, to accept or dismiss."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.campaign import nominations, states
from storage.store.db import Store
from ui import errors, tables
from ui.campaign.ranking import category_box
from ui.messages import campaign as campaign_text
from ui.tables import RowsModel


def _months(nomination: nominations.Nomination) -> str:
    return ", ".join(f"{m.month} #{m.rank} ({m.complaints})" for m in nomination.months)


class NominationsView(QWidget):
    """Year, N and K; the nominated compounds with the months that put them there."""

    changed = Signal()  # a compound was enrolled or a nomination dismissed

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        span = clock.today_local().year
        self.year.setValue(span)
        self.top = QSpinBox(self)
        self.top.setRange(1, 1000)
        self.top.setValue(states.setting(store, "campaign.top_n"))
        self.months = QSpinBox(self)
        self.months.setRange(1, 12)
        self.months.setValue(states.setting(store, "campaign.min_months"))
        self.category = category_box(self)
        self.only_pending = QCheckBox(self.tr("Only those still to decide"), self)
        self.only_pending.setChecked(True)
        self.model = RowsModel([
            (self.tr("Compound"), lambda n: n.name), (self.tr("District"), lambda n: n.district),
            (self.tr("Street"), lambda n: n.street),
            (self.tr("Months in the top N"), lambda n: len(n.months)),
            (self.tr("Months (rank, complaints)"), _months),
            (self.tr("Now"), lambda n: self.tr("dismissed") if n.dismissed
             else campaign_text.state_name(n.state))], self)
        self.table = tables.table(self.model, self, fit_columns=True)
        self.accept_button = QPushButton(self.tr("Enrol"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss for this year"), self)
        self.accept_button.clicked.connect(self._on_accept)
        self.dismiss_button.clicked.connect(self._on_dismiss)
        self.rule = QLabel(self)
        self._layout()
        for spin in (self.year, self.top, self.months):
            spin.valueChanged.connect(self.refresh)
        self.only_pending.toggled.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Year"), self), self.year,
                       QLabel(self.tr("Top N"), self), self.top,
                       QLabel(self.tr("in at least K months"), self), self.months,
                       QLabel(self.tr("by"), self), self.category, self.only_pending):
            top.addWidget(widget)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rule, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        found = nominations.nominate(self.store, self.year.value(), self.top.value(),
                                     self.months.value(), self.category.currentData())
        shown = [n for n in found if n.pending] if self.only_pending.isChecked() else found
        self.model.set_rows(shown)
        self.rule.setText(self.tr("{count} compounds were in the top {top} in at least "
                                  "{months} months of {year} (ties at rank {top} count).")
                          .format(count=len(found), top=self.top.value(),
                                  months=self.months.value(), year=self.year.value()))

    def _selected(self) -> list[nominations.Nomination]:
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def _on_accept(self) -> None:
        for nomination in self._selected():
            if not nomination.pending:
                continue
            try:
                nominations.accept(self.store, nomination, self.year.value(),
                                   who=self.store.officer)
            except states.CampaignError as error:
                errors.show(self, error)
        self.refresh()
        self.changed.emit()

    def _on_dismiss(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        why, ok = QInputDialog.getText(self, self.tr("Dismiss for this year"), self.tr(
            "Why is it not enrolled? (required)"))
        if ok:
            self.dismiss(chosen, why)

    def dismiss(self, chosen: list[nominations.Nomination], why: str) -> None:
        """Dismiss these nominations for the year, for the reason given."""
        for nomination in chosen:
            try:
                nominations.dismiss(self.store, nomination.compound_id, self.year.value(),
                                    who=self.store.officer, why=why)
            except states.CampaignError as error:
                errors.show(self, error)  # no reason given: one message, not one per row
                break
        self.refresh()
        self.changed.emit()
