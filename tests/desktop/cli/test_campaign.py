"""The campaign's command line, end to end on real files and a real store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.cli import main
from storage.campaign import states
from storage.inspection import compounds
from storage.store import db
from tests.campaign_helpers import add_compound, add_orders, row, write_messy_xlsx
from tests.exports.campaign.test_register import ROWS
from tests.exports.campaign.test_register import _write as write_register


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_rank_nominate_and_move(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    store = ["--db", str(tmp_path / "s.db")]
    code, out, _ = _run(capsys, "compounds", "import", str(write_register(
        tmp_path / "reg.xlsx", ROWS[:2])), *store, "--json")
    assert code == 0 and json.loads(out)["added"] == 2
    rows = [row(f"{m}-{i}", f"2026-{m:02d}-03 10:00", "香榭丽舍", district="费县")
            for m in (3, 4) for i in range(3)]
    rows += [row(f"x{m}", f"2026-{m:02d}-04", "锦绣华庭1期", district="罗庄区")
             for m in (3, 4)] + [row("u1", "2026-03-05", "某某小区", district="兰山区")]
    hotline_file = write_messy_xlsx(tmp_path / "h.xlsx", rows)
    code, out, _ = _run(capsys, "hotline", "import", str(hotline_file), "--dry-run", *store,
                        "--json")
    assert json.loads(out)["imported"] == 9  # counted, and still not written:
    code, out, _ = _run(capsys, "hotline", "import", str(hotline_file), *store, "--json")
    counts = json.loads(out)
    assert (counts["rows"], counts["imported"], counts["duplicates"], counts["unmatched"]) == (
        9, 9, 0, 1)
    code, out, _ = _run(capsys, "hotline", "import", str(hotline_file), *store, "--json")
    assert (json.loads(out)["imported"], json.loads(out)["duplicates"]) == (0, 9)
    code, out, _ = _run(capsys, "rank", "--month", "2026-03", *store, "--json")
    assert [(r["name"], r["rank"], r["complaints"]) for r in json.loads(out)] == [
        ("香榭丽", 1, 3), ("锦绣华庭一期", 2, 1)]
    code, out, _ = _run(capsys, "nominate", "--year", "2026", "--top", "1", "--months", "2",
                        *store, "--json")
    nominated = json.loads(out)
    assert [(n["name"], [m["month"] for m in n["months"]]) for n in nominated] == [
        ("香榭丽", ["2026-03", "2026-04"])]
    code, _, err = _run(capsys, "campaign", "move", "香榭丽", "enrolled", "--why", "排名",
                        "--date", "2026-05-01", *store)
    assert code == main.EXIT_USER_ERROR and "--who" in err  # no officer set, no login used
    code, out, _ = _run(capsys, "campaign", "move", "香榭丽", "enrolled", "--why", "排名",
                        "--date", "2026-05-01", "--who", "王主任", *store)
    assert code == 0 and "2026-05-01" in out
    code, _, err = _run(capsys, "campaign", "move", "香榭丽", "observation", "--who", "王主任",
                        *store)
    assert code == main.EXIT_USER_ERROR and "observation" in err
    code, out, _ = _run(capsys, "campaign", "board", *store, "--json")
    assert json.loads(out)["counts"]["enrolled"] == 1
    code, out, _ = _run(capsys, "hotline", "unmatched", *store, "--json")
    assert json.loads(out)[0]["text"] == "某某小区"


def test_bad_month_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "rank", "--month", "2026-13", "--db", str(tmp_path / "s.db"))
    assert code == main.EXIT_USER_ERROR and "YYYY-MM" in err


def test_preview_and_map_a_column_by_hand(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--db", str(tmp_path / "s.db")]
    path = write_messy_xlsx(tmp_path / "h.xlsx", [row("a1", "2026-03-03", "香榭丽")])
    code, out, _ = _run(capsys, "hotline", "import", str(path), "--preview",
                        "--map", "content=备注", *store, "--json")
    shown = json.loads(out)
    assert (shown["header_row"], shown["mapping"]["content"], shown["remembered"]) == (
        3, "备注", False)
    assert "工单编号" in _run(capsys, "hotline", "import", str(path), "--preview", *store)[1]
    code, _, err = _run(capsys, "hotline", "import", str(path), "--map", "content=没有", *store)
    assert code == main.EXIT_USER_ERROR and "备注" in err
    code, out, _ = _run(capsys, "hotline", "import", str(path), "--map", "content=备注",
                        *store, "--json")
    assert json.loads(out)["imported"] == 1
    code, out, _ = _run(capsys, "hotline", "import", str(path), "--preview", *store, "--json")
    assert json.loads(out)["remembered"] and json.loads(out)["mapping"]["content"] == "备注"


def test_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--db", str(tmp_path / "s.db")]
    code, out, _ = _run(capsys, "campaign", "settings", "--top-n", "30", *store, "--json")
    assert json.loads(out) == {"campaign.top_n": 30, "campaign.min_months": 2,
                               "campaign.observation_months": 3}
    for bad in ("-1", "0"):
        code, _, err = _run(capsys, "campaign", "settings", "--min-months", bad, *store)
        assert code == main.EXIT_USER_ERROR


@pytest.mark.parametrize("argv", [["nominate", "--year", "2026", "--top", "0"],
                                  ["nominate", "--year", "2026", "--months", "-2"],
                                  ["rank", "--month", "2026-03", "--limit", "0"],
                                  ["rank", "--month", "2026-03", "--category", "noise"]])
def test_top_months_and_limit_must_be_positive(tmp_path: Path, argv: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main.main([*argv, "--db", str(tmp_path / "s.db")])
    assert raised.value.code == 2
    assert "error" in capsys.readouterr().err


def test_who_is_the_officer_in_the_settings(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.db"
    opened = db.open_store(path)
    compounds.save(opened, compounds.Compound(name="香榭丽"))
    opened.db.table("devices").update(opened.device_id, {"officer": "张伟"})
    opened.close()
    code, out, _ = _run(capsys, "campaign", "move", "香榭丽", "enrolled", "--db", str(path),
                        "--json")
    assert code == 0 and json.loads(out)["who"] == "张伟"
    code, _, err = _run(capsys, "campaign", "move", "香榭丽", "closed", "--force",
                        "--db", str(path))
    assert code == main.EXIT_USER_ERROR and "--why" in err
    code, _, err = _run(capsys, "campaign", "move", "香榭丽", "rectifying", "--date",
                        "2099-01-01", "--db", str(path))
    assert code == main.EXIT_USER_ERROR and "2099-01-01" in err


def test_history_cohort_and_relapses(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.db"
    opened = db.open_store(path)
    ident = add_compound(opened, "香榭丽")
    for month in ("2025-05", "2025-06", "2026-05", "2026-06"):
        add_orders(opened, ident, month, 4)
    for state in ("enrolled", "rectifying", "accepted", "observation"):
        states.move(opened, ident, state, who="李科长", why=state, on=dt.date(2026, 5, 20))
    opened.close()
    store = ["--db", str(path)]
    code, out, _ = _run(capsys, "campaign", "history", "香榭丽", *store)
    assert "观察期" in out or "observation" in out
    assert "2026-06" in out
    code, out, _ = _run(capsys, "campaign", "cohort", "--from", "2026-05", "--to", "2026-06",
                        *store, "--json")
    found = json.loads(out)
    assert (found["complaints"], found["last_year"], found["change"]) == (8, 8, 0.0)
    code, out, _ = _run(capsys, "campaign", "warnings", *store, "--json")
    assert [(w["month"], w["rank"], w["phase"]) for w in json.loads(out)] == [
        ("2026-06", 1, "observation")]
    code, out, _ = _run(capsys, "campaign", "warnings", "--apply", "--who", "王主任", *store)
    assert code == 0
    code, out, _ = _run(capsys, "campaign", "board", *store, "--json")
    assert json.loads(out)["counts"]["relapsed"] == 1
