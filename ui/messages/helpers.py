"""Words for the three-ones helpers: roles, project states, import problems and errors.

Shared by the command line and the helpers' windows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from exports.roster.roster_file import Report, RosterImportError
from storage.helpers.people import HelperError, UnknownHelper
from storage.helpers.summary import Summary


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def role_name(role: str) -> str:
    return {"leader": tr("county-level leader"), "secretary": tr("red-collar secretary"),
            "unit": tr("helping unit")}.get(role, role)


def project_state(state: str) -> str:
    return {"planned": tr("planned"), "underway": tr("under way"), "done": tr("completed"),
            "cancelled": tr("cancelled")}.get(state, state)


def field_name(field: str) -> str:
    names = {"compound": tr("compound"), "district": tr("district"), "street": tr("street"),
             "since": tr("since"), "leader": tr("county-level leader"),
             "secretary": tr("red-collar secretary"), "unit": tr("helping unit"),
             "leader_post": tr("leader's post"), "leader_phone": tr("leader's phone"),
             "secretary_post": tr("secretary's post"),
             "secretary_origin": tr("secretary's sending unit"),
             "secretary_phone": tr("secretary's phone"), "unit_contact": tr("unit's contact"),
             "unit_phone": tr("unit's phone"), "name": tr("name"), "post": tr("post"),
             "phone": tr("phone"), "role": tr("role"), "day": tr("date"),
             "until": tr("until"), "amount_wan": tr("amount (10,000 yuan)"),
             "budget_wan": tr("budget (10,000 yuan)"), "start": tr("start"),
             "finish": tr("finish"), "state": tr("project state"), "decisions": tr("decisions"),
             "contact": tr("contact"), "unit_name": tr("unit")}
    return names.get(field, field)


def reason(code: str, value: str = "") -> str:
    return rule(code, value) or f"{code} {value}"


def rule(code: str, value: str = "") -> str | None:
    """The words of a rule of the helpers' records, or None if ``code`` is none of them."""
    texts = {"required": tr("a value is required"),
             "bad_role": tr("“{value}” is not a role"),
             "bad_phone": tr("“{value}” is not a phone number"),
             "too_long": tr("the text is too long (“{value}…”)"),
             "bad_date": tr("“{value}” is not a date like 2026-11-27"),
             "before_start": tr("{value} is before the start"),
             "bad_amount": tr("“{value}” is not an amount in 10,000 yuan"),
             "bad_state": tr("“{value}” is not a project state"),
             "unknown_compound": tr("no compound is called “{value}” (confirm an alias "
                                    "first)"),
             "no_compound": tr("the row names no compound"),
             "pending": tr("photos are still being added; try again in a moment")}
    return texts[code].format(value=value) if code in texts else None


def problem(item: Any) -> str:
    return tr("sheet {sheet}, row {row}, column {column}: {what}").format(
        sheet=item.sheet, row=item.row, column=item.column, what=reason(item.reason,
                                                                          item.value))


def import_summary(report: Report) -> str:
    return tr("{rows} rows, {compounds} compounds: {added} people and units added, "
              "{updated} updated; {assigned} assignments made ({changed} of them changes), "
              "{unchanged} as before; {problems} problems.").format(
        **{k: v for k, v in report.as_dict().items() if k != "problems"},
        problems=len(report.problems))


def wan(amount: float | None) -> str:
    """An amount in 万元 as people write it: up to four decimals, no trailing zeros."""
    if amount is None:
        return "—"
    return f"{amount:,.4f}".rstrip("0").rstrip(".")


def summary_lines(found: Summary) -> list[str]:
    area = " ".join(p for p in (found.area.district, found.area.street) if p) or tr(
        "the whole city")
    period = tr("all time") if not (found.start or found.end) else tr(
        "{start} to {end}").format(start=found.start or "…", end=found.end or "…")
    return [
        tr("Three-ones helpers of {area} on {day}:").format(area=area, day=found.on),
        tr("  {n} county-level leaders, {s} red-collar secretaries, {u} helping units, for "
           "{c} compounds").format(n=found.leaders, s=found.secretaries, u=found.units,
                                   c=found.compounds),
        tr("  key compounds {key}, of which {missing} lack a leader, a secretary or a "
           "unit").format(key=found.key_compounds, missing=found.incomplete),
        tr("  funds brought ({period}): {amount} (10,000 yuan)").format(
            period=period, amount=wan(found.funds_wan)),
        tr("  livelihood projects ({period}): {count} ({states})").format(
            period=period, count=found.projects, states=", ".join(
                f"{project_state(s)} {n}" for s, n in sorted(found.projects_by_state.items()))),
        tr("  visits ({period}): {count}").format(period=period, count=found.visits),
    ]


def describe(error: Exception) -> str | None:
    if isinstance(error, HelperError):
        return tr("{field}: {what}").format(field=field_name(error.field),
                                            what=reason(error.reason, error.value))
    if isinstance(error, UnknownHelper):
        if error.matches:
            return tr("“{ref}” matches several people or units: {matches}. Give the id."
                      ).format(ref=error.reference, matches="; ".join(error.matches))
        return tr("No helper is called “{ref}”.").format(ref=error.reference)
    if isinstance(error, RosterImportError):
        texts = {"no_header": tr("{path}: no sheet has a header naming the compound and its "
                                 "helpers (sheets: {detail})."),
                 "missing_fields": tr("{path}: the mapping lacks {detail}.")}
        return texts.get(error.reason, "{path}: {detail}").format(path=error.path,
                                                                 detail=error.detail)
    return None
