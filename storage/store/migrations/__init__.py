"""The store's schema as numbered, named migrations, one module each, applied in order on open.

A new migration is a module ``mNNNN_name.py`` with a docstring and ``apply(db)``, listed
in ``STEPS``; its name in the store is ``NNNN_name``. Migrations hold the schema only:
they import nothing of the domain above the store.
"""

from __future__ import annotations

from types import ModuleType

from sqlite_utils.migrations import Migrations

from storage.store.migrations import (
    m0001_initial,
    m0002_checklist_items,
    m0003_campaign,
    m0004_sync,
    m0005_reports,
    m0006_gui,
    m0013_document_numbers,
    m0016_reinspections,
    m0019_review,
    m0020_property,
    m0025_manual,
    m0026_helpers,
    m0027_ledger,
    m0031_access_log,
    m0032_sync_undo,
    m0033_answers_column,
    m0034_number_index,
)

STEPS: tuple[ModuleType, ...] = (
    m0001_initial,
    m0002_checklist_items,
    m0003_campaign,
    m0004_sync,
    m0005_reports,
    m0006_gui,
    m0013_document_numbers,
    m0016_reinspections,
    m0019_review,
    m0020_property,
    m0025_manual,
    m0026_helpers,
    m0027_ledger,
    m0031_access_log,
    m0032_sync_undo,
    m0033_answers_column,
    m0034_number_index,
)

MIGRATIONS = Migrations("xuncha")


def name_of(step: ModuleType) -> str:
    """A step's name in the store: its module name without the leading ``m``."""
    return step.__name__.rsplit(".", 1)[-1][1:]


for _step in STEPS:
    MIGRATIONS(name=name_of(_step))(_step.apply)


def names() -> list[str]:
    """The names of every migration this version of XunCha knows, in order."""
    return [name_of(step) for step in STEPS]
