"""The helpers in one tab: an area's totals, then its compounds, people, projects, visits
and funds as lists."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exports.roster import roster_file
from storage.helpers import people, summary, work
from storage.inspection import compounds
from storage.store.db import Store
from ui import errors, tables
from ui.helpers.dialogs import HelperDialog, ProjectDialog
from ui.helpers.import_dialog import RosterImportDialog
from ui.messages import helpers as helper_text
from ui.tables import Query, QueryModel, RowsModel


def _area_where(area: summary.Area, alias: str = "c") -> tuple[list[str], list[Any]]:
    where, params = area.where(alias)
    return [where], list(params)


class HelpersPanel(QWidget):
    """Choose an area; its figures, its compounds with their helpers, and the records."""

    open_compound = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.district = QComboBox(self)
        self.street = QComboBox(self)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.compounds = RowsModel([
            (self.tr("Compound"), lambda r: r[0].name), (self.tr("District"),
                                                         lambda r: r[0].district),
            (self.tr("Street"), lambda r: r[0].street),
            (helper_text.role_name("leader"), lambda r: r[1].leader),
            (helper_text.role_name("secretary"), lambda r: r[1].secretary),
            (helper_text.role_name("unit"), lambda r: r[1].units),
            (self.tr("Projects"), lambda r: r[1].projects),
            (self.tr("Funds (10,000 yuan)"), lambda r: helper_text.wan(r[1].funds_wan))], self)
        self.compounds_table = tables.table(self.compounds, self, fit_columns=True)
        self.compounds_table.activated.connect(self._on_compound)
        self.lists: dict[str, QueryModel] = {}
        self.views: dict[str, QTableView] = {}
        self._layout()
        self._fill_districts()
        self.refresh()

    def _layout(self) -> None:
        self.district.currentIndexChanged.connect(self._on_district)
        self.street.currentIndexChanged.connect(lambda *_: self.refresh())
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Area:"), self), self.district, self.street):
            top.addWidget(widget)
        top.addStretch(1)
        for text, slot in ((self.tr("Add person or unit…"), self.add_person),
                           (self.tr("Import roster…"), self.import_roster),
                           (self.tr("Roster template…"), self._on_template)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            top.addWidget(button)
        self.tabs.addTab(self.compounds_table, self.tr("Compounds"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.tabs, 1)

    def _fill_districts(self) -> None:
        self.district.blockSignals(True)
        self.district.addItem(self.tr("The whole city"), "")
        for (name,) in self.store.db.execute(
                "SELECT DISTINCT district FROM compounds WHERE deleted = 0 AND district <> ''"
                " ORDER BY district"):
            self.district.addItem(name, name)
        self.district.blockSignals(False)
        self._on_district()

    def _on_district(self, *_: object) -> None:
        self.street.blockSignals(True)
        self.street.clear()
        self.street.addItem(self.tr("every street"), "")
        district = self.district.currentData() or ""
        for (name,) in self.store.db.execute(
                "SELECT DISTINCT street FROM compounds WHERE deleted = 0 AND street <> ''"
                " AND (? = '' OR district = ?) ORDER BY street", [district, district]):
            self.street.addItem(name, name)
        self.street.blockSignals(False)
        self.refresh()

    def area(self) -> summary.Area:
        return summary.Area(self.district.currentData() or "", self.street.currentData() or "")

    def refresh(self) -> None:
        """Totals, compounds and lists of the chosen area (after any change)."""
        area = self.area()
        self.figures.setText("\n".join(helper_text.summary_lines(
            summary.summary(self.store, area))))
        by_compound = summary.by_compound(self.store)
        where, params = area.where("c")
        key = {row[0] for row in self.store.db.execute(
            "SELECT compound_id FROM campaign_events")}
        rows = self.store.db.execute(f"SELECT c.id FROM compounds c WHERE {where}"
                                     " ORDER BY c.district, c.street, c.name", params)
        self.compounds.set_rows([(compounds.get(self.store, ident), by_compound.get(
            ident, summary.CompoundHelpers(ident))) for (ident,) in rows
            if ident in by_compound or ident in key])
        for name, (query, headers, render) in self._queries(area).items():
            self._list(name, query, headers, render)

    def _list(self, name: str, query: Query, headers: Sequence[str],
              render: Any) -> None:
        if name in self.lists:
            self.lists[name].set_query(query)
            return
        model = QueryModel(self.store, query, headers, render, self)
        view = tables.table(model, self)
        view.setColumnWidth(0, 120)
        view.activated.connect(lambda index, n=name: self._on_activated(n, index))
        self.lists[name], self.views[name] = model, view
        titles = {"people": self.tr("People and units"), "projects": self.tr("Projects"),
                  "visits": self.tr("Visits"), "funds": self.tr("Funds")}
        self.tabs.addTab(view, titles[name])

    def _queries(self, area: summary.Area) -> dict[str, tuple[Query, list[str], Any]]:
        where, params = _area_where(area)
        owned = "JOIN compounds c ON c.id = {t}.compound_id"
        return {
            "people": (Query(
                "helpers h", "h.rowid", "h.role, h.name",
                "SELECT h.rowid, h.id, h.role, h.name, h.post, h.unit, h.contact, h.phone,"
                " h.district FROM helpers h WHERE h.rowid IN ({ids})",
                ["h.deleted = 0", "(? = '' OR h.district = ?)"],
                [area.district, area.district]),
                [self.tr("Role"), self.tr("Name or unit"), self.tr("Post"), self.tr("Unit"),
                 self.tr("Contact"), self.tr("Phone"), self.tr("District")],
                lambda r: (helper_text.role_name(r[2]), *r[3:])),
            "projects": (Query(
                f"livelihood_projects p {owned.format(t='p')}", "p.rowid",
                "coalesce(p.start, '9999') DESC, p.name",
                "SELECT p.rowid, p.id, c.name, p.name, p.state, p.budget_wan, p.start,"
                " p.finish FROM livelihood_projects p JOIN compounds c ON c.id ="
                " p.compound_id WHERE p.rowid IN ({ids})", ["p.deleted = 0", *where], params),
                [self.tr("Compound"), self.tr("Project"), self.tr("State"),
                 self.tr("Budget (10,000 yuan)"), self.tr("Start"), self.tr("Finish")],
                lambda r: (r[2], r[3], helper_text.project_state(r[4]),
                           helper_text.wan(r[5]), r[6] or "", r[7] or "")),
            "visits": (Query(
                f"helper_visits v {owned.format(t='v')}", "v.rowid", "v.day DESC",
                "SELECT v.rowid, v.id, v.day, c.name, coalesce(h.name, ''), v.purpose,"
                " v.decisions FROM helper_visits v JOIN compounds c ON c.id = v.compound_id"
                " LEFT JOIN helpers h ON h.id = v.helper_id WHERE v.rowid IN ({ids})",
                ["v.deleted = 0", *where], params),
                [self.tr("Day"), self.tr("Compound"), self.tr("Who came"),
                 self.tr("Looked at"), self.tr("Decided")], lambda r: r[2:]),
            "funds": (Query(
                f"helper_funds f {owned.format(t='f')}", "f.rowid", "f.day DESC",
                "SELECT f.rowid, f.id, f.day, c.name, f.amount_wan, f.source, f.use,"
                " coalesce(h.name, '') FROM helper_funds f JOIN compounds c ON c.id ="
                " f.compound_id LEFT JOIN helpers h ON h.id = f.helper_id"
                " WHERE f.rowid IN ({ids})", ["f.deleted = 0", *where], params),
                [self.tr("Day"), self.tr("Compound"), self.tr("Amount (10,000 yuan)"),
                 self.tr("Source"), self.tr("Use"), self.tr("Brought by")],
                lambda r: (r[2], r[3], helper_text.wan(r[4]), *r[5:])),
        }

    def _on_compound(self, index: QModelIndex) -> None:
        self.open_compound.emit(self.compounds.row_at(index.row())[0].id)

    def _on_activated(self, name: str, index: QModelIndex) -> None:
        ident = self.lists[name].raw(index.row())[1]
        if name == "people":
            self.edit_person(people.get(self.store, ident))
        elif name == "projects":
            if ProjectDialog(self.store, work.get_project(self.store, ident), self).exec():
                self.refresh()

    def add_person(self) -> None:
        if HelperDialog(self.store, None, self).exec():
            self.refresh()

    def edit_person(self, helper: people.Helper) -> None:
        if HelperDialog(self.store, helper, self).exec():
            self.refresh()

    def import_roster(self) -> RosterImportDialog:
        dialog = RosterImportDialog(self.store, self)
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.open()
        return dialog

    def _on_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Roster template"),
                                              self.tr("Three-ones helpers.xlsx"),
                                              self.tr("Workbooks (*.xlsx)"))
        if name:
            errors.attempt(self, lambda: roster_file.template(Path(name)))
