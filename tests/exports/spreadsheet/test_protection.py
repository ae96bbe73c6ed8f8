"""Whether spreadsheets are read safely is known before openpyxl is loaded, and agrees."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PROBE = ("import sys; from exports.spreadsheet import protection; before = protection.active();"
         " assert 'openpyxl' not in sys.modules; from exports.spreadsheet import writing;"
         " assert 'openpyxl.xml' in sys.modules; print(before, protection.active())")


@pytest.mark.parametrize(("setting", "expected"), [(None, "True True"), ("True", "True True"),
                                                   ("False", "False False")])
def test_the_answer_before_openpyxl_is_openpyxls(setting: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENPYXL_DEFUSEDXML"}
    if setting is not None:
        env["OPENPYXL_DEFUSEDXML"] = setting
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, text=True,
                            capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
