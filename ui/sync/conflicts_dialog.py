"""The conflicts view: each field changed differently on two machines, with base, ours and
theirs, and the supervisor's choice (confirm the provisional winner or flip it)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exports.sync import sheets
from storage import clock, kinds
from storage.forms import checklists, validate
from storage.store import conflicts, db, records, version_graph
from ui import errors, tables

_COLUMNS = "kind, record_id, field, candidates, winner, state, chosen_by"


class SyncConflictsDialog(QDialog):
    """The store's merge conflicts; choosing a value writes it as a new version."""

    def __init__(self, store: db.Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._current: conflicts.Conflict | None = None
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.resize(900, 600)
        self.show_all = QCheckBox(self.tr("Show resolved conflicts too"))
        self.model = self._model(everything=False)
        self.table = tables.table(self.model, self)
        self._watch_model()
        self.detail = QGroupBox(self.tr("Values"))
        self.base = QLabel()
        self.choices = QButtonGroup(self)
        self.choice_box = QVBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep the chosen value"))
        inner = QVBoxLayout(self.detail)
        inner.addWidget(self.base)
        inner.addLayout(self.choice_box)
        inner.addWidget(self.keep_button)
        close = QPushButton(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_all)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(close)
        layout.addLayout(row)
        self.show_all.toggled.connect(self._on_filter)
        self.keep_button.clicked.connect(self._on_keep)
        close.clicked.connect(self.accept)
        self._show(None)

    def _model(self, *, everything: bool) -> tables.QueryModel:
        states = ["open", "confirmed", "resolved"] if everything else ["open"]
        query = tables.Query(
            source="sync_conflicts", key=_COLUMNS, order="detected_at DESC, record_id, field",
            where=[f"state IN ({', '.join('?' * len(states))})"], params=states)
        return tables.QueryModel(self._store, query, [
            self.tr("Record"), self.tr("Field"), self.tr("Current value"), self.tr("Values"),
            self.tr("State")], self._render, self)

    def _on_filter(self, everything: bool) -> None:
        self.model = self._model(everything=everything)
        self.table.setModel(self.model)
        self._watch_model()
        self._show(None)

    def _watch_model(self) -> None:
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_selected)

    def _render(self, row: tuple[Any, ...]) -> list[Any]:
        kind, record_id, name, text, winner, state, chosen_by = row
        found = self._store.db.execute(
            f"SELECT {sheets.label_field(kind)} FROM {kinds.BY_NAME[kind].table} WHERE id = ?",
            [record_id]).fetchone()
        values = json.loads(text)
        current = next((v["value"] for v in values if v["version"] == winner), "")
        states = {"open": self.tr("open (provisional winner)"),
                  "confirmed": self.tr("confirmed"), "resolved": self.tr("resolved")}
        return [found[0] if found else record_id[:8], self._field_label(kind, record_id, name),
                _shown(current),
                " | ".join(_shown(v["value"]) for v in values), states.get(state, state)]

    def _field_label(self, kind: str, record_id: str, name: str) -> str:
        """The field's Chinese column header, as in the exported workbook."""
        if name.startswith("answers."):
            row = self._store.db.execute(
                "SELECT label FROM checklist_items WHERE item = ? AND checklist_version_id ="
                " (SELECT checklist_version_id FROM inspections WHERE id = ?)",
                [name[8:], record_id]).fetchone()
            return row[0] if row else name
        return sheets.field_labels(()).get(name, name)

    def _on_selected(self, current: Any, _: Any = None) -> None:
        if not current.isValid():
            self._show(None)
            return
        kind, record_id, name = self.model.raw(current.row())[:3]
        self._show(conflicts.get(self._store, kind, record_id, name))

    def _show(self, conflict: conflicts.Conflict | None) -> None:
        self._current = conflict
        for button in self.choices.buttons():
            self.choices.removeButton(button)
            button.deleteLater()
        self.detail.setEnabled(conflict is not None)
        if conflict is None:
            self.base.setText(self.tr("Choose a conflict above."))
            return
        kind = kinds.BY_NAME[conflict.kind]
        self.base.setText(self.tr("Base (the common version): {value}").format(
            value=_shown(conflicts.base_value(self._store, kind, conflict))))
        data = records.content(self._store, kind, conflict.record_id) or {}
        current = version_graph.fields(data).get(conflict.field, "")
        for candidate in conflict.candidates:
            role = self.tr("ours (in the store now)") if candidate.value == current \
                else self.tr("theirs")
            button = QRadioButton(self.tr("{role}: {value} — {device}, {time}").format(
                role=role, value=_shown(candidate.value), device=candidate.device_id[:8],
                time=clock.local_text(candidate.updated_at)))
            button.setProperty("version", candidate.version)
            button.setChecked(candidate.version == conflict.winner)
            self.choices.addButton(button)
            self.choice_box.addWidget(button)

    def _on_keep(self) -> None:
        button = self.choices.checkedButton()
        if self._current is None or button is None:
            return
        kind = kinds.BY_NAME[self._current.kind]
        try:
            conflicts.choose(self._store, kind, self._current, str(button.property("version")),
                             derive=self._rescore if kind.name == "inspection" else None)
        except Exception as error:  # noqa: BLE001 - worded, or a bug re-raised
            errors.show(self, error)
            return
        self.model.refresh()
        self._show(None)

    def _rescore(self, content: dict[str, Any]) -> dict[str, Any]:
        checklist = checklists.load(self._store, content["checklist_version_id"])
        return {**content, "score": validate.score(checklist, content["answers"])}


def _shown(value: Any) -> str:
    if value in (None, "", []):
        return "—"
    return "、".join(map(str, value)) if isinstance(value, list) else str(value)
