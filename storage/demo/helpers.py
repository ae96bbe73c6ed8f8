"""The helpers' part of the demo: leaders, red-collar secretaries and units for the key
compounds, their changes, visits, funds and livelihood projects, in the article's
proportions (139 leaders, 129 secretaries and 236 units for 182 compounds; 4,837 万元 and
306 projects)."""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid

from storage.campaign import states
from storage.helpers import assignments, people, work
from storage.helpers.people import Helper
from storage.inspection.compounds import Compound
from storage.store import versioning
from storage.store.db import Store

DEMO = versioning.Origin("demo")
KEY_SHARE = 0.5  # the share of the demo's compounds treated as key compounds
PER_COMPOUND = {"leader": 139 / 182, "secretary": 129 / 182, "unit": 236 / 182}
FUNDS_WAN_PER_COMPOUND = 4837 / 182
PROJECTS_PER_COMPOUND = 306 / 182

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
_GIVEN = ["建国", "志强", "红梅", "立新", "海燕", "庆华", "明亮", "秀英", "振华", "玉兰", "文斌",
          "晓东", "丽娟", "国栋", "春生", "淑芬", "德胜", "雪梅", "永刚", "桂香"]
_LEADER_POSTS = ["县委常委、副县长", "县人大常委会副主任", "县政协副主席", "县委常委、组织部部长",
                 "副县长", "县委常委、政法委书记", "县人大常委会党组成员", "县政协党组副书记"]
_SENDING_UNITS = ["市行政审批服务局", "市住房和城乡建设局", "市自然资源和规划局", "市民政局",
                  "市财政局", "市城市管理局", "市市场监督管理局", "市卫生健康委员会",
                  "市教育局", "市人力资源和社会保障局"]
_SECRETARY_POSTS = ["一级主任科员", "科长", "副科长", "四级调研员", "二级主任科员"]
_UNITS = ["住房和城乡建设局", "城市管理局", "公安分局", "自然资源和规划分局", "民政局",
          "财政局", "水务局", "市场监督管理局", "卫生健康局", "教育和体育局", "司法局",
          "交通运输局", "退役军人事务局", "供电中心", "人力资源和社会保障局", "文化和旅游局"]
_PURPOSES = ["实地查看小区雨污管网和积水点", "听取小区党支部整改情况汇报",
             "与物业企业、业委会座谈停车难问题", "走访独居老人和困难家庭",
             "调度民生项目进度", "察看违法建设拆除后的现场"]
_DECISIONS = ["由帮扶单位协调资金，年内完成雨污分流改造", "两周内清理楼道堆物，物业每日巡查",
              "新增电动自行车充电车棚两处", "约谈物业项目经理，限期改进保洁和维修",
              "成立业委会筹备组，由街道指导", "拆除后的场地建设口袋公园"]
_FUND_SOURCES = ["单位自筹", "财政资金", "社会资金", "帮扶单位协调", "专项维修资金"]
_PROJECTS = [("雨污分流改造", 40, 180), ("柏油路面修葺", 20, 90), ("文化广场修缮", 10, 40),
             ("党群服务站建设", 15, 60), ("电动自行车充电车棚", 3, 15), ("路灯和监控补装", 5, 20),
             ("幸福食堂", 10, 35), ("口袋公园", 8, 30), ("外墙防水翻修", 30, 120),
             ("老年活动室", 5, 20), ("停车位挖潜", 6, 25), ("暖气管网接入", 50, 200)]
_STATES = ["done"] * 4 + ["underway"] * 3 + ["planned"] * 2 + ["cancelled"]
# The article's own compound: a red-collar secretary from the city's approval office
# opened heating after ten years, resurfaced roads and square, won a 600 m² party office.
_ARTICLE = {"锦绣华庭一期": ("市行政审批服务局", [
    ("暖气开通（10年未通）", 120, "done"), ("柏油路、文化广场修葺", 65, "done"),
    ("党群服务站（近600平方米）", 45, "done")])}


def build(store: Store, rng: random.Random, places: list[Compound], today: dt.date,
          pictures: list[str]) -> dict[str, int]:
    """People, units, assignments, visits, funds and projects of the key compounds."""
    key = _key_compounds(store, places)
    roster = _people(store, rng, key)
    counts = {"helpers": sum(len(v) for v in roster.values()), "assignments": 0,
              "visits": 0, "funds": 0, "projects": 0}
    start = today - dt.timedelta(days=240)
    for n, compound in enumerate(key):
        counts["assignments"] += _assign(store, rng, compound, roster, n, start, today)
        counts["visits"] += _visits(store, rng, compound, start, today)
        made = _projects(store, rng, compound, start, today, pictures)
        counts["projects"] += made
        counts["funds"] += _funds(store, rng, compound, start, today)
    return counts


def _key_compounds(store: Store, places: list[Compound]) -> list[Compound]:
    """The campaign's compounds first, then others, up to half the demo's compounds."""
    enrolled = {e.compound_id for e in states.board(store)}
    ordered = sorted(places, key=lambda c: c.id not in enrolled)
    return ordered[:max(len(enrolled), math.ceil(len(places) * KEY_SHARE))]


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('35789')}{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}"


def _people(store: Store, rng: random.Random, key: list[Compound]) -> dict[str, list[Helper]]:
    """Per district, as many leaders, secretaries and units as the article's proportions."""
    roster: dict[str, list[Helper]] = {"leader": [], "secretary": [], "unit": []}
    by_district: dict[str, list[Compound]] = {}
    for compound in key:
        by_district.setdefault(compound.district, []).append(compound)
    for district, compounds in sorted(by_district.items()):
        for role, share in PER_COMPOUND.items():
            for n in range(max(1, round(len(compounds) * share))):
                roster[role].append(people.save(store, _helper(rng, role, district, n), DEMO))
    return roster


def _helper(rng: random.Random, role: str, district: str, n: int) -> Helper:
    ident = _uuid(rng)
    if role == "leader":
        return Helper(role, _name(rng), post=rng.choice(_LEADER_POSTS), phone=_phone(rng),
                      district=district, id=ident)
    if role == "secretary":
        return Helper(role, _name(rng), post=rng.choice(_SECRETARY_POSTS),
                      unit=rng.choice(_SENDING_UNITS), phone=_phone(rng), district=district,
                      id=ident)
    unit = f"{district}{_UNITS[n % len(_UNITS)]}"
    return Helper(role, unit, contact=_name(rng), post="办公室主任", phone=_phone(rng),
                  district=district, id=ident)


def _assign(store: Store, rng: random.Random, compound: Compound,
            roster: dict[str, list[Helper]], n: int, start: dt.date, today: dt.date) -> int:
    """One leader, one secretary, one or two units; now and then a change of leader."""
    made = 0
    local = {role: [h for h in found if h.district == compound.district] or found
             for role, found in roster.items()}
    for role in ("leader", "secretary", "unit"):
        choices = local[role]
        first = choices[n % len(choices)]
        since = start + dt.timedelta(days=rng.randint(0, 20))
        if role == "secretary" and compound.name in _ARTICLE:
            first.unit = _ARTICLE[compound.name][0]
            people.save(store, first, DEMO)
        assignments.assign(store, compound.id, first.id, since=since.isoformat(),
                           reason="确定帮带关系", origin=DEMO, ident=_uuid(rng))
        made += 1
        if role == "unit" and len(choices) > 1 and rng.random() < 0.3:
            second = choices[(n + 1) % len(choices)]
            assignments.assign(store, compound.id, second.id, since=since.isoformat(),
                               reason="增派结对单位", origin=DEMO, ident=_uuid(rng))
            made += 1
        if role == "leader" and len(choices) > 1 and rng.random() < 0.15:
            change = today - dt.timedelta(days=rng.randint(20, 90))
            assignments.assign(store, compound.id, choices[(n + 1) % len(choices)].id,
                               since=change.isoformat(), reason="工作调整", origin=DEMO,
                               ident=_uuid(rng))
            made += 1
    return made


def _visits(store: Store, rng: random.Random, compound: Compound, start: dt.date,
            today: dt.date) -> int:
    helpers = assignments.current(store, compound.id, today)
    count = rng.randint(2, 5)
    for _ in range(count):
        who = rng.choice(helpers) if helpers else None
        day = start + dt.timedelta(days=rng.randint(0, (today - start).days))
        work.save_visit(store, work.Visit(
            compound.id, day.isoformat(), who.helper_id if who else None,
            people="街道党工委书记、社区书记、物业项目经理", purpose=rng.choice(_PURPOSES),
            decisions=rng.choice(_DECISIONS), id=_uuid(rng)), DEMO)
    return count


def _projects(store: Store, rng: random.Random, compound: Compound, start: dt.date,
              today: dt.date, pictures: list[str]) -> int:
    known = _ARTICLE.get(compound.name, ("", []))[1]
    count = len(known) or _poisson(rng, PROJECTS_PER_COMPOUND)
    picks: list[tuple[str, float, str]] = [(n, float(b), s) for n, b, s in known] or [
        (name, round(rng.uniform(low, high), 1), rng.choice(_STATES))
        for name, low, high in rng.sample(_PROJECTS, k=min(count, len(_PROJECTS)))]
    helper = next(iter(assignments.current(store, compound.id, today)), None)
    for name, budget, state in picks:
        begin = start + dt.timedelta(days=rng.randint(10, 120))
        finish = begin + dt.timedelta(days=rng.randint(30, 150))
        photos = [{"photo": rng.choice(pictures), "item": "", "caption": "竣工" if state ==
                   "done" else "施工现场"}] if pictures and state in ("done", "underway") else []
        work.save_project(store, work.Project(
            name, compound.id, helper.helper_id if helper else None, budget, state,
            begin.isoformat(), min(finish, today).isoformat() if state == "done"
            else finish.isoformat(), f"{compound.name}{name}", attachments=photos,
            id=_uuid(rng)), DEMO)
    return len(picks)


def _funds(store: Store, rng: random.Random, compound: Compound, start: dt.date,
           today: dt.date) -> int:
    """Funds around the article's mean per compound, in one to three tranches."""
    total = rng.uniform(0.4, 1.6) * FUNDS_WAN_PER_COMPOUND
    parts = rng.randint(1, 3)
    helpers = assignments.current(store, compound.id, today)
    for n in range(parts):
        day = start + dt.timedelta(days=rng.randint(0, (today - start).days))
        work.save_fund(store, work.Fund(
            compound.id, round(total / parts, 2), day.isoformat(),
            helpers[n % len(helpers)].helper_id if helpers else None,
            source=rng.choice(_FUND_SOURCES), use=rng.choice(_DECISIONS),
            id=_uuid(rng)), DEMO)
    return parts


def _poisson(rng: random.Random, mean: float) -> int:
    """A small count around ``mean`` (Knuth's method)."""
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
