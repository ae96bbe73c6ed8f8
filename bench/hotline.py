"""Benchmark: import 1,000,000 hotline work orders, then rank a month and nominate a year.

Two years of a city of ten million (~3,000 compounds, ~42,000 work orders a month).
The input is written as CSV for speed (24 monthly exports, as the platform gives them,
or one file with ``--single-file``); the import reads it through the same path as any
export (exports.spreadsheet.workbook.read_sheets → mapping → matching → one transaction per file).
Peak memory is the process's maximum resident set size (resource.getrusage).

    python bench/hotline.py [--orders 1000000] [--single-file] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exports.campaign import hotline_import
from storage.campaign import nominations, rankings
from storage.demo import AREAS
from storage.inspection import compounds
from storage.store import db

HEADER = ["序号", "工单编号", "来电时间", "来电号码", "诉求类别", "区县", "街道", "小区",
          "诉求内容", "满意度", "办理状态"]
CATEGORIES = ["物业管理", "私搭乱建", "违规饲养宠物", "停车管理", "雨污管网", "噪音扰民",
              "供暖", "其他"]
WORDS = "花园 家园 华庭 新苑 名都 嘉园 雅居 公寓 丽都 新村 广场 小镇".split()
PREFIXES = "锦绣 香榭 怡景 丰瑞 幸福 阳光 金色 翠湖 滨河 书香 银座 国际 恒大 沂蒙 凤凰 和谐".split()


def make_compounds(count: int, rng: random.Random) -> list[compounds.Compound]:
    places = [(d, s) for d, streets in AREAS.items() for s in streets]
    made: list[compounds.Compound] = []
    seen: set[str] = set()
    while len(made) < count:
        name = rng.choice(PREFIXES) + rng.choice(WORDS)
        name += rng.choice(["", "", "一期", "二期", "三期", f"{rng.randint(1, 60)}号院"])
        district, street = rng.choice(places)
        if (name, district) in seen:
            continue
        seen.add((name, district))  # type: ignore[arg-type]
        made.append(compounds.Compound(name=name, district=district, street=street))
    return made


def written_as(compound: compounds.Compound, rng: random.Random) -> str:
    """The compound's name as a hotline operator might type it."""
    roll = rng.random()
    name = compound.name
    if roll < 0.2:
        return name + "小区"
    if roll < 0.3:
        return compound.district + compound.street + name + f"{rng.randint(1, 30)}号楼"
    if roll < 0.35:
        return name.replace("一期", "（1期）").replace("二期", " II期")
    if roll < 0.38:
        return "城区" + rng.choice(PREFIXES) + "片区"  # names no compound: unmatched
    return name


def write_files(folder: Path, orders: int, made: list[compounds.Compound], single: bool,
                rng: random.Random) -> list[Path]:
    months = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)]
    weights = [1 / (rank + 10) for rank in range(len(made))]  # a few compounds complain a lot
    per_month = orders // len(months)
    paths: list[Path] = []
    handle = writer = None
    number = 0
    for month in months:
        if handle is None or not single:
            if handle is not None:
                handle.close()
            path = folder / (f"12345_{month}.csv" if not single else "12345_all.csv")
            paths.append(path)
            handle = path.open("w", encoding="utf-8", newline="")
            writer = csv.writer(handle)
            writer.writerow(HEADER)
        shuffled = rng.sample(made, len(made))  # ranks change from month to month
        for compound in rng.choices(shuffled, weights=weights, k=per_month):
            number += 1
            day, hour, minute = rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
            assert writer is not None
            writer.writerow([number, f"{month.replace('-', '')}{number:09d}",
                             f"{month}-{day:02d} {hour:02d}:{minute:02d}", "138****0000",
                             rng.choice(CATEGORIES), compound.district, compound.street,
                             written_as(compound, rng), "居民反映问题，请尽快处理",
                             rng.choice(["满意", "基本满意", "不满意", ""]), "已办结"])
    if handle is not None:
        handle.close()
    return paths


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, function, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = function(*args, **kwargs)
    print(f"{label:<44} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--compounds", type=int, default=3000)
    parser.add_argument("--single-file", action="store_true")
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(12345)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="xuncha-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    store = db.open_store(folder / "bench.db")
    made = make_compounds(args.compounds, rng)
    with store.atomic():
        for compound in made:
            compounds.save(store, compound)
    paths = timed("generate input (CSV)", write_files, folder, args.orders, made,
                  args.single_file, rng)
    print(f"peak memory after generating                 {peak_mb():8.0f} MB")
    start, cpu = time.perf_counter(), time.process_time()
    totals = {"rows": 0, "imported": 0, "unmatched": 0, "problems": 0}
    for path in paths:
        report = hotline_import.import_file(store, path)
        for key in ("rows", "imported", "unmatched"):
            totals[key] += getattr(report, key)
        totals["problems"] += len(report.problems)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"import {len(paths)} file(s), {totals['rows']:,} rows{'':<13} {elapsed:8.3f} s"
          f"   ({totals['rows'] / elapsed:,.0f} rows/s; CPU {cpu:.1f} s, so other load on"
          " the machine shows)")
    print(f"  imported {totals['imported']:,}, unmatched {totals['unmatched']:,}, "
          f"problems {totals['problems']}")
    print(f"peak memory (max RSS)                        {peak_mb():8.0f} MB")
    again = timed("re-import the last file (all duplicates)", hotline_import.import_file,
                  store, paths[-1])
    print(f"  imported {again.imported}, duplicates {again.duplicates:,}")
    for level in rankings.LEVELS:
        rows = timed(f"rank 2026-06 by {level}", rankings.rank, store, "2026-06", level)
        print(f"  {len(rows)} ranked; first {rows[0].name} with {rows[0].complaints}")
    found = timed("nominate 2026 (top 50, 2 months)", nominations.nominate, store, 2026)
    print(f"  {len(found)} compounds nominated")
    top = rankings.rank(store, "2026-06")[0].key
    timed("trend of one compound over 24 months", rankings.trend, store, top, "2025-01",
          "2026-12")
    store.close()
    print(f"store {folder / 'bench.db'}: {(folder / 'bench.db').stat().st_size / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
