"""The bundle's one program answers to two names: xuncha (the window) and xuncha-cli."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop import launcher


def test_started_as_xuncha_cli_it_is_the_command_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        store_path: Path) -> None:
    monkeypatch.setattr("sys.argv", ["/opt/xuncha/xuncha-cli"])
    assert launcher.main(["checklists", "list", "--db", str(store_path), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 4


def test_started_as_xuncha_it_is_the_window(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.argv", ["/opt/xuncha/xuncha"])
    with pytest.raises(SystemExit) as stopped:
        launcher.main(["--help"])
    assert stopped.value.code == 0
    assert "--exit-after-start" in capsys.readouterr().out  # the workstation's options
