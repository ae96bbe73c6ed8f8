"""Rankings by hotline complaints: per month, per compound, street or district.

Ties share a rank and the next rank skips ("competition ranking", 1224): with 51
compounds tied at rank 50, all 51 are "in the top 50", none is left out by the
order the database happened to return them in.

A street's or district's complaints are those of the compounds in it, plus the work
orders that name it but no compound we know (the platform counts them too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storage.campaign import hotline
from storage.store.db import Store

LEVELS = ("compound", "street", "district")


@dataclass(frozen=True)
class RankRow:
    rank: int
    key: str  # the compound's id, or the street's or district's name
    name: str
    district: str
    street: str
    complaints: int
    last_year: int  # the same month a year before
    rated: int
    satisfied: int
    property_complaints: int

    @property
    def change(self) -> float | None:
        """Year-on-year change as a fraction (-0.5 is half as many), None without a base."""
        return (self.complaints - self.last_year) / self.last_year if self.last_year else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.rated if self.rated else None

    @property
    def property_share(self) -> float:
        return self.property_complaints / self.complaints if self.complaints else 0.0


def previous_year(month: str) -> str:
    return f"{int(month[:4]) - 1:04d}{month[4:]}"


def check_month(month: str) -> str:
    """``YYYY-MM`` or ValueError."""
    dt.date.fromisoformat(month + "-01")
    if len(month) != 7:
        raise ValueError(month)
    return month


_COMPOUND_SQL = """
WITH cur AS (SELECT compound_id AS k, count(*) AS n, count(satisfied) AS r,
                    coalesce(sum(satisfied), 0) AS s, sum(category_key = 'property') AS p
             FROM work_orders WHERE month BETWEEN ? AND ? AND compound_id IS NOT NULL {only}
             GROUP BY compound_id),
     prev AS (SELECT compound_id AS k, count(*) AS n FROM work_orders
              WHERE month BETWEEN ? AND ? AND compound_id IS NOT NULL {only}
              GROUP BY compound_id)
SELECT rank() OVER (ORDER BY cur.n DESC), c.id, c.name, c.district, c.street, cur.n,
       coalesce(prev.n, 0), cur.r, cur.s, cur.p
FROM cur JOIN compounds AS c ON c.id = cur.k LEFT JOIN prev ON prev.k = cur.k
ORDER BY 1, c.district, c.street, c.name
"""

# A street's (district's) work orders: those of its compounds, and those naming it but
# no compound we know. Orders that name no street (district) belong to none.
_AREA_SQL = """
WITH placed AS (
    SELECT CASE WHEN c.id IS NULL THEN w.district ELSE c.district END AS district,
           CASE WHEN c.id IS NULL THEN w.street ELSE c.street END AS street,
           w.month AS month, w.satisfied AS satisfied, w.category_key AS category_key
    FROM work_orders AS w LEFT JOIN compounds AS c ON c.id = w.compound_id
    WHERE (w.month BETWEEN ? AND ? OR w.month BETWEEN ? AND ?) {only}),
named AS (SELECT * FROM placed WHERE {named}),
cur AS (SELECT {group} AS k, min(district) AS d, min(street) AS st, count(*) AS n,
               count(satisfied) AS r, coalesce(sum(satisfied), 0) AS s,
               sum(category_key = 'property') AS p
        FROM named WHERE month BETWEEN ? AND ? GROUP BY {group}),
prev AS (SELECT {group} AS k, count(*) AS n FROM named WHERE month BETWEEN ? AND ?
         GROUP BY {group})
SELECT rank() OVER (ORDER BY cur.n DESC), cur.k, cur.k, cur.d, {street}, cur.n,
       coalesce(prev.n, 0), cur.r, cur.s, cur.p
FROM cur LEFT JOIN prev ON prev.k = cur.k
ORDER BY 1, cur.k
"""


def check_category(category: str | None) -> str | None:
    """A complaint category key (``property`` …) or None for all; ValueError otherwise."""
    if category not in (None, *hotline.CATEGORY_KEYS):
        raise ValueError(category)
    return category


def rank(store: Store, month: str, level: str = "compound", limit: int | None = None,
         category: str | None = None) -> list[RankRow]:
    """The month's ranking by complaints (of one category, or all), with a year before."""
    check_month(month)
    rows = span(store, month, month, level, category)
    return rows[:limit] if limit else rows


def span(store: Store, first: str, last: str, level: str = "compound",
         category: str | None = None) -> list[RankRow]:
    """The ranking over the months ``first`` … ``last`` (a quarter, a year), with the same
    months a year before. The one count of a compound's, street's or district's complaints.
    """
    check_category(category)
    only, extra = ("AND category_key = ?", [category]) if category else ("", [])
    before = (previous_year(first), previous_year(last))
    if level == "compound":
        sql = _COMPOUND_SQL.format(only=only)
        rows = store.db.execute(sql, [first, last, *extra, *before, *extra]).fetchall()
    elif level in ("street", "district"):
        group = "district || ' ' || street" if level == "street" else "district"
        named = "street <> ''" if level == "street" else "district <> ''"
        sql = _AREA_SQL.format(group=group, named=named, only=only,
                               street="cur.st" if level == "street" else "''")
        rows = [(r[0], r[1], r[4] if level == "street" else r[2], *r[3:])
                for r in store.db.execute(sql, [first, last, *before, *extra, first, last,
                                                *before])]
    else:
        raise ValueError(level)
    return [RankRow(*row) for row in rows]


def month_range(store: Store) -> tuple[str, str] | None:
    """The first and last month with work orders, or None for none."""
    first, last = store.db.execute("SELECT min(month), max(month) FROM work_orders").fetchone()
    return (first, last) if first else None


def months_between(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last``, both included."""
    year, month = int(first[:4]), int(first[5:])
    result = []
    while f"{year:04d}-{month:02d}" <= last:
        result.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def trend(store: Store, compound_id: str, first: str, last: str) -> list[tuple[str, int]]:
    """A compound's complaints per month from ``first`` to ``last`` (zeros included)."""
    counts = dict(store.db.execute(
        "SELECT month, count(*) FROM work_orders WHERE compound_id = ? AND month BETWEEN ?"
        " AND ? GROUP BY month", [compound_id, first, last]).fetchall())
    return [(month, int(counts.get(month, 0))) for month in months_between(first, last)]
