"""At start-up: the drafts left open (perhaps by a flat battery), offered for resuming."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage import clock
from storage.forms import checklists
from storage.inspection import compounds, inspections
from storage.store.db import Store


class DraftsDialog(QDialog):
    """Lists drafts, newest first, all ticked; Resume opens the ticked ones."""

    def __init__(self, store: Store, drafts: list[inspections.Inspection],
                 language: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unfinished inspections"))
        intro = QLabel(self.tr("These inspections were not finalised. Resume them?"), self)
        self.list = QListWidget(self)
        for draft in drafts:
            compound = compounds.get(store, draft.compound_id).name
            checklist = checklists.load(store, draft.checklist_version_id)
            item = QListWidgetItem(self.tr("{number} · {compound} · {checklist} · {when}")
                                   .format(number=draft.number, compound=compound,
                                           checklist=checklist.display_title(language),
                                           when=clock.local_text(draft.started_at)))
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self.list.count() < 3
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Resume"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def chosen(self) -> list[str]:
        return [str(self.list.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.CheckState.Checked]
