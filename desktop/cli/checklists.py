"""Checklist commands of ``xuncha-cli``: list, show, export and import XLSForm checklists.

    xuncha-cli checklists list [--json]
    xuncha-cli checklists show NAME [--json]
    xuncha-cli checklists export NAME -o FILE.xlsx|FILE.zip
    xuncha-cli checklists import FILE.xlsx|FILE.zip [--dry-run] [--json]

A dry run decides exactly what the import would do (the same plan), writing nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop import words
from desktop.cli import support
from storage.forms import checklists, xlsform
from storage.store import db
from ui.messages import forms as forms_text


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``checklists`` and its actions to the parser's sub-commands."""
    group = commands.add_parser("checklists", help=tr("list, show, export and import checklists"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub.add_parser("list", parents=[common], help=tr("list the checklists")).set_defaults(
        handler=_list)
    show = sub.add_parser("show", parents=[common], help=tr("show a checklist's items"))
    show.add_argument("name", help=tr("the checklist's form id, e.g. parking"))
    show.set_defaults(handler=_show)
    export = sub.add_parser("export", parents=[common], help=tr(
        "export a checklist as .xlsx (its lists beside it) or as one .zip"))
    export.add_argument("name", help=tr("the checklist's form id"))
    export.add_argument("-o", "--output", type=Path, required=True,
                        help=tr("the .xlsx or .zip to write"))
    export.set_defaults(handler=_export)
    imp = sub.add_parser("import", parents=[common], help=tr(
        "import an XLSForm checklist (.xlsx, .xls, .ods, or a .zip with its lists)"))
    imp.add_argument("file", type=Path, help=tr("an XLSForm workbook or zip"))
    imp.add_argument("--dry-run", action="store_true", help=tr("check only, change nothing"))
    imp.set_defaults(handler=_import)


def _list(args: argparse.Namespace) -> int:
    rows = checklists.latest(support.open_store(args))
    data = [{"form_id": s.form_id, "version": s.version, "title": s.title,
             "title_en": s.title_en, "items": s.item_count, "builtin": s.builtin, "id": s.id}
            for s in rows]
    text = "\n".join(f"{s.form_id:<22} {s.version:<10} {s.item_count:>4}  {s.title}"
                     for s in rows)
    support.emit(args, data, text)
    return 0


def _find(store: db.Store, name: str) -> xlsform.Checklist:
    stored = checklists.find(store, name)
    if stored is None:
        known = ", ".join(s.form_id for s in checklists.latest(store))
        raise support.UsageProblem(tr("No checklist named {name}. Known: {known}")
                                   .format(name=name, known=known))
    return checklists.load(store, stored.id)


def _show(args: argparse.Namespace) -> int:
    checklist = _find(support.open_store(args), args.name)
    language = words.checklist_language(words.language())
    items = [{"name": i.name, "type": i.type, "label": i.label(language), "group": i.group,
              "repeat": i.repeat, "required": i.required, "severity": i.severity,
              "department": i.department, "legal_basis": i.legal_basis, "action": i.action,
              "weight": i.weight, "choices": [c.name for c in i.choices],
              "calculation": i.calculation.text if i.calculation else ""}
             for i in checklist.all_items]
    data = {"form_id": checklist.form_id, "version": checklist.version,
            "title": checklist.display_title(language), "items": items,
            "repeats": [r.name for r in checklist.repeats]}
    lines = [f"{data['title']} ({checklist.form_id} {checklist.version})"]
    lines += [f"  {(i.repeat + '/' if i.repeat else '') + i.name:<28} {i.type:<16} "
              f"{i.severity:<9} {i.department:<6} {i.label(language)}"
              for i in checklist.all_items]
    support.emit(args, data, "\n".join(lines))
    return 0


def _export(args: argparse.Namespace) -> int:
    from exports.forms import checklist_file  # noqa: PLC0415 - openpyxl, for files only

    checklist = _find(support.open_store(args), args.name)
    written = checklist_file.export(checklist, args.output)
    support.emit(args, {"form_id": checklist.form_id, "files": [str(p) for p in written]},
                 tr("Wrote {files}.").format(files=", ".join(str(p) for p in written)))
    return 0


def _import(args: argparse.Namespace) -> int:
    from exports.forms import checklist_file  # noqa: PLC0415

    store = support.open_store(args)
    checklist = checklist_file.read(args.file)
    planned = checklists.plan(store, checklist)  # the dry run's answer is the import's
    if not args.dry_run and planned.outcome != "unchanged":
        checklists.save(store, checklist)
    texts = {"unchanged": tr("{form_id} {version} is already in the store; nothing changed."),
             "new_checklist": tr("{form_id} {version}: a new checklist with {items} items."),
             "new_version": tr("{form_id} {version}: a new version (the store had {old}) "
                               "with {items} items.")}
    count = len(checklist.all_items)
    old = planned.previous.version if planned.previous else ""
    lines = [texts[planned.outcome].format(form_id=checklist.form_id,
                                           version=checklist.version, items=count, old=old)]
    if args.dry_run and planned.outcome != "unchanged":
        lines[0] += " " + tr("(dry run: nothing was written)")
    notes = [forms_text.notice(n) for n in checklist.notices]
    support.emit(args, {"form_id": checklist.form_id, "version": checklist.version,
                        "id": planned.id, "items": count, "outcome": planned.outcome,
                        "dry_run": args.dry_run, "notices": notes},
                 "\n".join([*lines, *(f"  · {n}" for n in notes)]))
    return 0
