"""Benchmark of spreadsheet sync: merge, re-import and export, each against its baseline.

    python bench/merge.py [--files 20] [--inspections 1000] [--items 32] [--folder DIR]
                          [--best-of N] [--encrypt [--repeat 3]] [--instructions]

Generates the officer files (each from its own store, through the real export), then
measures, each phase in a fresh subprocess so its peak memory is its own:
  read        python-calamine reading every sheet of every file;
  read_used   reading only the sheets an import parses (the baseline of merge, reimport);
  merge       importing every file into an empty store (preview + one transaction each);
  reimport    importing the same files again (nothing changes);
  export      exporting the merged store (every inspection) to one workbook;
  write_openpyxl, write_xlsxwriter
              writing the very cells of that export (read back first, not timed) with
              openpyxl's write-only mode, and with xlsxwriter's constant-memory mode:
              the baselines of the export.
Prints wall times, peak memory and each goal's ratio, all from the same run.
``--best-of N`` measures the phases in N rounds and keeps each one's fastest (a shared
machine only adds time; a merge starts each time from an empty store). The modules a
phase uses are loaded before its clock starts; the form parser's load is printed apart.
``--instructions`` counts each phase's instructions under valgrind instead of timing it:
exact where a shared machine's clock varies by a fifth, and about 50 times slower, so
for a few files (``--files 3``).
``--encrypt`` measures the store's phases again into an encrypted store (SQLCipher) and
prints each phase's ratio to the plain store of the same run (aim: within 1.3): the
plain and the encrypted store in turn, ``--repeat`` times (the best time of each counts:
a shared machine only adds time; a merge starts each time from an empty store). Each
encrypted phase includes deriving the key from the passphrase once (about 0.25 s).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exports.spreadsheet import workbook
from exports.sync import export, importer, layout
from storage.forms import checklists, xlsform
from storage.inspection.compounds import KIND as COMPOUND
from storage.inspection.inspections import KIND as INSPECTION
from storage.store import db, versioning


def checklist_sheets(items: int) -> dict[str, list[list[str]]]:
    """A checklist of ``items`` questions: mostly pass/fail, some numbers, text, dates."""
    survey = [["type", "name", "label::中文 (zh)", "required", "severity", "weight"]]
    for n in range(items):
        kind = ("select_one check" if n % 8 < 5 else "integer" if n % 8 == 5
                else "text" if n % 8 == 6 else "date")
        survey.append([kind, f"q{n:02d}", f"第{n + 1}项 检查内容", "", "major"
                       if kind.startswith("select") else "", "1"])
    choices = [["list_name", "name", "label::中文 (zh)", "compliance"],
               ["check", "ok", "符合", "pass"], ["check", "issue", "不符合", "fail"],
               ["check", "na", "不适用", "na"]]
    settings = [["form_title", "form_id", "version", "default_language"],
                ["基准检查表", "bench", "2026.1", "中文 (zh)"]]
    return {"survey": survey, "choices": choices, "settings": settings}


def _answer(rng: random.Random, item: xlsform.Item) -> object:
    if item.type == "select_one":
        return rng.choices(["ok", "issue", "na"], weights=[80, 12, 8])[0]
    if item.type == "integer":
        return rng.randint(0, 500)
    if item.type == "text":
        return rng.choice(["", "已告知物业", "=业主不在家", "楼道堆物已清理"])
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"


def officer_file(folder: Path, n: int, inspections: int, items: int) -> Path:
    """One officer's store with ``inspections`` inspections, exported to a workbook."""
    rng = random.Random(n)
    store = db.open_store(folder / f"officer{n:02d}.db")
    checklist = xlsform.parse(checklist_sheets(items))
    ident = checklists.save(store, checklist)
    compounds, entries = [], []
    with store.atomic():
        for c in range(20):
            cid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            data = versioning.normalise(COMPOUND, {
                "name": f"小区{n:02d}-{c:02d}", "district": "兰山区", "street": "兰山街道",
                "community": "", "address": f"沂蒙路{c}号", "property_company": "",
                "households": 500, "party_branch": "", "party_secretary_full_time": None,
                "deleted": 0})
            compounds.append(_entry(store, cid, data, "2026-01-01T00:00:00.000Z"))
        _insert(store, COMPOUND, compounds)
        for i in range(inspections):
            iid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            answers = {item.name: _answer(rng, item) for item in checklist.items}
            stamp = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T09:00:00.000Z"
            data = versioning.normalise(INSPECTION, {
                "compound_id": rng.choice(compounds).record_id, "checklist_version_id": ident,
                "officer": f"队员{n}", "place": f"{rng.randint(1, 30)}号楼",
                "started_at": stamp, "finished_at": stamp, "status": "final",
                "score": 80.0, "note": "", "number": f"XC-2026-{n:04d}-{i:06d}",
                "deleted": 0, "answers": answers, "attachments": []})
            entries.append(_entry(store, iid, data, stamp))
        _insert(store, INSPECTION, entries)
    path = folder / f"officer{n:02d}.xlsx"
    export.export(store, path)
    store.close()
    return path


def _entry(store: db.Store, ident: str, data: dict, stamp: str) -> versioning.Entry:
    return versioning.Entry(ident, versioning.version_of(data), data, (), store.device_id,
                            stamp, versioning.Origin("typed"))


def _insert(store: db.Store, kind: versioning.Kind, entries: list[versioning.Entry]) -> None:
    versioning.append_entries(store, kind, entries)
    versioning.insert_current(store, kind, ((e, e.updated_at, e.device_id) for e in entries))


def generate(folder: Path, files: int, inspections: int, items: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*"):
        if old.is_file():
            old.unlink()
    started = time.perf_counter()
    for n in range(files):
        officer_file(folder, n, inspections, items)
    print(f"generated {files} files x {inspections} inspections x {items} items in "
          f"{time.perf_counter() - started:.1f} s")


PASSPHRASE = "bench passphrase"
STORE_PHASES = ("merge", "reimport", "export")


def _merged_name(encrypted: bool) -> str:
    return "merged-encrypted.db" if encrypted else "merged.db"


def _merged(folder: Path, encrypted: bool) -> db.Store:
    return db.open_store(folder / _merged_name(encrypted),
                         passphrase=PASSPHRASE if encrypted else None)


def phase(name: str, folder: Path, encrypted: bool = False,
          setup_only: bool = False) -> dict[str, float]:
    """Run one measured phase in this process (called in a subprocess).

    Every module a phase uses is loaded before its clock starts, the form parser (pyxform)
    too: XunCha loads it when a process first reads a checklist, once, as it loaded it
    at start when the goals were set. Its load is measured apart (``parser_load``).
    ``setup_only`` stops where the clock would start (what ``--instructions`` subtracts).
    """
    files = sorted(folder.glob("officer*.xlsx"))
    started = time.perf_counter()
    from pyxform import xls2json  # noqa: F401, PLC0415 - what xlsform.parse loads first

    from storage.forms import building  # noqa: F401, PLC0415

    parser_load = time.perf_counter() - started
    started = time.perf_counter()
    result: dict[str, float]
    if setup_only:
        return {}
    if name == "read":
        cells = sum(len(r) * (len(r[0]) if r else 0) for f in files
                    for r in workbook.read_sheets(f).values())
        result = {"cells": cells}
    elif name == "read_used":
        cells = sum(len(r) * (len(r[0]) if r else 0) for f in files for r in
                    workbook.read_sheets(f, names=lambda s: s != layout.README
                                         and not s.startswith(layout.LONG)).values())
        result = {"cells": cells}
    elif name in ("merge", "reimport"):
        store = _merged(folder, encrypted)
        counts: dict[str, int] = {}
        for done in importer.import_files(store, files):  # as `xuncha-cli import FILE…`
            for key, value in done.counts.items():
                counts[key] = counts.get(key, 0) + value
        result = {k: float(v) for k, v in counts.items() if v}
        store.close()
    elif name == "export":
        store = _merged(folder, encrypted)
        summary = export.export(store, folder / "city.xlsx")
        result = {"inspections": summary.inspections}
        store.close()
    elif name.startswith("write_"):
        written = {name: [[None if v == "" else v for v in row] for row in rows]
                   for name, rows in workbook.read_sheets(folder / "city.xlsx").items()}
        started = time.perf_counter()
        result = {"cells": _write_cells(name, written, folder / f"{name}.xlsx")}
    else:
        raise SystemExit(f"unknown phase {name}")
    result["seconds"] = time.perf_counter() - started
    result["parser_load"] = parser_load
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _write_cells(name: str, sheets: dict[str, list[list[object]]], path: Path) -> float:
    """Write the cells as they are, with openpyxl (write-only) or xlsxwriter (streaming)."""
    if name == "write_openpyxl":
        book = openpyxl.Workbook(write_only=True)
        for title, rows in sheets.items():
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
        book.save(path)
    else:
        import xlsxwriter  # noqa: PLC0415 - measured only where it is installed

        xbook = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                                "strings_to_formulas": False})
        for title, rows in sheets.items():
            xsheet = xbook.add_worksheet(title)
            for n, row in enumerate(rows):
                xsheet.write_row(n, 0, row)
        xbook.close()
    return float(sum(len(r) for rows in sheets.values() for r in rows))


def measure(name: str, folder: Path, encrypted: bool = False) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--phase", name, "--folder", str(folder)]
                          + (["--encrypt"] if encrypted else []),
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--inspections", type=int, default=1000)
    parser.add_argument("--items", type=int, default=32)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/xuncha-bench-merge"))
    parser.add_argument("--reuse", action="store_true",
                        help="measure the files generated by an earlier run")
    parser.add_argument("--phases", help="the phases to measure, comma-separated (all; with"
                        " --instructions: read_used,merge,reimport)")
    parser.add_argument("--best-of", type=int, default=1,
                        help="measure each phase this many times; the fastest counts")
    parser.add_argument("--encrypt", action="store_true",
                        help="also measure the store's phases on an encrypted store")
    parser.add_argument("--repeat", type=int, default=3,
                        help="with --encrypt: measurements of each store, in turn")
    parser.add_argument("--instructions", action="store_true",
                        help="count each phase's instructions with valgrind instead of timing "
                        "it: exact on a noisy machine, about 50 times slower (use few files)")
    parser.add_argument("--phase")
    parser.add_argument("--setup-only", action="store_true")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.folder, args.encrypt, args.setup_only)))
        return
    if not args.reuse:
        generate(args.folder, args.files, args.inspections, args.items)
    for stale in args.folder.glob("merged*.db*"):
        shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    print(f"{len(list(args.folder.glob('officer*.xlsx')))} files, "
          f"{sum(f.stat().st_size for f in args.folder.glob('officer*.xlsx')) / 1e6:.0f} MB")
    if args.instructions:
        _count_instructions((args.phases or "read_used,merge,reimport").split(","),
                            args.folder)
        return
    results = _fastest((args.phases or "read,read_used,merge,reimport,export,write_openpyxl,"
                        "write_xlsxwriter").split(","), args.folder, args.best_of)
    for name, result in results.items():
        extra = ", ".join(f"{k}={v:.0f}" for k, v in result.items()
                          if k not in ("seconds", "peak_mb", "parser_load"))
        print(f"{name:<16} {result['seconds']:8.1f} s  peak {result['peak_mb']:6.0f} MB  {extra}")
    print()
    print(f"{'goal':<46} {'ratio':>6}  {'aim':>5}")
    for label, phase_name, baseline, aim in GOALS:
        if phase_name in results and baseline in results:
            ratio = results[phase_name]["seconds"] / results[baseline]["seconds"]
            print(f"{label:<46} {ratio:6.2f}  {aim or '':>5}")
    loads = [r["parser_load"] for n, r in results.items() if n in ("merge", "reimport")]
    if loads and "read_used" in results:
        print(f"\nloading the form parser (pyxform), once per process: {min(loads):.2f} s, "
              f"{min(loads) / results['read_used']['seconds']:.2f} of read_used; the ratios "
              "above leave it out")
    if args.encrypt:
        _encrypted(args.folder, [n for n in STORE_PHASES if n in results], args.repeat)


def _fastest(names: list[str], folder: Path, runs: int) -> dict[str, dict[str, float]]:
    """The fastest of ``runs`` measurements of each phase (a merge into an empty store each).

    The phases are measured in rounds, every phase once a round: a phase and its baseline
    meet the same moments of a shared machine, which only ever adds time.
    """
    best: dict[str, dict[str, float]] = {}
    for _ in range(max(runs, 1)):
        for name in names:
            if name == "merge":
                for stale in folder.glob(f"{_merged_name(False)}*"):
                    shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
            try:
                result = measure(name, folder)
            except subprocess.CalledProcessError as failed:
                print(f"{name}: not measured ({failed.stderr.strip().splitlines()[-1]})")
                continue
            if name not in best or result["seconds"] < best[name]["seconds"]:
                best[name] = result
    return best


def _count_instructions(names: list[str], folder: Path) -> None:
    """Each phase's instructions (valgrind's cachegrind): the whole phase minus its set-up.

    Wall time on a shared machine varies by a fifth from run to run; instruction counts
    do not, so a change's effect on a goal shows even where the clock cannot tell it.
    They leave out what the clock sees besides work: waiting for the disk, memory.
    """
    counts: dict[str, float] = {}
    for name in names:
        runs = []
        for setup_only in (True, False):
            if name == "merge":
                for stale in folder.glob(f"{_merged_name(False)}*"):
                    shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
            done = subprocess.run(
                ["valgrind", "--tool=cachegrind", "--cache-sim=no",
                 "--cachegrind-out-file=/dev/null", sys.executable, __file__, "--phase", name,
                 "--folder", str(folder), *(["--setup-only"] if setup_only else [])],
                check=True, capture_output=True, text=True)
            found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
            assert found, done.stderr
            runs.append(int(found.group(1).replace(",", "")))
        counts[name] = (runs[1] - runs[0]) / 1e6
        print(f"{name:<16} {counts[name]:10,.0f} million instructions")
    print(f"\n{'goal':<46} {'ratio':>6}  {'aim':>5}")
    for label, phase_name, baseline, aim in GOALS:
        if phase_name in counts and baseline in counts:
            print(f"{label:<46} {counts[phase_name] / counts[baseline]:6.2f}  {aim or '':>5}")


def _encrypted(folder: Path, names: list[str], repeat: int) -> None:
    """The store's phases on the plain and an encrypted store in turn, best of ``repeat``."""
    for name in names:
        best: dict[bool, dict[str, float]] = {}
        for _ in range(max(repeat, 1)):
            for encrypted in (False, True):
                if name == "merge":  # into an empty store each time
                    for stale in folder.glob(f"{_merged_name(encrypted)}*"):
                        shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
                result = measure(name, folder, encrypted)
                if encrypted not in best or result["seconds"] < best[encrypted]["seconds"]:
                    best[encrypted] = result
        plain, result = best[False], best[True]
        print(f"{name:<10} encrypted {result['seconds']:8.1f} s  peak "
              f"{result['peak_mb']:7.0f} MB  x{result['seconds'] / plain['seconds']:5.2f} "
              f"of the plain store's {plain['seconds']:.1f} s (aim < 1.3)")


GOALS = (("merge / read of the sheets it parses", "merge", "read_used", "≤ 3"),
         ("re-import / read of the sheets it parses", "reimport", "read_used", "≤ 1.5"),
         ("export / the same cells, openpyxl write-only", "export", "write_openpyxl", "≤ 1.5"),
         ("export / the same cells, xlsxwriter", "export", "write_xlsxwriter", ""),
         ("merge / read of every sheet", "merge", "read", ""))


if __name__ == "__main__":
    main()
