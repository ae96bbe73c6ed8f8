"""Importing the helpers' roster: the mapping to confirm, a dry run, then the import."""

from __future__ import annotations

import dataclasses
import getpass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from exports.roster import roster_file
from storage.store.db import Store
from ui import import_dialog, mapping, worker
from ui.mapping import MappingBox
from ui.messages import helpers as helper_text


class RosterImportDialog(import_dialog.FileImportDialog):
    """Choose the roster, check the columns (phones belong to the person on their left),
    try it (nothing written), import it."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent, dry_run=True)
        self.setWindowTitle(self.tr("Import the helpers' roster"))
        self.resize(1100, 720)
        self.columns = MappingBox(roster_file.ALL_FIELDS, helper_text.field_name, self)
        self.show_above_run(self.columns, 2)

    def file_kinds(self) -> tuple[str, str]:
        return self.tr("Helpers' roster"), self.tr("Spreadsheets (*.xlsx *.xls *.csv *.ods)")

    def read_job(self, path: Path) -> worker.Job:
        return lambda own, _progress: roster_file.inspect(own, path)

    def show_preview(self, preview: roster_file.Preview) -> None:
        layout = preview.layout
        self.file_label.setText(mapping.describe(preview.path, layout, len(preview.rows)))
        labels = [roster_file.column_label(layout.headers, n) for n in range(len(layout.headers))]
        self.columns.set_source(labels, layout.mapping, preview.rows[:20], layout.header_row + 2,
                                lambda chosen, row: roster_file.values(
                                    dataclasses.replace(layout, mapping=chosen), row))

    def import_job(self, source: roster_file.Preview, *, dry_run: bool) -> worker.Job:
        source.layout.mapping = self.columns.mapping()
        who = getpass.getuser()
        return lambda own, progress: roster_file.run(own, source, who=who, dry_run=dry_run,
                                                     progress=progress)

    def show_report(self, report: roster_file.Report, *, dry_run: bool) -> None:
        text = helper_text.import_summary(report)
        self.tell(self.tr("Tried, nothing written: {text}").format(text=text) if dry_run
                  else text, [helper_text.problem(p) for p in report.problems])
