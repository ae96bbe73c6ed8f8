"""Which compound a work order names: by normalised name or a confirmed alias, never a guess.

A work order matches a compound only when
1. the supervisor confirmed its text as an alias of that compound (for its district, or
   for any district), or
2. exactly one compound has the same normalised name; when several share it, the
   work order's district and then street must leave exactly one. A single candidate in
   another district than the one the work order names is not a match either.
Everything else stays unmatched, with the reason, and is listed for the supervisor.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage import clock
from storage.campaign import names
from storage.store.db import Store

UNKNOWN = "unknown"  # no compound has this normalised name
AMBIGUOUS = "ambiguous"  # several do, and district and street do not decide
OTHER_DISTRICT = "other_district"  # the only one lies in another district
EMPTY = "empty"  # the work order names no compound or address


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    district: str
    street: str


@dataclass(frozen=True)
class Match:
    """The outcome for one text: a compound id, or None and why not."""

    key: str
    compound_id: str | None
    reason: str = ""
    via: str = ""  # "name" or "alias"


class Matcher:
    """Matches texts against the store's compounds and aliases as they are now.

    Built once per import; results are cached per (text, district, street), since a
    month's export names the same few thousand compounds again and again.
    """

    def __init__(self, store: Store) -> None:
        rows = store.db.execute(
            "SELECT id, name, district, street FROM compounds WHERE deleted = 0").fetchall()
        self.places = {p for row in rows for p in (row[2], row[3]) if p}
        self._folded = frozenset(names.fold(p) for p in (*self.places,
                                                         *names.PLACE_PREFIXES))
        self.by_key: dict[str, list[Candidate]] = {}
        for row in rows:
            key = names.normalise_folded(names.fold(row[1]), self._folded)
            self.by_key.setdefault(key, []).append(Candidate(*row))
        self.aliases = {(alias, district): compound_id for alias, district, compound_id in
                        store.db.execute(
                            "SELECT alias, district, compound_id FROM compound_aliases")}
        self._cache: dict[tuple[str, str, str], Match] = {}

    def key(self, text: str, district: str = "", street: str = "") -> str:
        return names.normalise_folded(
            names.fold(text), self._folded | {names.fold(district), names.fold(street)})

    def match(self, text: str, district: str = "", street: str = "") -> Match:
        cached = self._cache.get((text, district, street))
        if cached is None:
            cached = self._match(text, district, street)
            self._cache[(text, district, street)] = cached
        return cached

    def _match(self, text: str, district: str, street: str) -> Match:
        key = self.key(text, district, street)
        if not key:
            return Match(key, None, EMPTY)
        alias = self.aliases.get((key, names.fold(district))) or self.aliases.get((key, ""))
        if alias:
            return Match(key, alias, via="alias")
        found = self.by_key.get(key, [])
        if not found:
            return Match(key, None, UNKNOWN)
        for value, attribute in ((district, "district"), (street, "street")):
            if len(found) == 1 or not value:
                break
            narrowed = [c for c in found if names.fold(getattr(c, attribute))
                        == names.fold(value)]
            found = narrowed or found
        if len(found) > 1:
            return Match(key, None, AMBIGUOUS)
        if district and found[0].district and names.fold(found[0].district) != names.fold(
                district):
            return Match(key, None, OTHER_DISTRICT)
        return Match(key, found[0].id, via="name")

    def candidates(self, text: str, district: str = "", street: str = "") -> list[Candidate]:
        """The compounds sharing the text's normalised name (for the supervisor to pick)."""
        return list(self.by_key.get(self.key(text, district, street), []))


def confirm_alias(store: Store, text: str, compound_id: str, *, who: str,
                  district: str = "", street: str = "", matcher: Matcher | None = None) -> int:
    """Remember ``text`` as a name of the compound and match its waiting work orders.

    The one writer of aliases: the key is the one :meth:`Matcher.match` looks up.
    ``district`` limits the alias to work orders of that district (for names that
    exist in several); ``matcher`` saves reading the compounds again for many aliases.
    Returns how many unmatched work orders it matched now.
    """
    matcher = matcher or Matcher(store)
    key = matcher.key(text, district, street)
    if not key:
        raise ValueError("an alias needs a name")
    if store.db.execute("SELECT 1 FROM compounds WHERE id = ?", [compound_id]).fetchone() \
            is None:
        raise KeyError(compound_id)
    scope = names.fold(district)
    with store.atomic():
        store.db.execute(
            "INSERT OR REPLACE INTO compound_aliases (alias, district, compound_id, original,"
            " confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)",
            [key, scope, compound_id, text, who, clock.now()])
        where = "compound_id IS NULL AND compound_key = ?"
        params = [key]
        if scope:
            where += " AND district <> '' AND district = ?"
            params.append(district)
        cursor = store.db.execute(f"UPDATE work_orders SET compound_id = ? WHERE {where}",
                                  [compound_id, *params])
    return cursor.rowcount


def aliases(store: Store, compound_id: str) -> list[dict[str, str]]:
    """The confirmed aliases of a compound, for its file and for undoing a mistake."""
    rows = store.db.execute(
        "SELECT alias, district, original, confirmed_by, confirmed_at FROM compound_aliases"
        " WHERE compound_id = ? ORDER BY confirmed_at", [compound_id]).fetchall()
    keys = ("alias", "district", "original", "confirmed_by", "confirmed_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def rematch(store: Store) -> int:
    """Match the waiting work orders again (after compounds or aliases were added)."""
    matcher = Matcher(store)
    rows = store.db.execute(
        "SELECT DISTINCT compound_text, address, district, street FROM work_orders"
        " WHERE compound_id IS NULL").fetchall()
    matched = 0
    with store.atomic():
        for text, address, district, street in rows:
            found = matcher.match(text or address, district, street)
            if found.compound_id:
                matched += store.db.execute(
                    "UPDATE work_orders SET compound_id = ? WHERE compound_id IS NULL AND"
                    " compound_text = ? AND address = ? AND district = ? AND street = ?",
                    [found.compound_id, text, address, district, street]).rowcount
    return matched
