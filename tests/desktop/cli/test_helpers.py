"""The helpers' command line: people, assignments, work, the roster, the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop.cli import main
from tests.cli_helpers import run, run_json, usage_error
from tests.exports.campaign.test_register import _write as write_register
from tests.roster_helpers import ROWS, write_roster

PLACES = [[1, "锦绣华庭一期", "罗庄区", "罗庄街道", "", "", "", "", "", "", ""],
          [2, "香榭丽", "费县", "费城街道", "", "", "", "", "", "", "香榭丽舍"]]






def test_a_compound_s_helpers_from_the_roster_to_the_summary(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "s.db")]
    register = write_register(tmp_path / "reg.xlsx", PLACES)
    assert run(capsys, "compounds", "import", str(register), *db)[0] == 0
    roster = write_roster(tmp_path / "帮带.xlsx", ROWS[:2])
    preview = run_json(capsys, "helpers", "import", str(roster), "--preview", *db)
    assert preview["mapping"]["unit_phone"] == "联系电话#3"  # type: ignore[index]
    report = run_json(capsys, "helpers", "import", str(roster), *db)
    assert (report["assigned"], report["problems"]) == (6, [])  # type: ignore[index]
    photo = tmp_path / "暖气.jpg"
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo)
    run_json(capsys, "helpers", "visit", "锦绣华庭一期", "--day", "2026-10-08", "--helper", "赵敏",
          "--decisions", "协调开通暖气", *db)
    run_json(capsys, "helpers", "fund", "锦绣华庭一期", "--amount", "120.5万", "--day",
          "2026-10-09", "--source", "单位自筹", *db)
    project = run_json(capsys, "helpers", "project", "锦绣华庭一期", "--name", "暖气开通",
                    "--budget", "120", "--state", "underway", "--photo", str(photo), *db)
    run_json(capsys, "helpers", "project", "锦绣华庭一期", "--id", project["id"],  # type: ignore[index]
          "--state", "done", "--finish", "2026-11-20", *db)
    shown = run_json(capsys, "helpers", "show", "锦绣华庭一期", *db)
    assert [a["role"] for a in shown["assignments"]] == ["leader", "secretary", "unit"]  # type: ignore[index]
    assert shown["projects"][0]["state"] == "done"  # type: ignore[index]
    assert len(shown["projects"][0]["attachments"]) == 1  # type: ignore[index]
    assert shown["visits"][0]["helper"] == "赵敏（市行政审批服务局）"  # type: ignore[index]
    found = run_json(capsys, "helpers", "summary", "--district", "罗庄区", *db)
    assert (found["leaders"], found["secretaries"], found["units"], found["funds_wan"],  # type: ignore[index]
            found["projects"]) == (1, 1, 1, 120.5, 1)  # type: ignore[index]
    city = run_json(capsys, "helpers", "summary", *db)
    assert city["compounds"] == 2  # type: ignore[index]


def test_a_new_leader_by_hand_replaces_the_one_before(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    db = ["--db", str(tmp_path / "s.db")]
    run(capsys, "compounds", "import", str(write_register(tmp_path / "reg.xlsx", PLACES)),
         *db)
    for name in ("李志强", "陈立新"):
        run_json(capsys, "helpers", "add", "--role", "leader", "--name", name, "--post",
              "副县长", *db)
    run_json(capsys, "helpers", "assign", "香榭丽", "李志强", "--since", "2026-03-01", *db)
    run_json(capsys, "helpers", "assign", "香榭丽", "陈立新", "--since", "2026-09-01",
          "--reason", "工作调整", *db)
    shown = run_json(capsys, "helpers", "show", "香榭丽", *db)
    assert [(a["helper"], a["until"], a["active"]) for a in shown["assignments"]] == [  # type: ignore[index]
        ("陈立新（副县长）", None, True), ("李志强（副县长）", "2026-08-31", False)]
    ended = run_json(capsys, "helpers", "end", "香榭丽", "陈立新", "--until", "2026-10-31",
                     "--reason", "调离", *db)
    assert (ended["until"], ended["reason"]) == ("2026-10-31", "调离")
    code, _, err = run(capsys, "helpers", "end", "香榭丽", "陈立新", *db)
    assert code == main.EXIT_USER_ERROR and "陈立新" in err  # helps no more
    code, _, err = run(capsys, "helpers", "fund", "香榭丽", "--amount", "十万", *db)
    assert code == main.EXIT_USER_ERROR and "十万" in err
    code, _, err = run(capsys, "helpers", "assign", "香榭丽", "无名氏", *db)
    assert code == main.EXIT_USER_ERROR and "无名氏" in err


def test_the_roster_template_is_read_by_the_import(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "s.db")]
    template = tmp_path / "t.xlsx"
    assert run(capsys, "helpers", "template", "-o", str(template), *db)[0] == 0
    preview = run_json(capsys, "helpers", "import", str(template), "--preview", *db)
    assert set(preview["mapping"]) == {  # type: ignore[index]
        "compound", "district", "street", "since", "leader", "leader_post", "leader_phone",
        "secretary", "secretary_origin", "secretary_phone", "unit", "unit_contact",
        "unit_phone"}


@pytest.mark.parametrize(("argv", "option"), [
    (["summary", "--from", "2026-13-01"], "--from"),
    (["summary", "--to", "2026-02-30"], "--to"),
    (["summary", "--on", "yesterday"], "--on"),
    (["end", "香榭丽", "赵敏", "--until", "2026/10/08"], "--until")])
def test_a_bad_date_is_a_usage_error_naming_its_option(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
        option: str) -> None:
    err = usage_error(capsys, "helpers", *argv, "--db", str(tmp_path / "s.db"))
    assert f"argument {option}: not a date (YYYY-MM-DD): {argv[-1]}" in err


def test_the_summary_s_dates_are_read(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Days given as options reach the summary: nothing is counted before anything began."""
    db = ["--db", str(tmp_path / "s.db")]
    register = write_register(tmp_path / "reg.xlsx", PLACES)
    assert run(capsys, "compounds", "import", str(register), *db)[0] == 0
    run_json(capsys, "helpers", "fund", "香榭丽", "--amount", "10", "--day", "2026-10-08", *db)
    inside = run_json(capsys, "helpers", "summary", "--from", "2026-10-01", "--to",
                      "2026-10-31", *db)
    before = run_json(capsys, "helpers", "summary", "--from", "2026-09-01", "--to",
                      "2026-09-30", *db)
    assert (inside["funds_wan"], before["funds_wan"]) == (10.0, 0.0)  # type: ignore[index]
