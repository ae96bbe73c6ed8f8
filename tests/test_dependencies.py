"""The tests run on the versions constraints.txt pins, and nothing unpinned gets in."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from tools import lock

ROOT = Path(__file__).resolve().parent.parent


def _requirements() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["test"]]


def test_everything_pyproject_asks_for_is_pinned() -> None:
    pins = lock.read_pins()
    names = [lock.normalise(re.split(r"[\s<>=!~\[;]", wanted, maxsplit=1)[0])
             for wanted in _requirements()]
    assert [name for name in names if name not in pins] == []


def test_this_environment_has_the_pinned_versions() -> None:
    """dev.sh installed from the pins: every pinned distribution here is at its version."""
    pins = lock.read_pins()
    installed = {lock.normalise(dist.metadata["Name"]): dist.version
                 for dist in metadata.distributions()}
    assert {name: installed.get(name) for name in pins} == pins


def _report(*installs: tuple[str, str]) -> dict[str, Any]:
    return {"install": [{"metadata": {"name": name, "version": version}}
                        for name, version in installs]}


def test_a_package_the_pins_do_not_name_is_found() -> None:
    pins = {"pyside6-essentials": "6.12.0", "shiboken6": "6.12.0"}
    report = _report(("xuncha", "0.1.0"), ("PySide6_Essentials", "6.12.0"),
                     ("shiboken6", "6.12.0"), ("pyzipper", "0.4.0"),
                     ("pycryptodomex", "3.24.2"))
    assert lock.unpinned(report, pins) == ["pycryptodomex==3.24.2", "pyzipper==0.4.0"]
    assert lock.unpinned(_report(("xuncha", "0.1.0"), ("shiboken6", "6.12.0")), pins) == []


def test_the_check_names_what_to_do(tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.json"
    report.write_text('{"install": [{"metadata": {"name": "requests", "version": "2.32.3"}}]}')
    assert lock.main(["check", str(report)]) == 1
    error = capsys.readouterr().err
    assert "requests==2.32.3" in error and "./dev.sh lock" in error
    report.write_text('{"install": [{"metadata": {"name": "pytest", "version": "9.2.0"}}]}')
    assert lock.main(["check", str(report)]) == 0
