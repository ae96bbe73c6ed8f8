"""The ledger's command line: work orders into problems, closing with proof, the figure."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from desktop.cli import main
from storage import demo
from storage.forms import checklists
from storage.store import db
from tests.cli_helpers import run, run_json, usage_error
from tests.conftest import TEST_START
from tests.exports.helpers import flat


@pytest.fixture
def demo_db(tmp_path: Path) -> list[str]:
    store = db.open_store(tmp_path / "demo.db")
    checklists.install_builtins(store)
    demo.build(store, compounds=12, inspections=80, months=4)
    store.close()
    return ["--db", str(tmp_path / "demo.db")]


def test_from_work_orders_to_closing_and_the_solved_figure(
        demo_db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = run_json(capsys, "ledger", "solved", *demo_db)
    made = run_json(capsys, "ledger", "from-orders", "--compound", "香榭丽", "--month",
                 TEST_START.strftime("%Y-%m"), *demo_db)
    assert made["created"]  # type: ignore[index]
    again = run_json(capsys, "ledger", "from-orders", "--compound", "香榭丽", "--month",
                  TEST_START.strftime("%Y-%m"), *demo_db)
    assert (again["created"], len(again["already"])) == (  # type: ignore[index]
        [], len(made["created"]) + len(made["already"]))  # type: ignore[index]
    number = made["created"][0]  # type: ignore[index]
    code, _, err = run(capsys, "ledger", "close", number, "--verified-by", "孙伟", *demo_db)
    assert code == main.EXIT_USER_ERROR and err.count("\n") == 1  # no photo, no closing
    photo = tmp_path / "整改后.jpg"
    Image.new("RGB", (64, 48), (20, 180, 40)).save(photo)
    closed = run_json(capsys, "ledger", "close", number, "--verified-by", "孙伟", "--photo",
                   str(photo), *demo_db)
    assert closed["state"] == "closed"  # type: ignore[index]
    shown = run_json(capsys, "ledger", "show", number, *demo_db)
    assert len(shown["photos_after"]) == 1 and shown["verified_by"] == "孙伟"  # type: ignore[index]
    after = run_json(capsys, "ledger", "solved", *demo_db)
    assert after["total"] == before["total"] + 1  # type: ignore[index]
    assert after["by_source"]["work_order"] == before["by_source"].get(  # type: ignore[index]
        "work_order", 0) + 1


def test_list_filters_add_and_export(demo_db: list[str], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    overdue = run_json(capsys, "ledger", "list", "--overdue", *demo_db)
    assert overdue and all(e["overdue"] for e in overdue)  # type: ignore[union-attr]
    by_fire = run_json(capsys, "ledger", "list", "--department", "消防", *demo_db)
    assert {e["lead_department"] for e in by_fire} == {"消防"}  # type: ignore[union-attr]
    added = run_json(capsys, "ledger", "add", "香榭丽", "--description",
                  "述职评议指出：七号楼雨污管网改造迟迟未动", "--source", "review", "--ref",
                  "2026年第四季度述职评议", *demo_db)
    assert (added["manual_item"], added["lead_department"]) == ("2.05", "城管")  # type: ignore[index]
    found = run_json(capsys, "ledger", "list", "--source", "review", "--find", "七号楼雨污",
                  *demo_db)
    assert [e["number"] for e in found] == [added["number"]]  # type: ignore[index, union-attr]
    out = tmp_path / "台账.xlsx"
    exported = run_json(capsys, "ledger", "export", "-o", str(out), "--street", "费城街道",
                     *demo_db)
    rows = list(openpyxl.load_workbook(out)["问题台账"].values)[1:]
    assert len(rows) == exported["problems"] and {r[5] for r in rows} == {"费城街道"}  # type: ignore[index]
    code, _, err = run(capsys, "ledger", "close", overdue[0]["number"], "--verified-by",  # type: ignore[index]
                        "x", "--no-photo", *demo_db)
    if overdue[0]["kind"] == "finding":  # type: ignore[index]
        assert code == main.EXIT_USER_ERROR and "re-inspect" in err


def test_the_ledger_prints_as_a_report(demo_db: list[str], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "台账.pdf"
    printed = run_json(capsys, "report", "ledger", "-o", str(out), "--street", "费城街道",
                       "--overdue", "--language", "zh_CN", *demo_db)
    assert printed["pages"] >= 1
    text = flat(out)
    listed = run_json(capsys, "ledger", "list", "--street", "费城街道", "--overdue", *demo_db)
    assert "问题台账" in text and all(e["number"] in text for e in listed)


@pytest.mark.parametrize(("argv", "option"), [
    (["list", "--closed-from", "2026-13-01"], "--closed-from"),
    (["export", "-o", "x.xlsx", "--closed-to", "soon"], "--closed-to"),
    (["solved", "--from", "2026-02-30"], "--from"),
    (["solved", "--to", "2026/10/08"], "--to"),
    (["add", "香榭丽", "--description", "占道", "--deadline", "next week"], "--deadline")])
def test_a_bad_date_is_a_usage_error_naming_its_option(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
        option: str) -> None:
    err = usage_error(capsys, "ledger", *argv, "--db", str(tmp_path / "s.db"))
    assert f"argument {option}: not a date (YYYY-MM-DD): {argv[-1]}" in err
