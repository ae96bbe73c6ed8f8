"""The one way a person confirms which column holds what: a combo per field over the file's
headers, beside the first rows as the mapping reads them (hotline and roster imports)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from exports.spreadsheet import column_mapping

Read = Callable[[dict[str, int], list[Any]], dict[str, str]]  # mapping, row -> values


def describe(path: Path, layout: column_mapping.Layout, rows: int) -> str:
    """Where the file's table was found, how many rows, and whether the mapping was seen before."""
    how = (QCoreApplication.translate("MappingBox", "mapping remembered from an earlier import")
           if layout.remembered else
           QCoreApplication.translate("MappingBox", "mapping guessed from the headers, check it"))
    return QCoreApplication.translate(
        "MappingBox", "{name}: sheet {sheet}, header in row {row}, {rows} rows below; {how}."
    ).format(name=path.name, sheet=layout.sheet, row=layout.header_row + 1, rows=rows, how=how)


class MappingBox(QWidget):
    """Fields on the left (each a combo of headers), the sample rows on the right."""

    changed = Signal()

    def __init__(self, fields: Sequence[str], name: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields, self.name = list(fields), name
        self.box = QGroupBox(self.tr("Columns"), self)
        self.form = QFormLayout(self.box)
        self.sample = QTableWidget(self)
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: dict[str, QComboBox] = {}
        self._rows: list[list[Any]] = []
        self._first = 1
        self._read: Read | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.sample, 1)

    def set_source(self, labels: Sequence[str], mapping: dict[str, int], rows: list[list[Any]],
                   first: int, read: Read) -> None:
        """The file's columns (``labels``, as people name them), the mapping found, its
        first rows (``first``: the first one's number in the file) and how a row reads."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos, self._rows, self._first, self._read = {}, rows, first, read
        for field in self.fields:
            combo = QComboBox(self.box)
            combo.setMinimumContentsLength(8)
            combo.addItem(self.tr("(not in this file)"), -1)
            for index, label in enumerate(labels):
                if label:
                    combo.addItem(label, index)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field, -1))))
            combo.currentIndexChanged.connect(self._on_changed)
            self.combos[field] = combo
            self.form.addRow(self.name(field), combo)
        self._on_changed()

    def mapping(self) -> dict[str, int]:
        return {field: combo.currentData() for field, combo in self.combos.items()
                if combo.currentData() is not None and combo.currentData() >= 0}

    def _on_changed(self, *_: object) -> None:
        """Show the first rows as the mapping now reads them."""
        mapping = self.mapping()
        fields = list(mapping)
        self.sample.clear()
        self.sample.setColumnCount(len(fields))
        self.sample.setRowCount(len(self._rows))
        self.sample.setHorizontalHeaderLabels([self.name(f) for f in fields])
        self.sample.setVerticalHeaderLabels([str(self._first + r)
                                             for r in range(len(self._rows))])
        for r, row in enumerate(self._rows):
            values = self._read(mapping, row) if self._read else {}
            for c, field in enumerate(fields):
                self.sample.setItem(r, c, QTableWidgetItem(values.get(field, "")))
        self.changed.emit()
