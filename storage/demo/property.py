"""The property part of the demo: thirty companies and the compounds they manage, managers
over time, a year of quarterly evaluations, covert checks, and the measures the article
counts (supervision orders, interviews, managers replaced, a company expelled)."""

from __future__ import annotations

import datetime as dt
import random

from storage import quarters
from storage.inspection.compounds import Compound
from storage.property import checks, companies, evaluation, measures, projects
from storage.property.projects import Project
from storage.store.db import Store

_NAMES = ["恒信", "华新", "金盾", "鲁南", "沂蒙山", "琅琊", "银雀", "凤凰", "滨河", "祥和",
          "泰和", "紫荆", "书香", "阳光", "明珠", "东方", "康居", "丽景", "盛世", "御景",
          "翡翠", "锦华", "蒙山", "沭河", "沂州", "兰陵", "费城", "温泉", "九曲", "柳青"]
_MANAGERS = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
_CHECK_FINDINGS = ["楼道堆放杂物，消防通道不畅", "垃圾清运不及时，桶边满溢", "门岗无人值守",
                   "电梯维保记录缺失", "绿化带杂草丛生", "公共照明损坏未修", "未发现明显问题"]
_REASONS = {"supervision": "暗访发现垃圾清运不及时，限期整改",
            "interview": "季度考核排名靠后，物业类投诉居高不下",
            "manager_replacement": "项目经理履职不力，党支部评价不合格",
            "expulsion": "连续两个季度考核不合格，经业主大会同意清退"}


def build(store: Store, rng: random.Random, places: list[Compound], pictures: list[str],
          today: dt.date, who: str) -> dict[str, int]:
    """Companies, their projects and a year of evaluations, checks and measures."""
    firms = [_company(store, rng, n) for n in range(30)]
    start = quarters.of(today).previous().previous().previous().first_day
    running = _projects(store, rng, firms, places, start - dt.timedelta(days=400))
    year = [quarters.of(start)]
    while year[-1].next() <= quarters.of(today):
        year.append(year[-1].next())
    counts = {"property_companies": len(firms), "property_projects": len(running),
              "covert_checks": 0, "measures": 0}
    for quarter in year:
        counts["covert_checks"] += _checks(store, rng, running, quarter, pictures, today)
        if quarter.last_day < today:
            _evaluate(store, rng, running, quarter)
            counts["measures"] += _measures(store, rng, running, quarter, today, who)
    return counts


def _company(store: Store, rng: random.Random, n: int) -> companies.Company:
    body = f"913713{rng.randrange(10, 30):02d}MA{rng.randrange(10**6, 10**7)}"
    name = f"临沂{_NAMES[n]}物业服务有限公司"
    return companies.save(store, companies.Company(
        name, body + companies.check_digit(body), contact=rng.choice(_MANAGERS) + "经理",
        phone=f"0539-{rng.randrange(2000000, 8999999)}", address=f"临沂市兰山区{_NAMES[n]}路"
                                                                  f"{rng.randint(1, 300)}号"))


def _projects(store: Store, rng: random.Random, firms: list[companies.Company],
              places: list[Compound], since: dt.date) -> list[Project]:
    """Most compounds are managed: a few big companies hold several each."""
    found = []
    weights = [max(1, 12 - n) for n in range(len(firms))]
    for place in places:
        if rng.random() < 0.1:
            continue  # self-managed or managed by the community
        firm = rng.choices(firms, weights)[0]
        day = since + dt.timedelta(days=rng.randrange(0, 200))
        found.append(projects.assign(store, firm.id, place.id, day,
                                     manager=rng.choice(_MANAGERS) + rng.choice("伟强磊军洋勇")))
    return found


def _checks(store: Store, rng: random.Random, running: list[Project],
            quarter: quarters.Quarter, pictures: list[str], today: dt.date) -> int:
    made = 0
    for project in rng.sample(running, k=min(len(running), 8)):
        day = quarter.first_day + dt.timedelta(days=rng.randrange(0, 85))
        current = projects.get(store, project.id)
        if day > today or not current.active_on(day):
            continue
        checks.record(store, project.id, checked_on=day, inspector="暗访组",
                      findings=rng.choice(_CHECK_FINDINGS), score=rng.randrange(55, 98),
                      known_photos=rng.sample(pictures, k=min(2, len(pictures))))
        made += 1
    return made


def _evaluate(store: Store, rng: random.Random, running: list[Project],
              quarter: quarters.Quarter) -> None:
    for project in running:
        current = projects.get(store, project.id)
        if not current.overlaps(quarter.first_day, quarter.last_day):
            continue
        evaluation.give(store, str(quarter), project.id,
                        party_branch_score=rng.randrange(45, 99),
                        satisfaction=rng.randrange(48, 99) if rng.random() < 0.6 else None,
                        assessor="小区党支部")


def _measures(store: Store, rng: random.Random, running: list[Project],
              quarter: quarters.Quarter, today: dt.date, who: str) -> int:
    """After each evaluation: the last ranked are supervised, interviewed, their managers
    replaced; in the last quarter evaluated, the worst company is expelled from a compound."""
    ranked = [r for r in evaluation.evaluate(store, str(quarter)) if r.total is not None]
    worst = ranked[-6:]
    day = min(today, quarter.last_day + dt.timedelta(days=15))
    taken = 0
    for n, result in enumerate(reversed(worst)):
        kind = ("expulsion" if n == 0 and quarter.next().last_day >= today else
                "manager_replacement" if n < 2 else "interview" if n < 4 else "supervision")
        project = result.project
        if projects.get(store, project.id).ended_on is not None:
            continue
        measure = measures.take(store, kind, project.company_id, on=day,
                                reason=_REASONS[kind], project_id=project.id, issued_by=who,
                                new_manager=rng.choice(_MANAGERS) + rng.choice("斌涛鹏峰"))
        if kind == "expulsion":  # another company takes the compound over
            _take_over(store, rng, project, day + dt.timedelta(days=1), today)
        if kind in ("supervision", "interview") and day + dt.timedelta(days=20) <= today:
            measures.record_outcome(store, measure.id, "已按要求整改，复查合格",
                                    day + dt.timedelta(days=20))
        taken += 1
    return taken


def _take_over(store: Store, rng: random.Random, expelled: Project, day: dt.date,
               today: dt.date) -> None:
    others = [c for c in companies.search(store) if c.id != expelled.company_id]
    if others and day <= today:
        projects.assign(store, rng.choice(others).id, expelled.compound_id, day,
                        manager=rng.choice(_MANAGERS) + "经理", reason="原物业企业被清退")
