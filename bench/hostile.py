"""Benchmark of hostile workbooks: how long and how much memory before the refusal.

    python bench/hostile.py [--rows 1048576] [--folder DIR]

Writes a sheet of junk rows (as many as a sheet can have) alone, and beside a fake
metadata sheet, and previews each import in a fresh subprocess (so its peak memory is
its own): the first is refused as no export without its junk being read; the second
stops at the first hundred problems and counts the rows left. Prints seconds, peak
memory (the goal: under 300 MB), and what the import said, against the same run's
reading of a small real export as the baseline.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exports.sync import importer, layout
from storage.forms import checklists
from storage.store import db
from tests.exports.sync import hostile


def files(folder: Path, rows: int) -> dict[str, Path]:
    head = ["id", "name", "district", "street", "community", "address"]
    made = {
        "no_metadata": hostile.write(folder / "junk.xlsx", {"说明": [["x"]]},
                                     ("小区", rows, head)),
        "fake_metadata": hostile.write(folder / "fake.xlsx",
                                       {layout.META: [["format", layout.FORMAT]]},
                                       ("小区", rows, head)),
    }
    return made


def phase(path: Path) -> dict[str, object]:
    """Preview one file into a new store (called in a subprocess)."""
    with tempfile.TemporaryDirectory() as folder:
        store = db.open_store(Path(folder) / "x.db")
        checklists.install_builtins(store)
        started = time.perf_counter()
        try:
            plan = importer.preview(store, path)
            said = f"{len(plan.problems)} problems, {plan.unchecked:,} more rows unchecked"
        except Exception as error:  # noqa: BLE001 - what the refusal was is the result
            said = f"refused: {type(error).__name__} {getattr(error, 'reason', '')}".strip()
        seconds = time.perf_counter() - started
        store.close()
    return {"seconds": seconds, "said": said,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_048_576)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/xuncha-bench-hostile"))
    parser.add_argument("--phase", type=Path)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase)))
        return
    args.folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    made = files(args.folder, args.rows)
    print(f"wrote {len(made)} files of {args.rows:,} junk rows in "
          f"{time.perf_counter() - started:.0f} s")
    for name, path in made.items():
        done = subprocess.run([sys.executable, __file__, "--phase", str(path)], check=True,
                              capture_output=True, text=True)
        result = json.loads(done.stdout)
        print(f"{name:<14} {path.stat().st_size / 1e6:6.0f} MB file  "
              f"{result['seconds']:6.1f} s  peak {result['peak_mb']:5.0f} MB  {result['said']}")


if __name__ == "__main__":
    main()
