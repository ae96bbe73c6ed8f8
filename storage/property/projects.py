"""Projects: the compounds a property company manages, and their managers over time.

A compound has at most one current project (no end date); handing it to another
company ends the current one the same day. Each project has its project managers
(项目经理) one after the other: appointing a new one ends the term of the one before.
The compound's register keeps showing the company that manages it now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storage import clock
from storage.inspection import compounds
from storage.property import companies
from storage.property.companies import PropertyError, clean
from storage.store import typed
from storage.store.db import Store


@dataclass
class Project:
    company_id: str
    compound_id: str
    started_on: str
    ended_on: str | None = None
    end_reason: str = ""
    deleted: bool = False
    id: str = ""

    def active_on(self, day: dt.date) -> bool:
        text = day.isoformat()
        return self.started_on <= text and (self.ended_on is None or text <= self.ended_on)

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        return self.started_on <= last.isoformat() and (
            self.ended_on is None or self.ended_on >= first.isoformat())


@dataclass
class Manager:
    project_id: str
    name: str
    started_on: str
    phone: str = ""
    ended_on: str | None = None
    deleted: bool = False
    id: str = ""


PROJECT = typed.kind(Project, "property_project", "property_projects",
                     (("company_id", "property_company"), ("compound_id", "compound")))
MANAGER = typed.kind(Manager, "property_manager", "property_managers",
                     (("project_id", "property_project"),))


def check_day(day: dt.date, after: str | None = None) -> str:
    """A day as stored; refused in the future, or before ``after`` (ISO)."""
    if day > clock.today_local():
        raise PropertyError("future", day.isoformat())
    if after is not None and day.isoformat() < after:
        raise PropertyError("before", f"{day.isoformat()} < {after}")
    return day.isoformat()


def current(store: Store, compound_id: str) -> Project | None:
    """The compound's project now (no end date), or None."""
    found = typed.select(store, PROJECT, Project,
                         "compound_id = ? AND ended_on IS NULL AND deleted = 0", [compound_id])
    return found[0] if found else None


def get(store: Store, project_id: str) -> Project:
    found = typed.get(store, PROJECT, Project, project_id)
    if found is None or found.deleted:
        raise PropertyError("no_project", project_id)
    return found


def assign(store: Store, company_id: str, compound_id: str, on: dt.date, *,
           manager: str = "", phone: str = "", reason: str = "") -> Project:
    """The company manages the compound from ``on``; the compound's current project of
    another company ends that day (``reason`` required then)."""
    company = companies.get(store, company_id)
    compound = compounds.get(store, compound_id)
    day = check_day(on)
    with store.atomic():
        before = current(store, compound_id)
        if before is not None:
            if before.company_id == company_id:
                raise PropertyError("already_managed", company.name)
            end(store, before.id, on, reason or "")
        project = typed.save(store, PROJECT, Project(company.id, compound.id, day))
        if manager.strip():
            appoint(store, project.id, manager, on, phone=phone)
        if compound.property_company != company.name:
            compound.property_company = company.name
            compounds.save(store, compound)
    return project


def end(store: Store, project_id: str, on: dt.date, reason: str) -> Project:
    """The project ends on ``on`` (its manager's term with it); a reason is required."""
    project = get(store, project_id)
    if project.ended_on is not None:
        raise PropertyError("ended", project.ended_on)
    project.ended_on = check_day(on, project.started_on)
    project.end_reason = clean(reason, "reason", required=True, long=True)
    with store.atomic():
        manager = current_manager(store, project_id)
        if manager is not None:
            manager.ended_on = max(project.ended_on, manager.started_on)
            typed.save(store, MANAGER, manager)
        typed.save(store, PROJECT, project)
        compound = compounds.get(store, project.compound_id)
        if compound.property_company == companies.get(store, project.company_id).name:
            compound.property_company = ""
            compounds.save(store, compound)
    return project


def managers(store: Store, project_id: str) -> list[Manager]:
    """Every manager the project has had, the first first."""
    return typed.select(store, MANAGER, Manager, "project_id = ? AND deleted = 0",
                        [project_id], "started_on, id")


def current_manager(store: Store, project_id: str) -> Manager | None:
    found = [m for m in managers(store, project_id) if m.ended_on is None]
    return found[-1] if found else None


def appoint(store: Store, project_id: str, name: str, on: dt.date, *,
            phone: str = "") -> Manager:
    """A new project manager from ``on``; the current one's term ends that day."""
    project = get(store, project_id)
    if project.ended_on is not None:
        raise PropertyError("ended", project.ended_on)
    day = check_day(on, project.started_on)
    with store.atomic():
        before = current_manager(store, project_id)
        if before is not None:
            check_day(on, before.started_on)
            before.ended_on = day
            typed.save(store, MANAGER, before)
        return typed.save(store, MANAGER, Manager(
            project.id, clean(name, "manager", required=True), day, clean(phone, "phone")))


def of_company(store: Store, company_id: str) -> list[Project]:
    """Every project of the company, current ones first, then by start."""
    return typed.select(store, PROJECT, Project, "company_id = ? AND deleted = 0",
                        [company_id], "ended_on IS NOT NULL, started_on DESC, id")


def of_compound(store: Store, compound_id: str) -> list[Project]:
    """Every company that managed the compound, newest first."""
    return typed.select(store, PROJECT, Project, "compound_id = ? AND deleted = 0",
                        [compound_id], "started_on DESC, id")


def during(store: Store, first: dt.date, last: dt.date) -> list[Project]:
    """The projects that ran on at least one day from ``first`` to ``last``."""
    return typed.select(store, PROJECT, Project,
                        "deleted = 0 AND started_on <= ? AND (ended_on IS NULL OR ended_on >= ?)",
                        [last.isoformat(), first.isoformat()], "started_on, id")
