"""The officers' part of the demo: Linyi's compounds, devices, months of inspections, findings."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import uuid
from pathlib import Path

from PIL import Image, ImageDraw

from storage import clock
from storage.forms import checklists, validate
from storage.forms.xlsform import Checklist
from storage.inspection import findings, reinspection
from storage.inspection.compounds import Compound
from storage.inspection.compounds import save as save_compound
from storage.inspection.inspections import KIND as INSPECTION
from storage.inspection.inspections import Inspection
from storage.jobs import Progress
from storage.store import edits, numbering, photos, versioning
from storage.store.db import Store

# Districts and counties of Linyi with some of their streets (街道) and towns.
AREAS = {
    "兰山区": ["兰山街道", "银雀山街道", "金雀山街道", "柳青街道", "枣园镇"],
    "罗庄区": ["罗庄街道", "傅庄街道", "盛庄街道", "册山街道"],
    "河东区": ["九曲街道", "芝麻墩街道", "凤凰岭街道"],
    "郯城县": ["郯城街道", "马头镇"],
    "兰陵县": ["卞庄街道", "苍山街道"],
    "费县": ["费城街道", "探沂镇"],
    "沂南县": ["界湖街道"],
    "沂水县": ["沂城街道", "龙家圈街道"],
    "蒙阴县": ["蒙阴街道"],
    "平邑县": ["平邑街道"],
    "莒南县": ["十字路街道"],
    "临沭县": ["临沭街道"],
}
# The compounds the campaign's article names, where they are.
ARTICLE_COMPOUNDS = [
    ("丰瑞丽都", "郯城县", "郯城街道", "functional", True),
    ("锦绣华庭一期", "罗庄区", "罗庄街道", "entity", False),
    ("怡景新苑", "罗庄区", "傅庄街道", "entity", True),
    ("香榭丽", "费县", "费城街道", "entity", True),
]
_NAME_HEADS = ["金", "阳光", "翡翠", "御景", "滨河", "沂蒙", "书香", "凤凰", "锦华", "泰和",
               "盛世", "丽景", "康居", "祥和", "银河", "东方", "紫荆", "明珠", "恒大", "温泉"]
_NAME_TAILS = ["花园", "家园", "小区", "新村", "苑", "名邸", "华府", "雅居", "城", "公馆"]
_PROPERTY = ["临沂恒信物业", "沂蒙山物业服务有限公司", "鲁南物业", "华新物业", "金盾物业",
             "业主自管", "无物业（社区代管）"]
_ROADS = ["沂蒙路", "北京路", "解放路", "金雀山路", "通达路", "蒙山大道"]
OFFICERS = [("张伟", "城管执法一中队"), ("李娜", "兰山公安分局"), ("王强", "住建执法大队"),
            ("刘洋", "城管执法二中队"), ("陈静", "罗庄公安分局")]
_PARTIES = ["物业服务企业", "业主（{b}号楼{u}单元）", "商户", "业主委员会", "开发建设单位",
            "物业服务企业", findings.PARTY_UNKNOWN]


def build(store: Store, rng: random.Random, *, compounds: int, inspections: int, months: int,
          today: dt.date, progress: Progress | None = None) -> tuple[list[Compound],
                                                                      dict[str, int]]:
    """Compounds, devices, photos, inspections and findings; the compounds and the counts."""
    forms = {form_id: checklists.load(store, ident) for form_id, ident in
             zip(checklists.BUILTIN, checklists.install_builtins(store), strict=True)}
    devices = _devices(store, rng)
    with store.atomic():
        places = [_compound(store, rng, n) for n in range(compounds)]
        pictures = _photos(store, rng)
    counts = {"compounds": len(places), "inspections": 0, "findings": 0, "photos": len(pictures)}
    for n in range(inspections):
        with store.atomic():
            day = today - dt.timedelta(days=int(rng.triangular(0, months * 30, 0)))
            officer, device = rng.choice(devices)
            form_id = rng.choice(checklists.BUILTIN)
            made = _inspection(store, rng, forms[form_id], rng.choice(places), officer, device,
                               day, pictures, today)
            counts["inspections"] += 1
            counts["findings"] += made
        if progress and not progress(n + 1, inspections):
            break
    return places, counts


def _devices(store: Store, rng: random.Random) -> list[tuple[str, str]]:
    devices = []
    with store.atomic():
        for officer, unit in OFFICERS:
            device_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            store.db.table("devices").insert({"id": device_id, "name": f"{unit}笔记本",
                                        "officer": officer, "is_self": 0,
                                        "first_seen": clock.now()})
            devices.append((officer, device_id))
        store.db.table("devices").update(store.device_id, {"name": "街道办汇总电脑",
                                                     "officer": "督导组"})
    return devices


def _compound(store: Store, rng: random.Random, n: int) -> Compound:
    if n < len(ARTICLE_COMPOUNDS):
        name, district, street, branch, full_time = ARTICLE_COMPOUNDS[n]
    else:
        district = rng.choice(list(AREAS))
        street = rng.choice(AREAS[district])
        name = f"{rng.choice(_NAME_HEADS)}{rng.choice(_NAME_TAILS)}"
        name += f"{rng.choice(['', '', '一期', '二期', '东区', '西区'])}"
        branch, full_time = rng.choice(["entity", "functional"]), rng.random() < 0.7
    compound = Compound(
        name=name, district=district, street=street,
        community=f"{street.removesuffix('街道').removesuffix('镇')}{rng.choice('东西南北中')}社区",
        address=f"临沂市{district}{rng.choice(_ROADS)}{rng.randint(1, 399)}号",
        property_company=rng.choice(_PROPERTY), households=rng.randrange(120, 2400, 10),
        party_branch=branch, party_secretary_full_time=full_time,
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    )
    return save_compound(store, compound, versioning.Origin("demo"))


def _photos(store: Store, rng: random.Random) -> list[str]:
    shas = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(12):
            image = Image.new("RGB", (1200, 900), (rng.randrange(90, 200),) * 3)
            draw = ImageDraw.Draw(image)
            for _ in range(12):
                x, y = rng.randrange(1100), rng.randrange(800)
                colour = tuple(rng.randrange(40, 255) for _ in range(3))
                draw.rectangle((x, y, x + rng.randrange(60, 400), y + rng.randrange(40, 300)),
                               fill=colour)
            path = Path(folder) / f"现场照片{n + 1:02d}.jpg"
            image.save(path, "JPEG", quality=70)
            shas.append(photos.add(store, path).sha256)
    return shas


def _answer(rng: random.Random, checklist: Checklist, item_name: str) -> object:
    item = checklist.item(item_name)
    if item.scored:
        return rng.choices(["ok", "issue", "na"], weights=[86, 7, 7])[0]
    if item.type == "select_one":
        return rng.choice(item.choices).name
    if item.type == "select_multiple":
        names = [c.name for c in item.choices]
        return rng.sample(names, k=rng.randint(1, min(2, len(names))))
    if item.type in ("integer", "decimal"):
        return rng.randint(2, 60)
    if item.type == "date":
        return clock.today_local().isoformat()
    if item.type == "text":
        return rng.choice(["", "", "已向物业负责人当面告知", "业主不在家，已留联系卡"])
    return ""


def _inspection(store: Store, rng: random.Random, checklist: Checklist, compound: Compound,
                officer: str, device: str, day: dt.date, pictures: list[str],
                today: dt.date) -> int:
    started = min(dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.randint(0, 59)),
                                      clock.CHINA),
                  clock.now_utc() - dt.timedelta(hours=2))  # nothing in the future
    answers: dict[str, object] = {}
    for item in checklist.items:  # in form order, so relevance follows earlier answers
        if item.type in ("note", "image") or not validate.relevant(checklist, answers)[item.name]:
            continue
        value = _answer(rng, checklist, item.name)
        if not validate.validate(checklist, {**answers, item.name: value}, final=False):
            answers[item.name] = value
    image_items = [i.name for i in checklist.items if i.type == "image"]
    inspection = Inspection(
        compound_id=compound.id, checklist_version_id=checklists.version_id(checklist),
        officer=officer, place=f"{rng.randint(1, 24)}号楼", started_at=clock.format_utc(started),
        finished_at=clock.format_utc(started + dt.timedelta(minutes=rng.randint(20, 90))),
        status="final" if day < today or rng.random() < 0.5 else "draft",
        number=numbering.next_number(store, "inspection", day.year, device),
        answers=answers, id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        attachments=[{"photo": rng.choice(pictures), "item": image_items[0], "caption": "全景"}]
        if image_items and rng.random() < 0.5 else [],
    )
    inspection.score = validate.score(checklist, answers)
    if inspection.status == "draft":
        inspection.finished_at = None
    _write(store, INSPECTION, inspection.id, inspection.content(), device,
           inspection.finished_at or inspection.started_at)
    failed = validate.non_compliant(checklist, answers) if inspection.status == "final" else []
    raised = [_finding(store, rng, compound, inspection, item, device, day, pictures, today)
              for item in failed]
    _reinspections(store, rng, [f for f in raised if f.state == "closed"], officer, device,
                   pictures)
    for finding in raised:
        stamp = finding.closed_at or inspection.finished_at or inspection.started_at
        _write(store, findings.KIND, finding.id, finding.content(), device, stamp)
    return len(failed)


def _finding(store: Store, rng: random.Random, compound: Compound, inspection: Inspection,
             item: object, device: str, day: dt.date, pictures: list[str],
             today: dt.date) -> findings.Finding:
    """A finding raised at the inspection (written by the caller, once its fate is known)."""
    finding = findings.from_item(compound.id, inspection.id, item, today=day)  # type: ignore[arg-type]
    finding.id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    finding.number = numbering.next_number(store, "finding", day.year, device)
    finding.responsible_party = rng.choice(_PARTIES).format(b=rng.randint(1, 24),
                                                            u=rng.randint(1, 4))
    age = (today - dt.date.fromisoformat(finding.deadline or today.isoformat())).days
    finding.state = _state_for(rng, age)
    finding.attachments = [{"photo": rng.choice(pictures), "item": "", "caption": "问题现场"}]
    if finding.state == "closed":  # by the re-inspection on the deadline (_reinspections)
        finding.closed_at = clock.format_utc(dt.datetime.combine(
            min(today, dt.date.fromisoformat(finding.deadline or "")), dt.time(2), dt.UTC))
    return finding


def _reinspections(store: Store, rng: random.Random, closed: list[findings.Finding],
                   officer: str, device: str, pictures: list[str]) -> None:
    """One re-inspection per day on which the findings of an inspection were closed.

    Each lists the findings it closed with a photo of the result; the findings point to
    it, as :func:`storage.inspection.reinspection.record` leaves them.
    """
    by_day: dict[str, list[findings.Finding]] = {}
    for finding in closed:
        by_day.setdefault(finding.closed_at or "", []).append(finding)
    for stamp, group in sorted(by_day.items()):
        record = reinspection.Reinspection(
            compound_id=group[0].compound_id, officer=officer, started_at=stamp,
            finished_at=stamp, id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            number=numbering.next_number(store, "reinspection", int(stamp[:4]), device))
        for finding in group:
            after = {"photo": rng.choice(pictures), "item": "", "caption": "整改后"}
            finding.note = "复查已整改到位"
            finding.closed_by_inspection_id = record.id
            finding.attachments.append(after)
            record.outcomes.append(reinspection.Outcome(finding.id, rectified=True,
                                                        note=finding.note,
                                                        number=finding.number))
            record.attachments.append({**after, "item": finding.id})
        _write(store, reinspection.KIND, record.id, record.content(), device, stamp)


def _write(store: Store, kind: versioning.Kind, ident: str, content: dict[str, object],
           device: str, stamp: str) -> None:
    edits.write(store, kind, ident, content, versioning.Origin("demo"), device_id=device,
                     created_at=stamp, updated_at=stamp)


def _state_for(rng: random.Random, days_past_deadline: int) -> str:
    """Older findings are mostly closed; some stay open past their deadline (overdue)."""
    if days_past_deadline > 0:
        return rng.choices(["closed", "open", "in_progress", "withdrawn"],
                           weights=[75, 12, 10, 3])[0]
    return rng.choices(["open", "in_progress", "awaiting_reinspection", "closed"],
                       weights=[40, 30, 15, 15])[0]
