"""``xuncha-cli checklists``: list, show, export and import the checklists (XLSForm).

    xuncha-cli checklists list [--json]
    xuncha-cli checklists show NAME
    xuncha-cli checklists export NAME -o FILE.xlsx
    xuncha-cli checklists import FILE.xlsx [--dry-run]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.cli import support
from storage.forms import checklists, xlsform
from storage.store import db


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``checklists`` and its actions to the command line."""
    group = commands.add_parser("checklists", help=tr("list, show, export and import checklists"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub.add_parser("list", parents=[common], help=tr("list the checklists")).set_defaults(
        handler=_checklists_list)
    show = sub.add_parser("show", parents=[common], help=tr("show a checklist's items"))
    show.add_argument("name", help=tr("the checklist's form id, e.g. parking"))
    show.set_defaults(handler=_checklists_show)
    export = sub.add_parser("export", parents=[common], help=tr("export a checklist as .xlsx"))
    export.add_argument("name", help=tr("the checklist's form id"))
    export.add_argument("-o", "--output", type=Path, required=True, help=tr("the .xlsx to write"))
    export.set_defaults(handler=_checklists_export)
    imp = sub.add_parser("import", parents=[common], help=tr("import a checklist from .xlsx"))
    imp.add_argument("file", type=Path, help=tr("an XLSForm workbook"))
    imp.add_argument("--dry-run", action="store_true", help=tr("check only, change nothing"))
    imp.set_defaults(handler=_checklists_import)


def _checklists_list(args: argparse.Namespace) -> int:
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


def _checklists_show(args: argparse.Namespace) -> int:
    checklist = _find(support.open_store(args), args.name)
    language = i18n.checklist_language(i18n.system_language())
    items = [{"name": i.name, "type": i.type, "label": i.label(language), "group": i.group,
              "required": i.required, "severity": i.severity, "department": i.department,
              "legal_basis": i.legal_basis, "action": i.action, "weight": i.weight,
              "choices": [c.name for c in i.choices]} for i in checklist.items]
    data = {"form_id": checklist.form_id, "version": checklist.version,
            "title": checklist.display_title(language), "items": items}
    lines = [f"{data['title']} ({checklist.form_id} {checklist.version})"]
    lines += [f"  {i['name']:<28} {i['type']:<16} {i['severity']:<9} {i['department']:<6}"
              f" {i['label']}" for i in items]
    support.emit(args, data, "\n".join(lines))
    return 0


def _checklists_export(args: argparse.Namespace) -> int:
    from exports.forms import checklist_file  # noqa: PLC0415 - openpyxl, for files only

    checklist = _find(support.open_store(args), args.name)
    checklist_file.export(checklist, args.output)
    support.emit(args, {"form_id": checklist.form_id, "file": str(args.output)},
          tr("Wrote {file}.").format(file=args.output))
    return 0


def _checklists_import(args: argparse.Namespace) -> int:
    from exports.forms import checklist_file  # noqa: PLC0415

    store = support.open_store(args)
    checklist = checklist_file.read(args.file)
    ident = checklists.version_id(checklist)
    known = store.db["checklist_versions"].count_where("id = ?", [ident]) > 0
    previous = checklists.find(store, checklist.form_id)
    if known:
        outcome = "unchanged"
    elif previous is None:
        outcome = "new_checklist"
    else:
        outcome = "new_version"
    if not args.dry_run and not known:
        try:
            checklists.save(store, checklist)
        except checklists.VersionClash as clash:
            raise support.UsageProblem(tr(
                "The store already has a different {form_id} version {version}. Give the "
                "changed checklist a new version in its settings sheet.").format(
                form_id=clash.form_id, version=clash.version)) from clash
    texts = {"unchanged": tr("{form_id} {version} is already in the store; nothing changed."),
             "new_checklist": tr("{form_id} {version}: a new checklist with {items} items."),
             "new_version": tr("{form_id} {version}: a new version (the store had {old}) "
                               "with {items} items.")}
    text = texts[outcome].format(form_id=checklist.form_id, version=checklist.version,
                                 items=len(checklist.items),
                                 old=previous.version if previous else "")
    if args.dry_run and outcome != "unchanged":
        text += " " + tr("(dry run: nothing was written)")
    support.emit(args, {"form_id": checklist.form_id, "version": checklist.version, "id": ident,
                 "items": len(checklist.items), "outcome": outcome,
                 "dry_run": args.dry_run}, text)
    return 0
