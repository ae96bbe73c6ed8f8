"""Interviews (约谈) of lagging street secretaries: who, by whom, when, the commitments,
and the follow-up at the next review.

An interview belongs to the quarter whose review named the street as lagging; its
follow-up (what became of the commitments, and whether they were kept) is written at
the next quarter's review. Dates are local days and never in the future.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storage import clock, quarters
from storage.review import plans
from storage.store import typed
from storage.store.db import Store

OUTCOMES = ("", "kept", "partly", "not_kept")
MAX_TEXT = 2000


@dataclass
class Interview:
    quarter: str
    street_id: str
    interviewee: str  # the street party working committee's secretary
    interviewer: str  # who held the interview (the city's leader)
    held_on: str  # ISO date
    reason: str = ""
    commitments: str = ""
    follow_up: str = ""
    follow_up_on: str | None = None
    outcome: str = ""  # kept | partly | not_kept, once followed up
    deleted: bool = False
    id: str = ""


INTERVIEW = typed.kind(Interview, "review_interview", "review_interviews",
                       (("street_id", "review_street"),))


class InterviewError(ValueError):
    """An interview the review cannot keep; ``reason`` says why, ``detail`` what."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}".strip())
        self.reason = reason  # no_street | required | future | before | bad_outcome | too_long
        self.detail = detail


def check_day(day: dt.date, after: dt.date | None = None) -> str:
    """A day as stored, refused when in the future (or before ``after``)."""
    if day > clock.today_local():
        raise InterviewError("future", day.isoformat())
    if after is not None and day < after:
        raise InterviewError("before", f"{day.isoformat()} < {after.isoformat()}")
    return day.isoformat()


def _text(value: str, what: str, required: bool = False) -> str:
    text = value.strip()
    if required and not text:
        raise InterviewError("required", what)
    if len(text) > MAX_TEXT:
        raise InterviewError("too_long", what)
    return text


def hold(store: Store, quarter: str, street_id: str, *, interviewer: str, held_on: dt.date,
         interviewee: str = "", reason: str = "", commitments: str = "") -> Interview:
    """Record an interview of a reporting street's secretary (named in the plan by default)."""
    plan = plans.require(store, quarter)
    street = next((s for s in plan.streets if s.id == street_id), None)
    if street is None:
        raise InterviewError("no_street", street_id)
    record = Interview(plan.quarter, street.id,
                       _text(interviewee or street.secretary, "interviewee", True),
                       _text(interviewer, "interviewer", True), check_day(held_on),
                       _text(reason, "reason"), _text(commitments, "commitments"))
    with store.atomic():
        return typed.save(store, INTERVIEW, record)


def follow_up(store: Store, interview_id: str, *, text: str, outcome: str,
              on: dt.date) -> Interview:
    """Write what became of an interview's commitments (at the next review)."""
    record = get(store, interview_id)
    if outcome not in OUTCOMES[1:]:
        raise InterviewError("bad_outcome", outcome)
    record.follow_up = _text(text, "follow-up")
    record.outcome = outcome
    record.follow_up_on = check_day(on, dt.date.fromisoformat(record.held_on))
    with store.atomic():
        return typed.save(store, INTERVIEW, record)


def get(store: Store, interview_id: str) -> Interview:
    found = typed.get(store, INTERVIEW, Interview, interview_id)
    if found is None or found.deleted:
        raise KeyError(interview_id)
    return found


def of_quarter(store: Store, quarter: str | None = None) -> list[Interview]:
    """The quarter's interviews (every one when None), oldest first."""
    if quarter is None:
        return typed.select(store, INTERVIEW, Interview, "deleted = 0", (), "held_on, id")
    return typed.select(store, INTERVIEW, Interview, "quarter = ? AND deleted = 0",
                        [quarters.normal(quarter)], "held_on, id")


def awaiting_follow_up(store: Store, quarter: str) -> list[Interview]:
    """Interviews of earlier quarters whose follow-up is still to be written."""
    return typed.select(store, INTERVIEW, Interview,
                        "quarter < ? AND deleted = 0 AND outcome = ''",
                        [quarters.normal(quarter)], "held_on, id")


def remove(store: Store, interview_id: str) -> None:
    record = get(store, interview_id)
    record.deleted = True
    with store.atomic():
        typed.save(store, INTERVIEW, record)
