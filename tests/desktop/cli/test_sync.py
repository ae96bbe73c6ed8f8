"""The sync commands of xuncha-cli, run in-process on real stores and files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from exports.spreadsheet import files, workbook
from exports.sync import layout, sheets
from storage.store import db


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.db"
    store = db.open_store(path)
    from storage import demo as demo_data
    from storage.forms import checklists  # noqa: PLC0415

    checklists.install_builtins(store)
    demo_data.build(store, compounds=6, inspections=20)
    store.close()
    return path


def test_export_import_dry_run_import_and_undo(demo: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "周报.xlsx"
    code, out, _ = _run(capsys, "export", "--db", str(demo), "-o", str(out_file), "--json")
    assert code == 0 and json.loads(out)["inspections"] == 20
    found = workbook.read_sheets(out_file)
    titles = {sheets.BY_KIND["compound"].title, sheets.BY_KIND["finding"].title}
    assert titles | {layout.HISTORY, layout.PHOTOS} <= set(found)
    other = tmp_path / "other.db"
    code, out, _ = _run(capsys, "import", "--db", str(other), str(out_file), "--dry-run",
                        "--json")
    (report,) = json.loads(out)
    assert code == 0 and report["counts"]["new"] > 20 and not report["imported"]
    assert db.open_store(other).db["inspections"].count == 0
    code, out, _ = _run(capsys, "import", "--db", str(other), str(out_file))
    assert code == 0 and "周报.xlsx" in out
    assert db.open_store(other).db["inspections"].count == 20
    code, out, _ = _run(capsys, "undo-import", "--db", str(other))
    assert code == 0 and db.open_store(other).db["inspections"].count == 0
    code, _, err = _run(capsys, "undo-import", "--db", str(other))
    assert code == 2 and err.startswith("xuncha-cli: ")


def test_since_and_compound_filters(demo: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "export", "--db", str(demo), "-o", str(tmp_path / "a.xlsx"),
                        "--since", "2999-01-01", "--json")
    assert json.loads(out)["inspections"] == 0
    code, _, err = _run(capsys, "export", "--db", str(demo), "-o", str(tmp_path / "b.xlsx"),
                        "--compound", "没有这个小区")
    assert code == 2 and "没有这个小区" in err


def test_an_invalid_file_is_reported_with_sheet_row_and_column(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl  # noqa: PLC0415

    path = tmp_path / "bad.xlsx"
    _run(capsys, "export", "--db", str(demo), "-o", str(path))
    book = openpyxl.load_workbook(path)
    sheet = book[sheets.BY_KIND["finding"].title]
    codes = [c.value for c in sheet[2]]
    sheet.cell(row=3, column=codes.index("severity") + 1).value = "很严重"
    book.save(path)
    code, out, _ = _run(capsys, "import", "--db", str(demo), str(path), "--json")
    (report,) = json.loads(out)
    assert code == 2 and not report["imported"]
    (problem,) = report["problems"]
    assert (problem["sheet"], problem["row"], problem["reason"]) == (
        sheets.BY_KIND["finding"].title, 3, "choice")
    assert "严重程度" in problem["column"]


def test_merge_without_a_store_and_the_package(demo: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    _run(capsys, "export", "--db", str(demo), "-o", str(first))
    _run(capsys, "package", "--db", str(demo), "-o", str(second))
    merged = tmp_path / "city.xlsx"
    code, out, _ = _run(capsys, "merge", str(first), str(second), "-o", str(merged),
                        "--json")
    data = json.loads(out)
    assert code == 0 and data["inspections"] == 20 and data["conflicts"] == 0
    assert merged.with_suffix(".zip").exists()
    code, out, _ = _run(capsys, "conflicts", "--db", str(demo))
    assert code == 0 and out.strip()


def test_export_encrypt_then_import_with_the_password(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """XUNCHA_EXPORT_PASSWORD protects the export; the import reads it; a wrong one refuses."""
    out_file = tmp_path / "周报.xlsx"
    monkeypatch.setenv("XUNCHA_EXPORT_PASSWORD", "周报 密码 47")
    code, out, _ = _run(capsys, "export", "--db", str(demo), "-o", str(out_file), "--encrypt",
                        "--json")
    assert code == 0 and files.is_encrypted(out_file)
    other = tmp_path / "other.db"
    monkeypatch.setenv("XUNCHA_EXPORT_PASSWORD", "周报 密码 48")
    code, _, err = _run(capsys, "import", "--db", str(other), str(out_file))
    assert code == main.EXIT_USER_ERROR and err.count("\n") == 1 and "password" in err
    assert db.open_store(other).db["inspections"].count == 0
    monkeypatch.setenv("XUNCHA_EXPORT_PASSWORD", "周报 密码 47")
    code, out, _ = _run(capsys, "import", "--db", str(other), str(out_file))
    assert code == 0
    assert db.open_store(other).db["inspections"].count == 20


def test_encrypt_without_a_password_or_a_terminal_is_one_line(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "export", "--db", str(demo), "-o", str(tmp_path / "x.xlsx"),
                        "--encrypt")
    assert code == main.EXIT_USER_ERROR and err.count("\n") == 1
    assert "XUNCHA_EXPORT_PASSWORD" in err and not (tmp_path / "x.xlsx").exists()
_FULL_DISK = """
import resource, signal, sys
from desktop.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
limit = int(sys.argv.pop(1))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(main.main(sys.argv[1:]))
"""


def test_a_full_disk_during_the_backup_is_one_line_and_leaves_nothing(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The backup before an import hits a full disk: exit 2, one line, no 0-byte backup."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from tests.exports.sync import helpers as h  # noqa: PLC0415

    path = tmp_path / "周报.xlsx"
    _run(capsys, "export", "--db", str(demo), "-o", str(path))
    store = db.open_store(demo)
    compound = store.db.execute("SELECT id FROM compounds").fetchone()[0]
    store.close()
    h.edit_cell(path, compound, "address", "沂蒙路 1 号")
    script = tmp_path / "full.py"
    script.write_text(_FULL_DISK, encoding="utf-8")
    root = Path(__file__).parents[3]
    limit = demo.stat().st_size // 3
    done = subprocess.run([sys.executable, str(script), str(limit), "import", "--db",
                           str(demo), str(path)], capture_output=True, text=True, cwd=root,
                          env={**__import__("os").environ, "PYTHONPATH": str(root)})
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("xuncha-cli: ") and "Traceback" not in \
        done.stderr
    backups = demo.with_name(demo.name + ".backups")
    assert not backups.exists() or not any(backups.iterdir())


def test_a_file_that_cannot_be_imported_is_named_on_stderr(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    _run(capsys, "export", "--db", str(demo), "-o", str(good))
    bad.write_text("not a workbook", encoding="utf-8")
    code, out, err = _run(capsys, "import", "--db", str(tmp_path / "m.db"), str(bad),
                          str(good))
    assert code == 2
    assert "bad.xlsx" in err and "bad.xlsx" not in out and "good.xlsx" in out
    assert err.startswith("xuncha-cli: ")


def test_undo_names_what_changed_and_is_forced_from_another_folder(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "周报.xlsx"
    _run(capsys, "export", "--db", str(demo), "-o", str(path))
    (tmp_path / "here").mkdir()
    (tmp_path / "there").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    assert _run(capsys, "import", "--db", "master.db", str(path))[0] == 0
    master = db.open_store("master.db")
    compound = master.db.execute("SELECT id FROM compounds").fetchone()[0]
    master.close()
    assert _run(capsys, "campaign", "move", compound, "enrolled", "--why", "投诉多", "--who",
                "王主任", "--db", "master.db")[0] == 0
    monkeypatch.chdir(tmp_path / "there")
    code, _, err = _run(capsys, "undo-import", "--db", "../here/master.db")
    assert code == 2 and "1 campaign moves" in err and "--force" in err
    code, out, err = _run(capsys, "undo-import", "--db", "../here/master.db", "--force")
    assert code == 0, err
    assert db.open_store(tmp_path / "here" / "master.db").db["inspections"].count == 0


def test_the_package_masks_numbers_unless_told_not_to(demo: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The store's setting for the package (masked by default), or --mask/--no-mask."""
    from exports.privacy import policy  # noqa: PLC0415
    from storage.inspection import findings  # noqa: PLC0415

    store = db.open_store(demo)
    finding = findings.get(store, store.db.execute(
        "SELECT id FROM findings WHERE state = 'open' AND deleted = 0").fetchone()[0])
    finding.description = "业主 13812345678 反映"
    findings.update(store, finding)

    def shown(*options: str) -> str:
        out_file = tmp_path / f"下发{len(options)}{options[-1:]}.xlsx"
        assert _run(capsys, "package", "--db", str(demo), "-o", str(out_file), *options)[0] == 0
        rows = workbook.read_sheets(out_file)[sheets.BY_KIND["finding"].title]
        return next(str(r[rows[1].index("description")]) for r in rows[2:]
                    if r[0] == finding.id)

    assert shown() == "业主 138****5678 反映"
    assert shown("--no-mask") == "业主 13812345678 反映"
    policy.set_masks(store, "package", False)
    store.close()
    assert shown("--json") == "业主 13812345678 反映"
    assert shown("--json", "--mask") == "业主 138****5678 反映"
