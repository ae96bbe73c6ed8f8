"""The list of questions beside the form (as ODK's hierarchy view): where each one stands.

Every item that applies is listed in form order under its section, marked answered,
unanswered or failed (non-compliant); clicking one moves the form to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from storage.forms import validate
from storage.forms.xlsform import Group, Item, Repeat
from ui.form.renderer import FormView

ANSWERED, UNANSWERED, FAILED = "answered", "unanswered", "failed"
MARKS = {ANSWERED: "✓", UNANSWERED: "○", FAILED: "✗"}
COLOURS = {ANSWERED: QColor("#1b7f3b"), UNANSWERED: QColor("#6b6b6b"),
           FAILED: QColor("#b00020")}
ROLE_ITEM = Qt.ItemDataRole.UserRole + 1


def statuses(form: FormView) -> dict[str, str]:
    """The state of each item that applies and asks for something (notes are left out)."""
    applies = validate.relevant(form.checklist, form.answers, form.today)
    failing = {where for where, _ in validate.failing(form.checklist, form.answers,
                                                      form.today)}
    unanswered = set(form.unanswered())
    return {item.name: FAILED if item.name in failing else
            UNANSWERED if item.name in unanswered else ANSWERED
            for item in form.checklist.items if applies.get(item.name) and item.type != "note"}


class QuestionList(QTreeWidget):
    """Sections and their items with a mark each; ``item_chosen`` names the item clicked."""

    item_chosen = Signal(str)

    def __init__(self, form: FormView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F3 and Tab walk the form itself
        self.entries: dict[str, QTreeWidgetItem] = {}
        self._fill(form.checklist.children, self.invisibleRootItem())
        self.expandAll()
        self.itemClicked.connect(self._on_clicked)
        form.answers_changed.connect(self.refresh)
        form.refreshed.connect(self.refresh)
        self.refresh()

    def _fill(self, children: Sequence[Item | Group | Repeat],
              parent: QTreeWidgetItem) -> None:
        for child in children:
            if isinstance(child, Repeat):  # its blocks come and go: the section, to jump to
                entry = QTreeWidgetItem(parent, [child.label(self.form.language)])
                entry.setData(0, ROLE_ITEM, child.name)
                continue
            if isinstance(child, Group):
                section = QTreeWidgetItem(parent, [child.label(self.form.language)])
                section.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = section.font(0)
                font.setBold(True)
                section.setFont(0, font)
                self._fill(child.children, section)
            elif child.type != "note":
                entry = QTreeWidgetItem(parent, [child.label(self.form.language)])
                entry.setData(0, ROLE_ITEM, child.name)
                entry.setToolTip(0, child.label(self.form.language))
                self.entries[child.name] = entry

    def refresh(self) -> None:
        """Marks and visibility from the answers as they stand."""
        found = statuses(self.form)
        for name, entry in self.entries.items():
            state = found.get(name)
            entry.setHidden(state is None)
            if state is None:
                continue
            label = self.form.rows[name].item.label(self.form.language)
            entry.setText(0, f"{MARKS[state]} {label}")
            entry.setForeground(0, QBrush(COLOURS[state]))
            entry.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{self._word(state)}: {label}")
        for n in range(self.topLevelItemCount()):
            section = self.topLevelItem(n)
            if section is not None and section.childCount():
                children = [section.child(k) for k in range(section.childCount())]
                section.setHidden(all(c is None or c.isHidden() for c in children))

    def _word(self, state: str) -> str:
        return {ANSWERED: self.tr("answered"), UNANSWERED: self.tr("unanswered"),
                FAILED: self.tr("failed")}[state]

    def counts(self) -> dict[str, int]:
        """How many items are answered, unanswered and failed."""
        found = statuses(self.form)
        return {state: sum(1 for s in found.values() if s == state) for state in MARKS}

    def _on_clicked(self, entry: QTreeWidgetItem, _column: int) -> None:
        name = entry.data(0, ROLE_ITEM)
        if name:
            self.form.focus_item(str(name))
            self.item_chosen.emit(str(name))
