"""The resources on paper: a compound's helpers in its file, the departments in the brief,
a street's report and a notice, and the printable ledger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.reports import brief, compound, ledger, notice, street
from exports.reports.pdf.common import Setup
from exports.reports.queries import Period
from storage.ledger import entries, problems
from storage.ledger.entries import Filter
from storage.store import db
from tests.conftest import TEST_START
from tests.exports.helpers import flat, pdf_text
from tests.ledger_helpers import Place, finding
from tests.ledger_helpers import place as place  # noqa: PLC0414 - a fixture

TODAY = TEST_START.date()


def _busiest(store: db.Store) -> tuple[str, str]:
    row = store.db.execute(
        "SELECT c.id, c.street FROM compounds c JOIN helper_assignments a ON a.compound_id ="
        " c.id GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 1").fetchone()
    return str(row[0]), str(row[1])


def test_the_compound_file_lists_its_helpers_and_projects(demo_store: Any, tmp_path: Path,
                                                          zh: Setup) -> None:
    compound_id, _ = _busiest(demo_store)
    target = tmp_path / "file.pdf"
    compound.render(demo_store, compound_id, target, zh)
    text = flat(target)
    leader = demo_store.db.execute(
        "SELECT h.name FROM helper_assignments a JOIN helpers h ON h.id = a.helper_id"
        " WHERE a.compound_id = ? AND a.role = 'leader'", [compound_id]).fetchone()[0]
    assert "“三个一”帮带" in text and leader in text and "县级领导" in text
    for (name,) in demo_store.db.execute("SELECT name FROM livelihood_projects WHERE"
                                         " compound_id = ? AND deleted = 0", [compound_id]):
        assert name in text


def test_the_brief_and_the_street_report_route_problems_to_departments(
        demo_store: Any, tmp_path: Path, zh: Setup) -> None:
    period = Period(TODAY - dt.timedelta(days=60), TODAY)
    brief.render(demo_store, period, tmp_path / "brief.pdf", zh)
    (page,) = [p for p in pdf_text(tmp_path / "brief.pdf") if "按牵头部门统计" in p]
    solved = entries.solved(demo_store, start=period.start, end=period.end)
    cards = page.split("其中超期", 1)[1].split("按牵头部门统计", 1)[0].split()
    assert cards[-4:-1] == [str(solved.total), str(solved.pending), str(solved.overdue)]
    _, name = _busiest(demo_store)
    street.render(demo_store, name, period, tmp_path / "street.pdf", zh)
    assert "按牵头部门统计" in flat(tmp_path / "street.pdf")


def test_a_notice_names_the_lead_and_supporting_departments(place: Place, tmp_path: Path,
                                                            zh: Setup) -> None:
    raised = finding(place.store, place.xiangxieli)
    notice.render(place.store, [[raised]], tmp_path / "notice.pdf", zh)
    text = flat(tmp_path / "notice.pdf")
    assert "消防（牵头）" in text and "公安、城管、住建（配合）" in text and "3.01" in text


def test_the_printable_ledger_lists_what_the_filter_chose(place: Place, tmp_path: Path,
                                                          zh: Setup) -> None:
    store = place.store
    finding(store, place.xiangxieli)
    made = problems.raise_from_work_orders(store, ["LY1", "LY2"]).created
    problems.close(store, made[1], verified_by="孙伟", photos=[{"photo": place.photo}])
    target = tmp_path / "ledger.pdf"
    assert ledger.render(store, Filter(street="费城街道"), target, zh) >= 1
    text = flat(target)
    assert "问题台账" in text and "费城街道" in text
    assert made[0].number in text and made[1].number not in text  # another street's
    assert "市场监管" in text and "按牵头部门统计" in text
    ledger.render(store, Filter(state="closed"), target, zh)
    assert made[1].number in flat(target) and "孙伟" in flat(target)


# What officers type: Chinese (the common ideographs), ASCII letters and digits, and the
# punctuation of Chinese text; glyphs beyond the font are the printouts' own concern.
_typed = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
                 | st.sampled_from(list("ABCxyz0123456789，。；：（）“”—、-")),
                 min_size=1, max_size=200).filter(lambda t: t.strip() == t)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(description=_typed)
def test_any_problem_typed_prints_in_the_ledger(place: Place, tmp_path: Path, zh: Setup,
                                                 description: str) -> None:
    """Whatever is typed as a problem comes out in the printed ledger's text."""
    store = place.store
    made = problems.raise_problem(store, problems.Problem(place.jinxiu, description))
    target = tmp_path / "typed.pdf"
    ledger.render(store, Filter(text=made.number), target, zh)
    assert description in flat(target).replace("\n", "")
