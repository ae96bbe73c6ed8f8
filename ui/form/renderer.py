"""Renders a checklist as a form: sections for groups, a row per item, live rules.

After every change the form asks ``storage.validate`` which items apply (rows appear
and vanish), which answers break a rule (the message shows under the item) and what the
score is; it decides nothing of that itself. Any item can carry photos (image items show
their strip at once, the others once a photo is attached).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from storage.forms import validate
from storage.forms.xlsform import Checklist, Group, Item
from storage.store.db import Store
from ui.form import editors
from ui.form.photo_strip import PhotoStrip

ERROR_STYLE = "color: #b00020;"
FINDING_STYLE = "QPushButton { color: #b00020; font-weight: bold; }"
MAX_WIDTH = 980
HINT_STYLE = "color: #666666;"


class ItemRow(QFrame):
    """One item: label with its required mark, hint, editor, inline message, finding button."""

    finding_requested = Signal(str)
    photos_created = Signal(object)  # the PhotoStrip made for an item that is not an image

    def __init__(self, item: Item, language: str, store: Store,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.store = store
        self.editor = editors.create(item, language, self)
        self.photos = PhotoStrip(store, item.name, self) if item.type == "image" else None
        self.read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(3)
        self.label = QLabel(self._label_text(language), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText if item.required
                                 else Qt.TextFormat.PlainText)
        self.photo_button = self._photo_button()
        heading = QHBoxLayout()  # the label, and beside it the way to add a photo
        heading.addWidget(self.label, 1)
        heading.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        hint = item.hint(language)
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        for widget in (self.editor, self.photos):
            if widget is not None:
                layout.addWidget(widget)
        self.today_button = self._today_button()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.finding_button = QPushButton(self.tr("Record a finding…"), self)
        self.finding_button.setVisible(False)
        self.finding_button.setStyleSheet(FINDING_STYLE)
        self.finding_button.clicked.connect(lambda: self.finding_requested.emit(item.name))
        row = QHBoxLayout()
        row.addWidget(self.finding_button)
        row.addStretch(1)
        layout.addLayout(row)
        if self.editor is not None:
            self.label.setBuddy(self.editor.focus_target())

    def _photo_button(self) -> QPushButton:
        button = QPushButton(self.tr("Photo…"), self)
        button.setToolTip(self.tr("Attach a photo to this item (Ctrl+Shift+A)"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays on the answers
        button.setFlat(True)
        button.setVisible(self.item.type not in ("image", "note"))
        button.clicked.connect(self.add_photo)
        return button

    def _label_text(self, language: str) -> str:
        text = self.item.label(language)
        if self.item.type == "note":
            return text
        if not self.item.required:
            return text
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'{escaped} <span style="color:#b00020" title="required">*</span>'

    def _today_button(self) -> QPushButton | None:
        if not isinstance(self.editor, editors.DateEditor):
            return None
        button = QPushButton(self.tr("Today"), self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the tab order on the fields
        button.clicked.connect(self.editor.set_today)
        layout = self.editor.layout()
        if isinstance(layout, QHBoxLayout):
            layout.insertWidget(1, button)
        return button

    def ensure_photos(self) -> PhotoStrip:
        """The item's photo strip, made when the first photo of a non-image item comes."""
        if self.photos is None:
            self.photos = PhotoStrip(self.store, self.item.name, self)
            self.photos.set_read_only(self.read_only)
            self.photos.add_button.hide()  # this row's Photo… button adds
            self.photos.hint.hide()
            layout = self.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(layout.indexOf(self.message), self.photos)
            self.photos_created.emit(self.photos)
        return self.photos

    def add_photo(self) -> None:
        """Choose photos for this item (any item type)."""
        self.ensure_photos().choose_files()

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_finding_state(self, offer: bool, recorded: str = "") -> None:
        """Offer a finding for a failing answer; say so once one is recorded."""
        self.finding_button.setVisible(offer)
        if recorded:
            self.finding_button.setText(self.tr("Finding {number} recorded — another…")
                                        .format(number=recorded))
        else:
            self.finding_button.setText(self.tr("Record a finding…"))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.editor is not None:
            self.editor.set_read_only(read_only)
        if self.photos is not None:
            self.photos.set_read_only(read_only)
            if self.item.type != "image":
                self.photos.add_button.hide()
                self.photos.hint.hide()
        if self.today_button is not None:
            self.today_button.setEnabled(not read_only)
        self.photo_button.setVisible(not read_only and self.item.type not in ("image", "note"))


class FormView(QScrollArea):
    """A checklist's items as a scrolling form; owns the answers and the item photos."""

    answers_changed = Signal()
    refreshed = Signal()  # after relevance, messages and score were worked out again
    score_changed = Signal(object)  # float or None
    finding_requested = Signal(str)
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
        self.recorded_findings: dict[str, str] = {}  # item -> number of its last finding
        self.today: dt.date | None = None
        self.read_only = False
        self._loading = False
        body = QWidget(self)
        body.setMaximumWidth(MAX_WIDTH)  # long lines are hard to read on a wide screen
        layout = QVBoxLayout(body)
        self._add_children(checklist.children, layout, body)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The fields take the focus, not the scroll area around them (it was an invisible
        # Tab stop between the place and the first item); it scrolls to the focused field.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _add_children(self, children: tuple[Item | Group, ...], layout: QVBoxLayout,
                      parent: QWidget) -> None:
        for child in children:
            if isinstance(child, Group):
                box = QGroupBox(child.label(self.language), parent)
                box.setStyleSheet("QGroupBox { font-weight: bold; }"
                                  " QGroupBox QLabel, QGroupBox QAbstractButton,"
                                  " QGroupBox QLineEdit { font-weight: normal; }")
                inner = QVBoxLayout(box)
                self.sections[child.name] = box
                self._add_children(child.children, inner, box)
                layout.addWidget(box)
            else:
                layout.addWidget(self._add_row(child, parent))

    def _add_row(self, item: Item, parent: QWidget) -> ItemRow:
        row = ItemRow(item, self.language, self.store, parent)
        if row.editor is not None:
            row.editor.changed.connect(lambda name=item.name: self._on_edited(name))
        if row.photos is not None:
            self._watch_photos(row.photos)
        row.photos_created.connect(self._watch_photos)
        row.finding_requested.connect(self.finding_requested)
        self.rows[item.name] = row
        return row

    def _watch_photos(self, strip: PhotoStrip) -> None:
        strip.changed.connect(self._on_photos_changed)
        strip.failed.connect(self.photo_failed)

    # -- loading and reading -------------------------------------------------------

    def load(self, answers: dict[str, Any], attachments: list[dict[str, str]]) -> None:
        """Show stored answers and photos without counting it as an edit."""
        self._loading = True
        self.answers = dict(answers)
        for name, row in self.rows.items():
            if row.editor is not None:
                row.editor.set_value(self.answers.get(name, ""))
            mine = [a for a in attachments if a.get("item") == name]
            if row.photos is not None or mine:
                row.ensure_photos().set_entries(mine)
        self.other_attachments = [a for a in attachments if a.get("item") not in self.rows]
        self._loading = False
        self.refresh()

    def attachments(self) -> list[dict[str, str]]:
        """Every photo of the inspection: the item strips' in form order, then the rest."""
        found = [entry for row in self.rows.values() if row.photos is not None
                 for entry in row.photos.entries]
        return [*found, *self.other_attachments]

    def photos_pending(self) -> bool:
        return any(row.photos is not None and row.photos.pending for row in self.rows.values())

    def attached_items(self) -> set[str]:
        return {name for name, row in self.rows.items()
                if row.photos is not None and row.photos.entries}

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock the answers; a locked form offers no new findings either."""
        self.read_only = read_only
        for row in self.rows.values():
            row.set_read_only(read_only)
        self.refresh()

    def add_photo_to_focused(self) -> bool:
        """Attach a photo to the item that has the focus (Ctrl+Shift+A); False if none."""
        name = self._focused_item()
        if not name or self.read_only:
            return False
        self.rows[name].add_photo()
        return True

    # -- live rules --------------------------------------------------------------------

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        raw = self.rows[name].editor.value()  # type: ignore[union-attr]
        item = self.rows[name].item
        try:
            self.answers[name] = validate.coerce(item, raw)
        except validate.CoercionError:
            self.answers[name] = raw  # kept as typed; the validator reports it
        self.refresh()
        self.answers_changed.emit()

    def _on_photos_changed(self) -> None:
        if not self._loading:
            self.refresh()
            self.answers_changed.emit()

    def refresh(self) -> None:
        """Apply relevance, show the rule messages and the finding offers, recompute the score."""
        applies = validate.relevant(self.checklist, self.answers, self.today)
        for name, row in self.rows.items():
            row.setVisible(applies[name])
        self._refresh_sections(self.checklist.children, applies)
        problems = {p.item: p for p in validate.validate(
            self.checklist, self.answers, attached=self.attached_items(), final=False,
            today=self.today)}
        self.show_problems(problems)
        failing = {item.name for item in validate.non_compliant(
            self.checklist, self.answers, self.today)}
        for name, row in self.rows.items():
            offer = name in failing and bool(row.item.severity) and not self.read_only
            row.set_finding_state(offer, self.recorded_findings.get(name, ""))
        self.score_changed.emit(validate.score(self.checklist, self.answers, self.today))
        self.refreshed.emit()

    def _refresh_sections(self, children: tuple[Item | Group, ...],
                          applies: dict[str, bool]) -> bool:
        visible_any = False
        for child in children:
            if isinstance(child, Group):
                shown = self._refresh_sections(child.children, applies)
                self.sections[child.name].setVisible(shown)
            else:
                shown = applies[child.name]
            visible_any = visible_any or shown
        return visible_any

    def show_problems(self, problems: dict[str, validate.Problem]) -> None:
        for name, row in self.rows.items():
            problem = problems.get(name)
            row.set_message(self.problem_text(row.item, problem) if problem else "")

    def problem_text(self, item: Item, problem: validate.Problem) -> str:
        if problem.reason == "constraint":
            return item.constraint_message(self.language) or self.tr(
                "This answer is not allowed here.")
        texts = {
            "required": self.tr("An answer is required."),
            "choice": self.tr("Choose one of the listed answers."),
            "type": {"integer": self.tr("Enter a whole number."),
                     "decimal": self.tr("Enter a number."),
                     "date": self.tr("Enter a date."),
                     "datetime": self.tr("Enter a date and time.")}.get(
                item.type, self.tr("This answer is not valid.")),
        }
        return texts.get(problem.reason, self.tr("This answer is not valid."))

    # -- keyboard ------------------------------------------------------------------------

    def unanswered(self) -> list[str]:
        """Items that apply and still have no answer, in form order."""
        applies = validate.relevant(self.checklist, self.answers, self.today)
        attached = self.attached_items()
        return [item.name for item in self.checklist.items
                if applies[item.name] and item.type != "note"
                and (item.name not in attached if item.type == "image"
                     else validate.is_empty(self.answers.get(item.name, "")))]

    def focus_next_unanswered(self) -> str:
        """Move the focus to the next unanswered item after the focused one; wrap around."""
        names = self.unanswered()
        if not names:
            return ""
        order = [item.name for item in self.checklist.items]
        current = self._focused_item()
        after = [n for n in names if current and order.index(n) > order.index(current)]
        target = (after or names)[0]
        self.focus_item(target)
        return target

    def _focused_item(self) -> str:
        widget = self.focusWidget()
        for name, row in self.rows.items():
            if widget is not None and row.isAncestorOf(widget):
                return name
        return ""

    def focus_item(self, name: str) -> None:
        row = self.rows[name]
        self.ensureWidgetVisible(row)
        target = row.editor.focus_target() if row.editor else row.photos.add_button \
            if row.photos else row
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
