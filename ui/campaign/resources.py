"""The campaign board's columns of the compounds' resources: helpers, projects, problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from storage.helpers import summary
from storage.ledger import entries
from storage.store.db import Store
from ui.messages import helpers as helper_text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class BoardResources:
    """Every compound's helpers, projects and open problems, read once per refresh."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.helpers: dict[str, summary.CompoundHelpers] = {}
        self.pending: dict[str, tuple[int, int]] = {}

    def refresh(self) -> None:
        self.helpers = summary.by_compound(self.store)
        self.pending = entries.pending_by_compound(self.store)

    def columns(self) -> list[tuple[str, Any]]:
        """Helpers (leader · secretary · units), projects and funds, open problems."""
        return [(tr("Helpers"), self._names), (tr("Projects and funds"), self._work),
                (tr("Open problems"), self._problems)]

    def _names(self, entry: Any) -> str:
        found = self.helpers.get(entry.compound_id)
        return " · ".join(p for p in (found.leader, found.secretary, found.units) if p) \
            if found else ""

    def _work(self, entry: Any) -> str:
        found = self.helpers.get(entry.compound_id)
        return tr("{projects} projects, {amount} (10,000 yuan)").format(
            projects=found.projects, amount=helper_text.wan(found.funds_wan)) if found else ""

    def _problems(self, entry: Any) -> str:
        pending, overdue = self.pending.get(entry.compound_id, (0, 0))
        return tr("{pending} ({overdue} overdue)").format(pending=pending, overdue=overdue)
