"""The command line: checklists, check, demo, and errors as one clear line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import crash_report
from desktop.cli import main
from storage.forms import checklists
from storage.store import db

ROOT = Path(__file__).resolve().parents[3]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_checklists_list_json_names_the_four_builtins(capsys: pytest.CaptureFixture[str],
                                                      store_path: Path) -> None:
    code, out, _ = run(capsys, "checklists", "list", "--db", str(store_path), "--json")
    listed = json.loads(out)
    assert code == 0
    assert [c["form_id"] for c in listed] == list(checklists.BUILTIN)
    assert all(c["items"] >= 12 for c in listed)


def test_checklist_export_then_import_is_unchanged(capsys: pytest.CaptureFixture[str],
                                                   store_path: Path, tmp_path: Path) -> None:
    for form_id in checklists.BUILTIN:
        target = tmp_path / f"{form_id}.xlsx"
        assert run(capsys, "checklists", "export", form_id, "-o", str(target),
                   "--db", str(store_path))[0] == 0
        code, out, _ = run(capsys, "checklists", "import", str(target), "--db",
                           str(store_path), "--json")
        assert code == 0
        assert json.loads(out)["outcome"] == "unchanged"


def test_checklist_show_json(capsys: pytest.CaptureFixture[str], store_path: Path) -> None:
    code, out, _ = run(capsys, "checklists", "show", "pets", "--db", str(store_path), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["form_id"] == "pets"
    assert any(item["severity"] == "critical" for item in shown["items"])


def test_unknown_checklist_is_one_line(capsys: pytest.CaptureFixture[str],
                                       store_path: Path) -> None:
    code, out, err = run(capsys, "checklists", "show", "noise", "--db", str(store_path))
    assert code == main.EXIT_USER_ERROR
    assert err.count("\n") == 1 and "noise" in err and "parking" in err


def test_demo_then_check(capsys: pytest.CaptureFixture[str], store_path: Path) -> None:
    code, out, _ = run(capsys, "demo", "--db", str(store_path), "--json")
    counts = json.loads(out)
    assert code == 0 and counts["compounds"] >= 50 and counts["inspections"] >= 400
    code, out, _ = run(capsys, "check", "--db", str(store_path), "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, _, err = run(capsys, "demo", "--db", str(store_path))
    assert code == main.EXIT_USER_ERROR and "already" in err


def test_demo_store_has_what_an_officer_sees(store_path: Path) -> None:
    """Article compounds, several officers, every finding state, overdue ones, photos."""
    assert main.main(["demo", "--db", str(store_path)]) == 0
    store = db.open_store(store_path)
    names = {row[0] for row in store.db.execute("SELECT name FROM compounds")}
    assert {"丰瑞丽都", "锦绣华庭一期", "怡景新苑", "香榭丽"} <= names
    states = {row[0] for row in store.db.execute("SELECT DISTINCT state FROM findings")}
    assert states == {"open", "in_progress", "awaiting_reinspection", "closed", "withdrawn"}
    overdue = store.db.execute(
        "SELECT count(*) FROM findings WHERE state NOT IN ('closed', 'withdrawn')"
        " AND deadline < date('now', 'localtime')").fetchone()[0]
    assert overdue > 0
    assert store.db.execute("SELECT count(DISTINCT officer) FROM inspections").fetchone()[0] >= 4
    forms = store.db.execute("SELECT count(DISTINCT form_id) FROM inspections i JOIN"
                             " checklist_versions v ON v.id = i.checklist_version_id").fetchone()
    assert forms[0] == 4
    assert store.db["photos"].count > 0 and store.db["attachments"].count > 0
    matched = store.db.execute("SELECT count(*), count(compound_id) FROM work_orders").fetchone()
    assert matched[1] > 1000 and matched[0] > matched[1]  # some left for a person to match
    board = {row[0] for row in store.db.execute("SELECT state FROM campaign_events")}
    assert {"enrolled", "observation", "closed", "relapsed"} <= board
    store.close()


def _subprocess(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, **(env or {})},
                          timeout=120, check=False)


def test_foreign_file_as_store_is_one_line_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 500)
    result = _subprocess("check", "--db", str(path))
    assert result.returncode == main.EXIT_USER_ERROR
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(path) in result.stderr
    assert path.read_bytes() == b"PK\x03\x04" + b"\x00" * 500


def test_bad_checklist_workbook_names_sheet_and_row_in_chinese(tmp_path: Path,
                                                               store_path: Path) -> None:
    import openpyxl

    path = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "survey"
    book.active.append(["type", "name", "label", "appearance"])
    book.active.append(["text", "where", "位置", "search('buildings')"])
    book.save(path)
    result = _subprocess("checklists", "import", str(path), "--db", str(store_path),
                         env={"LC_ALL": "C.UTF-8", "LANGUAGE": "zh_CN"})
    assert result.returncode == main.EXIT_USER_ERROR
    assert "survey" in result.stderr and "2" in result.stderr and "search()" in result.stderr
    assert "appearance" in result.stderr
    assert "检查表" in result.stderr  # worded in Chinese


CHINESE = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
# Runs the command line, then names on stderr the Qt modules it loaded.
WITH_QT_MODULES = """
import sys
from desktop.cli import main
try:
    code = main.main(sys.argv[1:])
finally:  # --help exits from inside
    print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))),
          file=sys.stderr)
sys.exit(code)
"""


def _loading_qt(*args: str) -> tuple[subprocess.CompletedProcess, str]:
    result = subprocess.run([sys.executable, "-c", WITH_QT_MODULES, *args], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, **CHINESE},
                            timeout=120, check=False)
    *said, modules = result.stderr.splitlines()
    return result, "\n".join(said) + modules * (modules != "[]")


def test_check_speaks_chinese_without_loading_qt(store_path: Path) -> None:
    db.open_store(store_path).close()
    result, loaded = _loading_qt("check", "--db", str(store_path))
    assert result.returncode == 0 and loaded == ""
    assert result.stdout == f"{store_path}：未发现问题。\n"
    result, loaded = _loading_qt("check", "--help")
    assert result.returncode == 0 and loaded == ""
    assert "要使用的数据库" in result.stdout


def test_an_error_of_check_loads_qt_speaking_the_same_language(tmp_path: Path) -> None:
    """ui.messages (Qt code) words the error: Qt is loaded then, with Chinese installed."""
    path = tmp_path / "notes.txt"
    path.write_text("not a store\n" * 100)
    result, loaded = _loading_qt("check", "--db", str(path))
    assert result.returncode == main.EXIT_USER_ERROR and "PySide6.QtCore" in loaded
    assert "不是巡查数据库" in result.stderr and str(path) in result.stderr


def test_version_flag() -> None:
    result = _subprocess("--version")
    assert result.returncode == 0 and result.stdout.startswith("XunCha ")


def test_each_group_adds_the_commands_the_table_names() -> None:
    """A command moved or added in a group module without GROUPS would not be found."""
    import argparse
    import importlib

    for group, names in main.GROUPS.items():
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers()
        importlib.import_module(f"desktop.cli.{group}").add_commands(
            commands, argparse.ArgumentParser(add_help=False))
        assert tuple(commands.choices) == names, group
    assert main.groups_for(["check", "--db", "x.db"]) == []
    assert main.groups_for(["report", "brief"]) == ["reports"]
    assert main.groups_for(["--help"]) == list(main.GROUPS)


@pytest.mark.parametrize(("args", "unwanted"), [
    (["--version"], ("PySide6.QtCore", "sqlite_utils", "storage.store.db")),
    (["check"], ("reportlab", "pyxform", "exports.sync.export", "exports.reports.pdf.common",
                 "PySide6.QtWidgets")),
    (["checklists", "list"], ("reportlab", "pyxform", "openpyxl")),
])
def test_a_command_imports_only_what_it_needs(store: db.Store, args: list[str],
                                              unwanted: tuple[str, ...]) -> None:
    """Start-up time is import time (bench/startup.py measures it): none of these load.

    (A store that has the built-in checklists: a new one parses them once, with pyxform.)
    """
    store_path = store.path
    probe = ("import sys; from desktop.cli import main; code = main.main(sys.argv[1:]); "
             f"print(*[m for m in {unwanted!r} if m in sys.modules])")
    extra = [] if args == ["--version"] else ["--db", str(store_path)]
    result = subprocess.run([sys.executable, "-c", probe, *args, *extra], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "", result.stdout


def test_a_bug_writes_a_crash_report_and_exits_70(capsys: pytest.CaptureFixture[str],
                                                  broken_store_path: Path) -> None:
    code, _, err = run(capsys, "checklists", "list", "--db", str(broken_store_path))
    assert code == main.EXIT_BUG == crash_report.EXIT_BUG == 70
    reports = list(crash_report.folder().glob("xuncha-cli-crash-*.log"))
    assert len(reports) == 1
    assert err.count("\n") == 1 and "OperationalError" in err and str(reports[0]) in err
    text = reports[0].read_text(encoding="utf-8")
    assert str(broken_store_path) in text and "no such table: checklist_versions" in text


def test_a_report_that_cannot_be_written_leaves_the_traceback_on_stderr(
        capsys: pytest.CaptureFixture[str], broken_store_path: Path) -> None:
    crash_report.folder().parent.mkdir(parents=True, exist_ok=True)
    crash_report.folder().write_text("a file where the log folder should be")
    code, _, err = run(capsys, "checklists", "list", "--db", str(broken_store_path))
    assert code == main.EXIT_BUG
    assert "Traceback" in err and "could not be written" in err
