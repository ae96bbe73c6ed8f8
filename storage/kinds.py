"""Every kind of record that travels between machines, in the order they refer to each other.

Sync, the integrity check and conflict handling go through this one list; a new kind of
record is declared by its own module (``KIND = versioning.Kind(...)``) and added here.
"""

from __future__ import annotations

from storage.inspection import compounds, findings, inspections
from storage.property import checks, companies, evaluation, measures, projects
from storage.review import interviews, plans, scores
from storage.store import versioning

# A record's references come before it: compounds, then inspections, then findings.
ALL: tuple[versioning.Kind, ...] = (
    compounds.KIND, inspections.KIND, findings.KIND,
    plans.QUARTER, plans.DEPARTMENT, plans.CRITERION, plans.STREET, scores.SCORE,
    interviews.INTERVIEW,
    companies.COMPANY, projects.PROJECT, projects.MANAGER, evaluation.SCHEME,
    evaluation.EVALUATION, checks.CHECK, measures.MEASURE,
)
BY_NAME: dict[str, versioning.Kind] = {kind.name: kind for kind in ALL}
