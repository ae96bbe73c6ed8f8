"""The review's part of the demo: a year of quarterly reviews by ten departments, the
lagging secretaries interviewed and followed up, and this quarter's sheets coming in."""

from __future__ import annotations

import datetime as dt
import random

from storage import quarters
from storage.inspection.compounds import Compound
from storage.review import interviews, plans, ranking, scores
from storage.review.plans import Plan
from storage.store import versioning
from storage.store.db import Store

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
_GIVEN = ["建国", "海涛", "秀英", "志强", "丽娟", "永刚", "晓东", "红梅", "立新", "玉兰"]
_LEADERS = ["市委常委、组织部部长 刘志刚", "市委组织部副部长 孙立平", "市委政法委副书记 郑毅"]
_COMMITMENTS = [
    "一个月内完成重点小区雨污管网改造，投诉量下降三成",
    "调整充实小区党支部，书记专职专干，每周入户走访",
    "建立物业服务红黑榜，对排名末位的物业企业约谈督办",
    "设立“小区夜话”，每月收集解决群众诉求",
]
_FOLLOW_UPS = [("kept", "承诺事项已全部落实，本季度投诉量明显下降"),
               ("partly", "管网改造完成一半，剩余部分列入下季度计划"),
               ("not_kept", "整改进展缓慢，已再次约谈并通报")]


def build(store: Store, rng: random.Random, places: list[Compound],
          today: dt.date) -> dict[str, int]:
    """Four reviewed quarters before this one, and this quarter's half-done scoring."""
    streets = _streets(rng, places)
    current = quarters.of(today)
    done = [current.previous()]
    for _ in range(3):
        done.insert(0, done[0].previous())
    counts = {"review_quarters": 0, "review_scores": 0, "interviews": 0}
    quality = {s[1]: rng.uniform(0.6, 0.95) for s in streets}
    for quarter in done:
        meeting = min(today, quarter.last_day + dt.timedelta(days=20))
        plan = plans.setup(store, str(quarter), streets=streets, drop_extremes=True,
                           meeting_date=meeting)
        counts["review_scores"] += _score(store, rng, plan, quality, len(plan.departments))
        counts["interviews"] += _interview(store, rng, plan, meeting, today)
        counts["review_quarters"] += 1
        for street in quality:  # streets improve after being named
            quality[street] = min(0.97, quality[street] + rng.uniform(-0.03, 0.06))
    plan = plans.setup(store, str(current), meeting_date=None)
    counts["review_scores"] += _score(store, rng, plan, quality, 6)  # four still to come
    return counts


def _streets(rng: random.Random, places: list[Compound]) -> list[tuple[str, str, str]]:
    """The streets with the most compounds (and those of the article's compounds)."""
    count: dict[tuple[str, str], int] = {}
    for place in places:
        count[(place.district, place.street)] = count.get((place.district, place.street), 0) + 1
    chosen = sorted(count, key=lambda k: (-count[k], k))[:12]
    return [(d, s, rng.choice(_SURNAMES) + rng.choice(_GIVEN)) for d, s in sorted(chosen)]


def _score(store: Store, rng: random.Random, plan: Plan, quality: dict[str, float],
           departments: int) -> int:
    """The first ``departments`` departments hand in their sheets (each a little harsher
    or kinder than the others)."""
    written = 0
    for department in plan.departments[:departments]:
        mood = rng.uniform(-0.06, 0.06)
        sheet = {}
        for street in plan.streets:
            for criterion in plan.criteria:
                share = min(1.0, max(0.3, quality[street.street] + mood + rng.gauss(0, 0.05)))
                sheet[(street.id, criterion.id)] = round(criterion.max_score * share * 2) / 2
        scores.record_sheet(store, plan, department.id, sheet,
                            versioning.Origin("imported", f"{plan.quarter} 述职评议 "
                                                          f"{department.name}.xlsx"))
        written += len(sheet)
    return written


def _interview(store: Store, rng: random.Random, plan: Plan, meeting: dt.date,
               today: dt.date) -> int:
    """The lagging streets' secretaries are interviewed after the meeting; the next
    quarter's review follows their commitments up."""
    held = 0
    for result in ranking.rank(store, plan.quarter, with_previous=False).lagging:
        day = min(today, meeting + dt.timedelta(days=rng.randint(3, 10)))
        interview = interviews.hold(store, plan.quarter, result.street.id,
                                    interviewer=rng.choice(_LEADERS), held_on=day,
                                    reason=f"{plan.quarter}述职评议排名第{result.rank}位，"
                                           "工作被动落后",
                                    commitments=rng.choice(_COMMITMENTS))
        follow_day = day + dt.timedelta(days=90)
        if follow_day <= today:
            outcome, text = rng.choice(_FOLLOW_UPS)
            interviews.follow_up(store, interview.id, text=text, outcome=outcome,
                                 on=follow_day)
        held += 1
    return held
