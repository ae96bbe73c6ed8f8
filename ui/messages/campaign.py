"""Words for the campaign: state names, import problems, ranking lines, its errors.

Shared by the command line and the campaign's windows, so each sentence is written
(and translated) once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from exports.campaign.hotline_import import HotlineImportError, Report
from exports.campaign.register import CompoundsImportError
from storage.campaign.cohort import Cohort
from storage.campaign.history import History
from storage.campaign.rankings import RankRow
from storage.campaign.relapse import Relapse
from storage.campaign.states import CampaignError


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def state_name(state: str | None) -> str:
    names = {"enrolled": tr("enrolled"), "rectifying": tr("under rectification"),
             "accepted": tr("mid-term accepted"), "observation": tr("observation"),
             "closed": tr("closed"), "relapsed": tr("relapsed"), None: tr("not enrolled")}
    return names.get(state, str(state))


def field_name(field: str) -> str:
    names = {"number": tr("work order number"), "received_at": tr("received at"),
             "category": tr("category"), "district": tr("district"), "street": tr("street"),
             "compound": tr("compound"), "address": tr("address"), "content": tr("content"),
             "satisfaction": tr("satisfaction"), "state": tr("state")}
    return names.get(field, field)


def category_name(key: str) -> str:
    names = {"illegal_construction": tr("illegal construction"), "pets": tr("pets"),
             "parking": tr("parking"), "pipe_network": tr("pipe network"),
             "property": tr("property management"), "other": tr("other")}
    return names.get(key, key)


def problem(item: Any) -> str:
    """A row that was not imported: where, and why."""
    reasons = {"no_number": tr("no work order number"),
               "bad_date": tr("“{value}” is not a date"),
               "no_name": tr("no compound name"),
               "bad_households": tr("“{value}” is not a number of households"),
               "bad_party_branch": tr("“{value}” is not 实体型 or 功能型"),
               "bad_full_time": tr("“{value}” is not 是 or 否")}
    what = reasons.get(item.reason, item.reason).format(value=item.value)
    return tr("sheet {sheet}, row {row}, column {column}: {what}").format(
        sheet=item.sheet, row=item.row, column=item.column, what=what)


def import_summary(report: Report) -> str:
    return tr("{rows} rows: {imported} imported, {updated} updated, {duplicates} already "
              "known, {unmatched} without a compound, {problems} not imported.").format(
        rows=report.rows, imported=report.imported, updated=report.updated,
        duplicates=report.duplicates, unmatched=report.unmatched,
        problems=len(report.problems))


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:+.0f}%" if value < 0 or value > 0 \
        else "0%"


def rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def rank_dict(row: RankRow) -> dict[str, Any]:
    return {"rank": row.rank, "key": row.key, "name": row.name, "district": row.district,
            "street": row.street, "complaints": row.complaints, "last_year": row.last_year,
            "change": row.change, "satisfaction_rate": row.satisfaction_rate,
            "property_share": row.property_share}


def rank_header() -> str:
    return tr("rank  complaints     y/y  satisfied  property  where")


def rank_line(row: RankRow) -> str:
    parts: list[str] = []
    for part in (row.district, row.street, row.name):
        if part and part not in parts:
            parts.append(part)
    return (f"{row.rank:>4}  {row.complaints:>10}  {percent(row.change):>6}  "
            f"{rate(row.satisfaction_rate):>9}  {rate(row.property_share):>8}  "
            f"{' '.join(parts)}")


def relapse(item: Relapse) -> str:
    """A relapse found by rank, with the month, the rank and when it came."""
    if item.phase == "observation":
        text = tr("{name}: rank {rank} in {month} ({count} complaints), during observation "
                  "since {since}.")
    else:
        text = tr("{name}: rank {rank} in {month} ({count} complaints), after leaving the "
                  "campaign on {since}.")
    return text.format(name=item.name, rank=item.rank, month=item.month,
                       count=item.complaints, since=item.since)


def history_lines(name: str, found: History) -> list[str]:
    """A compound's course: its steps, relapses, dismissals and months by rank."""
    lines = [tr("{name}: the campaign's course").format(name=name)]
    for step in found.steps:
        until = tr(" until {date}").format(date=step.until_date) if step.until_date else ""
        lines.append(f"  {step.on_date}  {state_name(step.state)}{until}  {step.who}  "
                     f"{step.why}".rstrip())
    if not found.steps:
        lines.append("  " + state_name(None))
    lines += ["  " + relapse(r) for r in found.relapses]
    lines += ["  " + tr("{year}: nomination dismissed by {who}: {why}").format(
        year=year, who=who, why=why) for year, who, why in found.dismissals]
    lines += ["  " + tr("{month}: {count} complaints, rank {rank}").format(
        month=m.month, count=m.complaints, rank=m.rank) for m in found.months]
    return lines


def cohort_dict(found: Cohort) -> dict[str, Any]:
    return {"first": found.first.isoformat(), "last": found.last.isoformat(),
            "compounds": len(found.members), "complaints": found.now,
            "last_year": found.before, "change": found.change,
            "base_lacking": found.lacking,
            "members": [{**m.__dict__, "change": m.change} for m in found.members],
            "satisfaction": dict(found.satisfaction)}


def cohort_lines(found: Cohort) -> list[str]:
    """The cohort's year on year (or why there is none), members, satisfaction."""
    lines = [tr("{count} key compounds, {first} to {last}: {now} complaints, a year before "
                "{before}, change {change}.").format(
        count=len(found.members), first=found.first, last=found.last, now=found.now,
        before=found.before, change=percent(found.change))]
    if found.lacking:
        lines.append(tr("Warning: the store lacks work orders of the base period ({months}); "
                        "no year-on-year change is given.").format(
            months=", ".join(found.lacking)))
    for m in found.members:
        mark = "  " + tr("(base lacking)") if m.lacking else ""
        lines.append(f"  {m.name}  {m.enrolled_on}  {m.before} → {m.after}  "
                     f"{percent(m.change)}{mark}")
    lines.append(tr("Satisfaction: ") + "  ".join(
        f"{month} {rate(value)}" for month, value in found.satisfaction))
    return lines


def describe(error: Exception) -> str | None:
    """The sentence for the campaign's own errors, or None for others."""
    if isinstance(error, HotlineImportError | CompoundsImportError):
        texts = {"no_header": tr("{path}: no header row with known column names was found "
                                 "(sheets: {detail})."),
                 "missing_fields": tr("{path}: no column was mapped to {detail}.")}
        detail = error.detail
        if error.reason == "missing_fields":
            detail = ", ".join(field_name(f) for f in error.detail.split(", "))
        return texts.get(error.reason, "{path}: {detail}").format(path=error.path,
                                                                  detail=detail)
    if isinstance(error, CampaignError):
        texts = {"bad_step": tr("A compound that is {current} cannot become {wanted}."),
                 "observation_running": tr("The observation period runs until {detail}; "
                                           "close earlier only with --force and a reason."),
                 "before_last_step": tr("The date is before the compound's last step "
                                        "({detail})."),
                 "future": tr("The date {detail} is in the future."),
                 "reason_required": tr("Give the reason (--why)."),
                 "unknown_compound": tr("There is no such compound.")}
        return texts[error.reason].format(current=state_name(error.current),
                                          wanted=state_name(error.wanted),
                                          detail=error.detail)
    return None
