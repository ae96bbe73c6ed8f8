"""Times the problem ledger on a store with many findings and problems.

    python bench/ledger.py [--findings 100000] [--problems 20000] [--keep /tmp/ledger.db]

The ledger reads findings where they are (joined to the manual's link index) and unions
them with its own problems. Printed: the time to count the pending entries, to read the
first page of the list as the window does, to count a text search, and the "problems
solved" figure of a year; each also as a ratio to the baseline measured in the same run,
the first page of the findings table alone (the officer's findings list).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage import clock, demo
from storage.forms import checklists
from storage.ledger import entries
from storage.ledger.entries import Filter
from storage.store import db


def build_store(path: Path, findings: int, problems: int, seed: int = 7) -> db.Store:
    """A demo store, then many copies of its findings and problems (rows only: the
    ledger's queries read the current rows, not the history)."""
    store = db.open_store(path)
    checklists.install_builtins(store)
    demo.build(store, compounds=120, inspections=300, months=12)
    rng = random.Random(seed)
    with store.atomic():
        _copies(store, "findings", findings, rng, "ZG")
        _copies(store, "problems", problems, rng, "WT")
    return store


def _copies(store: db.Store, table: str, count: int, rng: random.Random, prefix: str) -> None:
    cursor = store.db.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    models = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    today = clock.today_local()
    rows: list[dict[str, Any]] = []
    for n in range(count):
        row = dict(rng.choice(models))
        row["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        row["number"] = f"{prefix}-2026-BNCH-{n:06d}"
        row["deadline"] = (today - dt.timedelta(days=rng.randint(-60, 300))).isoformat()
        rows.append(row)
    store.db.table(table).insert_all(rows, batch_size=5000)


def timed(action: Callable[[], object], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--problems", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "ledger.db"
        started = time.perf_counter()
        store = build_store(path, args.findings, args.problems)
        print(f"store: {args.findings} findings, {args.problems} problems built in "
              f"{time.perf_counter() - started:.1f} s")
        year = clock.today_local().replace(month=1, day=1)
        source, _, params = entries.prepared(store, Filter())
        baseline = timed(lambda: store.db.execute(
            "SELECT id, number, description, deadline, state FROM findings WHERE deleted = 0"
            " ORDER BY state IN ('closed', 'withdrawn'), deadline LIMIT 200").fetchall())
        measured = {
            "count pending": lambda: entries.count(store, Filter(state="pending")),
            "first page": lambda: store.db.execute(
                f"SELECT {', '.join(entries.COLUMNS)} FROM {source} ORDER BY {entries.ORDER}"
                " LIMIT 200", params).fetchall(),
            "text search count": lambda: entries.count(store, Filter(text="消防")),
            "solved this year": lambda: entries.solved(store, start=year),
        }
        print(f"{'baseline (findings page)':<26} {baseline * 1000:8.1f} ms   1.0x")
        for name, action in measured.items():
            seconds = timed(action)
            print(f"{name:<26} {seconds * 1000:8.1f} ms {seconds / baseline:6.1f}x")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
