"""A re-inspection record as it was made: each finding checked, its outcome, note and photos."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.inspection import compounds, findings, reinspection
from storage.store.db import Store
from ui.form.photo_strip import PhotoStrip
from ui.lists.models import party_text


class ReinspectionView(QDialog):
    """Read-only: a re-inspection has no checklist and no score, only what was found."""

    def __init__(self, store: Store, reinspection_id: str, language: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = reinspection.get(store, reinspection_id)
        compound = compounds.get(store, self.record.compound_id)
        self.setWindowTitle(self.tr("Re-inspection {number}").format(number=self.record.number))
        heading = QLabel(self.tr("Re-inspection of {compound}").format(compound=compound.name),
                         self)
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.details = QLabel(self.tr("{number} · officer {officer} · {when}").format(
            number=self.record.number, officer=self.record.officer or "—",
            when=clock.local_text(self.record.started_at)), self)
        self.summary = QLabel(self.tr("Findings checked: {checked} · closed: {closed} · "
                                      "kept open: {kept}").format(
            checked=len(self.record.outcomes), closed=len(self.record.closed),
            kept=len(self.record.kept_open)), self)
        body = QWidget(self)
        outcomes = QVBoxLayout(body)
        self.boxes = [self._outcome(store, outcome, language, body)
                      for outcome in self.record.outcomes]
        for box in self.boxes:
            outcomes.addWidget(box)
        outcomes.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, self.details, self.summary):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def _outcome(self, store: Store, outcome: reinspection.Outcome, language: str,
                 parent: QWidget) -> QGroupBox:
        try:
            finding = findings.get(store, outcome.finding_id)
            description = findings.describe(store, finding, language)
            party = party_text(finding.responsible_party)
        except KeyError:  # a finding this store has not received
            description, party = "", ""
        box = QGroupBox(f"{outcome.number} {description}".strip(), parent)
        form = QFormLayout(box)
        result = self.tr("Rectified: closed") if outcome.rectified else self.tr(
            "Not rectified: kept open until {date}").format(date=outcome.new_deadline or "—")
        form.addRow(self.tr("Outcome:"), QLabel(result, box))
        if party:
            form.addRow(self.tr("Responsible party:"), QLabel(party, box))
        if outcome.note:
            note = QLabel(outcome.note, box)
            note.setWordWrap(True)
            form.addRow(self.tr("Note:"), note)
        if outcome.photos:
            strip = PhotoStrip(store, outcome.finding_id, box)
            strip.set_read_only(True)
            strip.set_entries(outcome.photos)
            form.addRow(self.tr("Photos after:"), strip)
        return box
