"""The project's own rules: layers, no second SQLite, lint, complete translations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_layers_flow_one_way_and_storage_exports_have_no_qt() -> None:
    result = subprocess.run([str(BIN / "lint-imports")], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_store_is_never_opened_through_qtsql() -> None:
    """QtSql carries a second copy of SQLite; two copies in one process can corrupt a store."""
    offenders = [str(path) for folder in ("desktop", "ui", "storage", "exports")
                 for path in (ROOT / folder).rglob("*.py") if "QtSql" in path.read_text()]
    assert offenders == []


def test_the_store_is_opened_through_one_sqlite_only() -> None:
    """SQLCipher opens every store; the standard library's sqlite3 never connects to one.

    Its own copy of SQLite would not see SQLCipher's POSIX locks on the same file.
    """
    folders = ("desktop", "ui", "storage", "exports", "bench", "tools", "tests")
    offenders = [str(path) for folder in folders for path in (ROOT / folder).rglob("*.py")
                 if "sqlite3.connect(" in path.read_text() and path != Path(__file__)]
    assert offenders == []


def test_ruff_is_clean() -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_every_string_has_a_chinese_translation() -> None:
    result = subprocess.run([sys.executable, "tools/translations.py", "check"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_types_check() -> None:
    result = subprocess.run([str(BIN / "mypy"), "storage", "exports", "ui", "desktop"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
