"""What the helpers do for a compound: visits, the funds they bring, livelihood projects."""

from __future__ import annotations

import decimal
import uuid
from dataclasses import dataclass, field, fields
from typing import Any

from storage.helpers.assignments import check_date
from storage.helpers.people import HelperError
from storage.store import edits, records, versioning
from storage.store.db import Store

PROJECT_STATES = ("planned", "underway", "done", "cancelled")
MAX_WAN = decimal.Decimal("10000000")  # 1,000 亿元: more is a typing mistake


@dataclass
class Visit:
    compound_id: str
    day: str  # ISO date, local
    helper_id: str | None = None  # who came (the leader, the secretary, the unit)
    people: str = ""  # who else took part
    purpose: str = ""  # what was looked at
    decisions: str = ""  # what was decided
    deleted: bool = False
    id: str = ""


@dataclass
class Fund:
    compound_id: str
    amount_wan: float  # 万元
    day: str
    helper_id: str | None = None
    project_id: str | None = None
    source: str = ""  # where the money comes from (单位自筹, 财政, 社会资金 …)
    use: str = ""  # what it pays for
    deleted: bool = False
    id: str = ""


@dataclass
class Project:
    name: str
    compound_id: str
    helper_id: str | None = None
    budget_wan: float | None = None
    state: str = "planned"
    start: str | None = None
    finish: str | None = None  # planned, then actual, end
    description: str = ""
    deleted: bool = False
    attachments: list[dict[str, str]] = field(default_factory=list)
    id: str = ""


def _columns(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in ("id", "attachments"))


_OWNED = (("compound_id", "compound"), ("helper_id", "helper"))
VISIT_KIND = versioning.Kind("helper_visit", "helper_visits", _columns(Visit),
                             references=_OWNED)
FUND_KIND = versioning.Kind("helper_fund", "helper_funds", _columns(Fund),
                            references=(*_OWNED, ("project_id", "livelihood_project")))
PROJECT_KIND = versioning.Kind("livelihood_project", "livelihood_projects", _columns(Project),
                               has_attachments=True, references=_OWNED)


def wan(text: str | float | int | None, field_name: str = "amount_wan", *,
        optional: bool = False) -> float | None:
    """An amount in 万元 as typed ("12.5", "12.5万", "１２", 125000元 is refused), to 4
    decimals (whole yuan)."""
    if text is None or str(text).strip() == "":
        if optional:
            return None
        raise HelperError(field_name, "required")
    cleaned = str(text).strip().replace(",", "").replace("，", "").removesuffix("万元")
    cleaned = cleaned.removesuffix("万").strip()
    try:
        amount = decimal.Decimal(cleaned)
    except decimal.InvalidOperation:
        raise HelperError(field_name, "bad_amount", str(text)) from None
    if not amount.is_finite() or amount < 0 or amount > MAX_WAN:
        raise HelperError(field_name, "bad_amount", str(text))
    return float(amount.quantize(decimal.Decimal("0.0001"), rounding=decimal.ROUND_HALF_UP))


def content(record: Any) -> dict[str, Any]:
    """A visit's, fund's or project's content as versioned."""
    return versioning.content_of(record)


def _write(store: Store, kind: versioning.Kind, record: Any,
           origin: versioning.Origin) -> Any:
    record.id = record.id or str(uuid.uuid4())
    edits.write(store, kind, record.id, content(record), origin)
    return record


def check_visit(visit: Visit) -> None:
    visit.day = check_date("day", visit.day) or ""
    if not (visit.purpose.strip() or visit.decisions.strip()):
        raise HelperError("decisions", "required")


def save_visit(store: Store, visit: Visit,
               origin: versioning.Origin = versioning.TYPED) -> Visit:
    check_visit(visit)
    return _write(store, VISIT_KIND, visit, origin)


def check_fund(fund: Fund) -> None:
    fund.day = check_date("day", fund.day) or ""
    fund.amount_wan = wan(fund.amount_wan) or 0.0
    if fund.amount_wan <= 0:
        raise HelperError("amount_wan", "bad_amount", str(fund.amount_wan))


def save_fund(store: Store, fund: Fund, origin: versioning.Origin = versioning.TYPED) -> Fund:
    check_fund(fund)
    return _write(store, FUND_KIND, fund, origin)


def save_project(store: Store, project: Project,
                 origin: versioning.Origin = versioning.TYPED) -> Project:
    check_project(project)
    return _write(store, PROJECT_KIND, project, origin)


def check_project(project: Project) -> None:
    project.name = " ".join(project.name.split())
    if not project.name:
        raise HelperError("name", "required")
    if project.state not in PROJECT_STATES:
        raise HelperError("state", "bad_state", project.state)
    project.budget_wan = wan(project.budget_wan, "budget_wan", optional=True)
    project.start = check_date("start", project.start, optional=True)
    project.finish = check_date("finish", project.finish, optional=True)
    if project.start and project.finish and project.finish < project.start:
        raise HelperError("finish", "before_start", project.finish)


def _load(store: Store, kind: versioning.Kind, cls: type, record_id: str) -> Any:
    data = records.content(store, kind, record_id)
    if data is None:
        raise KeyError(record_id)
    return cls(**{**data, "deleted": bool(data["deleted"]), "id": record_id})


def get_visit(store: Store, visit_id: str) -> Visit:
    return _load(store, VISIT_KIND, Visit, visit_id)  # type: ignore[no-any-return]


def get_fund(store: Store, fund_id: str) -> Fund:
    return _load(store, FUND_KIND, Fund, fund_id)  # type: ignore[no-any-return]


def get_project(store: Store, project_id: str) -> Project:
    return _load(store, PROJECT_KIND, Project, project_id)  # type: ignore[no-any-return]


def _ids(store: Store, table: str, compound_id: str, order: str) -> list[str]:
    return [row[0] for row in store.db.execute(
        f"SELECT id FROM {table} WHERE compound_id = ? AND deleted = 0 ORDER BY {order}",
        [compound_id])]


def visits(store: Store, compound_id: str) -> list[Visit]:
    """A compound's visits, the latest first."""
    return [get_visit(store, i) for i in _ids(store, "helper_visits", compound_id,
                                              "day DESC, created_at DESC")]


def funds(store: Store, compound_id: str) -> list[Fund]:
    return [get_fund(store, i) for i in _ids(store, "helper_funds", compound_id, "day DESC")]


def projects(store: Store, compound_id: str) -> list[Project]:
    return [get_project(store, i) for i in _ids(store, "livelihood_projects", compound_id,
                                                "coalesce(start, '9999'), name")]
