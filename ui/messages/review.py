"""Words for the street review: its errors, the interviews' outcomes, ranking lines.

Shared by the command line and the review window, so each sentence is written (and
translated) once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from exports.spreadsheet.template import NotTemplate
from storage.review.interviews import InterviewError
from storage.review.plans import PlanError
from storage.review.ranking import Ranking, StreetResult
from storage.review.scores import ScoreProblem


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def outcome_name(outcome: str) -> str:
    """How an interview's commitments turned out."""
    names = {"kept": tr("kept"), "partly": tr("partly kept"), "not_kept": tr("not kept"),
             "": tr("to be followed up")}
    return names.get(outcome, outcome)


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def change(result: StreetResult) -> str:
    """The change of rank since the quarter before: ↑2, ↓1, = or — (no rank before)."""
    moved = result.rank_change
    if moved is None:
        return "—"
    return "=" if moved == 0 else f"↑{moved}" if moved > 0 else f"↓{-moved}"


def result_dict(result: StreetResult) -> dict[str, Any]:
    """One street of the ranking for ``--json``."""
    hotline = result.hotline
    return {"street_id": result.street.id, "district": result.street.district,
            "street": result.street.street, "secretary": result.street.secretary,
            "rank": result.rank, "total": result.total, "lagging": result.lagging,
            "previous_rank": result.previous_rank, "previous_total": result.previous_total,
            "rank_change": result.rank_change,
            "departments": {d.name: round(v, 2) for d, v in result.departments},
            "dropped": [d.name for d in result.dropped],
            "complaints": hotline.complaints, "complaints_last_year": hotline.last_year,
            "satisfaction_rate": hotline.satisfaction_rate,
            "property_complaints": hotline.property_complaints}


def ranking_lines(ranking: Ranking) -> list[str]:
    """The ranking as text: a header, a line per street, the departments missing."""
    lines = [tr("rank   total  change  complaints  street")]
    for r in ranking.results:
        mark = "  " + tr("(lagging)") if r.lagging else ""
        lines.append(f"{r.rank or '—':>4}  {number(r.total):>6}  {change(r):>6}  "
                     f"{r.hotline.complaints:>10}  {r.street.label}{mark}")
    lines += coverage_lines(ranking)
    return lines


def coverage_lines(ranking: Ranking) -> list[str]:
    """Which departments have not handed in (all or part of) their scores."""
    lines = []
    if ranking.missing:
        lines.append(tr("Not scored yet: {names}").format(
            names="、".join(d.name for d in ranking.missing)))
    for item in ranking.partial:
        lines.append(tr("{name} scored {given} of {expected} cells.").format(
            name=item.department.name, given=item.given, expected=item.expected))
    return lines


def describe(error: Exception) -> str | None:
    """The sentence for the review's own errors, or None for others."""
    if isinstance(error, PlanError):
        texts = {"no_quarter": tr("No review is set up for {detail}; set it up first "
                                  "(review setup)."),
                 "no_streets": tr("No street reports in {detail}; name the streets first."),
                 "bad_name": tr("A name must be one line of 1 to 60 characters ({detail})."),
                 "duplicate": tr("“{detail}” is named twice."),
                 "bad_weight": tr("A weight must be more than 0 ({detail})."),
                 "bad_maximum": tr("A maximum score must be more than 0 ({detail})."),
                 "bad_lagging": tr("The number of lagging streets cannot be negative."),
                 "bad_criterion": tr("“{detail}” is not a criterion: write NAME:WEIGHT:MAX, "
                                     "e.g. 述职报告:20:20."),
                 "bad_quarter": tr("“{detail}” is not a quarter: write it as 2026-Q4."),
                 "bad_street": tr("“{detail}” is not a street: write DISTRICT/STREET"
                                  "/SECRETARY, e.g. 兰山区/兰山街道/王建国.")}
        return texts.get(error.reason, "{detail}").format(detail=error.detail)
    if isinstance(error, InterviewError):
        fields = {"interviewee": tr("person interviewed"), "interviewer": tr("interviewer"),
                  "reason": tr("reason"), "commitments": tr("commitments"),
                  "follow-up": tr("follow-up")}
        texts = {"no_street": tr("That street does not report in this quarter."),
                 "required": tr("The {detail} must be given."),
                 "future": tr("The date {detail} is in the future."),
                 "before": tr("The date is before the interview ({detail})."),
                 "bad_outcome": tr("“{detail}” is not kept, partly or not_kept."),
                 "too_long": tr("The {detail} is too long.")}
        return texts.get(error.reason, "{detail}").format(
            detail=fields.get(error.detail, error.detail))
    if isinstance(error, ScoreProblem):
        return tr("“{value}” is not a score from 0 to {maximum}.").format(
            value=error.value, maximum=f"{error.maximum:g}")
    if isinstance(error, NotTemplate):
        return tr("{path} is not a score workbook of this kind made by XunCha.").format(
            path=error.path)
    return None
