"""Every kind of record that travels between machines, in the order they refer to each other.

Sync, the integrity check and conflict handling go through this one list; a new kind of
record is declared by its own module (``KIND = versioning.Kind(...)``) and added here.
"""

from __future__ import annotations

from storage.helpers import assignments, people, work
from storage.inspection import compounds, findings, inspections
from storage.ledger import problems
from storage.manual import items as manual_items
from storage.store import versioning

# A record's references come before it: compounds, then inspections, then findings; the
# manual; helpers before their assignments, projects before the funds that name them;
# the ledger's problems last.
ALL: tuple[versioning.Kind, ...] = (
    compounds.KIND, inspections.KIND, findings.KIND,
    manual_items.CATEGORY_KIND, manual_items.ITEM_KIND,
    people.KIND, assignments.KIND, work.VISIT_KIND, work.PROJECT_KIND, work.FUND_KIND,
    problems.KIND,
)
BY_NAME: dict[str, versioning.Kind] = {kind.name: kind for kind in ALL}
