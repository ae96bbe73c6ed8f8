"""Words for the property evaluation: its errors, the measures, the parts, the grades.

Shared by the command line and the property window, so each sentence is written (and
translated) once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from storage.property.companies import PropertyError, UnknownCompany
from storage.property.evaluation import Result
from storage.property.record import CompanyRecord


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def measure_name(measure: str) -> str:
    names = {"supervision": tr("supervision order"), "interview": tr("interview"),
             "manager_replacement": tr("manager replaced"), "expulsion": tr("expulsion")}
    return names.get(measure, measure)


def part_name(part: str) -> str:
    names = {"party_branch": tr("party branch"), "satisfaction": tr("satisfaction"),
             "complaints": tr("complaints"), "findings": tr("findings"),
             "covert": tr("covert checks")}
    return names.get(part, part)


def grade_name(grade: str | None) -> str:
    names = {"excellent": tr("excellent"), "good": tr("good"), "pass": tr("pass"),
             "fail": tr("fail"), None: tr("incomplete")}
    return names.get(grade, str(grade))


def field_name(code: str) -> str:
    """The name of a field a message is about (what was missing or too long)."""
    names = {"name": tr("name"), "reason": tr("reason"), "manager": tr("project manager"),
             "inspector": tr("inspector"), "outcome": tr("outcome"), "phone": tr("phone"),
             "contact": tr("contact"), "address": tr("address"), "note": tr("note"),
             "findings": tr("findings"), "assessor": tr("assessor"),
             "issued_by": tr("issuing office"), "compound": tr("compound")}
    return names.get(code, code)


def score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def result_dict(result: Result) -> dict[str, Any]:
    """One project of the evaluation for ``--json``."""
    return {"project_id": result.project.id, "company": result.company,
            "compound": result.compound, "district": result.district,
            "street": result.street, "rank": result.rank, "total": result.total,
            "grade": result.grade, "parts": result.parts, "figures": result.figures}


def result_line(result: Result) -> str:
    parts = "  ".join(score(result.parts.get(p)) for p in ("party_branch", "satisfaction",
                                                            "complaints", "findings",
                                                            "covert"))
    return (f"{result.rank or '—':>4}  {score(result.total):>6}  "
            f"{grade_name(result.grade):<6}  {parts}  {result.compound}（{result.company}）")


def result_header() -> str:
    return tr("rank   total  grade   party  satisf. compl. find.  covert  compound (company)")


def record_lines(found: CompanyRecord) -> list[str]:
    """A company's record: its compounds and managers, evaluations, measures."""
    company = found.company
    lines = [f"{company.name}  {company.credit_code}  {company.contact} {company.phone}"]
    for item in found.projects:
        until = item.project.ended_on or tr("now")
        lines.append(f"  {item.compound.name}  {item.project.started_on} – {until}  "
                     + "、".join(m.name for m in item.managers))
        lines += [f"    {x.quarter}  {score(x.total)}  {grade_name(x.grade)}"
                  for x in item.results]
        lines += [f"    {tr('covert check')} {c.checked_on}  {score(c.score)}  {c.findings}"
                  for c in item.checks]
    lines += [f"  {m.taken_on}  {measure_name(m.measure)}: {m.reason}"
              + (f" → {m.outcome}" if m.outcome else "") for m in found.measures]
    return lines


def describe(error: Exception) -> str | None:
    """The sentence for the property records' own errors, or None for others."""
    if isinstance(error, UnknownCompany):
        if error.matches:
            return tr("“{ref}” matches several companies: {matches}. Give the full name or "
                      "the credit code.").format(ref=error.reference,
                                                 matches="; ".join(error.matches))
        return tr("No property company is called “{ref}”.").format(ref=error.reference)
    if not isinstance(error, PropertyError):
        return None
    texts = {
        "bad_credit_code": tr("“{detail}” is not a unified social credit code (18 characters, "
                              "the last a check character)."),
        "duplicate_code": tr("Another company has the credit code {detail}."),
        "required": tr("The {detail} must be given."),
        "too_long": tr("The {detail} is too long."),
        "future": tr("The date {detail} is in the future."),
        "before": tr("The date is too early ({detail})."),
        "already_managed": tr("{detail} already manages this compound."),
        "ended": tr("The project ended on {detail}."),
        "no_project": tr("There is no such project."),
        "no_measure": tr("There is no such measure."),
        "bad_measure": tr("“{detail}” is not a measure."),
        "needs_project": tr("This measure is taken in one compound: name the project."),
        "not_its_project": tr("The project is not one of {detail}'s."),
        "not_a_number": tr("Not a number: {detail}."),
        "out_of_range": tr("Not from 0 to 100: {detail}."),
        "bad_weight": tr("Every weight must be from 0 to 100."),
        "party_branch_below_minimum": tr("The party branch must weigh at least 30 % "
                                         "(not {detail} %)."),
        "weights_not_100": tr("The weights must add up to 100 (not {detail})."),
        "not_in_quarter": tr("The project did not run in {detail}."),
        "unknown_photo": tr("The store has no photo {detail}."),
    }
    detail = field_name(error.detail) if error.reason in ("required", "too_long") \
        else error.detail
    return texts.get(error.reason, "{detail}").format(detail=detail)
