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
             FROM work_orders WHERE {now} AND compound_id IS NOT NULL {only}
             GROUP BY compound_id),
     prev AS (SELECT compound_id AS k, count(*) AS n FROM work_orders
              WHERE {before} AND compound_id IS NOT NULL {only}
              GROUP BY compound_id)
SELECT rank() OVER (ORDER BY cur.n DESC), c.id, c.name, c.district, c.street, cur.n,
       coalesce(prev.n, 0), cur.r, cur.s, cur.p
FROM cur JOIN compounds AS c ON c.id = cur.k LEFT JOIN prev ON prev.k = cur.k
ORDER BY 1, c.district, c.street, c.name
"""

# A street's (district's) work orders: those of its compounds, and those naming it but
# no compound we know. Orders that name no street (district) belong to none.
_PLACED = """
    SELECT CASE WHEN c.id IS NULL THEN w.district ELSE c.district END AS district,
           CASE WHEN c.id IS NULL THEN w.street ELSE c.street END AS street,
           w.month AS month, {now} AS is_now, w.satisfied AS satisfied,
           w.category_key AS category_key
    FROM work_orders AS w LEFT JOIN compounds AS c ON c.id = w.compound_id
    WHERE ({now} OR {before}) {only}"""

_AREA_SQL = """
WITH placed AS ({placed}),
named AS (SELECT * FROM placed WHERE {named}),
cur AS (SELECT {group} AS k, min(district) AS d, min(street) AS st, count(*) AS n,
               count(satisfied) AS r, coalesce(sum(satisfied), 0) AS s,
               sum(category_key = 'property') AS p
        FROM named WHERE is_now GROUP BY {group}),
prev AS (SELECT {group} AS k, count(*) AS n FROM named WHERE NOT is_now GROUP BY {group})
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
    first = dt.date.fromisoformat(month + "-01")
    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    rows = span(store, first, last, level, category)
    return rows[:limit] if limit else rows


def _days(alias: str, first: dt.date, last: dt.date) -> tuple[str, list[str]]:
    """Work orders received from ``first`` to ``last`` (the month index narrows first)."""
    prefix = f"{alias}." if alias else ""
    return (f"({prefix}month BETWEEN ? AND ? AND {prefix}received_at >= ?"
            f" AND {prefix}received_at < ?)",
            [f"{first:%Y-%m}", f"{last:%Y-%m}", first.isoformat(),
             (last + dt.timedelta(days=1)).isoformat()])


def span(store: Store, first: dt.date, last: dt.date, level: str = "compound",
         category: str | None = None) -> list[RankRow]:
    """The ranking over the days ``first`` … ``last`` (a month, a quarter), with the same
    days a year before: the one count of a compound's, street's or district's complaints.
    """
    check_category(category)
    only, extra = ("AND category_key = ?", [category]) if category else ("", [])
    if level == "compound":
        now, now_params = _days("", first, last)
        before, before_params = _days("", year_before(first), year_before(last))
        sql = _COMPOUND_SQL.format(now=now, before=before, only=only)
        rows = store.db.execute(sql, [*now_params, *extra, *before_params, *extra]).fetchall()
    elif level in ("street", "district"):
        now, now_params = _days("w", first, last)
        before, before_params = _days("w", year_before(first), year_before(last))
        group = "district || ' ' || street" if level == "street" else "district"
        named = "street <> ''" if level == "street" else "district <> ''"
        sql = _AREA_SQL.format(placed=_PLACED.format(now=now, before=before, only=only),
                               group=group, named=named,
                               street="cur.st" if level == "street" else "''")
        rows = [(r[0], r[1], r[4] if level == "street" else r[2], *r[3:])
                for r in store.db.execute(sql, [*now_params, *now_params, *before_params,
                                                *extra])]
    else:
        raise ValueError(level)
    return [RankRow(*row) for row in rows]


def area_months(store: Store, first: dt.date, last: dt.date, level: str,
                name: str) -> dict[str, int]:
    """A street's (district's) complaints per month from ``first`` to ``last``, counted as
    :func:`span` counts them."""
    if level not in ("street", "district"):
        raise ValueError(level)
    now, params = _days("w", first, last)
    placed = _PLACED.format(now=now, before="0", only="")
    rows = store.db.execute(
        f"SELECT month, count(*) FROM ({placed}) WHERE {level} = ? GROUP BY month",
        [*params, *params, name]).fetchall()
    return {month: count for month, count in rows}


def year_before(day: dt.date) -> dt.date:
    """The same day a year before (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


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
