"""Times the main window's lists on a store with 200,000 inspections.

    python bench/ui_list.py [--inspections 200000] [--keep /tmp/big.db] [--encrypt]

Builds the store fast (one atomic bulk insert through sqlite-utils of rows that are still
valid: versions are the hashes of their content and every version is in the history),
then prints the time to show the main window with the first page of the inspections
list, to apply a text filter, and to jump to the end. Aims: 0.5 s and 0.3 s.
``--encrypt`` also encrypts a copy of the store (xuncha-cli encrypt's conversion, timed)
and measures it the same way; each measurement runs in its own process, the two stores in
turn ``--repeat`` times (the best time of each figure counts: a shared machine only adds
time), and each figure of the encrypted store is printed as a ratio to the plain one
(aim: within 1.3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from storage import clock, demo
from storage.forms import checklists, validate
from storage.inspection.inspections import KIND
from storage.store import db, encryption, versioning

_BASE = dt.datetime(2023, 6, 1, 8, 0, tzinfo=dt.UTC)


def build_store(path: Path, count: int, seed: int = 7) -> None:
    """A demo store plus ``count`` bulk-inserted final inspections with their history."""
    store = db.open_store(path)
    demo.build(store, compounds=300, inspections=50)
    rng = random.Random(seed)
    compounds = [row[0] for row in store.db.execute("SELECT id FROM compounds")]
    forms = [(ident, checklists.load(store, ident)) for ident in
             (s.id for s in checklists.latest(store))]
    started = time.perf_counter()
    with store.atomic():
        rows, history = [], []
        for n in range(count):
            row, content = _inspection(rng, n, compounds, forms, store.device_id)
            rows.append({**row, "answers": versioning.canonical(content["answers"])})
            history.append({"kind": "inspection", "record_id": row["id"],
                            "version": row["version"], "parent_version": None,
                            "content": versioning.canonical(content), "source": "demo",
                            "source_detail": "bench", "device_id": store.device_id,
                            "updated_at": row["updated_at"], "recorded_at": clock.now()})
        store.db.table("inspections").insert_all(rows, batch_size=5000)
        store.db.table("history").insert_all(history, batch_size=5000)
    print(f"built {count} inspections in {time.perf_counter() - started:.1f} s")
    store.db.execute("ANALYZE")
    store.close()


_SCORES: dict[tuple[str, tuple[tuple[str, str], ...]], float | None] = {}


def _score(ident: str, checklist: Any, answers: tuple[tuple[str, str], ...]) -> float | None:
    # A handful of answer patterns repeat 200,000 times: score each once.
    if (ident, answers) not in _SCORES:
        _SCORES[ident, answers] = validate.score(checklist, dict(answers))
    return _SCORES[ident, answers]


def _inspection(rng: random.Random, n: int, compounds: list[str], forms: list, device: str):
    ident, checklist = rng.choice(forms)
    scored = [i for i in checklist.items if i.scored][:3]
    answers = {item.name: rng.choice(["ok", "ok", "ok", "issue"]) for item in scored}
    stamp = clock.format_utc(_BASE + dt.timedelta(minutes=rng.randrange(1000 * 24 * 60)))
    officer, _unit = rng.choice(demo.OFFICERS)
    content = {
        "compound_id": rng.choice(compounds), "checklist_version_id": ident,
        "officer": officer, "place": f"{rng.randint(1, 30)}号楼", "started_at": stamp,
        "finished_at": stamp, "status": "final",
        "score": _score(ident, checklist, tuple(sorted(answers.items()))),
        "note": "", "number": f"XC-BENCH-{n:07d}", "deleted": 0,
        "answers": dict(sorted(answers.items())), "attachments": [],
    }
    row = {column: content[column] for column in KIND.columns}
    row.update(id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), device_id=device,
               created_at=stamp, updated_at=stamp, version=versioning.version_of(content),
               parent_version=None)
    return row, content


PASSPHRASE = "bench passphrase"


def measure(path: Path, passphrase: str | None = None) -> dict[str, float]:
    """Open the main window on the store and time the three list operations."""
    from desktop import settings as app_settings
    from ui import main_window

    app = QApplication.instance() or QApplication([])
    store = db.open_store(path, passphrase=passphrase)
    started = time.perf_counter()
    window = main_window.MainWindow(store, app_settings.Settings.for_store(store))
    window.show_inspections()
    window.show()
    app.processEvents()
    view = window.inspections_view
    first = time.perf_counter() - started
    started = time.perf_counter()
    view.filter_bar.text.setText("兰山")  # a district: many matches, first page at once
    view.apply_filter_now()
    app.processEvents()
    filtered = time.perf_counter() - started
    started = time.perf_counter()
    view.filter_bar.text.setText("无此内容")  # matches nothing: the whole index is scanned
    view.apply_filter_now()
    app.processEvents()
    no_match = time.perf_counter() - started
    view.filter_bar.text.setText("")
    view.apply_filter_now()
    app.processEvents()
    started = time.perf_counter()
    view.jump_to_end()
    app.processEvents()
    end = time.perf_counter() - started
    rows = view.model.total
    window.close()
    store.close()
    return {"rows": rows, "first_page": first, "text_filter": filtered, "no_match": no_match,
            "jump_to_end": end}


def measured(path: Path, passphrase: str | None = None) -> dict[str, float]:
    """:func:`measure` in a fresh process (its own caches, imports and memory)."""
    done = subprocess.run([sys.executable, __file__, "--measure", str(path)]
                          + (["--passphrase", passphrase] if passphrase else []),
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def encrypted_copy(path: Path) -> Path:
    """The store copied and encrypted in place as ``xuncha-cli encrypt`` does (timed)."""
    target = path.with_name("bench-encrypted.db")
    if not target.exists():
        shutil.copyfile(path, target)
        started = time.perf_counter()
        encryption.encrypt(target, PASSPHRASE)
        print(f"encrypted a copy in {time.perf_counter() - started:.1f} s "
              f"({target.stat().st_size / 1e6:.0f} MB)")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inspections", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the store at this path")
    parser.add_argument("--encrypt", action="store_true",
                        help="measure an encrypted copy too, and print the ratios")
    parser.add_argument("--repeat", type=int, default=3,
                        help="measurements of each store, in turn (the best counts)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--passphrase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.passphrase)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "bench.db"
        if not path.exists():
            build_store(path, args.inspections)
        copy = encrypted_copy(path) if args.encrypt else None
        runs = [(measured(path), measured(copy, PASSPHRASE) if copy else None)
                for _ in range(args.repeat)]
        figures = _best([plain for plain, _ in runs])
        encrypted = _best([e for _, e in runs if e]) if copy else None
    print(f"inspections listed: {figures['rows']}")
    for key, label, aim in _FIGURES:
        line = f"{label} {figures[key]:.3f} s{aim}"
        if encrypted is not None:
            line += (f"   encrypted {encrypted[key]:.3f} s, x{encrypted[key] / figures[key]:.2f}"
                     " of the plain store (aim < 1.3)")
        print(line)
    return 0


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: min(run[key] for run in runs) for key in runs[0]}


_FIGURES = (("first_page", "main window with first page:", " (aim 0.5 s)"),
            ("text_filter", "text filter applied:        ", " (aim 0.3 s)"),
            ("no_match", "text filter, nothing found: ", " (aim 0.3 s)"),
            ("jump_to_end", "jump to the end:            ", ""))


if __name__ == "__main__":
    sys.exit(main())
