"""Export a store to one workbook a person can read and a machine can merge, plus photos.

Sheets: a readme; a sheet per kind of record (``sheets.RECORD_SHEETS``: compounds,
findings …) with one sheet per checklist version for inspections (a row per inspection,
a column per item); a long sheet of answers; the history of every version; the photo
manifest with SHA-256; and hidden sheets for dropdown lists, checklist sources and
metadata. Photos travel in a companion ``.zip`` with the same name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from exports.privacy import policy
from exports.spreadsheet import writing
from exports.sync import layout, masked, photo_archive, repeats, scope, sheets
from exports.sync.layout import Column
from storage import clock, jobs, kinds
from storage.forms import checklists, validate
from storage.forms.xlsform import Checklist
from storage.jobs import Progress
from storage.store import access_log, records, version_graph
from storage.store.db import Store

_BOLD = Font(bold=True)
_CODE = Font(italic=True, color="808080", size=9)
_MACHINE_FILL = PatternFill("solid", fgColor="D9D9D9")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_CHUNK = 30_000  # characters of a checklist's source per cell (a cell holds 32,767)


@dataclass
class Summary:
    """What an export wrote."""

    path: Path
    photos_path: Path | None
    counts: dict[str, int] = field(default_factory=dict)  # records written, per kind
    photos: int = 0
    missing_photos: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)

    @property
    def compounds(self) -> int:
        return self.counts.get("compound", 0)

    @property
    def inspections(self) -> int:
        return self.counts.get("inspection", 0)

    @property
    def findings(self) -> int:
        return self.counts.get("finding", 0)


class _Ticker:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, max(total, 1), 0

    def tick(self, count: int = 1) -> None:
        self.done += count
        if self.done % 500 == 0 or self.done >= self.total:
            jobs.report(self.progress, min(self.done, self.total), self.total)


class _Lists:
    """The hidden sheet of dropdown values: one column per distinct list."""

    def __init__(self) -> None:
        self.columns: dict[tuple[str, ...], int] = {}

    def formula(self, labels: tuple[str, ...]) -> str:
        index = self.columns.setdefault(labels, len(self.columns))
        letter = layout.column_letter(index)
        return f"'{layout.LISTS}'!${letter}$2:${letter}${len(labels) + 1}"

    def write(self, sheet: Any) -> None:
        width = max((len(labels) for labels in self.columns), default=0)
        ordered = sorted(self.columns.items(), key=lambda pair: pair[1])
        sheet.append([f"list{n + 1}" for n in range(len(ordered))])
        for row in range(width):
            sheet.append(writing.safe_row(sheet, [labels[row] if row < len(labels) else None
                                                   for labels, _ in ordered]))


def export(store: Store, path: Path, *, since: str | None = None,
           compounds: Iterable[str] = (), progress: Progress | None = None,
           selection: scope.Selection | None = None,
           answers_sheet: bool = True, password: str | None = None,
           mask: bool = False) -> Summary:
    """Write the store's records (changed since ``since``, of ``compounds``) to ``path``.

    ``selection`` picks the records instead (the supervisor's package for officers);
    ``answers_sheet=False`` leaves out the long sheet of answers (a city-wide export of
    100,000 inspections spends most of its time writing it). A ``password`` encrypts the
    workbook and its photo archive (the store's settings may require one). ``mask``
    writes every record as its masked view (``exports.sync.masked``: the package).
    """
    policy.check_export(store, path, password)
    compounds = list(compounds)
    selection = selection or scope.select(store, since=since, compounds=compounds)
    # Names shown beside the hidden ids: compounds', and helpers' (people and units).
    names = dict(store.db.execute("SELECT id, name FROM compounds UNION ALL"
                                  " SELECT id, name FROM helpers").fetchall())
    versions = _checklist_versions(store, selection.ids("inspection"))
    ticker = _Ticker(progress, 2 * selection.total)
    summary = Summary(path, None)
    manifest: list[list[Any]] = []
    with writing.writing(path, write_only=True, password=password) as book:
        lists = _Lists()
        made = _create_sheets(book, versions, summary, answers_sheet)
        _readme(made[layout.README], store, selection, since, mask)
        views = masked.Views(store) if mask else None
        context = (lists, names, manifest, ticker, views)
        for kind in sheets.ORDER:
            if kind == "inspection":
                summary.counts[kind] = _inspections(store, made, versions, selection, context)
            else:
                summary.counts[kind] = _records(store, made, sheets.BY_KIND[kind], selection,
                                                context)
        _history(made[layout.HISTORY], store, selection, versions, ticker, views)
        summary.photos_path, summary.missing_photos = photo_archive.write_zip(
            store, path, manifest, password)
        summary.photos = len({row[6]["sha256"] for row in manifest})
        _manifest(made[layout.PHOTOS], manifest, summary.photos_path)
        lists.write(made[layout.LISTS])
        _checklists(made[layout.CHECKLISTS], versions)
        _meta(made[layout.META], store, since, compounds, summary)
    access_log.record(store, "export", str(path), _logged(summary, password))
    return summary


def _logged(summary: Summary, password: str | None) -> str:
    counts = " ".join(f"{kind}={count}" for kind, count in summary.counts.items())
    return f"{counts} photos={summary.photos} encrypted={int(password is not None)}"


def _inspections(store: Store, made: dict[str, Any], versions: dict[str, Checklist],
                 selection: scope.Selection, context: tuple[Any, ...]) -> int:
    """A sheet per checklist version, and the long sheet of answers on the way."""
    lists, names, manifest, ticker, views = context
    count = 0
    for (version_id, checklist), name in zip(versions.items(), made["checklists"],
                                             strict=True):
        rows: Iterable[dict[str, Any]] = records.many(
            store, kinds.BY_NAME["inspection"], selection.ids("inspection"),
            checklist_version_id=version_id)
        rows = views.rows("inspection", rows) if views else rows
        blocks = repeats.Collected()
        count += _fill(made[name], sheets.inspection_columns(checklist),
                       _long_tap(blocks.tap(rows, checklist), made["long"], checklist,
                                 manifest), lists, names, ticker)
        for repeat, sheet in made["repeats"][version_id]:  # a sheet per repeat, after it
            _fill(made[sheet], repeats.columns(repeat), blocks.rows.get(repeat.name, []),
                  lists, names, ticker)
    return count


def _records(store: Store, made: dict[str, Any], sheet: sheets.RecordSheet,
             selection: scope.Selection, context: tuple[Any, ...]) -> int:
    """The sheet of one kind of record (its photos listed in the manifest on the way)."""
    lists, names, manifest, ticker, views = context
    kind = kinds.BY_NAME[sheet.kind]
    rows: Iterable[dict[str, Any]] = records.many(store, kind, selection.ids(sheet.kind))
    rows = views.rows(sheet.kind, rows) if views else rows
    if kind.has_attachments:
        rows = _manifest_tap(rows, sheet, manifest)
    return _fill(made[sheet.title], sheet.columns(), rows, lists, names, ticker)


def _checklist_versions(store: Store, inspections: frozenset[str]) -> dict[str, Checklist]:
    used = {v for i, v in store.db.execute("SELECT id, checklist_version_id FROM inspections")
            if i in inspections}
    return {ident: checklists.load(store, ident) for ident in sorted(used)}


def _create_sheets(book: Any, versions: dict[str, Checklist], summary: Summary,
                   answers_sheet: bool) -> dict:
    """Every sheet in its final order (write-only sheets are filled in any order)."""
    made: dict[str, Any] = {}
    taken: set[str] = set()
    checklist_names = [sheets.sheet_name(c.title, c.version, taken) for c in versions.values()]
    made["repeats"] = {ident: repeats.sheet_names(c, name, taken) for (ident, c), name
                       in zip(versions.items(), checklist_names, strict=True)}
    names = [layout.README]
    for kind in sheets.ORDER:
        names += [n for ident, name in zip(versions, checklist_names, strict=True)
                  for n in [name, *(s for _, s in made["repeats"][ident])]] \
            if kind == "inspection" else [sheets.BY_KIND[kind].title]
    names += [layout.LONG] if answers_sheet else []
    names += [layout.HISTORY, layout.PHOTOS, layout.LISTS, layout.CHECKLISTS, layout.META]
    for name in names:
        made[name] = book.create_sheet(name)
    for name in (layout.LISTS, layout.CHECKLISTS, layout.META):
        made[name].sheet_state = "hidden"
    made["checklists"] = checklist_names
    made["long"] = _LongSheets(book, made[layout.LONG]) if answers_sheet else None
    summary.sheets = names
    return made


def _cell(column: Column, row: dict[str, Any], names: dict[str, str]) -> Any:
    if column.code in layout.MACHINE:
        return row.get(column.code)
    if column.code.startswith("answers."):
        return layout.render(column, row["answers"].get(column.code[8:]))
    if column.is_content:
        return layout.render(column, row[column.code])
    return sheets.info_value(column, row, names)


def _fill(sheet: Any, columns: list[Column], rows: Iterable[dict[str, Any]], lists: _Lists,
          names: dict[str, str], ticker: _Ticker) -> int:
    _prepare(sheet, columns)
    _headers(sheet, columns)
    content = [n for n, c in enumerate(columns) if c.is_content and c.code not in layout.MACHINE]
    check = next((n for n, c in enumerate(columns) if c.code == "checksum"), None)
    count = 0
    for row in rows:
        values = [_cell(c, row, names) for c in columns]
        if check is not None:  # a record's row (a repeat's block row has none)
            values[check] = layout.checksum(values[n] for n in content)
        sheet.append(writing.safe_row(sheet, values))
        count += 1
        ticker.tick()
    _dropdowns(sheet, columns, lists, count)
    return count


def _prepare(sheet: Any, columns: list[Column]) -> None:
    """Widths, hidden machine columns and frozen headers: written before any row."""
    first_visible = next(n for n, c in enumerate(columns) if not c.hidden)
    for n, column in enumerate(columns):
        dimension = sheet.column_dimensions[layout.column_letter(n)]
        dimension.width = column.width
        dimension.hidden = column.hidden
    keep = min(first_visible + 2, len(columns) - 1)
    sheet.freeze_panes = f"{layout.column_letter(keep)}{layout.HEADER_ROWS + 1}"


def _headers(sheet: Any, columns: list[Column]) -> None:
    labels, codes = [], []
    for column in columns:
        fill = _MACHINE_FILL if column.hidden or not column.is_content else _HEADER_FILL
        label = writing.styled(sheet, column.label, _BOLD, fill)
        code = writing.styled(sheet, column.code, _CODE)
        labels.append(label)
        codes.append(code)
    sheet.append(labels)
    sheet.append(codes)


def _dropdowns(sheet: Any, columns: list[Column], lists: _Lists, count: int) -> None:
    last = layout.HEADER_ROWS + max(count, 1)
    for n, column in enumerate(columns):
        if column.kind not in ("choice", "flag") or not column.choices:
            continue
        labels = tuple(label for _, label in column.choices)
        rule = DataValidation(type="list", formula1=lists.formula(labels), allow_blank=True,
                              showErrorMessage=True, errorTitle="无效的值",
                              error="请从下拉列表中选择。")
        letter = layout.column_letter(n)
        rule.add(f"{letter}{layout.HEADER_ROWS + 1}:{letter}{last}")
        sheet.data_validations.append(rule)


class _LongSheets:
    """The long sheet of answers, continued on further sheets past Excel's row limit."""

    HEADERS = ["inspection_id", "编号", "检查项代码", "检查项", "答案", "合规"]

    def __init__(self, book: Any, first: Any) -> None:
        self.book, self.sheet, self.rows, self.part = book, first, 0, 1
        self._start(first)

    def _start(self, sheet: Any) -> None:
        sheet.column_dimensions["A"].hidden = True
        for letter, width in zip("BCDEF", (22, 22, 40, 16, 8), strict=True):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "C2"
        sheet.append([writing.styled(sheet, h) for h in self.HEADERS])

    def append(self, values: list[Any]) -> None:
        if self.rows >= layout.LONG_ROWS_PER_SHEET:
            self.part += 1
            self.sheet = self.book.create_sheet(f"{layout.LONG} {self.part}")
            self._start(self.sheet)
            self.rows = 0
        self.sheet.append(writing.safe_row(self.sheet, values))
        self.rows += 1


_COMPLIANCE = {"pass": "符合", "fail": "不符合", "na": "不适用"}


def _long_tap(rows: Iterable[dict[str, Any]], long: _LongSheets | None, checklist: Checklist,
              manifest: list[list[Any]]) -> Iterable[dict[str, Any]]:
    """Pass inspections on, writing their answers to the long sheet on the way."""
    items = [(i, sheets.item_column(i)) for i in checklist.items
             if i.type not in ("note", "image")]
    in_blocks = {i.name: (i, sheets.item_column(i)) for r in checklist.repeats
                 for i in r.items if i.answered}
    for row in _manifest_tap(rows, None, manifest):
        if long is not None and not row["deleted"]:
            answers = [(item, column, item.name, row["answers"].get(item.name))
                       for item, column in items]
            answers += [(*in_blocks[path.rsplit("/", 1)[1]], path, value)  # a block's
                        for path, value in row.get("_derived", {}).items()
                        if "/" in path and path.rsplit("/", 1)[1] in in_blocks]
            for item, column, code, value in answers:
                if value in (None, "", []):
                    continue
                long.append([row["id"], row["number"], code, item.label("zh"),
                             layout.render(column, value),
                             _COMPLIANCE.get(validate.compliance(item, value), "")])
        yield row


def _manifest_tap(rows: Iterable[dict[str, Any]], sheet: sheets.RecordSheet | None,
                  manifest: list[list[Any]]) -> Iterable[dict[str, Any]]:
    """Pass rows on, listing their photos (``sheet`` None: inspections) on the way."""
    kind, name = (sheet.kind, sheet.label_field) if sheet else ("inspection", "number")
    for row in rows:
        for position, attachment in enumerate(row["attachments"]):
            manifest.append([kind, row["id"], row[name], position, attachment["item"],
                             attachment["caption"], attachment["photo"]])
        yield row


def _manifest(sheet: Any, manifest: list[list[Any]], zip_path: Path | None) -> None:
    columns = [("owner_kind", "类型", 8, False), ("owner_id", "owner_id", 10, True),
               ("number", "编号", 22, False), ("position", "序号", 6, False),
               ("item", "检查项", 18, False), ("caption", "说明", 20, False),
               ("sha256", "SHA-256", 66, False), ("file", "文件", 30, False),
               ("size", "字节", 10, False), ("media_type", "类型", 12, False),
               ("original_name", "原文件名", 20, False)]
    for n, (_, _, width, hidden) in enumerate(columns):
        dimension = sheet.column_dimensions[layout.column_letter(n)]
        dimension.width, dimension.hidden = width, hidden
    sheet.freeze_panes = "A3"
    sheet.append([writing.styled(sheet, label) for _, label, _, _ in columns])
    sheet.append([writing.styled(sheet, code) for code, _, _, _ in columns])
    for kind, owner, number, position, item, caption, info in manifest:
        sheet.append(writing.safe_row(sheet, [
            sheets.label(kind), owner, number, position, item, caption, info["sha256"],
            info["file"], info["size"], info["media_type"], info["original_name"]]))


def _history(sheet: Any, store: Store, selection: scope.Selection,
             versions: dict[str, Checklist], ticker: _Ticker,
             views: masked.Views | None) -> None:
    columns = [("kind", "类型", 8, False), ("record_id", "record_id", 10, True),
               ("version", "版本", 34, False), ("parents", "上一版本", 34, False),
               ("source", "来源", 10, False), ("source_detail", "来源说明", 20, False),
               ("device_id", "设备", 12, False), ("updated_at", "修改时间", 24, False),
               ("changes", "修改内容", 60, False), ("content", "content", 10, True),
               ("sightings", "sightings", 10, True)]
    for n, (_, _, width, hidden) in enumerate(columns):
        dimension = sheet.column_dimensions[layout.column_letter(n)]
        dimension.width, dimension.hidden = width, hidden
    sheet.freeze_panes = "C3"
    sheet.append([writing.styled(sheet, label) for _, label, _, _ in columns])
    sheet.append([writing.styled(sheet, code) for code, _, _, _ in columns])
    labels = sheets.field_labels(versions.values())
    for kind in sheets.ORDER:
        seen: dict[str, dict[str, Any]] = {}
        current = ""
        rows = records.history_rows(store, kinds.BY_NAME[kind], selection.ids(kind))
        for record_id, version, text, source, detail, device, updated, parents, more in \
                (views.history(kind, rows) if views else rows):
            if record_id != current:
                seen, current = {}, record_id
            content = json.loads(text)
            before = seen.get(parents[0]) if parents else None
            seen[version] = content
            sheet.append(writing.safe_row(sheet, [
                sheets.label(kind), record_id, version, " ".join(parents),
                layout.SOURCES.get(source, source), detail, device, updated,
                _changes(before, content, labels), text,
                json.dumps(more) if more else None]))
            ticker.tick()


def _changes(before: dict[str, Any] | None, after: dict[str, Any],
             labels: dict[str, str]) -> str:

    if before is None:
        return "新建"
    old, new = version_graph.fields(before), version_graph.fields(after)
    parts = [f"{labels.get(k, k)}: {_short(old.get(k))} → {_short(new.get(k))}"
             for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
    text = "；".join(parts)
    return text if len(text) <= 500 else text[:497] + "…"


def _short(value: Any) -> str:
    if value in (None, "", []):
        return "（空）"
    text = "、".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _checklists(sheet: Any, versions: dict[str, Checklist]) -> None:
    sheet.append(["id", "form_id", "version", "title", "part", "source"])
    for ident, checklist in versions.items():
        source = json.dumps(checklist.sheets, ensure_ascii=False)
        for part in range(0, max(len(source), 1), _CHUNK):
            sheet.append(writing.safe_row(sheet, [
                ident, checklist.form_id, checklist.version, checklist.title,
                part // _CHUNK, source[part:part + _CHUNK]]))


def _meta(sheet: Any, store: Store, since: str | None, compounds: Iterable[str],
          summary: Summary) -> None:
    device = store.db.execute("SELECT name, officer FROM devices WHERE id = ?",
                              [store.device_id]).fetchone() or ("", "")
    rows = [("format", layout.FORMAT), ("format_version", layout.FORMAT_VERSION),
            ("exported_at", clock.now()), ("device_id", store.device_id),
            ("device_name", device[0]), ("officer", device[1]), ("since", since or ""),
            ("compounds", " ".join(compounds)),
            ("photos_zip", summary.photos_path.name if summary.photos_path else "")]
    for key, value in rows:
        sheet.append(writing.safe_row(sheet, [key, value]))


def _readme(sheet: Any, store: Store, selection: scope.Selection,
            since: str | None, mask: bool) -> None:
    sheet.column_dimensions["A"].width = 100
    title = writing.styled(sheet, "巡查数据导出", Font(bold=True, size=14))
    lines = [
        f"导出时间（UTC）：{clock.now()}",
        f"导出设备：{store.device_id}",
        f"范围：{'自 ' + since + ' 起修改的记录' if since else '全部记录'}",
        "，".join(f"{sheets.label(kind)} {len(selection.ids(kind))} 条"
                 for kind in sheets.ORDER) + "。",
        "",
        "使用说明：",
        "1. 白色单元格可以直接修改；带下拉框的列请从列表中选择。",
        "2. 隐藏列和灰色表头的列供软件合并使用，请勿修改、删除或调整顺序。",
        "3. 删除一条记录：把“已删除”改为“是”，不要删除整行。",
        "4. 照片在与本文件同名的 .zip 文件中，请与本表一起发送；照片清单记录了每张照片的 SHA-256。",
        "5. “答案明细”和“修改历史”供查阅和分析，修改它们不会被导入。",
    ]
    if mask:
        lines.append("6. 文字中的电话号码、身份证号和银行卡号已脱敏（如 138****5678）；"
                     "导回时不会覆盖原号码。")
    sheet.append([title])
    for line in lines:
        sheet.append(writing.safe_row(sheet, [line]))
