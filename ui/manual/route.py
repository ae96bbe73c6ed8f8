"""An item's card: who leads, who supports, what, how, how they cooperate, time, basis.

Shown wherever a finding, a work order or a problem is routed by the manual, and as the
manual window's detail.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from storage.manual.items import Item


class RouteCard(QWidget):
    """The item a record is routed to, as rich text; or a line saying none applies."""

    def __init__(self, parent: QWidget | None = None, *, full: bool = True,
                 language: str = "zh") -> None:
        super().__init__(parent)
        self.full, self.language = full, language
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.item: Item | None = None
        self.show_item(None)

    def show_item(self, item: Item | None) -> None:
        self.item = item
        if item is None:
            self.text.setText(self.tr("No manual item applies; the department given is kept."))
            return
        rows = [(self.tr("Lead department"), item.lead),
                (self.tr("Supporting"), "、".join(item.supporting_list) or "—"),
                (self.tr("Time limit"), self.tr("{days} days").format(days=item.time_limit_days)
                 if item.time_limit_days else "—")]
        if self.full:
            rows += [(self.tr("Residents report"), item.demand), (self.tr("What"), item.what),
                     (self.tr("How"), item.how), (self.tr("Cooperation"), item.cooperation),
                     (self.tr("Legal basis"), item.legal_basis)]
        else:
            rows += [(self.tr("How"), item.how)]
        body = "".join(f"<tr><td style='padding-right:8px; white-space:nowrap'><b>"
                       f"{html.escape(name)}</b></td><td>{_lines(value)}</td></tr>"
                       for name, value in rows if value)
        self.text.setText(f"<p><b>{html.escape(item.label(self.language))}</b></p>"
                          f"<table>{body}</table>")


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in str(text).split("\n"))
