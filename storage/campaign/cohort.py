"""The key compounds as a cohort: their complaints year on year (the article's −54.6 %),
each compound before and after (香榭丽: 40 a month to 2, −95 %), and satisfaction month
by month (48 % → 98 %).

A year-on-year change is only as good as its base. The base *lacks data* when it
begins more than three days before the first work order the store holds (the exports
began within or after it) or when a month of it has no work order at all (an export
never imported); the change is then withheld and the months are named, rather than a
+317.6 % printed on a partial base.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from storage.campaign import rankings
from storage.store.db import Store

BEFORE_MONTHS = 3  # "before": the mean of the three whole months before enrolment
AFTER_MONTHS = 3  # "after": the mean of the last three months of the period
# Exports that begin within three days of the base's start (a quiet first day or two)
# are taken to cover it.
SLACK = dt.timedelta(days=3)


def gaps(store: Store, first: dt.date, last: dt.date) -> list[str]:
    """The months from ``first`` to ``last`` the store lacks work orders for (see above)."""
    start = store.db.execute("SELECT min(received_at) FROM work_orders").fetchone()[0]
    months = rankings.months_between(f"{first:%Y-%m}", f"{last:%Y-%m}")
    if start is None:
        return months
    held = {m for (m,) in store.db.execute(
        "SELECT DISTINCT month FROM work_orders WHERE month BETWEEN ? AND ?",
        [months[0], months[-1]])}
    lacking = {m for m in months if m not in held}
    begun = dt.date.fromisoformat(start[:10])
    if begun - first > SLACK and start[:7] in months:
        lacking.add(start[:7])  # the exports begin well within it: that month is partial
    return sorted(lacking)


def change(now: int, before: int, lacking: list[str]) -> float | None:
    """Year-on-year change as a fraction, None without a (complete) base."""
    if lacking or not before:
        return None
    return (now - before) / before


@dataclass(frozen=True)
class Member:
    """A compound of the cohort: enrolled when, complaints a month before and after."""

    compound_id: str
    name: str
    district: str
    street: str
    enrolled_on: str
    before: float | None  # mean a month over the three months before enrolment
    after: float | None  # mean a month over the last three months of the period
    lacking: tuple[str, ...] = ()  # months of the "before" the store lacks

    @property
    def change(self) -> float | None:
        if self.lacking or not self.before or self.after is None:
            return None
        return (self.after - self.before) / self.before


@dataclass
class Cohort:
    first: dt.date
    last: dt.date
    members: list[Member]
    now: int
    before: int
    lacking: list[str]  # months of the year-before period the store lacks
    satisfaction: list[tuple[str, float | None]] = field(default_factory=list)

    @property
    def change(self) -> float | None:
        return change(self.now, self.before, self.lacking)


def _enrolled(store: Store, by: dt.date) -> list[tuple[str, str, str, str, str]]:
    return store.db.execute(
        "SELECT c.id, c.name, c.district, c.street, min(e.on_date) FROM campaign_events e"
        " JOIN compounds c ON c.id = e.compound_id WHERE e.state = 'enrolled'"
        " AND e.on_date <= ? GROUP BY c.id ORDER BY c.district, c.street, c.name",
        [by.isoformat()]).fetchall()


def _count(store: Store, ids: list[str], first: dt.date, last: dt.date) -> int:
    if not ids:
        return 0
    marks = ", ".join("?" * len(ids))
    return int(store.db.execute(
        f"SELECT count(*) FROM work_orders WHERE compound_id IN ({marks})"
        " AND month BETWEEN ? AND ? AND received_at >= ? AND received_at < ?",
        [*ids, f"{first:%Y-%m}", f"{last:%Y-%m}", first.isoformat(),
         (last + dt.timedelta(days=1)).isoformat()]).fetchone()[0])


def _month_start(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _mean(store: Store, compound_id: str, first: dt.date, months: int) -> float:
    last = _month_start(first, months) - dt.timedelta(days=1)
    return round(_count(store, [compound_id], first, last) / months, 1)


def cohort(store: Store, first: dt.date, last: dt.date, *,
           enrolled_by: dt.date | None = None) -> Cohort:
    """The compounds enrolled by ``enrolled_by`` (the period's end by default), their
    complaints from ``first`` to ``last`` against the same days a year before."""
    rows = _enrolled(store, enrolled_by or last)
    ids = [r[0] for r in rows]
    base = (rankings.year_before(first), rankings.year_before(last))
    after_start = _month_start(last, 1 - AFTER_MONTHS)
    members = []
    for ident, name, district, street, enrolled in rows:
        start = _month_start(dt.date.fromisoformat(enrolled), -BEFORE_MONTHS)
        lacking = gaps(store, start, _month_start(start, BEFORE_MONTHS) - dt.timedelta(days=1))
        members.append(Member(ident, name, district, street, enrolled,
                              _mean(store, ident, start, BEFORE_MONTHS),
                              _mean(store, ident, after_start, AFTER_MONTHS), tuple(lacking)))
    return Cohort(first, last, members, _count(store, ids, first, last),
                  _count(store, ids, *base), gaps(store, *base),
                  satisfaction(store, ids, first, last))


def satisfaction(store: Store, ids: list[str], first: dt.date,
                 last: dt.date) -> list[tuple[str, float | None]]:
    """The share of satisfied among rated work orders of these compounds, month by month."""
    months = rankings.months_between(f"{first:%Y-%m}", f"{last:%Y-%m}")
    if not ids:
        return [(m, None) for m in months]
    marks = ", ".join("?" * len(ids))
    rates = {m: (s / r if r else None) for m, r, s in store.db.execute(
        f"SELECT month, count(satisfied), coalesce(sum(satisfied), 0) FROM work_orders"
        f" WHERE compound_id IN ({marks}) AND month BETWEEN ? AND ? GROUP BY month",
        [*ids, months[0], months[-1]])}
    return [(m, rates.get(m)) for m in months]
