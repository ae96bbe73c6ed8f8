"""Times working a form out (what applies, calculations, problems, score) as it grows.

    python bench/forms.py [--rounds 300]

The baseline is the built-in parking checklist (25 items, no repeats or calculations),
measured in the same run; the others are printed as ratios against it: the largest real
form of the test corpus, and an illegal-construction checklist with 1, 10 and 50
structures (blocks). The form recomputes this on every change, and an import rescoring
100,000 inspections does it once for each.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exports.forms import checklist_file
from storage.forms import checklists, validate, xlsform
from tests import corpus

ROOT = Path(__file__).resolve().parent.parent


def _per_call(work: Callable[[], Any], rounds: int) -> float:
    work()
    start = time.perf_counter()
    for _ in range(rounds):
        work()
    return (time.perf_counter() - start) / rounds


def _case(checklist: xlsform.Checklist, answers: dict[str, Any]) -> Callable[[], Any]:
    def work() -> None:
        found = validate.state(checklist, answers)
        validate.validate(checklist, answers, found=found)
        validate.score(checklist, answers, found=found)
    return work


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    parking = checklists.builtin("parking")
    cases = {"parking (baseline)": _case(parking, corpus.fill(parking))}
    largest = max(corpus.FORMS, key=lambda p: len(checklist_file.read(p).all_items))
    form = checklist_file.read(largest)
    cases[f"{largest.stem} ({len(form.all_items)} items)"] = _case(form, corpus.fill(form))
    source = (ROOT / "tests" / "data" / "structures_checklist.md").read_text(encoding="utf-8")
    structures = xlsform.parse(xlsform.read_markdown(source))
    filled = corpus.fill(structures)
    for count in (1, 10, 50):
        block = dict(filled["structures"][0])
        answers = {**filled, "structures": [{**block, xlsform.BLOCK_ID: f"{n:04d}-x"}
                                            for n in range(count)]}
        cases[f"structures, {count} blocks"] = _case(structures, answers)
    base = 0.0
    for name, work in cases.items():
        seconds = _per_call(work, args.rounds)
        base = base or seconds
        print(f"{name:<48} {seconds * 1000:8.2f} ms  ×{seconds / base:6.1f}")


if __name__ == "__main__":
    main()
