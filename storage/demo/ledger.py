"""The ledger's part of the demo: work orders of the key compounds turned into problems,
problems raised at the street review and by helpers on their visits; most closed with the
proof (who verified, when, a photo after), some still open and some overdue."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from storage import clock
from storage.helpers import work
from storage.inspection.compounds import Compound
from storage.ledger import problems
from storage.ledger.problems import Problem
from storage.manual.links import Router
from storage.store import versioning
from storage.store.db import Store

DEMO = versioning.Origin("demo")
ORDERS_PER_COMPOUND = 6
_VERIFIERS = ["街道城管科 孙伟", "社区书记 刘芳", "县住建局 陈刚", "街道党工委 赵敏"]
_REVIEW = "2026年第三季度街道党工委述职评议"
_REVIEW_PROBLEMS = [
    "小区雨污管网改造进度滞后，汛期前未完成",
    "物业服务企业考核评价中小区党支部评价权未落实到位",
    "楼道电动自行车飞线充电反复出现，长效机制未建立",
]


def build(store: Store, rng: random.Random, places: list[Compound], today: dt.date,
          pictures: list[str]) -> dict[str, int]:
    """Problems from work orders, the review and visits; the ledger's own records."""
    router = Router(store)
    made = _from_orders(store, rng, router, today, pictures)
    made += _from_review(store, rng, router, places, today, pictures)
    made += _from_visits(store, rng, router, today, pictures)
    return {"problems": made}


def _from_orders(store: Store, rng: random.Random, router: Router, today: dt.date,
                 pictures: list[str]) -> int:
    rows = store.db.execute(
        "SELECT number, substr(received_at, 1, 10), compound_id FROM work_orders"
        " WHERE compound_id IN (SELECT compound_id FROM helper_assignments)"
        " ORDER BY compound_id, received_at DESC, number").fetchall()
    taken: dict[str, int] = {}
    count = 0
    for number, received, compound in rows:
        if taken.get(compound, 0) >= ORDERS_PER_COMPOUND or rng.random() < 0.5:
            continue
        taken[compound] = taken.get(compound, 0) + 1
        problem = problems.from_work_order(store, number, raised_by="12345热线中心",
                                           router=router, raised_on=received)
        _outcome(rng, problem, today, pictures)
        problems.raise_problem(store, problem, DEMO)
        count += 1
    return count


def _from_review(store: Store, rng: random.Random, router: Router, places: list[Compound],
                 today: dt.date, pictures: list[str]) -> int:
    raised = today - dt.timedelta(days=50)
    for n, (text, compound) in enumerate(zip(_REVIEW_PROBLEMS, places, strict=False)):
        problem = Problem(compound.id, text, source="review", source_ref=_REVIEW,
                          raised_by="市直部门评议组", raised_on=raised.isoformat(),
                          id=_uuid(rng))
        problems.route(problem, router.for_text("", text))
        _outcome(rng, problem, today, pictures, close=n == 0)  # one solved since the review
        problems.raise_problem(store, problem, DEMO)
    return min(len(_REVIEW_PROBLEMS), len(places))


def _from_visits(store: Store, rng: random.Random, router: Router, today: dt.date,
                 pictures: list[str]) -> int:
    count = 0
    for (visit_id,) in store.db.execute("SELECT id FROM helper_visits ORDER BY id").fetchall():
        if rng.random() > 0.35:
            continue
        visit = work.get_visit(store, visit_id)
        problem = Problem(visit.compound_id, visit.decisions, source="helper",
                          source_ref=visit.id, raised_by="帮带走访", raised_on=visit.day,
                          id=_uuid(rng))
        problems.route(problem, router.for_text("", f"{visit.purpose} {visit.decisions}"))
        _outcome(rng, problem, today, pictures)
        problems.raise_problem(store, problem, DEMO)
        count += 1
    return count


def _outcome(rng: random.Random, problem: Problem, today: dt.date,
             pictures: list[str], *, close: bool = False) -> None:
    """Closed with proof (most older ones, and any told to ``close``), in progress, or still
    open (some overdue)."""
    problem.id = problem.id or _uuid(rng)
    before = [{"photo": rng.choice(pictures), "item": "before", "caption": "问题现场"}] \
        if pictures else []
    problem.attachments = before
    deadline = dt.date.fromisoformat(problem.deadline or today.isoformat())
    if close or (deadline < today and rng.random() < 0.8) or rng.random() < 0.2:
        done = min(today, deadline - dt.timedelta(days=rng.randint(0, 5)))
        done = max(done, dt.date.fromisoformat(problem.raised_on))
        problem.state, problem.verified_by = "closed", rng.choice(_VERIFIERS)
        problem.verified_at = clock.format_utc(dt.datetime.combine(done, dt.time(16),
                                                                    clock.CHINA))
        problem.closing_note = "现场核验已整改到位"
        problem.attachments = [*before, *([{"photo": rng.choice(pictures), "item": "after",
                                            "caption": "整改后"}] if pictures else [])]
    else:
        problem.state = rng.choice(["open", "in_progress"])
    problem.responsible_party = rng.choice(["物业服务企业", "开发建设单位", "相关业主", ""])


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
