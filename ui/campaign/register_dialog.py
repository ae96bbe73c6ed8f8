"""Importing the register of compounds (小区台账) from a spreadsheet, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from exports.campaign import register
from storage.store.db import Store
from ui import import_dialog, worker
from ui.messages import campaign as campaign_text


class CompoundsImportDialog(import_dialog.FileImportDialog):
    """Choose the register, import it, see what changed and which rows were refused."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent, preview=False)
        self.file_label.setText(self.tr(
            "A spreadsheet with one row per compound: 小区名称, 区县, 街道, 社区, 地址, "
            "物业公司, 户数, 党支部类型, 书记专职, 别名."))
        self.choose_button.setText(self.tr("Choose file and import…"))
        self.setWindowTitle(self.tr("Import the register of compounds"))
        self.resize(720, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.body.addWidget(buttons)

    def file_kinds(self) -> tuple[str, str]:
        return (self.tr("Register of compounds"),
                self.tr("Spreadsheets (*.xlsx *.xls *.csv *.ods)"))

    def import_job(self, source: Path, *, dry_run: bool) -> worker.Job:
        who = self.store.officer
        return lambda own, progress: register.import_file(own, source, who=who,
                                                          progress=progress)

    def show_report(self, report: register.Report, *, dry_run: bool) -> None:
        counts = {k: v for k, v in report.as_dict().items() if k != "problems"}
        self.tell(self.tr("{rows} rows: {added} new, {updated} updated, {unchanged} unchanged, "
                          "{aliases} aliases, {problems} refused.").format(
                              problems=len(report.problems), **counts),
                  [campaign_text.problem(p) for p in report.problems])
