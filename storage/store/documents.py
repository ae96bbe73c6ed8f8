"""Official document numbers: 机关代字〔2026〕N号, N counting per agency code and year.

A number is *taken* only in the transaction that publishes the document's file: a
printout that fails, hangs or is cancelled uses none up. A reprint of the same document
(the same ``kind`` and ``key``) keeps its number. ``set_next`` lets an office continue
from its paper register (never backwards, so no number is given twice).
"""

from __future__ import annotations

from dataclasses import dataclass

from storage import clock
from storage.store.db import Store


@dataclass(frozen=True)
class Number:
    code: str  # the issuing agency's code (机关代字), e.g. 兰综执改
    year: int
    serial: int

    def text(self) -> str:
        """The number as printed (GB/T 9704-2012 7.2.4): 兰综执改〔2026〕3号."""
        return f"{self.code}〔{self.year}〕{self.serial}号"


@dataclass(frozen=True)
class Issued:
    kind: str
    key: str
    number: Number
    issued_at: str  # UTC


class NumberTaken(Exception):
    """The number was taken by another printout since it was looked up; look again."""

    def __init__(self, number: Number) -> None:
        super().__init__(f"{number.code} {number.year} {number.serial}")
        self.number = number


class NumberBehind(ValueError):
    """``set_next`` asked for a serial already given (``last``): numbers never repeat."""

    def __init__(self, code: str, year: int, last: int) -> None:
        super().__init__(f"{code} {year}: {last} already given")
        self.code, self.year, self.last = code, year, last


def last(store: Store, code: str, year: int) -> int:
    row = store.db.execute(
        "SELECT last FROM document_sequences WHERE code = ? AND year = ?", [code, year]
    ).fetchone()
    return int(row[0]) if row else 0


def peek(store: Store, code: str, year: int, ahead: int = 0) -> Number:
    """The number the next document (``ahead`` after it) would take, without taking it."""
    return Number(code, year, last(store, code, year) + 1 + ahead)


def take(store: Store, number: Number) -> None:
    """Take ``number``; NumberTaken unless it is the next of its sequence. Call inside the
    transaction that publishes the document."""
    if last(store, number.code, number.year) + 1 != number.serial:
        raise NumberTaken(number)
    store.db.execute(
        "INSERT INTO document_sequences (code, year, last) VALUES (?, ?, ?)"
        " ON CONFLICT (code, year) DO UPDATE SET last = excluded.last",
        [number.code, number.year, number.serial],
    )


def set_next(store: Store, code: str, year: int, serial: int) -> None:
    """Make ``serial`` the next number of ``code`` in ``year`` (it must not go back)."""
    given = last(store, code, year)
    if serial <= given:
        raise NumberBehind(code, year, given)
    with store.atomic():
        take(store, Number(code, year, given + 1))
        store.db.execute("UPDATE document_sequences SET last = ? WHERE code = ? AND year = ?",
                         [serial - 1, code, year])


def find(store: Store, kind: str, key: str) -> Issued | None:
    """The document of this kind and key issued before, if any."""
    row = store.db.execute(
        "SELECT code, year, serial, issued_at FROM documents WHERE kind = ? AND key = ?",
        [kind, key],
    ).fetchone()
    return Issued(kind, key, Number(row[0], row[1], row[2]), row[3]) if row else None


def record(store: Store, kind: str, key: str, number: Number) -> Issued:
    """Take ``number`` for the document of this kind and key (inside the publishing
    transaction)."""
    take(store, number)
    issued = Issued(kind, key, number, clock.now())
    store.db.table("documents").insert({
        "kind": kind, "key": key, "code": number.code, "year": number.year,
        "serial": number.serial, "issued_at": issued.issued_at, "device_id": store.device_id,
    })
    return issued


def option(store: Store, key: str, default: str = "") -> str:
    """A printout setting kept in the store (the issuing office, an agency code …)."""
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row and row[0] else default


def set_options(store: Store, values: dict[str, str]) -> None:
    with store.atomic():
        for key, value in values.items():
            store.db.table("settings").upsert({"key": key, "value": value.strip()}, pk="key")
