"""The hotline import: the file's column mapping to confirm, then the unmatched to resolve.

Reading and importing run on the thread pool with their own store connection; the
dialog hears of progress and results by signals only.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.campaign import hotline_file, hotline_import
from exports.spreadsheet import column_mapping
from storage.campaign import hotline, matching
from storage.inspection import compounds
from storage.store.db import Store
from ui import import_dialog, mapping, tables, worker
from ui.mapping import MappingBox
from ui.messages import campaign as campaign_text
from ui.tables import RowsModel


class HotlineImportDialog(import_dialog.FileImportDialog):
    """Choose an export, check the mapping, import, then confirm aliases for the rest."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent, cancel=True)
        self.setWindowTitle(self.tr("Import 12345 hotline work orders"))
        self.resize(1100, 720)
        self.columns = MappingBox(list(column_mapping.HOTLINE_FIELDS),
                                  campaign_text.field_name, self)
        self.sample = self.columns.sample
        self.show_above_run(self.columns)
        self.unmatched = UnmatchedPanel(store, self)
        self.body.addWidget(self.unmatched, 2)

    def file_kinds(self) -> tuple[str, str]:
        return self.tr("12345 export"), self.tr("Spreadsheets (*.xlsx *.xls *.csv *.ods)")

    def read_job(self, path: Path) -> worker.Job:
        return lambda own, _progress: hotline_import.inspect(own, path)

    def show_preview(self, preview: hotline_import.Preview) -> None:
        layout = preview.layout
        self.file_label.setText(mapping.describe(preview.path, layout, preview.total))
        self.columns.set_source(
            layout.headers, layout.mapping, preview.sample_rows, layout.header_row + 2,
            lambda chosen, row: hotline_file.fields(dataclasses.replace(layout,
                                                                        mapping=chosen), row))

    @property
    def combos(self) -> dict[str, QComboBox]:
        return self.columns.combos

    def mapping(self) -> dict[str, int]:
        return self.columns.mapping()

    def import_job(self, source: hotline_import.Preview, *, dry_run: bool) -> worker.Job:
        source.layout.mapping = self.mapping()
        who = self.store.officer
        return lambda own, progress: hotline_import.run(own, source, who=who, dry_run=dry_run,
                                                        progress=progress)

    def show_report(self, report: hotline_import.Report, *, dry_run: bool) -> None:
        self.tell(campaign_text.import_summary(report),
                  [campaign_text.problem(p) for p in report.problems])
        self.unmatched.refresh()


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
        matching.confirm_alias(self.store, chosen.text, compound_id, who=self.store.officer,
                               district=chosen.district if self.only_district.isChecked()
                               else "", street=chosen.street)
        self.refresh()
