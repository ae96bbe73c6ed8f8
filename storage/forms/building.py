"""Builds the checklist model from what pyxform parsed, refusing what this app cannot do.

Question types are classified by pyxform's own type table (``QUESTION_TYPE_DICT``), so
every alias pyxform accepts (``select1``, ``int``, ``photo``, ``dateTime`` …) is read as
pyxform reads it. Every refusal names the sheet, row, column and feature.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

from pyxform.parsing.parameters import parse as parameters_parse
from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

from storage.forms import expr
from storage.forms.model import (
    Checklist,
    ChecklistError,
    Choice,
    Group,
    Item,
    Notice,
    Repeat,
    Rows,
    Sheets,
)
from storage.forms.sheets import FILE_PREFIX, ROW

SEVERITIES = ("critical", "major", "minor")
COMPLIANCE = ("pass", "fail", "na")
_TRUE = {"yes", "true", "true()", "1"}
_FALSE = {"", "no", "false", "false()", "0"}
_BIND_TYPES = {"int": "integer", "decimal": "decimal", "date": "date", "dateTime": "datetime",
               "time": "time", "geopoint": "geopoint", "geotrace": "geotrace",
               "geoshape": "geoshape", "barcode": "barcode"}
# What a question may carry in pyxform's bind and control: honoured, or harmless here.
_BINDS = {"relevant", "required", "constraint", "jr:constraintMsg", "jr:requiredMsg",
          "calculate", "readonly", "type", "jr:preload", "jr:preloadParams",
          "jr:noAppErrorString", "orx:max-pixels", "odk:allow-mock-accuracy"}
_CONTROLS = {"appearance", "jr:count", "rows", "start", "end", "step", "bodyless",
             "autoplay", "tag", "mediatype", "accept", "tick_interval", "placeholder",
             "tick_labelset", "odk:tick-interval", "odk:placeholder", "accuracyThreshold",
             "unacceptableAccuracyThreshold", "incremental"}
_REFUSED_PARAMETERS = ("randomize", "app")
_META = {"start", "end", "today", "deviceid", "username", "phonenumber", "email", "simserial",
         "subscriberid", "uri:deviceid", "uri:username", "uri:phonenumber", "uri:email",
         "uri:simserial", "uri:subscriberid"}
_MEDIA_NOT_SHOWN = ("image", "big-image", "audio", "video")


class Builder:
    """Walks pyxform's JSON into items, groups and repeats; collects the notices."""

    def __init__(self, data: Mapping[str, Any], sheets: Sheets,
                 survey: Sequence[Mapping[str, str]]) -> None:
        self.data = data
        self.sheets = sheets
        self.types = {int(r[ROW]): r.get("type", "") for r in survey if r.get(ROW)}
        self.language = str(data.get("default_language", ""))
        self.notices: list[Notice] = []
        self.names: dict[str, int] = {}
        self.lists: dict[str, Rows] = _choice_lists(data, self.language)
        self.lists.update(_file_lists(sheets))

    def build(self) -> tuple[Item | Group | Repeat, ...]:
        return self.children(self.data.get("children", []), (), "", "", 0)

    def children(self, nodes: Sequence[Mapping[str, Any]], conditions: tuple[expr.Expr, ...],
                 group: str, repeat: str, row: int) -> tuple[Item | Group | Repeat, ...]:
        built: list[Item | Group | Repeat] = []
        rows = _rows(nodes, row)
        for node, number in zip(nodes, rows, strict=True):
            made = self.node(node, conditions, group, repeat, number, built)
            if made is not None:
                built.append(made)
        return tuple(built)

    def node(self, node: Mapping[str, Any], conditions: tuple[expr.Expr, ...], group: str,
             repeat: str, row: int, before: list[Item | Group | Repeat]
             ) -> Item | Group | Repeat | None:
        kind = str(node.get("type", ""))
        if kind == "group" and node.get("name") == "meta" and node.get("control", {}).get(
                "bodyless"):
            return None  # pyxform's instanceID, instanceName and audit: nothing to ask
        if kind in ("group", "repeat"):
            return self.container(node, kind, conditions, group, repeat, row)
        if kind in ("xml-external", "csv-external"):
            self.external(node, kind, row)
            return None
        name = self.unique(str(node["name"]), row, note=node.get("type") == "note")
        node = {**node, "name": name}
        chosen = before[-1] if before else None
        if isinstance(chosen, Item) and chosen.or_other and not node.get(ROW) and \
                node.get("name") == f"{chosen.name}_other":
            # pyxform's "specify other" text: its condition (../name) written as ${name}
            item = self.item({**node, "bind": {}}, conditions, group, repeat, row)
            other = expr.parse(f"selected(${{{chosen.name}}}, 'other')")
            return _replace(item, relevant=(*conditions, other))
        return self.item(node, conditions, group, repeat, row)

    def original(self, node: Mapping[str, Any], row: int) -> str:
        """The type as the survey sheet gives it (pyxform rewrites it)."""
        return self.types.get(row) or str(node.get("type", ""))

    def unique(self, name: str, row: int, note: bool = False) -> str:
        """The item's name, refused when taken; a note's is made unique (it holds no
        answer, and pyxform refuses references to a name used twice)."""
        if name in self.names and note:
            name = f"{name}~{row}"
        if name in self.names:
            raise ChecklistError("duplicate_name", name, sheet="survey", row=row,
                                 column="name")
        self.names[name] = row
        return name

    def container(self, node: Mapping[str, Any], kind: str,
                  conditions: tuple[expr.Expr, ...], group: str, repeat: str,
                  row: int) -> Group | Repeat:
        name = str(node["name"])
        self.unique(name, row)
        self.check_columns(node, row)
        relevant = self.expression(node.get("bind", {}).get("relevant", ""), row, "relevant")
        own = conditions + ((relevant,) if relevant else ())
        labels = _texts(node.get("label"), self.language)
        if kind == "group":
            return Group(name, labels, row, self.children(node["children"], own, name, repeat,
                                                          row), relevant)
        count = self.expression(node.get("control", {}).get("jr:count", ""), row,
                                "repeat_count")
        # The blocks' items see the repeat's condition through the repeat, not their own.
        return Repeat(name, labels, row, self.children(node["children"], (), group, name, row),
                      own, count, repeat)

    def external(self, node: Mapping[str, Any], kind: str, row: int) -> None:
        name = str(node["name"])
        file = f"{name}.{'xml' if kind == 'xml-external' else 'csv'}"
        if f"{FILE_PREFIX}{file}" not in self.sheets:
            raise ChecklistError("missing_file", file, sheet="survey", row=row, column="type")

    # -- items -------------------------------------------------------------------------

    def item(self, node: Mapping[str, Any], conditions: tuple[expr.Expr, ...], group: str,
             repeat: str, row: int) -> Item:
        kind, meta = self.classify(node, row)
        parameters = self.parameters(node, kind, row)
        self.check_columns(node, row, kind)
        bind = node.get("bind", {})
        relevant = self.expression(bind.get("relevant", ""), row, "relevant")
        required, required_when = self.required(bind.get("required", ""), row)
        item = Item(
            name=str(node["name"]), type=kind, labels=_texts(node.get("label"), self.language),
            row=row, hints=_texts(node.get("hint"), self.language), required=required,
            relevant=conditions + ((relevant,) if relevant else ()),
            constraint=self.expression(bind.get("constraint", ""), row, "constraint"),
            constraint_messages=_texts(bind.get("jr:constraintMsg"), self.language),
            required_messages=_texts(bind.get("jr:requiredMsg"), self.language),
            list_name=str(node.get("list_name") or node.get("itemset") or ""),
            choices=self.choices(node, kind, parameters, row), group=group, repeat=repeat,
            calculation=self.expression(bind.get("calculate", ""), row, "calculation"),
            read_only=self.flag(bind.get("readonly", ""), row, "read_only"),
            choice_filter=self.expression(node.get("choice_filter", ""), row, "choice_filter",
                                          columns=True),
            or_other="or_other" in self.original(node, row),
            trigger=tuple(str(t) for t in node.get("trigger") or ()),
            parameters=parameters, appearance=str(node.get("control", {}).get("appearance",
                                                                               "")),
            meta=meta, required_when=required_when, **self.extensions(node, row),
        )
        item = self.defaults(item, node, row)
        self.say(item)
        return item

    def classify(self, node: Mapping[str, Any], row: int) -> tuple[str, str]:
        """Our type (and metadata kind) of a question, by pyxform's type table."""
        kind = str(node.get("type", ""))
        spec = QUESTION_TYPE_DICT.get(kind) or QUESTION_TYPE_DICT.get(kind.lower())
        if kind in ("select one", "select all that apply"):
            return ("select_one" if kind == "select one" else "select_multiple"), ""
        if spec is None or kind in ("select one external", "rank", "osm"):
            raise ChecklistError("unsupported_type", self.original(node, row),
                                 sheet="survey", row=row, column="type")
        bind = {**node.get("bind", {}), **spec.get("bind", {})}  # a metadata type wins
        control = spec.get("control", {})
        preload = str(bind.get("jr:preload", ""))
        if preload:
            return "meta", _meta(preload, str(bind.get("jr:preloadParams", "")), row)
        if kind in ("start-geopoint", "background-geopoint"):
            return "meta", "geopoint"
        if kind == "background-audio":
            return "media", ""
        if control.get("tag") == "upload":
            return ("image" if str(control.get("mediatype")).startswith("image") else "media"), ""
        if control.get("tag") == "trigger":
            return "acknowledge", ""
        if control.get("tag") == "range":
            return "range", ""
        if spec.get("bind", {}).get("readonly") == "true()" and control.get("tag") == "input":
            return "note", ""
        if bind.get("type") in _BIND_TYPES:
            return _BIND_TYPES[str(bind["type"])], ""
        return ("text" if control.get("tag") == "input" else "calculate"), ""

    def check_columns(self, node: Mapping[str, Any], row: int, kind: str = "") -> None:
        """Refuse the bind::, body:: and instance:: extras this app does not honour."""
        for key in node.get("bind", {}):
            if key not in _BINDS:
                raise ChecklistError("unsupported_column", f"bind::{key}", sheet="survey",
                                     row=row, column=f"bind::{key}")
        for key in node.get("control", {}):
            if key == "intent" and kind == "image":
                continue  # another camera app: photos are attached here anyway
            if key == "intent":  # an Android app launched to fill the item
                raise ChecklistError("unsupported_feature", "intent", sheet="survey",
                                     row=row, column="intent")
            if key not in _CONTROLS:
                raise ChecklistError("unsupported_column", f"body::{key}", sheet="survey",
                                     row=row, column=f"body::{key}")
        if node.get("instance"):
            key = next(iter(node["instance"]))
            raise ChecklistError("unsupported_column", f"instance::{key}", sheet="survey",
                                 row=row, column=f"instance::{key}")
        appearance = str(node.get("control", {}).get("appearance", ""))
        if "search(" in appearance.replace(" ", ""):
            raise ChecklistError("unsupported_feature", "search()", sheet="survey", row=row,
                                 column="appearance")

    def required(self, text: str, row: int) -> tuple[bool, expr.Expr | None]:
        if str(text).strip().lower() in _TRUE | _FALSE:
            return str(text).strip().lower() in _TRUE, None
        return True, self.expression(str(text), row, "required")

    def flag(self, text: str, row: int, column: str) -> bool:
        value = str(text).strip().lower()
        if value not in _TRUE | _FALSE:
            raise ChecklistError("unsupported_feature", f"{column}: {text}", sheet="survey",
                                 row=row, column=column)
        return value in _TRUE

    def parameters(self, node: Mapping[str, Any], kind: str, row: int) -> dict[str, str]:
        raw = node.get("parameters") or {}
        if not isinstance(raw, Mapping):  # pyxform parses them only for some types
            raw = parameters_parse(raw_parameters=str(raw), row_number=row)
        parameters = {str(k): str(v) for k, v in raw.items()}
        if kind == "image":  # another camera app: photos are attached here anyway
            parameters.pop("app", None)
        for key in _REFUSED_PARAMETERS:
            if key in parameters and parameters[key] != "false":
                raise ChecklistError("unsupported_feature", f"parameters: {key}",
                                     sheet="survey", row=row, column="parameters")
        if kind == "range":
            parameters = {"start": "1", "end": "10", "step": "1", **parameters}
            try:
                if float(parameters["step"]) == 0:
                    raise ValueError(parameters["step"])
                float(parameters["start"]), float(parameters["end"])
            except ValueError:
                raise ChecklistError("xlsform", f"range {parameters}", sheet="survey",
                                     row=row, column="parameters") from None
        return parameters

    def extensions(self, node: Mapping[str, Any], row: int) -> dict[str, Any]:
        severity = str(node.get("severity", ""))
        if severity and severity not in SEVERITIES:
            raise ChecklistError("bad_severity", severity, sheet="survey", row=row,
                                 column="severity")
        weight = str(node.get("weight", ""))
        try:
            number = float(weight) if weight else 1.0
            if number < 0 or number != number or number == float("inf"):
                raise ValueError(weight)
        except ValueError:
            raise ChecklistError("bad_weight", weight, sheet="survey", row=row,
                                 column="weight") from None
        return {"severity": severity, "department": str(node.get("department", "")),
                "legal_basis": str(node.get("legal_basis", "")),
                "action": str(node.get("action", "")), "weight": number}

    def defaults(self, item: Item, node: Mapping[str, Any], row: int) -> Item:
        text = str(node.get("default", "") or "")
        if not text or item.type == "image":
            return item
        if node.get("_dynamic_default"):
            return _replace(item, dynamic_default=self.expression(text, row, "default"))
        return _replace(item, default=text)

    # -- choices and lists ----------------------------------------------------------------

    def choices(self, node: Mapping[str, Any], kind: str, parameters: Mapping[str, str],
                row: int) -> tuple[Choice, ...]:
        if kind not in ("select_one", "select_multiple"):
            return ()
        itemset = str(node.get("itemset", ""))
        if PurePosixPath(itemset).suffix in (".csv", ".xml", ".geojson"):
            return self.file_choices(itemset, parameters, row)
        found = []
        for raw in node.get("choices") or self.data.get("choices", {}).get(itemset, []):
            found.append(self.choice(raw))
        return tuple(found)

    def choice(self, raw: Mapping[str, Any]) -> Choice:
        compliance = str(raw.get("compliance", ""))
        if compliance and compliance not in COMPLIANCE:
            raise ChecklistError("bad_compliance", compliance, sheet="choices",
                                 row=int(raw.get(ROW) or 0), column="compliance")
        columns = {str(k): _plain(v, self.language) for k, v in raw.items() if k != ROW}
        return Choice(str(raw["name"]), _texts(raw.get("label"), self.language), compliance,
                      columns)

    def file_choices(self, file: str, parameters: Mapping[str, str],
                     row: int) -> tuple[Choice, ...]:
        rows = self.lists.get(PurePosixPath(file).stem)
        if rows is None or f"{FILE_PREFIX}{file}" not in self.sheets:
            raise ChecklistError("missing_file", file, sheet="survey", row=row, column="type")
        geo = file.endswith(".geojson")
        value = parameters.get("value", "id" if geo else "name")
        label = parameters.get("label", "title" if geo else "label")
        return tuple(Choice(str(r.get(value, "")), {self.language: str(r.get(label, ""))}
                            if r.get(label) else {}, "", dict(r))
                     for r in rows if r.get(value))

    # -- expressions and notices ----------------------------------------------------------

    def expression(self, text: Any, row: int, column: str,
                   columns: bool = False) -> expr.Expr | None:
        text = str(text or "").strip()
        if not text:
            return None
        if "${last-saved#" in text:
            raise ChecklistError("unsupported_feature", "last-saved", sheet="survey", row=row,
                                 column=column)
        try:
            parsed = expr.parse(text, columns=columns)
        except expr.ExprError as error:
            # A syntax error's detail is English; the expression is what the user wrote.
            detail = text if error.reason == "syntax" else error.detail or text
            raise ChecklistError(error.reason, detail, sheet="survey", row=row,
                                 column=column) from error
        unknown = sorted(parsed.instances - set(self.lists))
        if unknown:
            raise ChecklistError("unknown_list", ", ".join(unknown), sheet="survey", row=row,
                                 column=column)
        return parsed

    def say(self, item: Item) -> None:
        """Note what the import decided for an item, once per kind of decision."""
        reasons = {"geopoint": "typed_location", "geotrace": "typed_location",
                   "geoshape": "typed_location", "barcode": "typed_barcode",
                   "media": "media_not_collected"}
        reason = reasons.get(item.type) or ("no_gps" if item.meta == "geopoint" else "")
        if item.type == "media" and item.required:
            raise ChecklistError("unsupported_type", "required " + item.name, sheet="survey",
                                 row=item.row, column="required")
        if reason and not any(n.reason == reason for n in self.notices):
            self.notices.append(Notice(reason, item.name, "survey", item.row, "type"))


def build(data: Mapping[str, Any], sheets: Sheets, survey: Sequence[Mapping[str, str]],
          notices: Sequence[Notice]) -> Checklist:
    """The checklist of pyxform's JSON; ``survey`` are the records pyxform was given."""
    builder = Builder(data, sheets, survey)
    children = builder.build()
    media = _label_media(sheets)
    return Checklist(
        form_id=str(data.get("id_string", "")), version=str(data.get("version", "")),
        title=str(data.get("title", "")), title_en=str(data.get("title_en", "")),
        default_language=builder.language, children=children, sheets=sheets,
        notices=(*notices, *builder.notices, *media), lists=builder.lists,
    )


def _rows(nodes: Sequence[Mapping[str, Any]], row: int) -> list[int]:
    """Each node's sheet row; a node pyxform generated takes its neighbour's."""
    rows = [int(n.get(ROW) or 0) for n in nodes]
    for n in range(len(rows) - 1, -1, -1):  # generated count nodes precede their repeat
        if not rows[n]:
            rows[n] = rows[n + 1] if n + 1 < len(rows) and nodes[n + 1].get(
                "type") == "repeat" else (rows[n - 1] if n else row)
    return rows


def _texts(value: Any, language: str) -> dict[str, str]:
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v and not isinstance(v, Mapping)}
    return {language: str(value)} if value else {}


def _plain(value: Any, language: str) -> str:
    if isinstance(value, Mapping):
        return str(value.get(language) or next(iter(value.values()), ""))
    return str(value)


def _meta(preload: str, params: str, row: int) -> str:
    if preload == "date" or params in _META:
        return "today" if preload == "date" else params
    if preload == "uid":
        return "instanceID"
    raise ChecklistError("unsupported_feature", f"jr:preload {preload} {params}".strip(),
                         sheet="survey", row=row, column="bind::jr:preload")


def _choice_lists(data: Mapping[str, Any], language: str) -> dict[str, Rows]:
    return {str(name): tuple({str(k): _plain(v, language) for k, v in row.items() if k != ROW}
                             for row in rows)
            for name, rows in (data.get("choices") or {}).items()}


def _file_lists(sheets: Sheets) -> dict[str, Rows]:
    lists: dict[str, Rows] = {}
    for name, table in sheets.items():
        if name.startswith(FILE_PREFIX) and table:
            header = table[0]
            lists[PurePosixPath(name[len(FILE_PREFIX):]).stem] = tuple(
                {h: v for h, v in zip(header, row, strict=False) if h} for row in table[1:])
    return lists


def _label_media(sheets: Sheets) -> list[Notice]:
    """Pictures, sounds and videos in labels are not shown: say so once."""
    for sheet in ("survey", "choices"):
        header = sheets.get(sheet, [[]])[0]
        for number, column in enumerate(header):
            head = column.strip().lower()
            if head.startswith("media::") or head.split("::")[0] in _MEDIA_NOT_SHOWN:
                if any(len(r) > number and r[number] for r in sheets[sheet][1:]):
                    return [Notice("label_media", column, sheet, 1, column)]
    return []


def _replace(item: Item, **changes: Any) -> Item:
    return dataclasses.replace(item, **changes)
