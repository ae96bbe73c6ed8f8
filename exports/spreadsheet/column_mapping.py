"""Which column holds what: guessed from the headers, confirmed once, remembered.

A platform's export keeps its layout from month to month, so a mapping is remembered
by the header's signature (the hash of its folded header texts, in order) and used
again without asking. Fields are mapped by header text, not position, so a column
moved by hand still maps the same way.
"""

from __future__ import annotations

import collections
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from exports.spreadsheet import cells
from storage import clock
from storage.campaign import names
from storage.store.db import Store

# field → header texts (folded) that name it; earlier synonyms win over later ones.
HOTLINE_FIELDS: dict[str, tuple[str, ...]] = {
    "number": ("工单编号", "工单号", "工单编码", "编号", "受理编号", "流水号"),
    "received_at": ("受理时间", "来电时间", "登记时间", "创建时间", "派单时间", "日期", "时间"),
    "category": ("诉求类别", "问题分类", "诉求分类", "问题类型", "类别", "分类", "诉求类型"),
    "district": ("区县", "县区", "所属区县", "所属县区", "区域", "区县名称"),
    "street": ("街道", "乡镇", "街道乡镇", "乡镇街道", "所属街道", "街镇"),
    "compound": ("小区", "小区名称", "所属小区", "涉及小区"),
    "address": ("地址", "事发地址", "诉求地址", "详细地址", "发生地址"),
    "content": ("诉求内容", "问题描述", "来电内容", "内容", "诉求描述"),
    "satisfaction": ("满意度", "回访满意度", "满意度评价", "评价结果", "回访结果"),
    "state": ("办理状态", "工单状态", "状态", "处理状态"),
}
HOTLINE_REQUIRED = ("number", "received_at")
HEADER_SCAN_ROWS = 30


@dataclass
class Layout:
    """Where the header is in a sheet, and what each field maps to (a column index)."""

    sheet: str
    header_row: int  # 0-based index into the sheet's rows
    headers: list[str]
    mapping: dict[str, int]
    remembered: bool = False

    @property
    def signature(self) -> str:
        return signature(self.headers)

    def missing(self, required: tuple[str, ...] = HOTLINE_REQUIRED) -> list[str]:
        absent = [field for field in required if field not in self.mapping]
        if "compound" not in self.mapping and "address" not in self.mapping:
            absent.append("compound")
        return absent


def _fold(header: Any) -> str:
    return names.fold(cells.text(header))


def signature(headers: list[str]) -> str:
    folded = [_fold(h) for h in headers]
    while folded and not folded[-1]:
        folded.pop()
    return hashlib.sha256("\x1f".join(folded).encode()).hexdigest()[:24]


def guess(headers: list[Any], fields: dict[str, tuple[str, ...]] = HOTLINE_FIELDS
          ) -> dict[str, int]:
    """field → column, by exact synonym first, then by a synonym the header contains."""
    folded = [_fold(h) for h in headers]
    mapping: dict[str, int] = {}
    for exact in (True, False):
        for field, synonyms in fields.items():
            if field in mapping:
                continue
            for synonym in synonyms:
                found = [i for i, h in enumerate(folded) if h and i not in mapping.values()
                         and (h == synonym if exact else synonym in h)]
                if found:
                    mapping[field] = found[0]
                    break
    return mapping


def find_header(rows: list[list[Any]], fields: dict[str, tuple[str, ...]] = HOTLINE_FIELDS
                ) -> tuple[int, dict[str, int]] | None:
    """The row among the first few that names the most fields (title rows sit above)."""
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = guess(row, fields)
        if len(mapping) >= 2 and (best is None or len(mapping) > len(best[1])):
            best = (index, mapping)
    return best


def recall(store: Store, headers: list[str], kind: str = "hotline") -> dict[str, int] | None:
    """The mapping confirmed before for this header layout, as column indexes."""
    row = store.db.execute("SELECT mapping FROM column_mappings WHERE signature = ? AND"
                           " kind = ?", [signature(headers), kind]).fetchone()
    if row is None:
        return None
    by_header = json.loads(row[0])
    names = header_names(headers)
    # Mappings remembered before repeated headers were told apart hold the header as typed.
    found = {field: name if name in names else _fold(name) for field, name in by_header.items()}
    return {field: names.index(name) for field, name in found.items() if name in names}


def header_names(headers: list[Any]) -> list[str]:
    """Each column's name as a mapping remembers it: its folded header text, and for a
    text the header repeats (电话 after each person) its occurrence, ``电话#2``."""
    folded = [_fold(h) for h in headers]
    repeated = {text for text, n in collections.Counter(folded).items() if n > 1}
    seen: collections.Counter[str] = collections.Counter()
    names = []
    for text in folded:
        seen[text] += 1
        names.append(f"{text}#{seen[text]}" if text in repeated else text)
    return names


def remember(store: Store, headers: list[str], mapping: dict[str, int], *, who: str = "",
             kind: str = "hotline") -> None:
    """Keep the confirmed mapping for the next export with the same header."""
    names = header_names(headers)
    by_header = {field: names[index] for field, index in mapping.items()}
    store.db.execute(
        "INSERT OR REPLACE INTO column_mappings (signature, kind, headers, mapping,"
        " confirmed_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [signature(headers), kind, json.dumps([cells.text(h) for h in headers],
                                              ensure_ascii=False),
         json.dumps(by_header, ensure_ascii=False), who, clock.now()])
