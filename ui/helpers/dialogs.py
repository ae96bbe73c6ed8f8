"""The helpers' dialogs: a person or unit, an assignment, a visit, funds, a project."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from storage.helpers import assignments, people, work
from storage.helpers.people import Helper, HelperError
from storage.store.db import Store
from ui import errors
from ui.form.photo_strip import PhotoStrip
from ui.helpers import pickers
from ui.messages import helpers as helper_text
from ui.record_dialog import RecordDialog, date_edit, day_of


def _text(parent: QWidget, value: str = "", height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit(value, parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class HelperDialog(RecordDialog):
    """A county-level leader, a red-collar secretary or a unit: name, post, unit, phone."""

    def __init__(self, store: Store, helper: Helper | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.store = store
        self.helper = helper or Helper("leader", "")
        self.setWindowTitle(self.tr("Person or unit") if not self.helper.id
                            else self.helper.label())
        self.role = QComboBox(self)
        for role in people.ROLES:
            self.role.addItem(helper_text.role_name(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(self.helper.role)))
        self.edits = {name: QLineEdit(getattr(self.helper, name), self)
                      for name in ("name", "post", "unit", "contact", "phone", "district",
                                   "note")}
        self.form.addRow(helper_text.field_name("role"), self.role)
        labels = {"unit": self.tr("Unit (a secretary's sending unit)"),
                  "contact": self.tr("Contact (of a unit)"), "district": self.tr("District"),
                  "note": self.tr("Note")}
        for name, edit in self.edits.items():
            self.form.addRow(labels.get(name) or helper_text.field_name(name), edit)
        self.resize(460, 360)

    def save(self) -> None:
        helper = self.helper
        helper.role = str(self.role.currentData())
        for name, edit in self.edits.items():
            setattr(helper, name, edit.text().strip())
        people.save(self.store, helper)


class AssignDialog(RecordDialog):
    """A helper for a compound from a day; a new leader or secretary ends the one before."""

    def __init__(self, store: Store, compound_id: str, parent: QWidget | None = None,
                 role: str = "leader") -> None:
        super().__init__("", parent)
        self.store = store
        self.setWindowTitle(self.tr("Assign a helper"))
        self.compound = pickers.CompoundPicker(store, self, compound_id)
        self.role = QComboBox(self)
        for key in people.ROLES:
            self.role.addItem(helper_text.role_name(key), key)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.helper = pickers.HelperPicker(store, self, role)
        self.role.currentIndexChanged.connect(
            lambda *_: self.helper.set_role(str(self.role.currentData())))
        self.since = date_edit(self, future=True)
        self.reason = QLineEdit(self)
        self.replace = QCheckBox(self.tr("replaces the units there now"), self)
        for label, widget in ((self.tr("Compound"), self.compound),
                              (helper_text.field_name("role"), self.role),
                              (self.tr("Helper"), self.helper),
                              (helper_text.field_name("since"), self.since),
                              (self.tr("Reason"), self.reason), ("", self.replace)):
            self.form.addRow(label, widget)
        self.made: assignments.Assignment | None = None
        self.resize(620, 300)

    def save(self) -> None:
        if not self.compound.value():
            raise HelperError("compound", "required")
        if not self.helper.value():
            raise HelperError("name", "required")
        self.made = assignments.assign(
            self.store, self.compound.value(), str(self.helper.value()),
            since=day_of(self.since).isoformat(), reason=self.reason.text().strip(),
            replace=self.replace.isChecked())


class VisitDialog(RecordDialog):
    """A visit: the day, who came, who else, what was looked at and decided."""

    def __init__(self, store: Store, visit: work.Visit, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.store = store
        self.visit = visit
        self.setWindowTitle(self.tr("Visit"))
        self.day = date_edit(self, visit.day or None, future=True)
        self.helper = pickers.HelperPicker(store, self, helper_id=visit.helper_id)
        self.people = QLineEdit(visit.people, self)
        self.purpose = _text(self, visit.purpose)
        self.decisions = _text(self, visit.decisions, 80)
        for label, widget in ((helper_text.field_name("day"), self.day),
                              (self.tr("Who came"), self.helper),
                              (self.tr("Also present"), self.people),
                              (self.tr("Looked at"), self.purpose),
                              (helper_text.field_name("decisions"), self.decisions)):
            self.form.addRow(label, widget)
        self.resize(620, 380)

    def save(self) -> None:
        visit = self.visit
        visit.day, visit.helper_id = day_of(self.day).isoformat(), self.helper.value()
        visit.people = self.people.text().strip()
        visit.purpose = self.purpose.toPlainText().strip()
        visit.decisions = self.decisions.toPlainText().strip()
        work.save_visit(self.store, visit)


class FundDialog(RecordDialog):
    """Funds brought: the amount in 万元, the day, who, from where, for what."""

    def __init__(self, store: Store, fund: work.Fund, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.store = store
        self.fund = fund
        self.setWindowTitle(self.tr("Funds"))
        self.amount = QLineEdit(helper_text.wan(fund.amount_wan) if fund.amount_wan else "",
                                self)
        self.amount.setPlaceholderText(self.tr("e.g. 12.5"))
        self.day = date_edit(self, fund.day or None, future=True)
        self.helper = pickers.HelperPicker(store, self, helper_id=fund.helper_id)
        self.source = QLineEdit(fund.source, self)
        self.use = QLineEdit(fund.use, self)
        for label, widget in ((helper_text.field_name("amount_wan"), self.amount),
                              (helper_text.field_name("day"), self.day),
                              (self.tr("Brought by"), self.helper),
                              (self.tr("Source"), self.source), (self.tr("Use"), self.use)):
            self.form.addRow(label, widget)
        self.resize(560, 300)

    def save(self) -> None:
        fund = self.fund
        fund.amount_wan = work.wan(self.amount.text()) or 0.0
        fund.day, fund.helper_id = day_of(self.day).isoformat(), self.helper.value()
        fund.source, fund.use = self.source.text().strip(), self.use.text().strip()
        work.save_fund(self.store, fund)


class ProjectDialog(RecordDialog):
    """A livelihood project: name, budget, state, dates, description and photos."""

    def __init__(self, store: Store, project: work.Project,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.store = store
        self.project = project
        self.setWindowTitle(self.tr("Livelihood project"))
        self.name = QLineEdit(project.name, self)
        self.budget = QLineEdit(helper_text.wan(project.budget_wan)
                                if project.budget_wan is not None else "", self)
        self.state = QComboBox(self)
        for state in work.PROJECT_STATES:
            self.state.addItem(helper_text.project_state(state), state)
        self.state.setCurrentIndex(max(0, self.state.findData(project.state)))
        self.start = pickers.optional_date(self, project.start)
        self.finish = pickers.optional_date(self, project.finish)
        self.helper = pickers.HelperPicker(store, self, helper_id=project.helper_id)
        self.description = _text(self, project.description)
        self.photos = PhotoStrip(store, "", self)
        self.photos.set_entries(project.attachments)
        self.photos.failed.connect(lambda text: errors.warn(self, text))
        for label, widget in ((self.tr("Project"), self.name),
                              (helper_text.field_name("budget_wan"), self.budget),
                              (helper_text.field_name("state"), self.state),
                              (helper_text.field_name("start"), self.start),
                              (helper_text.field_name("finish"), self.finish),
                              (self.tr("Helper"), self.helper),
                              (self.tr("Description"), self.description),
                              (self.tr("Photos"), self.photos)):
            self.form.addRow(label, widget)
        self.resize(640, 560)

    def save(self) -> None:
        if self.photos.pending:
            raise HelperError("photos", "pending")
        project = self.project
        project.name, project.state = self.name.text(), str(self.state.currentData())
        project.budget_wan = work.wan(self.budget.text(), "budget_wan", optional=True)
        project.start = self.start.text().strip() or None
        project.finish = self.finish.text().strip() or None
        project.helper_id = self.helper.value()
        project.description = self.description.toPlainText().strip()
        project.attachments = self.photos.entries
        work.save_project(self.store, project)
