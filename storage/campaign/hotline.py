"""12345 hotline work orders: categories, satisfaction, storing and listing them.

A work order's number is its identity: storing one already known changes nothing,
except the state and satisfaction the platform adds later (a complaint is rated after it
is closed), which the newer export brings.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from dataclasses import dataclass

from storage import clock
from storage.store.db import Store

# The four checklists of the campaign, then the others; first keyword found wins.
CATEGORY_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("illegal_construction", ("私搭乱建", "违法建设", "违章建筑", "违建", "乱搭", "搭建",
                              "私建", "圈占")),
    ("pets", ("宠物", "犬", "狗", "猫", "饲养")),
    ("pipe_network", ("管网", "雨污", "下水", "排水", "污水", "化粪池", "管道", "井盖", "积水")),
    ("parking", ("停车", "车位", "消防通道", "占道", "车辆", "充电")),
    ("property", ("物业", "保洁", "维修基金", "电梯", "绿化", "门禁", "业委会", "开发商",
                  "收费")),
)
CATEGORY_KEYS = (*(key for key, _ in CATEGORY_KEYWORDS), "other")
CHECKLIST_CATEGORIES = ("illegal_construction", "pets", "parking", "pipe_network")
_UNSATISFIED = ("不满意", "非常不满意", "不太满意")
_SATISFIED = ("满意", "非常满意", "基本满意", "比较满意")


@functools.lru_cache(maxsize=8192)
def category_key(category: str, content: str = "") -> str:
    """The checklist (or ``property`` / ``other``) a complaint belongs to.

    The platform's category decides; the complaint's text only when the category says
    nothing we know (for example 其他 or 城市管理).
    """
    for text in (category, content):
        for key, words in CATEGORY_KEYWORDS:
            if any(word in text for word in words):
                return key
    return "other"


@functools.lru_cache(maxsize=256)
def satisfied(text: str) -> int | None:
    """1 for a satisfied rating, 0 for an unsatisfied one, None when not rated."""
    value = (text or "").strip()
    if value in _UNSATISFIED or value.startswith("不"):
        return 0
    if value in _SATISFIED or value.endswith("满意"):
        return 1
    return None


@dataclass(slots=True)
class WorkOrder:
    number: str
    received_at: str  # local time, "YYYY-MM-DD HH:MM:SS"
    category: str = ""
    category_key: str = "other"
    district: str = ""
    street: str = ""
    compound_id: str | None = None
    compound_text: str = ""
    compound_key: str = ""
    address: str = ""
    content: str = ""
    satisfaction: str = ""
    satisfied: int | None = None
    state: str = ""
    source_file: str = ""


@dataclass(frozen=True)
class Stored:
    """What storing a batch did: new work orders, known ones updated, known unchanged."""

    inserted: int
    updated: int
    unchanged: int


_COLUMNS = tuple(WorkOrder.__dataclass_fields__)


def add(first: Stored, second: Stored) -> Stored:
    return Stored(first.inserted + second.inserted, first.updated + second.updated,
                  first.unchanged + second.unchanged)
_INSERT = (
    f"INSERT INTO work_orders ({', '.join(_COLUMNS)}, month, imported_at)"
    f" VALUES ({', '.join('?' * (len(_COLUMNS) + 2))})"
    # Only what the platform adds later is refreshed, and never blanked by an export
    # that lacks the column.
    " ON CONFLICT (number) DO UPDATE SET"
    " state = CASE WHEN excluded.state <> '' THEN excluded.state ELSE work_orders.state END,"
    " satisfaction = CASE WHEN excluded.satisfaction <> '' THEN excluded.satisfaction"
    " ELSE work_orders.satisfaction END,"
    " satisfied = CASE WHEN excluded.satisfaction <> '' THEN excluded.satisfied"
    " ELSE work_orders.satisfied END"
    " WHERE (excluded.state <> '' AND excluded.state <> work_orders.state)"
    " OR (excluded.satisfaction <> '' AND excluded.satisfaction <> work_orders.satisfaction)"
)


def store_batch(store: Store, orders: Iterable[WorkOrder]) -> Stored:
    """Insert new work orders and refresh known ones; call inside ``store.atomic()``."""
    stamp = clock.now()
    values = operator.attrgetter(*_COLUMNS)
    rows = [(*values(o), o.received_at[:7], stamp) for o in orders]
    before = _count(store)
    changes = store.db.conn.total_changes
    store.db.conn.executemany(_INSERT, rows)
    inserted = _count(store) - before
    updated = store.db.conn.total_changes - changes - inserted
    return Stored(inserted, updated, len(rows) - inserted - updated)


def _count(store: Store) -> int:
    # Work orders are never deleted and a new row takes max(id) + 1, so the growth of
    # max(id) is the number inserted; instant where count(*) scans a million rows.
    return int(store.db.execute("SELECT coalesce(max(id), 0) FROM work_orders").fetchone()[0])


def get(store: Store, number: str) -> WorkOrder | None:
    row = store.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM work_orders WHERE number = ?",
                           [number]).fetchone()
    return WorkOrder(*row) if row else None


@dataclass(frozen=True)
class Unmatched:
    """Work orders waiting for a compound, grouped by what they name."""

    key: str
    text: str
    district: str
    street: str
    count: int


def unmatched(store: Store, limit: int = 500) -> list[Unmatched]:
    """The texts no compound was matched to, most frequent first."""
    rows = store.db.execute(
        "SELECT compound_key, max(CASE WHEN compound_text <> '' THEN compound_text"
        " ELSE address END), district, street, count(*) FROM work_orders"
        " WHERE compound_id IS NULL GROUP BY compound_key, district, street"
        " ORDER BY count(*) DESC, compound_key LIMIT ?", [limit]).fetchall()
    return [Unmatched(*row) for row in rows]


def unmatched_total(store: Store) -> int:
    return int(store.db.execute(
        "SELECT count(*) FROM work_orders WHERE compound_id IS NULL").fetchone()[0])
