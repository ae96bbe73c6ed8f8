"""Running ``xuncha-cli`` in-process in the command-line tests: exit code and output."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one command."""
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """The JSON a command prints with ``--json``; it must succeed."""
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """What argparse says on stderr about a command it refuses (exit code 2)."""
    with pytest.raises(SystemExit) as raised:
        main.main(list(argv))
    assert raised.value.code == 2
    return capsys.readouterr().err
