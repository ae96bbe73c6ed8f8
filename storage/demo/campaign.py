"""The campaign's part of the demo: fourteen months of 12345 work orders, the campaign's course."""

from __future__ import annotations

import datetime as dt
import random

from storage.campaign import hotline, names, states
from storage.demo.inspection import ARTICLE_COMPOUNDS
from storage.inspection.compounds import Compound
from storage.store.db import Store


def build(store: Store, rng: random.Random, places: list[Compound],
          today: dt.date) -> dict[str, int]:
    """Work orders and the course of the first compounds through the campaign."""
    return {"work_orders": _hotline(store, rng, places, today),
            "campaign": _campaign(store, places, today)}


# Hotline categories as the 12345 platform writes them, with what residents say.
_COMPLAINTS = [
    ("城市管理-私搭乱建", "楼顶有人违规加盖彩钢房，存在安全隐患"),
    ("城市管理-私搭乱建", "一楼住户圈占公共绿地建院墙"),
    ("城市管理-违规饲养宠物", "有人遛狗不拴绳，晚上狗叫扰民"),
    ("城市管理-违规饲养宠物", "楼道里有狗粪无人清理"),
    ("交通管理-停车秩序", "消防通道被私家车长期占用"),
    ("交通管理-停车秩序", "电动车在楼道内飞线充电"),
    ("城市管理-雨污管网", "小区下水道堵塞，污水外溢"),
    ("城市管理-雨污管网", "雨后小区主干道严重积水"),
    ("住房建设-物业管理", "物业不作为，垃圾清运不及时"),
    ("住房建设-物业管理", "电梯经常故障，物业维修不及时"),
    ("其他", "小区周边夜间施工噪音扰民"),
]
_SATISFACTION = ["满意", "满意", "基本满意", "基本满意", "不满意"]


def _hotline(store: Store, rng: random.Random, places: list[Compound],
             today: dt.date) -> int:
    """Fourteen months of 12345 work orders; the campaign's compounds start high and fall."""
    orders: list[hotline.WorkOrder] = []
    first = (today.replace(day=1) - dt.timedelta(days=400)).replace(day=1)
    heat = {c.id: (30 if n < len(ARTICLE_COMPOUNDS) else rng.choice([1, 2, 3, 4, 6, 12, 20]))
            for n, c in enumerate(places)}
    month = first
    while month <= today:
        progress = (month - first).days / max((today - first).days, 1)
        for n, compound in enumerate(places):
            rate = heat[compound.id] * ((1 - 0.6 * progress) if n < 6 else 1.0)
            for _ in range(max(0, int(rng.gauss(rate, rate / 3)))):
                orders.append(_work_order(rng, compound, month, today, len(orders)))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    for typo in ("锦秀华庭一期", "丰瑞丽都3号楼"):  # names the matcher must leave to a person
        order = _work_order(rng, places[0], today.replace(day=1), today, len(orders))
        order.compound_id, order.compound_text = None, typo
        order.compound_key = names.normalise(typo)
        orders.append(order)
    return hotline.store_batch(store, orders).inserted


def _work_order(rng: random.Random, compound: Compound, month: dt.date, today: dt.date,
                n: int) -> hotline.WorkOrder:
    last = min(today, (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1))
    day = month + dt.timedelta(days=rng.randint(0, (last - month).days))
    category, content = rng.choice(_COMPLAINTS)
    return hotline.WorkOrder(
        number=f"LY{day:%Y%m}{n:07d}", received_at=f"{day} {rng.randint(7, 22):02d}:"
        f"{rng.randint(0, 59):02d}:00", category=category,
        category_key=hotline.category_key(category, content), district=compound.district,
        street=compound.street, compound_id=compound.id, compound_text=compound.name,
        compound_key=names.normalise(compound.name), address=compound.address,
        content=f"{compound.name}{content}", satisfaction=(rating := rng.choice(_SATISFACTION)),
        satisfied=hotline.satisfied(rating), state="已办结", source_file="演示数据")


# The campaign's course for the first compounds: (state, months ago) steps.
_COURSES = [
    [("enrolled", 8), ("rectifying", 8), ("accepted", 5), ("observation", 5), ("closed", 1)],
    [("enrolled", 8), ("rectifying", 8), ("accepted", 3), ("observation", 2)],
    [("enrolled", 7), ("rectifying", 7), ("accepted", 1)],
    [("enrolled", 6), ("rectifying", 6)],
    [("enrolled", 8), ("rectifying", 8), ("accepted", 5), ("observation", 4),
     ("relapsed", 2)],
    [("enrolled", 0)],
]


_WHY = {"enrolled": "月度投诉排名前50", "rectifying": "整治方案已制定",
        "accepted": "中期验收通过", "observation": "进入3个月观察期",
        "closed": "观察期满，验收销号", "relapsed": "观察期内投诉反弹"}


def _campaign(store: Store, places: list[Compound], today: dt.date) -> int:
    for compound, course in zip(places, _COURSES, strict=False):
        for state, months_ago in course:
            states.move(store, compound.id, state, who="督导组", why=_WHY[state],
                        on=states.add_months(today, -months_ago),
                        by_rank=state == "enrolled", force=True)
    return min(len(places), len(_COURSES))
