"""A property company's record across all its compounds: projects and managers, covert
checks, evaluations quarter by quarter, and the measures taken against it."""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.inspection import compounds
from storage.property import checks, companies, evaluation, measures, projects
from storage.store.db import Store


@dataclass
class ProjectRecord:
    project: projects.Project
    compound: compounds.Compound
    managers: list[projects.Manager]
    checks: list[checks.CovertCheck]
    results: list[evaluation.Result] = field(default_factory=list)  # one per quarter


@dataclass
class CompanyRecord:
    company: companies.Company
    projects: list[ProjectRecord]
    measures: list[measures.Measure]

    @property
    def tally(self) -> dict[str, int]:
        return measures.tally(self.measures)


def of_company(store: Store, company_id: str) -> CompanyRecord:
    """Everything the store knows of the company, its current projects first."""
    company = companies.get(store, company_id)
    found = [ProjectRecord(p, compounds.get(store, p.compound_id),
                           projects.managers(store, p.id), checks.of_project(store, p.id))
             for p in projects.of_company(store, company.id)]
    by_project = {r.project.id: r for r in found}
    for quarter in _quarters(store, list(by_project)):
        for result in evaluation.evaluate(store, quarter):
            if result.project.id in by_project:
                by_project[result.project.id].results.append(result)
    return CompanyRecord(company, found, measures.of_company(store, company.id))


def _quarters(store: Store, project_ids: list[str]) -> list[str]:
    """The quarters in which any of these projects was given an evaluation, oldest first."""
    if not project_ids:
        return []
    marks = ", ".join("?" * len(project_ids))
    return [r[0] for r in store.db.execute(
        f"SELECT DISTINCT quarter FROM property_evaluations WHERE deleted = 0"
        f" AND project_id IN ({marks}) ORDER BY quarter", project_ids)]
