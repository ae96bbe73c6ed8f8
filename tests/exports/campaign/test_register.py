"""Importing the register of compounds: versioned saves, aliases, bad rows reported."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from exports.campaign import register
from storage.campaign import matching
from storage.inspection import compounds
from storage.store import records
from storage.store.db import Store

HEADER = ["序号", "小区名称", "区县", "街道", "社区", "地址", "物业公司", "户数", "党支部类型",
          "书记专职", "别名"]


def _write(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["临沂市重点小区台账"])
    sheet.merge_cells("A1:K1")
    sheet.append(HEADER)
    for values in rows:
        sheet.append(values)
    book.save(path)
    return path


ROWS = [
    [1, "香榭丽", "费县", "费城街道", "香榭社区", "费城街道建设路1号", "某物业", 820, "实体型",
     "是", "香榭丽舍、香榭丽花园"],
    [2, "锦绣华庭一期", "罗庄区", "罗庄街道", "", "", "", "", "功能型", "否", ""],
    [3, "", "兰山区", "", "", "", "", "", "", "", ""],
    [4, "丰瑞丽都", "郯城县", "郯城街道", "", "", "", "很多", "", "", ""],
    [5, "怡景新苑", "罗庄区", "", "", "", "", "", "联合型", "", ""],
]


def test_import_reports_bad_rows_and_keeps_good_ones(store: Store, tmp_path: Path) -> None:
    report = register.import_file(store, _write(tmp_path / "台账.xlsx", ROWS))
    assert (report.rows, report.added, report.aliases) == (5, 2, 2)
    assert [(p.row, p.column, p.reason) for p in report.problems] == [
        (5, "小区名称", "no_name"), (6, "户数", "bad_households"),
        (7, "党支部类型", "bad_party_branch")]
    found = compounds.search(store, "香榭丽")[0]
    assert (found.households, found.party_branch, found.party_secretary_full_time) == (
        820, "entity", True)
    history = records.history(store, compounds.KIND, found.id)
    assert history[0].source == "imported" and history[0].source_detail == "台账.xlsx"
    assert matching.Matcher(store).match("香榭丽舍", "费县").compound_id == found.id


def test_reimport_updates_in_place(store: Store, tmp_path: Path) -> None:
    register.import_file(store, _write(tmp_path / "a.xlsx", ROWS[:2]))
    again = register.import_file(store, _write(tmp_path / "a.xlsx", ROWS[:2]))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    changed = [list(r) for r in ROWS[:2]]
    changed[0][7] = 900
    changed[1][1] = "锦绣华庭（1期）"  # same compound, written differently
    third = register.import_file(store, _write(tmp_path / "b.xlsx", changed))
    assert (third.added, third.updated) == (0, 2)
    assert store.db["compounds"].count == 2


def test_an_alias_naming_another_street_matches_as_a_confirmed_one(store: Store,
                                                                    tmp_path: Path) -> None:
    """The register's 别名 is stored under the key the matcher looks up (issue 10).

    "盛庄街道老锦绣" names the street in front of the old name; work orders write "老锦绣".
    """
    compounds.save(store, compounds.Compound(name="华庭苑", district="罗庄区",
                                             street="盛庄街道"))
    rows = [[1, "锦绣华庭", "罗庄区", "罗庄街道", "", "", "", "", "", "", "盛庄街道老锦绣"]]
    register.import_file(store, _write(tmp_path / "台账.xlsx", rows))
    ident = compounds.resolve(store, "锦绣华庭").id
    matcher = matching.Matcher(store)
    for text, street in (("老锦绣", "盛庄街道"), ("盛庄街道老锦绣", ""), ("老锦绣", "")):
        assert matcher.match(text, "罗庄区", street).compound_id == ident, text
    typed = matching.confirm_alias(store, "盛庄街道老锦绣", ident, who="supervisor")
    assert typed == 0 and len(matching.aliases(store, ident)) == 1  # the same alias, once
