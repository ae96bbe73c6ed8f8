"""Set up a quarter's review: departments, criteria (weight, maximum), reporting streets."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from storage import quarters
from storage.review import plans
from storage.store.db import Store
from ui.record_dialog import RecordDialog, date_edit, day_of


class SetupDialog(RecordDialog):
    """One line per department, criterion (名称:权重:满分) and street (县区/街道/书记)."""

    def __init__(self, store: Store, quarter: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Set up the review of a quarter"), parent)
        self.store = store
        found = plans.draft(store, quarter)
        self.quarter = QLineEdit(quarter, self)
        self.departments = QPlainTextEdit("\n".join(d.name for d in found.departments), self)
        self.criteria = QPlainTextEdit("\n".join(
            f"{c.name}:{c.weight:g}:{c.max_score:g}" for c in found.criteria), self)
        self.streets = QPlainTextEdit("\n".join(
            f"{s.district}/{s.street}" + (f"/{s.secretary}" if s.secretary else "")
            for s in found.streets), self)
        self.drop = QCheckBox(self.tr("Leave out each street's highest and lowest score"), self)
        self.drop.setChecked(found.settings.drop_extremes)
        self.lagging = QSpinBox(self)
        self.lagging.setRange(0, 100)
        self.lagging.setValue(found.settings.lagging)
        self.meeting = date_edit(self, found.settings.meeting_date, future=True)
        self.rows([(self.tr("Quarter (YYYY-Qn)"), self.quarter),
                   (self.tr("Departments, one a line"), self.departments),
                   (self.tr("Criteria: name:weight:maximum"), self.criteria),
                   (self.tr("Streets: district/street/secretary"), self.streets)])
        self.form.addRow(self.drop)
        self.rows([(self.tr("Streets named as lagging"), self.lagging),
                   (self.tr("Day of the review meeting"), self.meeting)])
        self.resize(640, 720)

    def save(self) -> plans.Plan:
        """Set the quarter up as the dialog shows it; a problem is shown, nothing saved."""
        def lines(editor: QPlainTextEdit) -> list[str]:
            return [t for t in editor.toPlainText().splitlines() if t.strip()]

        try:
            quarter = quarters.normal(self.quarter.text())
        except ValueError:
            raise plans.PlanError("bad_quarter", self.quarter.text()) from None
        return plans.setup(
            self.store, quarter, departments=lines(self.departments),
            criteria=[plans.parse_criterion(t) for t in lines(self.criteria)],
            streets=[plans.parse_street(t) for t in lines(self.streets)],
            drop_extremes=self.drop.isChecked(), lagging=self.lagging.value(),
            meeting_date=day_of(self.meeting))
