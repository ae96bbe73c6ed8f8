"""Covert checks (暗访) of a property project: the day, the inspector, what was found, a
score out of 100 and photos (kept like an inspection's, by their SHA-256)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storage.property import projects
from storage.property.companies import PropertyError, clean
from storage.store import photos, typed
from storage.store.db import Store


@dataclass
class CovertCheck:
    project_id: str
    checked_on: str
    inspector: str
    findings: str = ""
    score: float | None = None  # out of 100
    deleted: bool = False
    attachments: list[dict[str, str]] = field(default_factory=list)
    id: str = ""


CHECK = typed.kind(CovertCheck, "property_check", "property_checks",
                   (("project_id", "property_project"),))


def check_percent(value: object, what: str) -> float:
    """A score or rate from 0 to 100 (two decimals kept); PropertyError otherwise."""
    try:
        number = float(str(value).strip().rstrip("%％")) if isinstance(value, str) \
            else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise PropertyError("not_a_number", f"{what}: {value!r}") from None
    if isinstance(value, bool) or not math.isfinite(number) or not 0 <= number <= 100:
        raise PropertyError("out_of_range", f"{what}: {value!r}")
    return round(number, 2) + 0.0


def record(store: Store, project_id: str, *, checked_on: dt.date, inspector: str,
           findings: str = "", score: object = None, pictures: Sequence[Path] = (),
           known_photos: Sequence[str] = ()) -> CovertCheck:
    """Record a covert check of a project, with its photos: files (copied into the
    store) and photos the store already holds (by their SHA-256)."""
    project = projects.get(store, project_id)
    day = projects.check_day(checked_on, project.started_on)
    check = CovertCheck(project.id, day, clean(inspector, "inspector", required=True),
                        clean(findings, "findings", long=True),
                        None if score in (None, "") else check_percent(score, "score"))
    shas = [photos.add(store, p).sha256 for p in pictures]  # stored whole before the record
    for sha in known_photos:
        if photos.get(store, sha) is None:
            raise PropertyError("unknown_photo", sha)
    check.attachments = [{"photo": sha, "item": "", "caption": f"{day} {n + 1}"}
                         for n, sha in enumerate([*shas, *known_photos])]
    with store.atomic():
        return typed.save(store, CHECK, check)


def of_project(store: Store, project_id: str, first: dt.date | None = None,
               last: dt.date | None = None) -> list[CovertCheck]:
    """The project's covert checks (from ``first`` to ``last`` when given), oldest first."""
    return typed.select(store, CHECK, CovertCheck,
                        "project_id = ? AND deleted = 0 AND checked_on BETWEEN ? AND ?",
                        [project_id, (first or dt.date.min).isoformat(),
                         (last or dt.date.max).isoformat()], "checked_on, id")
