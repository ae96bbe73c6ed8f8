"""The main window's list pages: compounds, inspections (with filters) and findings.

Typing in a search box re-runs the query after a short pause (``FILTER_DELAY_MS``), so a
fast typist does not wait for one query per key; Down or Enter goes on to the list. An
empty store shows what to do first instead of an empty list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.forms import checklists
from storage.store.db import Store
from ui import tables
from ui.lists.models import (
    ROLE_ID,
    CompoundsModel,
    FindingsModel,
    InspectionFilter,
    InspectionsModel,
)

FILTER_DELAY_MS = 250


def selected_id(table: QTableView) -> str:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return str(rows[0].data(ROLE_ID)) if rows else ""


def go_to_list(table: QTableView) -> None:
    """Move from a search field to its list: the focus, and the first row selected."""
    table.setFocus(Qt.FocusReason.TabFocusReason)
    if table.model() is not None and table.model().rowCount() and not table.selectionModel()\
            .hasSelection():
        table.selectRow(0)


class SearchBox(QLineEdit):
    """A search field that reports its text once typing pauses; Down or Enter leave it."""

    search = Signal(str)
    leave = Signal()  # Down or Enter: the list below should take over

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.emit_now)
        self.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self, _text: str) -> None:
        self.timer.start()

    def emit_now(self) -> None:
        self.timer.stop()
        self.search.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.timer.isActive():
                self.emit_now()  # the list shows what was typed before taking the focus
            self.leave.emit()
            return
        super().keyPressEvent(event)


class FirstRunGuide(QWidget):
    """What an officer with an empty store can do: import the supervisor's package or the
    compound register, or add a compound by hand. ``chosen`` names the command."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("This store has no compounds yet."), self)
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        text = QLabel(self.tr(
            "Start with the workbook your supervisor sent (the package with your compounds, "
            "their open findings and the checklists), or the compound register in Excel, or "
            "add a compound by hand."), self)
        text.setWordWrap(True)
        self.buttons = {
            "import_package": QPushButton(self.tr("Import the supervisor's &package…"), self),
            "import_register": QPushButton(self.tr("Import the compound re&gister…"), self),
            "add": QPushButton(self.tr("&Add a compound by hand…"), self),
        }
        row = QHBoxLayout()
        for command, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, name=command: self.chosen.emit(name))
            button.setVisible(command == "add")  # the others once provided (offer)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)  # the words and buttons stay together at the top

    def offer(self, command: str) -> None:
        """Show the button of a command another part of XunCha provides."""
        if command in self.buttons:
            self.buttons[command].setVisible(True)


class CompoundsView(QWidget):
    """Compounds, searchable by name, district and street; Enter opens the compound page."""

    open_compound = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CompoundsModel(store, self)
        self.search = SearchBox(self.tr("Search by name, district or street (Ctrl+F)"), self)
        self.search.search.connect(self.model.set_text)
        self.table = tables.table(self.model, self)
        self.search.leave.connect(lambda: go_to_list(self.table))
        self.table.activated.connect(self._on_activated)
        self.table.setColumnWidth(0, 220)
        self.count = QLabel(self)
        self.guidance = FirstRunGuide(self)
        self.model.modelReset.connect(self._show_count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.guidance)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("Compounds: {count}").format(count=self.model.total))
        empty = self.model.total == 0 and not self.model.text.strip()
        self.guidance.setVisible(empty)
        self.search.setVisible(not empty)
        self.table.setVisible(not empty)
        self.count.setVisible(not empty)

    def _on_activated(self, index: QModelIndex) -> None:
        self.open_compound.emit(str(index.siblingAtColumn(0).data(ROLE_ID)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def _day(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


class InspectionFilterBar(QWidget):
    """Checklist, state, date range, officer, compound and free text."""

    changed = Signal()

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = QComboBox(self)
        self.checklist.addItem(self.tr("All checklists"), "")
        for stored in checklists.latest(store):
            self.checklist.addItem(stored.title_en if language == "en" and stored.title_en
                                   else stored.title, stored.form_id)
        self.state = QComboBox(self)
        for text, value in ((self.tr("Any state"), ""), (self.tr("Drafts"), "draft"),
                            (self.tr("Final"), "final")):
            self.state.addItem(text, value)
        self.use_dates = QCheckBox(self.tr("From"), self)
        self.date_from = QDateEdit(QDate(clock.today_local()).addMonths(-1), self)
        self.date_to = QDateEdit(QDate(clock.today_local()), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self.changed)
        self.use_dates.toggled.connect(self._on_dates_toggled)
        self.officer = QComboBox(self)
        self.officer.addItem(self.tr("All officers"), "")
        for (name,) in store.db.execute(
                "SELECT DISTINCT officer FROM devices WHERE officer != '' ORDER BY officer"):
            self.officer.addItem(name, name)
        self.compound = QComboBox(self)
        self.compound.addItem(self.tr("All compounds"), "")
        self.compound.setMaximumWidth(220)
        for ident, name in store.db.execute(
                "SELECT id, name FROM compounds WHERE deleted = 0 ORDER BY name LIMIT 5000"):
            self.compound.addItem(name, ident)
        self.text = SearchBox(self.tr("Number, compound, officer, place… (Ctrl+F)"), self)
        self.text.search.connect(self.changed)
        for combo in (self.checklist, self.state, self.officer, self.compound):
            combo.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.text, self.checklist, self.state, self.officer, self.compound,
                       self.use_dates, self.date_from, QLabel(self.tr("to"), self),
                       self.date_to):
            layout.addWidget(widget)
        layout.setStretch(0, 1)

    def _on_dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def value(self) -> InspectionFilter:
        dates = self.use_dates.isChecked()
        return InspectionFilter(
            form_id=str(self.checklist.currentData() or ""),
            status=str(self.state.currentData() or ""),
            date_from=_day(self.date_from) if dates else None,
            date_to=_day(self.date_to) if dates else None,
            officer=str(self.officer.currentData() or ""),
            compound_id=str(self.compound.currentData() or ""),
            text=self.text.text())

    def set_compound(self, compound_id: str) -> None:
        self.compound.setCurrentIndex(max(0, self.compound.findData(compound_id)))


class InspectionsView(QWidget):
    """Every inspection, newest first, with the filter bar above."""

    open_inspection = Signal(str)

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InspectionsModel(store, language, self)
        self.filter_bar = InspectionFilterBar(store, language, self)
        self.filter_bar.changed.connect(self.apply_filter_now)
        self.table = tables.table(self.model, self)
        self.filter_bar.text.leave.connect(lambda: go_to_list(self.table))
        self.table.activated.connect(self._on_activated)
        for column, width in ((0, 190), (1, 130), (2, 150), (3, 170), (4, 80), (5, 90),
                              (6, 60)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel(self)
        self.end_button = QPushButton(self.tr("Jump to end"), self)
        self.end_button.clicked.connect(self.jump_to_end)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.modelReset.connect(self._show_count)
        self._show_count()

    def apply_filter_now(self) -> None:
        self.filter_bar.text.timer.stop()
        self.model.set_filter(self.filter_bar.value())

    def _show_count(self) -> None:
        self.count.setText(self.tr("Inspections: {count}").format(count=self.model.total))

    def _on_activated(self, index: QModelIndex) -> None:
        self.open_inspection.emit(str(index.siblingAtColumn(0).data(ROLE_ID)))

    def jump_to_end(self) -> None:
        """Show the oldest inspection: every row becomes known, only the last page is read."""
        self.model.reveal_all()
        self.table.scrollToBottom()
        if self.model.rowCount():
            self.table.selectRow(self.model.rowCount() - 1)

    def focus_search(self) -> None:
        self.filter_bar.text.setFocus()
        self.filter_bar.text.selectAll()


class FindingsView(QWidget):
    """Findings, open and overdue first; overdue rows are highlighted in red."""

    open_finding = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 today: dt.date | None = None, language: str = "zh") -> None:
        super().__init__(parent)
        self.model = FindingsModel(store, self, today=today, language=language)
        self.show_combo = QComboBox(self)
        for text, value in ((self.tr("Open findings"), FindingsModel.SHOW_OPEN),
                            (self.tr("All findings"), FindingsModel.SHOW_ALL),
                            (self.tr("Closed findings"), FindingsModel.SHOW_CLOSED)):
            self.show_combo.addItem(text, value)
        self.show_combo.currentIndexChanged.connect(self._on_show)
        self.search = SearchBox(self.tr("Number, compound, description, party… (Ctrl+F)"),
                                self)
        self.search.search.connect(lambda text: self.model.set_options(text=text))
        self.table = tables.table(self.model, self)
        self.search.leave.connect(lambda: go_to_list(self.table))
        self.table.activated.connect(self._on_activated)
        for column, width in ((0, 180), (1, 130), (2, 320), (3, 64), (4, 96), (5, 150),
                              (6, 90)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel(self)
        self.model.modelReset.connect(self._show_count)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._show_count()

    def _on_show(self) -> None:
        self.model.set_options(show=str(self.show_combo.currentData()))

    def _show_count(self) -> None:
        self.count.setText(self.tr("Findings: {count}").format(count=self.model.total))

    def _on_activated(self, index: QModelIndex) -> None:
        self.open_finding.emit(str(index.siblingAtColumn(0).data(ROLE_ID)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
