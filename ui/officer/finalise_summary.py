"""The summary before 定稿: what failed, the findings raised, photos, what is still missing.

As in SafetyCulture, the officer sees the whole inspection at a glance and confirms; while
a required answer is missing or breaks a rule, the summary lists it and finalising waits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.forms import validate
from storage.forms.xlsform import Checklist, split_path

ROLE_ITEM = Qt.ItemDataRole.UserRole + 1


@dataclass
class Summary:
    """What finalising would lock in (item names in form order)."""

    failed: list[str] = field(default_factory=list)
    without_finding: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)  # numbers of the findings raised
    photos: int = 0
    problems: list[validate.Problem] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)  # optional items left empty


def summarise(checklist: Checklist, answers: dict[str, object], *, attached: set[str],
              recorded: dict[str, str], findings: list[str], photos: int,
              unanswered: list[str], today: object = None) -> Summary:
    """The summary of an inspection about to be finalised."""
    problems = validate.validate(checklist, answers, attached=attached, today=today)  # type: ignore[arg-type]
    failing = validate.failing(checklist, answers, today)  # type: ignore[arg-type]
    wanting = {p.item for p in problems}
    return Summary(
        failed=[where for where, _ in failing],
        without_finding=[where for where, item in failing
                         if item.severity and where not in recorded],
        findings=findings, photos=photos, problems=problems,
        unanswered=[name for name in unanswered if name not in wanting])


class FinaliseSummary(QDialog):
    """Shows the summary; Finalise is offered once nothing required is missing.

    ``chosen_item`` is the item the officer asked to go back to ('' if none).
    """

    def __init__(self, summary: Summary, checklist: Checklist, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.chosen_item = ""
        self.setWindowTitle(self.tr("Before finalising"))
        self.facts = QLabel(self.tr(
            "Failed items: {failed} · findings raised: {findings} · photos: {photos} · "
            "required answers missing or invalid: {problems}").format(
            failed=len(summary.failed), findings=len(summary.findings), photos=summary.photos,
            problems=len(summary.problems)), self)
        self.facts.setWordWrap(True)
        self.hint = QLabel(self.tr("Double-click an item to go back to it in the form."), self)
        self.hint.setStyleSheet("color: #666666;")
        self.list = QListWidget(self)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemDoubleClicked.connect(self._on_activated)
        self._fill(summary, {item.name: item.label(language) for item in checklist.all_items})
        self.buttons = QDialogButtonBox(self)
        self.confirm = QPushButton(self.tr("&Finalise"), self)
        self.back = QPushButton(self.tr("&Back to the form"), self)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.back, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.setEnabled(not summary.problems)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        (self.back if summary.problems else self.confirm).setDefault(True)
        self.resize(560, 460)

    def _fill(self, summary: Summary, label: dict[str, str]) -> None:
        """A section per kind of entry, each entry naming its item (to go back to it)."""
        def items(paths: list[str]) -> list[tuple[str, str]]:
            """(label, path) of answers; one in a repeat block names its block's number."""
            return [(_label(label, where), where) for where in paths]

        sections = (
            (self.tr("Needs an answer before finalising"),
             items([p.item for p in summary.problems])),
            (self.tr("Failed, no finding recorded"), items(summary.without_finding)),
            (self.tr("Failed"), items([n for n in summary.failed
                                        if n not in summary.without_finding])),
            (self.tr("Findings raised"), [(number, "") for number in summary.findings]),
            (self.tr("Not answered (optional)"), items(summary.unanswered)),
        )
        for title, entries in sections:
            if entries:
                self._section(title, entries)

    def _section(self, title: str, entries: list[tuple[str, str]]) -> None:
        heading = QListWidgetItem(f"{title} ({len(entries)})")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(heading)
        for text, name in entries:
            entry = QListWidgetItem("    " + text)
            entry.setData(ROLE_ITEM, name)
            self.list.addItem(entry)

    def _on_activated(self, entry: QListWidgetItem) -> None:
        name = entry.data(ROLE_ITEM)
        if name:
            self.chosen_item = str(name)
            self.reject()


def _label(labels: dict[str, str], where: str) -> str:
    """An answer's label: its item's, and the block it is in (``违建 #2``)."""
    blocks, name = split_path(where)
    text = labels.get(name, name)
    if blocks:
        text += " " + " ".join(f"{labels.get(repeat, repeat)}" for repeat, _ in blocks)
    return text
