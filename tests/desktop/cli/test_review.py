"""``xuncha-cli review``, end to end: set up, templates out and back in, rank, interviews."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from exports.review import workbooks


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _fill(path: Path, base: float) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book[workbooks.SHEET]
    for row in range(3, sheet.max_row + 1):
        for column in range(5, sheet.max_column + 1):
            sheet.cell(row, column).value = base - row
    book.save(path)


def test_a_quarter_from_set_up_to_interview(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--db", str(tmp_path / "s.db")]
    code, out, _ = _run(capsys, "review", "setup", "--quarter", "2026q3", *store,
                        "--department", "组织部", "--department", "政法委",
                        "--department", "12345热线中心",
                        "--criterion", "述职报告:20:20", "--criterion", "整治成效：40，40",
                        "--street", "兰山区/兰山街道/王书记", "--street", "罗庄区 罗庄街道 李书记",
                        "--street", "九曲街道", "--lagging", "1", "--json")
    assert code == 0
    plan = json.loads(out)
    assert (plan["quarter"], len(plan["departments"]), len(plan["criteria"])) == (
        "2026-Q3", 3, 2)
    assert plan["streets"][1] == {**plan["streets"][1], "district": "罗庄区",
                                  "secretary": "李书记"}
    code, out, _ = _run(capsys, "review", "template", "--quarter", "2026-Q3", "-o",
                        str(tmp_path / "out"), *store, "--json")
    files = [Path(p) for p in json.loads(out)]
    for n, path in enumerate(files[:2]):
        _fill(path, 19 - n)
    code, out, _ = _run(capsys, "review", "import", *map(str, files[:2]), "--dry-run", *store,
                        "--json")
    assert code == 0 and [r["imported"] for r in json.loads(out)] == [False, False]
    code, out, _ = _run(capsys, "review", "rank", "--quarter", "2026-Q3", *store)
    assert "组织部" in out  # not scored yet, named before the ranking is read
    code, out, _ = _run(capsys, "review", "import", *map(str, files), *store)
    assert code == 2 and "评分" in out  # the third file is empty: refused, the others in
    code, out, _ = _run(capsys, "review", "rank", "--quarter", "2026-Q3", *store, "--json")
    ranked = json.loads(out)
    assert [(r["street"], r["rank"]) for r in ranked] == [("兰山街道", 1), ("罗庄街道", 2),
                                                          ("九曲街道", 3)]
    assert ranked[2]["lagging"] and isinstance(ranked[0]["total"], float)
    code, out, _ = _run(capsys, "review", "interview", "--quarter", "2026-Q3", "九曲街道",
                        "--by", "刘部长", "--secretary", "赵书记", "--date", "2026-10-10",
                        "--commitments", "月底前整改", *store, "--json")
    interview = json.loads(out)["id"]
    code, out, _ = _run(capsys, "review", "follow-up", interview, "--outcome", "kept",
                        "--text", "已整改", "--date", "2026-11-20", *store)
    assert code == 0
    code, out, _ = _run(capsys, "review", "interviews", *store, "--json")
    assert [i["outcome"] for i in json.loads(out)] == ["kept"]
    code, out, _ = _run(capsys, "undo-import", *store)
    assert code == 2  # the interview came after: undoing would lose it


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--db", str(tmp_path / "s.db")]
    code, _, err = _run(capsys, "review", "rank", "--quarter", "2026-Q3", *store)
    assert code == 2 and "review setup" in err and len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "review", "setup", "--quarter", "2026-Q3",
                        "--criterion", "述职报告", *store)
    assert code == 2 and "述职报告:20:20" in err
    with pytest.raises(SystemExit):
        main.main(["review", "rank", "--quarter", "2026-Q5", *store])
