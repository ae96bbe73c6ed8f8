"""Renders a checklist as a form: sections for groups, blocks for repeats, live rules.

After every change the form asks ``storage.forms.validate`` which answers apply (rows
appear and vanish), what calculations give, which choices a cascading select offers,
which answers break a rule (the message shows under the item) and what the score is;
it decides nothing of that itself. Rows are keyed by the answer's path: the item's name,
or ``repeat[block id]/item`` inside a block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from storage.forms import validate, xlsform
from storage.forms.xlsform import BLOCK_ID, Checklist, Group, Item, Repeat
from storage.store.db import Store
from ui.form import editors
from ui.form.item_row import ItemRow
from ui.form.repeat_section import RepeatSection

MAX_WIDTH = 980
Chain = tuple[tuple[str, str], ...]
_SECTION_STYLE = ("QGroupBox { font-weight: bold; } QGroupBox QLabel, QGroupBox "
                  "QAbstractButton, QGroupBox QLineEdit { font-weight: normal; }")


class FormView(QScrollArea):
    """A checklist's items as a scrolling form; owns the answers and the item photos."""

    answers_changed = Signal()
    score_changed = Signal(object)  # float or None
    finding_requested = Signal(str)  # the answer's path
    photo_failed = Signal(str)

    def __init__(self, store: Store, checklist: Checklist, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.checklist = checklist
        self.language = language
        self.answers: dict[str, Any] = {}
        self.other_attachments: list[dict[str, str]] = []
        self.rows: dict[str, ItemRow] = {}
        self.sections: dict[str, QGroupBox] = {}
        self.repeat_sections: dict[str, RepeatSection] = {}
        self.recorded_findings: dict[str, str] = {}  # path -> number of its last finding
        self.today: dt.date | None = None
        self.context: validate.Context | None = None
        self.found: validate.State | None = None
        self.read_only = False
        self._loading = False
        self._photos: list[dict[str, str]] = []
        body = QWidget(self)
        body.setMaximumWidth(MAX_WIDTH)  # long lines are hard to read on a wide screen
        layout = QVBoxLayout(body)
        self._add_children(checklist.children, layout, body, ())
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    # -- building ------------------------------------------------------------------------

    def _add_children(self, children: Sequence[Item | Group | Repeat], layout: QVBoxLayout,
                      parent: QWidget, chain: Chain) -> None:
        for child in children:
            where = xlsform.path(child.name, chain)
            if isinstance(child, Group):
                box = QGroupBox(child.label(self.language), parent)
                box.setStyleSheet(_SECTION_STYLE)
                self.sections[where] = box
                self._add_children(child.children, QVBoxLayout(box), box, chain)
                layout.addWidget(box)
            elif isinstance(child, Repeat):
                layout.addWidget(self._add_repeat(child, where, parent, chain))
            else:
                layout.addWidget(self._add_row(child, where, parent))

    def _add_repeat(self, repeat: Repeat, where: str, parent: QWidget,
                    chain: Chain) -> RepeatSection:
        def fill(layout: QVBoxLayout, frame: QWidget, block: str) -> None:
            self._add_children(repeat.children, layout, frame, (*chain, (repeat.name, block)))

        section = RepeatSection(repeat, where, self.language, fill, parent)
        section.setStyleSheet(_SECTION_STYLE)
        section.add_requested.connect(self._on_add_block)
        section.remove_requested.connect(self._on_remove_block)
        section.set_read_only(self.read_only)
        self.repeat_sections[where] = section
        return section

    def _add_row(self, item: Item, where: str, parent: QWidget) -> ItemRow:
        row = ItemRow(item, where, self.language, self.store, parent)
        if row.editor is not None and not item.derived:
            chain, name = xlsform.split_path(where)
            row.editor.set_value(self._container(chain).get(name, ""))
        if row.editor is not None:
            row.editor.changed.connect(lambda path=where: self._on_edited(path))
        if row.photos is not None:
            row.photos.set_entries([a for a in self._photos if a.get("item") == where])
            row.photos.changed.connect(self._on_photos_changed)
            row.photos.failed.connect(self.photo_failed)
        row.finding_requested.connect(self.finding_requested)
        row.set_read_only(self.read_only)
        self.rows[where] = row
        return row

    # -- the answers and their blocks ----------------------------------------------------

    def _container(self, chain: Chain) -> dict[str, Any]:
        """The dict holding the answers of a block (the answers themselves at the top)."""
        container = self.answers
        for repeat, block in chain:
            container = next(b for b in self._blocks_in(container, repeat)
                             if b[BLOCK_ID] == block)
        return container

    @staticmethod
    def _blocks_in(container: dict[str, Any], repeat: str) -> list[dict[str, Any]]:
        if not isinstance(container.get(repeat), list):
            container[repeat] = []
        blocks: list[dict[str, Any]] = container[repeat]
        return blocks

    def _blocks(self, repeat_path: str) -> list[dict[str, Any]]:
        chain, name = xlsform.split_path(repeat_path)
        return self._blocks_in(self._container(chain), name)

    def _sync_blocks(self) -> None:
        """A frame for every block in the answers, nested repeats' too, in order."""
        done: set[str] = set()
        while pending := [p for p in self.repeat_sections if p not in done]:
            for where in pending:
                done.add(where)
                ids = [b[BLOCK_ID] for b in self._blocks(where)]
                self._drop_rows_of(where, keep=ids)
                self.repeat_sections[where].show_blocks(ids)

    def _drop_rows_of(self, repeat_path: str, keep: list[str]) -> None:
        """Forget the rows and nested sections of blocks that are gone."""
        gone = [b for b in self.repeat_sections[repeat_path].frames if b not in keep]
        for block in gone:
            prefix = f"{repeat_path}[{block}]/"
            for table in (self.rows, self.sections, self.repeat_sections):
                for where in [w for w in table if w.startswith(prefix)]:
                    del table[where]  # type: ignore[attr-defined]

    def _on_add_block(self, repeat_path: str) -> None:
        self.add_block(repeat_path)

    def add_block(self, repeat_path: str) -> str:
        """Add an empty block (its items' defaults filled in); returns its id."""
        blocks = self._blocks(repeat_path)
        block = {BLOCK_ID: validate.new_block_id(blocks)}
        blocks.append(block)
        self._sync_blocks()
        self._fill_defaults(f"{repeat_path}[{block[BLOCK_ID]}]/")
        self.refresh()
        if not self._loading:
            self.answers_changed.emit()
        return block[BLOCK_ID]

    def _fill_defaults(self, prefix: str) -> None:
        found = self._state()
        for where, value in found.defaults.items():
            row = self.rows.get(where)
            if not where.startswith(prefix) or row is None:
                continue
            chain, name = xlsform.split_path(where)
            try:
                typed = validate.coerce(row.item, value)
            except validate.CoercionError:
                continue
            if typed not in ("", []):
                self._container(chain)[name] = typed
                if row.editor is not None:
                    row.editor.set_value(typed)

    def _on_remove_block(self, repeat_path: str, block: str) -> None:
        blocks = self._blocks(repeat_path)
        found = next((b for b in blocks if b[BLOCK_ID] == block), None)
        if found is not None and len(found) > 1 and QMessageBox.question(
                self, self.tr("Remove"), self.tr(
                    "Remove this block and its answers?")) != QMessageBox.StandardButton.Yes:
            return
        self.remove_block(repeat_path, block)

    def remove_block(self, repeat_path: str, block: str) -> None:
        blocks = self._blocks(repeat_path)
        blocks[:] = [b for b in blocks if b[BLOCK_ID] != block]
        self._sync_blocks()
        self.refresh()
        self.answers_changed.emit()

    # -- loading and reading -------------------------------------------------------------

    def load(self, answers: dict[str, Any], attachments: list[dict[str, str]]) -> None:
        """Show stored answers and photos without counting it as an edit."""
        self._loading = True
        self.answers = _copy(answers)
        self._photos = list(attachments)
        self._sync_blocks()
        for where, row in self.rows.items():
            if row.editor is not None and not row.item.derived:
                chain, name = xlsform.split_path(where)
                row.editor.set_value(self._container(chain).get(name, ""))
            if row.photos is not None:
                row.photos.set_entries([a for a in attachments if a.get("item") == where])
        self.other_attachments = [a for a in attachments
                                  if a.get("item") not in self.rows or
                                  self.rows[a["item"]].photos is None]
        self.refresh()
        self._loading = False

    def attachments(self) -> list[dict[str, str]]:
        """Every photo of the inspection: the item strips' in form order, then the rest."""
        found = [entry for row in self.rows.values() if row.photos is not None
                 for entry in row.photos.entries]
        return [*found, *self.other_attachments]

    def photos_pending(self) -> bool:
        return any(row.photos is not None and row.photos.pending for row in self.rows.values())

    def attached_items(self) -> set[str]:
        return {where for where, row in self.rows.items()
                if row.photos is not None and row.photos.entries}

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in self.rows.values():
            row.set_read_only(read_only)
        for section in self.repeat_sections.values():
            section.set_read_only(read_only)

    # -- live rules ----------------------------------------------------------------------

    def _on_edited(self, where: str) -> None:
        if self._loading or where not in self.rows:
            return
        row = self.rows[where]
        raw = row.editor.value()  # type: ignore[union-attr]
        chain, name = xlsform.split_path(where)
        try:
            self._container(chain)[name] = validate.coerce(row.item, raw)
        except validate.CoercionError:
            self._container(chain)[name] = raw  # kept as typed; the validator reports it
        self._run_triggers(name)
        self.refresh()
        self.answers_changed.emit()

    def _run_triggers(self, name: str) -> None:
        """Questions whose ``trigger`` names the changed item take their calculation."""
        if not any(name in row.item.trigger for row in self.rows.values()):
            return
        found = self._state()
        for where, row in self.rows.items():
            if name in row.item.trigger and where in found.recalculated:
                chain, item = xlsform.split_path(where)
                self._container(chain)[item] = found.recalculated[where]
                if row.editor is not None:
                    row.editor.set_value(found.recalculated[where])

    def _on_photos_changed(self) -> None:
        if not self._loading:
            self.refresh()
            self.answers_changed.emit()

    def _state(self) -> validate.State:
        return validate.state(self.checklist, self.answers, self.today, context=self.context)

    def refresh(self) -> None:
        """Apply relevance and calculations, show the rule messages, the finding offers
        and the score."""
        found = self._state()
        if self._apply_counts(found):
            found = self._state()
        self.found = found
        for where, row in self.rows.items():
            self._refresh_row(row, where, found)
        self._refresh_sections(self.checklist.children, (), found)
        problems = {p.item: p for p in validate.validate(
            self.checklist, self.answers, attached=self.attached_items(), final=False,
            today=self.today, found=found)}
        self.show_problems(problems)
        failing = {where for where, _ in validate.failing(self.checklist, self.answers,
                                                          found=found)}
        for where, row in self.rows.items():
            offer = where in failing and bool(row.item.severity)
            row.set_finding_state(offer, self.recorded_findings.get(where, ""))
        self.score_changed.emit(validate.score(self.checklist, self.answers, found=found))

    def _refresh_row(self, row: ItemRow, where: str, found: validate.State) -> None:
        row.setVisible(found.applies.get(where, False) and row.item.shown)
        if row.item.derived and row.editor is not None:
            row.editor.set_value(found.values.get(where, ""))
        if where in found.choices and isinstance(row.editor, editors.ChoiceEditor
                                                 | editors.MultiEditor):
            row.editor.set_choices(found.choices[where])
        chain, _ = xlsform.split_path(where)
        label, hint = row.item.label(self.language), row.item.hint(self.language)
        if "${" in label:
            row.set_label(validate.fill(label, found, chain, self.language))
        if "${" in hint:
            row.set_hint(validate.fill(hint, found, chain, self.language))

    def _apply_counts(self, found: validate.State) -> bool:
        """Blocks to match each repeat_count: missing ones added, empty extras removed."""
        changed = False
        for where, count in found.counts.items():
            section = self.repeat_sections.get(where)
            if section is None:
                continue
            section.set_fixed_count(count)
            if count is None:
                continue
            blocks = self._blocks(where)
            while len(blocks) > count and len(blocks[-1]) == 1:
                blocks.pop()
                changed = True
            while len(blocks) < count:
                blocks.append({BLOCK_ID: validate.new_block_id(blocks)})
                changed = True
        if changed:
            self._sync_blocks()
        return changed

    def _refresh_sections(self, children: Sequence[Item | Group | Repeat], chain: Chain,
                          found: validate.State) -> bool:
        visible_any = False
        for child in children:
            where = xlsform.path(child.name, chain)
            if isinstance(child, Group):
                shown = self._refresh_sections(child.children, chain, found)
                self.sections[where].setVisible(shown)
            elif isinstance(child, Repeat):
                shown = found.applies.get(where, False)
                self.repeat_sections[where].setVisible(shown)
                for block in found.blocks.get(where, []):
                    self._refresh_sections(child.children, (*chain, (child.name, block)),
                                           found)
            else:
                shown = found.applies.get(where, False) and child.shown
            visible_any = visible_any or shown
        return visible_any

    def show_problems(self, problems: dict[str, validate.Problem]) -> None:
        for where, row in self.rows.items():
            problem = problems.get(where)
            row.set_message(self.problem_text(row.item, problem) if problem else "")

    def problem_text(self, item: Item, problem: validate.Problem) -> str:
        if problem.reason == "constraint":
            return item.constraint_message(self.language) or self.tr(
                "This answer is not allowed here.")
        if problem.reason == "required" and item.required_message(self.language):
            return item.required_message(self.language)
        texts = {
            "required": self.tr("An answer is required."),
            "choice": self.tr("Choose one of the listed answers."),
            "range": self.tr("Choose a value from {start} to {end}.").format(
                start=item.parameters.get("start", ""), end=item.parameters.get("end", "")),
            "type": {"integer": self.tr("Enter a whole number."),
                     "decimal": self.tr("Enter a number."),
                     "date": self.tr("Enter a date."),
                     "datetime": self.tr("Enter a date and time."),
                     "time": self.tr("Enter a time such as 08:30.")}.get(
                item.type, self.tr("This answer is not valid.")),
        }
        return texts.get(problem.reason, self.tr("This answer is not valid."))

    def place_of(self, where: str) -> tuple[str, str]:
        """An answer's path and, in a block, the block's title ("Structure 2")."""
        chain, _ = xlsform.split_path(where)
        if not chain:
            return where, ""
        repeat, block = chain[-1]
        section = self.repeat_sections.get(xlsform.path(repeat, chain[:-1]))
        frame = section.frames.get(block) if section else None
        return where, frame.title.text() if frame else ""

    # -- keyboard ------------------------------------------------------------------------

    def unanswered(self) -> list[str]:
        """Answers (paths) that apply and are still empty, in form order."""
        found = self.found or self._state()
        attached = self.attached_items()
        return [where for where, item in found.items.items()
                if found.applies.get(where) and where in self.rows
                and (item.answered or item.type == "image")
                and (where not in attached if item.type == "image"
                     else validate.is_empty(found.values.get(where, "")))]

    def focus_next_unanswered(self) -> str:
        """Move the focus to the next unanswered item after the focused one; wrap around."""
        names = self.unanswered()
        if not names:
            return ""
        order = list((self.found or self._state()).items)
        current = self._focused_item()
        after = [n for n in names if current in order and order.index(n) > order.index(current)]
        target = (after or names)[0]
        self.focus_item(target)
        return target

    def _focused_item(self) -> str:
        widget = self.focusWidget()
        for where, row in self.rows.items():
            if widget is not None and row.isAncestorOf(widget):
                return where
        return ""

    def focus_item(self, where: str) -> None:
        row = self.rows.get(where)
        if row is None:  # a repeat short of blocks: its section
            section = self.repeat_sections.get(where)
            if section is not None:
                self.ensureWidgetVisible(section)
                section.add_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.ensureWidgetVisible(row)
        target = row.editor.focus_target() if row.editor else row.photos.add_button \
            if row.photos else row
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _copy(answers: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of answers (blocks are edited in place)."""
    return {k: [_copy(b) for b in v] if isinstance(v, list) and v and isinstance(v[0], dict)
            else v for k, v in answers.items()}
