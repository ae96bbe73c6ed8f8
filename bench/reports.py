"""Times the printouts on realistic volumes and prints seconds and pages per second.

    python bench/reports.py [--inspections 4400] [--records 500] [--keep DIR]

1. The meeting brief over a year, on a store with 182 key compounds (the campaign's
   number), a year of inspections and findings, 12345 work orders for two years and a
   campaign state for every compound.
2. 500 inspection records in one PDF, each with 3 distinct photos (2000 × 1500 JPEGs,
   downscaled for paper); the baseline is the same records without photos.
3. The busiest compound's notices (one per party, with photos) and its file; then the
   same record, notice and file with one finding's description 20,000 characters long
   (Chinese with punctuation, 𠮷 and emoji), against the short description as baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exports.reports import brief, compound, inspection, notice
from exports.reports.pdf.common import Setup
from exports.reports.queries import Period
from storage import clock, demo
from storage.campaign import states
from storage.forms import checklists
from storage.inspection import findings, inspections
from storage.store import db, photos, versioning


def build_store(folder: Path, count: int) -> db.Store:
    store = db.open_store(folder / "bench.db")
    checklists.install_builtins(store)
    started = time.perf_counter()
    demo.build(store, compounds=182, inspections=count, months=12)
    _enrol_all(store)
    print(f"store: 182 compounds, {count} inspections, "
          f"{store.db['findings'].count} findings, {store.db['work_orders'].count} work orders"
          f" (built in {time.perf_counter() - started:.0f} s)")
    return store


def _enrol_all(store: db.Store) -> None:
    """Every compound of the bench is a key compound of the campaign (182, as in Linyi)."""
    today = clock.today_local()
    with store.atomic():
        for (ident,) in store.db.execute("SELECT id FROM compounds WHERE id NOT IN"
                                         " (SELECT compound_id FROM campaign_events)").fetchall():
            states.move(store, ident, "enrolled", who="bench", why="月度投诉排名前50",
                          on=today - dt.timedelta(days=300), by_rank=True)


def _timed(label: str, render: object) -> tuple[float, int]:
    started = time.perf_counter()
    pages = render()  # type: ignore[operator]
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s, {pages} pages, {pages / seconds:.1f} pages/s")
    return seconds, pages


def bench_brief(store: db.Store, folder: Path) -> None:
    today = clock.today_local()
    year = Period(today - dt.timedelta(days=364), today)
    week = Period(today - dt.timedelta(days=6), today)
    _timed("meeting brief, one week", lambda: brief.render(
        store, week, folder / "brief-week.pdf", Setup()))
    _timed("meeting brief, one year", lambda: brief.render(
        store, year, folder / "brief-year.pdf", Setup()))


def _distinct_photos(store: db.Store, folder: Path, count: int) -> list[str]:
    rng = random.Random(7)
    shas = []
    for n in range(count):
        image = Image.new("RGB", (2000, 1500), tuple(rng.randrange(60, 200) for _ in range(3)))
        draw = ImageDraw.Draw(image)
        for _ in range(25):
            x, y = rng.randrange(1900), rng.randrange(1400)
            draw.ellipse((x, y, x + rng.randrange(40, 500), y + rng.randrange(40, 400)),
                         fill=tuple(rng.randrange(256) for _ in range(3)))
        path = folder / f"p{n}.jpg"
        image.save(path, "JPEG", quality=85)
        shas.append(photos.add(store, path).sha256)
        path.unlink()
    return shas


def bench_records(store: db.Store, folder: Path, count: int) -> None:
    ids = [r[0] for r in store.db.execute(
        "SELECT id FROM inspections WHERE status = 'final' ORDER BY started_at DESC LIMIT ?",
        [count])]
    _, plain_pages = baseline = _timed(f"{len(ids)} records without photos (baseline)",
                                       lambda: inspection.render(
                                           store, ids, folder / "records-plain.pdf", Setup()))
    started = time.perf_counter()
    shas = _distinct_photos(store, folder, 3 * len(ids))
    for n, ident in enumerate(ids):
        record = inspections.get(store, ident)
        record.attachments = [{"photo": sha, "item": "", "caption": f"现场照片{k + 1}"}
                              for k, sha in enumerate(shas[3 * n:3 * n + 3])]
        versioning.write(store, inspections.KIND, ident, record.content())
    print(f"({3 * len(ids)} distinct photos added in {time.perf_counter() - started:.0f} s)")
    seconds, pages = _timed(f"{len(ids)} records with 3 photos each",
                            lambda: inspection.render(
                                store, ids, folder / "records-photos.pdf", Setup()))
    size = (folder / "records-photos.pdf").stat().st_size / 1e6
    print(f"  {seconds / len(ids) * 1000:.0f} ms per record, {size:.0f} MB;"
          f" {seconds / baseline[0]:.1f}× the time without photos")


def bench_documents(store: db.Store, folder: Path) -> None:
    compound_id, finding_id, inspection_id = store.db.execute(
        "SELECT f.compound_id, f.id, f.inspection_id FROM findings f WHERE f.state = 'open'"
        " AND f.inspection_id IS NOT NULL GROUP BY f.compound_id ORDER BY count(*) DESC"
    ).fetchone()

    def three(tag: str) -> float:
        total = 0.0
        for label, render in (
                ("record", lambda: inspection.render(store, [inspection_id],
                                                     folder / f"record-{tag}.pdf", Setup())),
                ("notices", lambda: notice.render(store, notice.groups_for_compound(
                    store, compound_id), folder / f"notice-{tag}.pdf", Setup())),
                ("compound file", lambda: compound.render(store, compound_id,
                                                          folder / f"file-{tag}.pdf", Setup()))):
            total += _timed(f"{label} ({tag})", render)[0]
        return total

    short = three("short description")
    finding = findings.get(store, finding_id)
    finding.description = ("楼道堆放杂物，占用消防通道（𠮷😀）；" * 1200)[:20_000]
    findings.update(store, finding)
    long = three("20,000-character description")
    print(f"  a 20,000-character description: {long / short:.1f}× the time of a short one")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inspections", type=int, default=4400,
                        help="inspections in the year (182 compounds, about two a month)")
    parser.add_argument("--records", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="keep the store and PDFs in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        store = build_store(folder, args.inspections)
        bench_brief(store, folder)
        bench_documents(store, folder)
        bench_records(store, folder, args.records)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
