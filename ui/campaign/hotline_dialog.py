"""The hotline import: the file's column mapping to confirm, then the unmatched to resolve.

Reading and importing run on the thread pool with their own store connection; the
dialog hears of progress and results by signals only.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exports.campaign import hotline_import
from exports.spreadsheet import column_mapping
from storage.campaign import hotline, matching
from storage.inspection import compounds
from storage.store.db import Store
from ui import tables, worker
from ui.messages import campaign as campaign_text
from ui.tables import RowsModel


class HotlineImportDialog(QDialog):
    """Choose an export, check the mapping, import, then confirm aliases for the rest."""

    imported = Signal(object)  # the Report, once the work orders are in the store

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preview: hotline_import.Preview | None = None
        self.report: hotline_import.Report | None = None
        self.job: worker.Worker | None = None
        self.setWindowTitle(self.tr("Import 12345 hotline work orders"))
        self.resize(1100, 720)
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self._on_choose)
        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        self.mapping_form = QFormLayout(self.mapping_box)
        self.sample = QTableWidget(self)
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: dict[str, QComboBox] = {}
        self.progress = QProgressBar(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.unmatched = UnmatchedPanel(store, self)
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        run = QHBoxLayout()
        run.addWidget(self.progress, 1)
        run.addWidget(self.import_button)
        run.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(self.mapping_box)
        middle.addWidget(self.sample, 1)
        layout.addLayout(middle)
        layout.addLayout(run)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.unmatched, 2)

    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("12345 export"), "", self.tr(
            "Spreadsheets (*.xlsx *.xls *.csv *.ods)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> worker.Worker:
        """Read the file on the thread pool; the mapping appears when it is read."""
        self.file_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self.import_button.setEnabled(False)
        store_path = self.store.path
        self.job = worker.Worker(store_path,
                                 lambda own, _progress: hotline_import.inspect(own, path))
        self.job.signals.finished.connect(self._on_read)
        self.job.signals.failed.connect(self.summary.setText)
        self.job.signals.ended.connect(self._on_ended)
        return worker.start(self.job)

    def _on_read(self, preview: hotline_import.Preview) -> None:
        self.preview = preview
        layout = preview.layout
        self.file_label.setText(self.tr(
            "{name}: sheet {sheet}, header in row {row}, {rows} rows below; {how}.").format(
            name=preview.path.name, sheet=layout.sheet, row=layout.header_row + 1,
            rows=preview.total, how=self.tr("mapping remembered from an earlier import")
            if layout.remembered else self.tr("mapping guessed from the headers, check it")))
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = {}
        for field in column_mapping.HOTLINE_FIELDS:
            combo = QComboBox(self.mapping_box)
            combo.setMinimumContentsLength(8)
            combo.addItem(self.tr("(not in this file)"), -1)
            for index, header in enumerate(layout.headers):
                if header:
                    combo.addItem(header, index)
            combo.setCurrentIndex(max(0, combo.findData(layout.mapping.get(field, -1))))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.combos[field] = combo
            self.mapping_form.addRow(campaign_text.field_name(field), combo)
        self.import_button.setEnabled(True)
        self._on_mapping_changed()

    def _on_mapping_changed(self, *_: object) -> None:
        """Show the first rows as the mapping now reads them."""
        if self.preview is None:
            return
        self.preview.layout.mapping = self.mapping()
        fields = list(self.preview.layout.mapping)
        rows = self.preview.sample
        self.sample.clear()
        self.sample.setColumnCount(len(fields))
        self.sample.setRowCount(len(rows))
        self.sample.setHorizontalHeaderLabels([campaign_text.field_name(f) for f in fields])
        first = self.preview.layout.header_row + 2  # the rows' numbers in the spreadsheet
        self.sample.setVerticalHeaderLabels([str(first + r) for r in range(len(rows))])
        for r, values in enumerate(rows):
            for c, field in enumerate(fields):
                self.sample.setItem(r, c, QTableWidgetItem(values.get(field, "")))

    def mapping(self) -> dict[str, int]:
        return {field: combo.currentData() for field, combo in self.combos.items()
                if combo.currentData() is not None and combo.currentData() >= 0}

    def _on_import(self) -> worker.Worker | None:
        if self.preview is None:
            return None
        self.preview.layout.mapping = self.mapping()
        preview, store_path, who = self.preview, self.store.path, getpass.getuser()
        self.job = worker.Worker(store_path, lambda own, progress: hotline_import.run(
            own, preview, who=who, progress=progress))
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(self._on_imported)
        self.job.signals.failed.connect(self.summary.setText)
        self.job.signals.ended.connect(self._on_ended)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        return worker.start(self.job)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_imported(self, report: hotline_import.Report) -> None:
        self.report = report
        self.import_button.setEnabled(False)  # once is enough; read the file again for more
        self.summary.setText(campaign_text.import_summary(report))
        self.problems.clear()
        self.problems.addItems([campaign_text.problem(p) for p in report.problems])
        self.unmatched.refresh()
        self.imported.emit(report)

    def _on_ended(self) -> None:
        """The job is over, whatever came of it (before its result or its error)."""
        self.cancel_button.setEnabled(False)
        self.import_button.setEnabled(self.preview is not None)


class UnmatchedPanel(QGroupBox):
    """Texts no compound was matched to; pick the compound and confirm the alias once."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setTitle(self.tr("Work orders without a compound"))
        self.model = RowsModel([
            (self.tr("Written as"), lambda u: u.text), (self.tr("District"), lambda u: u.district),
            (self.tr("Street"), lambda u: u.street), (self.tr("Work orders"), lambda u: u.count)],
            self)
        self.table = tables.table(self.model, self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search compounds by name"))
        self.search.textChanged.connect(self._on_search)
        self.choice = QComboBox(self)
        self.choice.setMinimumContentsLength(24)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.only_district = QCheckBox(self.tr("only in this district"), self)
        self.confirm_button = QPushButton(self.tr("Confirm as alias"), self)
        self.confirm_button.clicked.connect(self._on_confirm)
        row = QHBoxLayout()
        for widget in (self.search, self.choice, self.only_district, self.confirm_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(hotline.unmatched(self.store))

    def _selected(self) -> hotline.Unmatched | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selected(self, *_: object) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        candidates = matching.Matcher(self.store).candidates(chosen.text, chosen.district,
                                                             chosen.street)
        self._offer([compounds.get(self.store, c.id) for c in candidates]
                    or compounds.search(self.store, chosen.text[:2], district=chosen.district,
                                        limit=50))

    def _on_search(self, text: str) -> None:
        self._offer(compounds.search(self.store, text.strip(), limit=50) if text.strip()
                    else [])

    def _offer(self, found: list[compounds.Compound]) -> None:
        self.choice.clear()
        for compound in found:
            self.choice.addItem(f"{compound.name} ({compound.district} {compound.street})",
                                compound.id)

    def _on_confirm(self) -> None:
        chosen, compound_id = self._selected(), self.choice.currentData()
        if chosen is None or not compound_id:
            return
        matching.confirm_alias(self.store, chosen.text, compound_id, who=getpass.getuser(),
                               district=chosen.district if self.only_district.isChecked()
                               else "", street=chosen.street)
        self.refresh()
