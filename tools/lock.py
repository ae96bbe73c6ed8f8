"""Pins every package XunCha installs, in constraints.txt (``./dev.sh lock`` runs this).

``python3 tools/lock.py`` (or ``refresh``) makes a new virtual environment in a temporary
folder, installs the project there from the open ranges of pyproject.toml (the runtime and
``[test]``: pytest, ruff, mypy, PyInstaller …), and writes the exact version of every
distribution installed, pip and setuptools included, to constraints.txt. dev.sh installs
with ``pip install -c constraints.txt -e ".[test]"``, so a new release upstream changes
nothing until the pins are refreshed and committed.

``python3 tools/lock.py check REPORT`` reads the report of ``pip install --dry-run
--report REPORT …`` and fails, naming them, if pip would install a distribution that
constraints.txt does not pin: pip itself takes the newest version of such a package
without a word. Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints.txt"
HEADER = """\
# Exact versions of everything XunCha installs: the runtime, the tests and tools, pip.
# dev.sh installs with `pip install -c constraints.txt -e ".[test]"`.
# Written by `./dev.sh lock` (tools/lock.py) from the ranges in pyproject.toml; do not
# edit by hand. Made with Python {python} on {platform}: a package only another system
# needs (pywin32-ctypes and pefile on Windows, say) is not pinned here.
"""


def normalise(name: str) -> str:
    """A distribution's name as pip compares names (PEP 503): ``pyside6-essentials``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def project_name() -> str:
    """The project's own distribution, which is installed but never pinned."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return normalise(tomllib.load(file)["project"]["name"])


def read_pins(path: Path = CONSTRAINTS) -> dict[str, str]:
    """The pins of a constraints file: normalised name → version."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        requirement = line.split("#", 1)[0].strip()
        if requirement:
            name, _, version = requirement.partition("==")
            pins[normalise(name)] = version.strip()
    return pins


def unpinned(report: dict[str, Any], pins: dict[str, str]) -> list[str]:
    """What a pip install report would install that the pins do not name (``name==version``)."""
    own = project_name()
    found = (item["metadata"] for item in report.get("install", []))
    return sorted(f"{meta['name']}=={meta['version']}" for meta in found
                  if normalise(meta["name"]) not in pins and normalise(meta["name"]) != own)


def check(report_path: Path) -> int:
    """Exit status 1, with the remedy, if the report installs anything unpinned."""
    missing = unpinned(json.loads(report_path.read_text(encoding="utf-8")), read_pins())
    if not missing:
        return 0
    print(f"constraints.txt does not pin what pyproject.toml asks for: {', '.join(missing)}.\n"
          "Refresh the pins with `./dev.sh lock` (python3 tools/lock.py) and commit "
          "constraints.txt.", file=sys.stderr)
    return 1


def installed_pins(python: Path) -> dict[str, str]:
    """Every distribution in an environment except the project: name → version."""
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=json"], check=True,
                            capture_output=True, text=True).stdout
    own = project_name()
    return {item["name"]: item["version"] for item in json.loads(listed)
            if normalise(item["name"]) != own}


def refresh() -> int:
    """Install the project from its open ranges in a new environment and pin what came."""
    with tempfile.TemporaryDirectory(prefix="xuncha-lock-") as folder:
        venv = Path(folder) / "venv"
        subprocess.run([sys.executable, "-m", "venv", "--upgrade-deps", str(venv)], check=True)
        python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
        installed = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"],
            capture_output=True, text=True, check=False)
        if installed.returncode != 0:  # the build's chatter only when it matters
            print(installed.stdout + installed.stderr, file=sys.stderr)
            return installed.returncode
        pins = installed_pins(python)
    lines = [f"{name}=={version}" for name, version in sorted(
        pins.items(), key=lambda pin: normalise(pin[0]))]
    CONSTRAINTS.write_text(HEADER.format(python=platform.python_version(),
                                         platform=f"{sys.platform} {platform.machine()}")
                           + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{CONSTRAINTS.name}: {len(lines)} pins", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """``refresh`` (the default) or ``check REPORT``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("refresh", help="rewrite constraints.txt from pyproject.toml")
    checking = commands.add_parser("check", help="fail if a pip report installs unpinned")
    checking.add_argument("report", type=Path)
    arguments = parser.parse_args(argv)
    if arguments.command == "check":
        return check(arguments.report)
    return refresh()


if __name__ == "__main__":
    sys.exit(main())
