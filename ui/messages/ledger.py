"""Words for the problem ledger: sources, states, the solved figure and errors.

Shared by the command line and the ledger's windows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.ledger.entries import Solved
from storage.ledger.problems import LedgerError, UnknownProblem, UnknownWorkOrder


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def source_name(source: str) -> str:
    return {"inspection": tr("inspection"), "work_order": tr("12345 work order"),
            "review": tr("street review"), "helper": tr("helper's visit"),
            "other": tr("other")}.get(source, source)


def state_name(state: str) -> str:
    return {"open": tr("to rectify"), "in_progress": tr("rectifying"),
            "awaiting": tr("awaiting re-inspection"), "closed": tr("closed (销号)"),
            "withdrawn": tr("withdrawn"), "pending": tr("not closed")}.get(state, state)


def field_name(field: str) -> str:
    return {"description": tr("description"), "source": tr("source"), "state": tr("problem state"),
            "raised_on": tr("raised on"), "deadline": tr("deadline"),
            "verified_by": tr("verified by"), "photos": tr("photos after rectification"),
            "responsible_party": tr("responsible party"), "note": tr("note"),
            "compound_id": tr("compound"),
            "closing_note": tr("closing note")}.get(field, field)


def solved_lines(found: Solved, category_names: dict[str, str]) -> list[str]:
    area = " ".join(p for p in (found.district, found.street) if p) or tr("the whole city")
    period = tr("all time") if not (found.start or found.end) else tr(
        "{start} to {end}").format(start=found.start or "…", end=found.end or "…")
    lines = [tr("Problems solved (closed) in {area}, {period}: {total}").format(
        area=area, period=period, total=found.total)]
    lines += [tr("  by source: {parts}").format(parts=", ".join(
        f"{source_name(k)} {n}" for k, n in found.by_source.items()) or "—")]
    lines += [tr("  by category: {parts}").format(parts=", ".join(
        f"{category_names.get(k, k) or tr('no manual item')} {n}"
        for k, n in found.by_category.items()) or "—")]
    lines += [tr("  by lead department: {parts}").format(parts=", ".join(
        f"{k or tr('not given')} {n}" for k, n in found.by_department.items()) or "—")]
    lines += [tr("  still open now: {pending}, of which overdue: {overdue}").format(
        pending=found.pending, overdue=found.overdue)]
    return lines


def _rules() -> dict[str, str]:
    return {"required": tr("{field}: a value is required"),
            "bad_source": tr("“{value}” is not a source of problems"),
            "bad_state": tr("“{value}” is not a state of the ledger"),
            "bad_date": tr("{field}: “{value}” is not a date like 2026-11-27"),
            "too_long": tr("{field}: the text is too long"),
            "bad_step": tr("A problem cannot go {value}."),
            "no_proof": tr("Closing (销号) needs at least one photo after rectification."),
            "pending": tr("Photos are still being added; try again in a moment."),
            "is_finding": tr("{value} is a finding of an inspection: close it by "
                             "re-inspecting it.")}


def rule(code: str, value: str = "") -> str | None:
    """The words of a rule of ledger problems (sync rows), or None if none of them."""
    if code not in ("bad_source", "bad_step"):  # the others are worded as the helpers' are
        return None
    return _rules()[code].format(field="", value=value)


def describe(error: Exception) -> str | None:
    if isinstance(error, LedgerError):
        return _rules().get(error.reason, "{field}: {value}").format(
            field=field_name(error.field), value=error.value)
    if isinstance(error, UnknownProblem):
        return tr("No problem in the ledger has the number “{ref}”.").format(
            ref=error.reference)
    if isinstance(error, UnknownWorkOrder):
        if error.reason == "no_compound":
            return tr("The work order {number} is not matched to a compound yet; confirm "
                      "its compound first.").format(number=error.number)
        return tr("No work order has the number {number}.").format(number=error.number)
    return None
