"""``xuncha-cli property``, end to end: companies, compounds, checks, measures, evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from desktop.cli import main
from exports.property import workbooks
from storage.inspection import compounds
from storage.store import db
from tests.property_helpers import credit_code


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(tmp_path: Path) -> list[str]:
    path = tmp_path / "s.db"
    opened = db.open_store(path)
    for name in ("香榭丽", "丰瑞丽都"):
        compounds.save(opened, compounds.Compound(name=name, district="费县",
                                                  street="费城街道", households=500))
    opened.db.table("devices").update(opened.device_id, {"officer": "陈静"})
    opened.close()
    return ["--db", str(path)]


def test_companies_measures_and_the_quarter_s_evaluation(
        store: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "property", "company", "恒信物业", "--code", "91371300MA12345",
                        *store)
    assert code == 2 and "18" in err
    code, out, _ = _run(capsys, "property", "company", "恒信物业", "--code", credit_code(1),
                        "--contact", "王经理", *store, "--json")
    assert json.loads(out)["credit_code"] == credit_code(1)
    _run(capsys, "property", "company", "华新物业", *store)
    for company, place in (("恒信", "香榭丽"), ("华新", "丰瑞丽都")):
        code, _, _ = _run(capsys, "property", "assign", company, place, "--date", "2025-06-01",
                          "--manager", "张经理", *store)
        assert code == 0
    picture = tmp_path / "p.jpg"
    Image.new("RGB", (40, 30), "green").save(picture)
    code, out, _ = _run(capsys, "property", "check", "香榭丽", "--inspector", "暗访组",
                        "--score", "66", "--date", "2026-08-03", "--photo", str(picture),
                        *store, "--json")
    assert len(json.loads(out)["attachments"]) == 1
    code, out, _ = _run(capsys, "property", "measure", "manager_replacement", "恒信",
                        "--compound", "香榭丽", "--reason", "履职不力", "--new-manager", "李经理",
                        "--date", "2026-08-10", *store, "--json")
    assert json.loads(out)["issued_by"] == "陈静"  # the officer in the settings
    code, _, err = _run(capsys, "property", "measure", "interview", "恒信", "--reason", " ",
                        *store)
    assert code == 2
    code, out, _ = _run(capsys, "property", "weights", "--quarter", "2026-Q3",
                        "--party-branch", "25", *store)
    assert code == 2  # never below 30 %
    code, out, _ = _run(capsys, "property", "template", "--quarter", "2026-Q3", "-o",
                        str(tmp_path / "t"), *store, "--json")
    path = Path(json.loads(out)[0])
    book = openpyxl.load_workbook(path)
    book[workbooks.SHEET]["D3"], book[workbooks.SHEET]["D4"] = 92, 58
    book.save(path)
    code, out, _ = _run(capsys, "property", "import", str(path), *store)
    assert code == 0
    code, out, _ = _run(capsys, "property", "evaluate", "--quarter", "2026-Q3", *store,
                        "--json")
    found = {r["compound"]: r for r in json.loads(out)}
    assert found["丰瑞丽都"]["rank"] == 1 and found["丰瑞丽都"]["parts"]["party_branch"] == 92
    assert found["香榭丽"]["parts"]["covert"] == 66.0
    code, out, _ = _run(capsys, "property", "record", "恒信", *store)
    assert "李经理" in out and "香榭丽" in out
