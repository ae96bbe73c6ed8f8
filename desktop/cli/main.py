"""``xuncha-cli``: the command line. Every command takes ``--db``; reports take ``--json``.

An error is one line on stderr and a non-zero exit: 2 for a problem the user can fix
(a wrong file, a locked store), 70 for a bug, whose crash report (desktop/crash_report.py)
goes to the user log folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop import crash_report, i18n, progress, version
from desktop.cli import campaign, privacy, reports, support, sync
from exports.forms import checklist_file
from exports.spreadsheet import workbook
from storage import demo, integrity
from storage.forms import checklists, xlsform
from storage.store import db, encryption
from ui import messages

EXIT_USER_ERROR = 2
EXIT_BUG = crash_report.EXIT_BUG
Handler = Callable[[argparse.Namespace], int]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None,
                        help=tr("the store to use (default: {path})")
                        .format(path=db.default_path()))
    common.add_argument("--json", action="store_true", help=tr("print machine-readable JSON"))
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(prog="xuncha-cli", description=tr(
        "XunCha: offline inspection of residential compounds."))
    parser.add_argument("--version", action="version", version=f"XunCha {version.VERSION}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo_parser = commands.add_parser("demo", parents=[common],
                                      help=tr("build a demo store with realistic data"))
    demo_parser.add_argument("--encrypt", action="store_true", help=tr(
        "encrypt the demo store (passphrase from XUNCHA_PASSPHRASE, else typed twice)"))
    demo_parser.set_defaults(handler=_demo)
    check = commands.add_parser("check", parents=[common],
                                help=tr("check the integrity of the store and its photos"))
    check.set_defaults(handler=_check)
    _add_checklist_commands(commands, common)
    campaign.add_commands(commands, common)
    reports.add_commands(commands, common)
    sync.add_commands(commands, common)
    privacy.add_commands(commands, common)
    return parser


def _add_checklist_commands(commands: Any, common: argparse.ArgumentParser) -> None:
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


def _demo(args: argparse.Namespace) -> int:
    path = support.store_path(args)
    chosen = privacy.new_passphrase() if args.encrypt and not db.is_encrypted(path) else None
    store = support.open_store(args, new_passphrase=chosen)
    if store.db["compounds"].count:
        raise support.UsageProblem(tr("{path} already holds data; the demo needs a new store.")
                           .format(path=store.path))
    counts = demo.build(store, progress=progress.bar(tr("Building the demo store")))
    if chosen and not store.encrypted:  # an empty plain store was there: convert it
        store.close()
        encryption.encrypt(path, chosen)
    support.emit(args, {"path": str(store.path), **counts}, tr(
        "Demo store {path}: {compounds} compounds, {inspections} inspections, "
        "{findings} findings, {photos} photos, {work_orders} hotline work orders.").format(
        path=store.path, **counts))
    return 0


def _check(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    issues = integrity.check(store)
    protected = workbook.xml_protection_active()
    data = {"path": str(store.path), "ok": not issues, "xml_protection": protected,
            "issues": [issue.__dict__ for issue in issues]}
    lines = [tr("{path}: no problems found.").format(path=store.path)] if not issues else [
        f"{issue.code}: {issue.subject} {issue.detail}".strip() for issue in issues]
    if not protected:
        lines.append(tr("Warning: spreadsheets are read without protection from XML bombs "
                        "(defusedxml is missing or OPENPYXL_DEFUSEDXML is set)."))
    support.emit(args, data, "\n".join(lines))
    return 1 if issues else 0


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
    checklist = _find(support.open_store(args), args.name)
    checklist_file.export(checklist, args.output)
    support.emit(args, {"form_id": checklist.form_id, "file": str(args.output)},
          tr("Wrote {file}.").format(file=args.output))
    return 0


def _checklists_import(args: argparse.Namespace) -> int:
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


def _report_bug(error: Exception, args: argparse.Namespace) -> int:
    """Write the crash report, as the window program does, and name it on stderr."""
    name = type(error).__name__
    try:
        log = crash_report.write(error, program="xuncha-cli",
                                 store=getattr(args, "db", None) or db.default_path())
    except OSError as failure:
        traceback.print_exception(error, file=sys.stderr)
        print(tr("xuncha-cli: internal error ({error}); the report could not be written: "
                 "{reason}").format(error=name, reason=failure), file=sys.stderr)
        return EXIT_BUG
    print(tr("xuncha-cli: internal error ({error}); details in {log}")
          .format(error=name, log=log), file=sys.stderr)
    return EXIT_BUG


def main(argv: Sequence[str] | None = None) -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app)
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except support.UsageProblem as problem:
        print(f"xuncha-cli: {problem}", file=sys.stderr)
    except BrokenPipeError:  # the output went to a pager or `head` that stopped reading
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more is written
        return 0
    except KeyboardInterrupt:
        print(tr("xuncha-cli: interrupted"), file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - known errors are worded, bugs are reported
        text = messages.describe(error)
        if text is None:
            return _report_bug(error, args)
        print(f"xuncha-cli: {text}", file=sys.stderr)
    return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
