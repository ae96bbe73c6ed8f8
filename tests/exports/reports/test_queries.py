"""The figures: periods in local days, closure rate, overdue, per area, per month."""

from __future__ import annotations

import datetime as dt

from exports.reports import hotline, queries
from exports.reports.queries import Period
from storage import clock
from storage.campaign import states
from storage.inspection import findings
from tests.exports.helpers import Known


def test_period_bounds_months_and_year_before() -> None:
    period = Period(dt.date(2026, 1, 15), dt.date(2026, 3, 2))
    assert period.months() == ["2026-01", "2026-02", "2026-03"]
    begin, after = period.utc_bounds()
    assert begin < after and begin.endswith("Z")
    assert Period(dt.date(2024, 2, 29), dt.date(2024, 3, 1)).year_before().start == dt.date(
        2023, 2, 28
    )


def test_figures_count_what_the_known_store_holds(known: Known) -> None:
    today = clock.today_local()  # the findings were raised today, the inspection in Nov 2026
    period = Period(min(dt.date(2026, 11, 1), today), max(today, dt.date(2026, 11, 30)))
    figures = queries.figures(known.store, period)
    assert figures["inspections"] == 1
    assert figures["open"] == 2 and figures["closed"] == 0
    findings.move(known.store, known.findings[0], "closed")
    figures = queries.figures(known.store, period)
    assert figures["open"] == 1 and figures["raised"] == 2
    assert figures["closure_rate"] == 50.0 and figures["closed"] == 1


def test_overdue_is_derived_from_the_deadline(known: Known) -> None:
    deadline = dt.date.fromisoformat(known.findings[0].deadline or "")
    assert queries.overdue_count(known.store, deadline) == 0
    rows = queries.overdue(known.store, deadline + dt.timedelta(days=1))
    assert [r["number"] for r in rows] == [known.findings[0].number]
    assert rows[0]["days"] == 1


def test_by_area_and_monthly(known: Known) -> None:
    period = Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    (street,) = queries.by_area(known.store, period, "street")
    assert (street["district"], street["street"], street["open"]) == ("郯城县", "郯城街道", 2)
    months = queries.monthly(known.store, period)
    assert [m["month"] for m in months] == ["2026-10", "2026-11", "2026-12"]
    assert sum(m["inspections"] for m in months) == 1


def test_hotline_and_campaign_are_empty_without_work_orders_or_steps(known: Known) -> None:
    period = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert not hotline.available(known.store)
    assert hotline.counts(known.store, period) == {}
    assert hotline.by_area(known.store, period, "district") == []
    assert hotline.campaign_states(known.store) == {}


def test_campaign_state_is_the_last_step_of_the_campaign(known: Known) -> None:
    assert hotline.campaign_states(known.store) == {}
    for state in ("enrolled", "rectifying"):
        states.move(known.store, known.compound.id, state, who="督导组",
                      on=dt.date(2026, 9, 1))
    assert hotline.campaign_states(known.store) == {known.compound.id: "rectifying"}


def test_footer_names_this_device_and_the_newest_change(known: Known) -> None:
    known.store.db.table("devices").update(known.store.device_id, {"name": "兰山街道办"})
    footer = queries.footer(known.store)
    assert footer.device == "兰山街道办"
    assert footer.as_of.year >= 2026
