"""Every error and rule of the manual, helpers and ledger is worded, never shown raw."""

from __future__ import annotations

import pytest

from exports.manual.manual_file import ManualFileError
from exports.roster.roster_file import RosterImportError
from exports.sync.read import Problem
from storage.helpers.people import HelperError, UnknownHelper
from storage.ledger.problems import LedgerError, UnknownProblem, UnknownWorkOrder
from storage.manual.items import ManualError, UnknownItem
from storage.manual.source import SourceError
from ui import messages
from ui.messages import sync as sync_messages

ERRORS = [
    ManualError("3.01", "lead", "required"), ManualError("3.1", "code", "bad_code", "3.1"),
    UnknownItem("9.99", ["3.01"]), SourceError(4, "unknown_field", "colour"),
    ManualFileError("a.xlsx", "no_items_sheet", "Sheet1"), HelperError("phone", "bad_phone",
                                                                         "打我电话"),
    HelperError("amount_wan", "bad_amount", "十万"), UnknownHelper("王", ["王建国", "王强"]),
    UnknownHelper("李", []), RosterImportError("r.xlsx", "no_header", "Sheet1"),
    LedgerError("photos", "no_proof"), LedgerError("number", "is_finding", "ZG-2026-1"),
    LedgerError("photos", "pending"), UnknownProblem("WT-1"),
    UnknownWorkOrder("LY1", "no_compound"), UnknownWorkOrder("LY2"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: f"{type(e).__name__}-{e}")
def test_every_error_is_a_sentence(error: Exception) -> None:
    text = messages.describe(error)
    assert text and "_" not in text.split(":")[-1].replace("ZG-", "")


@pytest.mark.parametrize("reason", ["bad_phone", "bad_amount", "before_start", "bad_code",
                                    "unknown_category", "bad_time_limit", "too_long",
                                    "bad_source", "bad_step"])
def test_a_hand_edit_refused_in_a_sync_file_is_worded(reason: str) -> None:
    """The rules of the resources' records (checked on a sync import) have their words."""
    text = sync_messages.problem(Problem("帮带人员", 3, "联系电话", reason, "打我电话"))
    assert reason not in text and "联系电话" in text
