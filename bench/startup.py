"""Times start-up: the command line and the main window, as ratios to bare Python and Qt.

    python bench/startup.py [--runs 7] [--keep /tmp/startup-demo.db] [--uncached]

Each program is started as a new process ``--runs`` times after one start that warms
up; the fastest run counts (the others waited for a busy machine), in wall time and in
processor time (user + system, which a machine busy with other work disturbs less). The
baselines are measured in the same run: bare Python (``python -c pass``) for the command
line, a bare Qt window (a QMainWindow shown offscreen, then closed) for the window. The
goals were set on a quiet machine where bare Python took 0.03 s and a bare Qt window
0.17 s: ``xuncha-cli --version`` and ``check`` within 0.25 s, the main window with its
first page within 0.8 s; they are printed as the ratios they make (8.3 × Python, 4.7 × a
Qt window).

Modules start from cached bytecode, as in the bundle (which ships it) or an installed
XunCha: the cache goes to the temporary folder (``PYTHONPYCACHEPREFIX``), whatever
``PYTHONDONTWRITEBYTECODE`` says. ``--uncached`` compiles every module at every start
instead, as a shell with ``PYTHONDONTWRITEBYTECODE=1`` does: compiling XunCha's own
modules then costs more than running them.

The command line is timed in English and in Chinese (``LANG=zh_CN.UTF-8``, the users'
language: its words come from the compiled translation). The stores are built in the
temporary folder, removed at the end (``--keep`` keeps the demo store for the next run).
``python -X importtime -m desktop.app …`` shows where the time goes.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUIET_PYTHON, QUIET_QT = 0.03, 0.17  # seconds, on the quiet machine the goals came from
GOALS = {"cli": 0.25, "window": 0.8}

BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, window.close)
sys.exit(app.exec())
"""


CHINESE = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


def environment(folder: Path, uncached: bool) -> dict[str, str]:
    """The programs' environment: offscreen Qt, bytecode cached in ``folder`` or never."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPYCACHEPREFIX", None)
    if uncached:
        return {**env, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return {**env, "PYTHONPYCACHEPREFIX": str(folder / "bytecode")}


def fastest(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """The shortest wall and processor times of ``runs`` starts of ``command``."""
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)  # warm-up
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def demo_store(path: Path) -> Path:
    """A demo store with its checklists installed (built once, then reused)."""
    if not path.exists():
        subprocess.run([sys.executable, "-m", "desktop.cli", "demo", "--db", str(path)],
                       cwd=ROOT, check=True, capture_output=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return path


def empty_store(path: Path) -> Path:
    """A store with nothing but its built-in checklists (start-up, not the check's work)."""
    if not path.exists():
        subprocess.run([sys.executable, "-m", "desktop.cli", "checklists", "list", "--db",
                        str(path)], cwd=ROOT, check=True, capture_output=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None,
                        help="where to keep the demo store between runs")
    parser.add_argument("--uncached", action="store_true",
                        help="compile every module at every start (no bytecode cache)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="xuncha-startup-") as name:
        folder = Path(name)
        store = demo_store(args.keep or folder / "demo.db")
        empty = empty_store(folder / "empty.db")
        report(args.runs, store, empty, environment(folder, args.uncached))
    return 0


def report(runs: int, store: Path, empty: Path, env: dict[str, str]) -> None:
    """Time every program against its baseline and print the table."""
    python, cli = [sys.executable], [sys.executable, "-m", "desktop.cli"]
    python_time = fastest([*python, "-c", "pass"], runs, env)
    qt_time = fastest([*python, "-c", BARE_QT], runs, env)
    check_empty = [*cli, "check", "--db", str(empty)]
    rows = [
        ("xuncha-cli --version", fastest([*cli, "--version"], runs, env), python_time, "cli"),
        ("xuncha-cli check (empty store)", fastest(check_empty, runs, env), python_time, "cli"),
        ("xuncha-cli check (empty store, Chinese)",
         fastest(check_empty, runs, {**env, **CHINESE}), python_time, "cli"),
        ("xuncha-cli check (demo store)",
         fastest([*cli, "check", "--db", str(store)], runs, env), python_time, "cli"),
        ("main window, first page (demo store)",
         fastest([*python, "-m", "desktop.app", "--db", str(store), "--exit-after-start",
                  "--language", "zh_CN"], runs, env), qt_time, "window"),
    ]
    print("bytecode " + ("cached" if "PYTHONPYCACHEPREFIX" in env else
                         "compiled at every start (--uncached)"))
    print(f"baselines (fastest of {runs}, wall / processor seconds): bare Python "
          f"{python_time[0]:.3f} / {python_time[1]:.3f}, bare Qt window {qt_time[0]:.3f} / "
          f"{qt_time[1]:.3f}")
    print(f"{'':40} {'wall s':>7} {'ratio':>6} {'cpu s':>7} {'ratio':>6} {'goal':>6}")
    for name, (wall, cpu), (base_wall, base_cpu), goal in rows:
        quiet = QUIET_PYTHON if goal == "cli" else QUIET_QT
        print(f"{name:40} {wall:7.3f} {wall / base_wall:5.1f}× {cpu:7.3f} "
              f"{cpu / base_cpu:5.1f}× {GOALS[goal] / quiet:5.1f}×")


if __name__ == "__main__":
    sys.exit(main())
