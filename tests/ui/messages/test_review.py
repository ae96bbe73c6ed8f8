"""The review's and the property records' problems and errors, worded with where they are."""

from __future__ import annotations

import pytest

from exports.spreadsheet.cells import Problem
from storage.property.companies import PropertyError
from storage.review.interviews import InterviewError
from storage.review.plans import PlanError
from ui import messages
from ui.messages import sync as sync_messages


def test_a_bad_score_names_its_cell() -> None:
    text = sync_messages.problem(Problem("评分", 4, "E (述职报告)", "range", 21, "20"))
    assert text == "sheet 评分, row 4, column E (述职报告): “21” is outside 0 to 20"
    assert sync_messages.problem(Problem("评分", 0, "", "missing_row", "河东区 九曲街道")) == \
        "sheet 评分: the row of 河东区 九曲街道 is missing"


@pytest.mark.parametrize("error", [
    PlanError("no_quarter", "2026-Q3"), PlanError("bad_criterion", "述职报告"),
    InterviewError("required", "interviewer"), InterviewError("future", "2026-12-01"),
    PropertyError("bad_credit_code", "123"), PropertyError("required", "reason"),
    PropertyError("party_branch_below_minimum", "25")])
def test_every_error_is_worded(error: Exception) -> None:
    text = messages.describe(error)
    assert text and "{" not in text and error.detail in text  # type: ignore[attr-defined]
