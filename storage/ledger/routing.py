"""Routing a finding or a work order to its manual item (and so to its lead department)."""

from __future__ import annotations

from storage.campaign import hotline
from storage.inspection.findings import Finding
from storage.manual.items import Item
from storage.manual.links import Router
from storage.store.db import Store


def form_id(store: Store, inspection_id: str | None) -> str:
    """The checklist (form id) an inspection was filled against; '' if unknown."""
    if not inspection_id:
        return ""
    row = store.db.execute(
        "SELECT v.form_id FROM inspections i JOIN checklist_versions v"
        " ON v.id = i.checklist_version_id WHERE i.id = ?", [inspection_id]).fetchone()
    return str(row[0]) if row else ""


def finding(store: Store, found: Finding, router: Router | None = None) -> Item | None:
    """A finding's item: by its checklist item, else by the words of its description."""
    router = router or Router(store)
    if found.item:
        item = router.for_checklist(form_id(store, found.inspection_id), found.item)
        if item is not None:
            return item
    return router.for_text("", found.description)


def work_order(order: hotline.WorkOrder, router: Router) -> Item | None:
    """A work order's item: by the words of its complaint, else by its category."""
    return router.for_text(order.category, order.content)
