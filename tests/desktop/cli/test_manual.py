"""The manual's command line on a real store and real workbooks."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from tests.cli_helpers import run


def test_list_show_route_export_and_import(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "s.db")]
    code, out, _ = run(capsys, "manual", "list", *db, "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 46
    assert {i["category"] for i in listed} == {"1", "2", "3", "4", "5"}
    assert listed[0]["category_title"] == "物业服务与收费"
    code, out, _ = run(capsys, "manual", "show", "3.01", *db, "--json")
    assert json.loads(out)["lead"] == "消防" and "parking.fire_lane_clear" in json.loads(
        out)["checklist_items"]
    code, out, _ = run(capsys, "manual", "route", "--text", "楼道里电动车飞线充电", *db,
                        "--json")
    assert json.loads(out)["code"] == "3.02"
    code, out, _ = run(capsys, "manual", "route", "--checklist", "pets.dog_leash", *db,
                        "--json")
    assert json.loads(out)["code"] == "3.08"
    workbook = tmp_path / "手册.xlsx"
    assert run(capsys, "manual", "export", "-o", str(workbook), *db)[0] == 0
    book = openpyxl.load_workbook(workbook)
    book["事项"]["H3"] = "街道"
    book.save(workbook)
    code, out, _ = run(capsys, "manual", "import", str(workbook), "--dry-run", *db, "--json")
    assert (code, json.loads(out)["changed"]) == (0, 1)
    code, out, _ = run(capsys, "manual", "show", "1.01", *db, "--json")
    assert json.loads(out)["lead"] == "住建"  # the dry run wrote nothing
    assert run(capsys, "manual", "import", str(workbook), *db)[0] == 0
    code, out, _ = run(capsys, "manual", "show", "1.01", *db, "--json")
    assert json.loads(out)["lead"] == "街道"
    code, out, _ = run(capsys, "manual", "links", *db, "--json")
    assert json.loads(out) == {"checklist_items": [], "hotline_categories": [], "clashes": []}


def test_mistakes_are_one_line_with_exit_2(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "s.db")]
    code, _, err = run(capsys, "manual", "show", "9.99", *db)
    assert code == main.EXIT_USER_ERROR and err.count("\n") == 1 and "9.99" in err
    workbook = tmp_path / "手册.xlsx"
    run(capsys, "manual", "export", "-o", str(workbook), *db)
    book = openpyxl.load_workbook(workbook)
    book["事项"]["H3"] = ""
    book.save(workbook)
    code, out, _ = run(capsys, "manual", "import", str(workbook), *db)
    assert code == 1 and "3" in out and "牵头部门" in out
