"""Every kind of record that travels between machines, in the order they refer to each other.

Sync, the integrity check and conflict handling go through this one list; a new kind of
record is declared by its own module (``KIND = versioning.Kind(...)``) and added here.
"""

from __future__ import annotations

from storage.helpers import assignments, people, work
from storage.inspection import compounds, findings, inspections, reinspection
from storage.ledger import problems
from storage.manual import items as manual_items
from storage.property import checks, companies, evaluation, measures, projects
from storage.review import interviews, plans, scores
from storage.store import versioning

# A record's references come before it: compounds, inspections, re-inspections, then the
# findings (which name the inspection that raised them and the re-inspection that closed
# them; a re-inspection lists the findings it checked inside its outcomes, not as a
# reference, since they name each other); the manual; helpers before their assignments,
# projects before the funds that name them; the ledger's problems; then the street reviews
# and property companies.
ALL: tuple[versioning.Kind, ...] = (
    compounds.KIND, inspections.KIND, reinspection.KIND, findings.KIND,
    manual_items.CATEGORY_KIND, manual_items.ITEM_KIND,
    people.KIND, assignments.KIND, work.VISIT_KIND, work.PROJECT_KIND, work.FUND_KIND,
    problems.KIND,
    plans.QUARTER, plans.DEPARTMENT, plans.CRITERION, plans.STREET, scores.SCORE,
    interviews.INTERVIEW,
    companies.COMPANY, projects.PROJECT, projects.MANAGER, evaluation.SCHEME,
    evaluation.EVALUATION, checks.CHECK, measures.MEASURE,
)
BY_NAME: dict[str, versioning.Kind] = {kind.name: kind for kind in ALL}
