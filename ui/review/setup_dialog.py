"""Set up a quarter's review: departments, criteria (weight, maximum), reporting streets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from storage import clock, quarters
from storage.review import plans
from storage.store.db import Store
from ui import errors


class SetupDialog(QDialog):
    """One line per department, criterion (名称:权重:满分) and street (县区/街道/书记)."""

    def __init__(self, store: Store, quarter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Set up the review of a quarter"))
        found = plans.draft(store, quarter)
        self.quarter = QLineEdit(quarter, self)
        self.departments = QPlainTextEdit("\n".join(d.name for d in found.departments), self)
        self.criteria = QPlainTextEdit("\n".join(
            f"{c.name}:{c.weight:g}:{c.max_score:g}" for c in found.criteria), self)
        self.streets = QPlainTextEdit("\n".join(
            "/".join(p for p in (s.district, s.street, s.secretary) if p) for s in
            found.streets), self)
        self.drop = QCheckBox(self.tr("Leave out each street's highest and lowest score"), self)
        self.drop.setChecked(found.settings.drop_extremes)
        self.lagging = QSpinBox(self)
        self.lagging.setRange(0, 100)
        self.lagging.setValue(found.settings.lagging)
        self.meeting = QDateEdit(QDate(clock.today_local()), self)
        self.meeting.setCalendarPopup(True)
        if found.settings.meeting_date:
            self.meeting.setDate(QDate.fromString(found.settings.meeting_date,
                                                  Qt.DateFormat.ISODate))
        form = QFormLayout(self)
        form.addRow(self.tr("Quarter (YYYY-Qn)"), self.quarter)
        form.addRow(self.tr("Departments, one a line"), self.departments)
        form.addRow(self.tr("Criteria: name:weight:maximum"), self.criteria)
        form.addRow(self.tr("Streets: district/street/secretary"), self.streets)
        form.addRow(self.drop)
        form.addRow(self.tr("Streets named as lagging"), self.lagging)
        form.addRow(self.tr("Day of the review meeting"), self.meeting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, 720)

    def save(self) -> plans.Plan | None:
        """Set the quarter up as the dialog shows it; a problem is shown, nothing saved."""
        def lines(editor: QPlainTextEdit) -> list[str]:
            return [t for t in editor.toPlainText().splitlines() if t.strip()]

        day = dt.date.fromisoformat(self.meeting.date().toString(Qt.DateFormat.ISODate))
        return errors.attempt(self, lambda: plans.setup(
            self.store, quarters.normal(self.quarter.text()), departments=lines(self.departments),
            criteria=[plans.parse_criterion(t) for t in lines(self.criteria)],
            streets=[plans.parse_street(t) for t in lines(self.streets)],
            drop_extremes=self.drop.isChecked(), lagging=self.lagging.value(),
            meeting_date=day))

    def _on_save(self) -> None:
        try:
            quarters.normal(self.quarter.text())
        except ValueError:
            errors.warn(self, self.tr("Write the quarter as 2026-Q4."))
            return
        if self.save() is not None:
            self.accept()
