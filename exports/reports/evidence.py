"""The photos of inspections and findings, captioned for paper: the checklist item (in the
document's language), the officer's caption and the time the photo was taken."""

from __future__ import annotations

from collections.abc import Callable

from exports.reports.pdf import photo_grid
from storage.forms import checklists
from storage.inspection import inspections
from storage.inspection.findings import Finding
from storage.store.db import Store


def labeller(store: Store, inspection_id: str | None, language: str) -> Callable[[str], str]:
    """Names a checklist item of the inspection's checklist (the code if unknown)."""
    if not inspection_id:
        return str
    # parsed once per checklist version (checklists.load caches by its source)
    checklist = checklists.load(store, inspections.get(store, inspection_id).checklist_version_id)

    def label(item: str) -> str:
        try:
            return checklist.item(item).label(language)
        except KeyError:
            return item

    return label


def of_finding(store: Store, finding: Finding, language: str) -> list[photo_grid.Shot]:
    """A finding's photos; a photo attached to no item shows the finding's item."""
    attachments = [{**a, "item": a.get("item") or finding.item} for a in finding.attachments]
    return photo_grid.shots(store, attachments,
                            labeller(store, finding.inspection_id, language))


def of_inspection(store: Store, inspection: inspections.Inspection,
                  language: str) -> list[photo_grid.Shot]:
    return photo_grid.shots(store, inspection.attachments,
                            labeller(store, inspection.id, language))
