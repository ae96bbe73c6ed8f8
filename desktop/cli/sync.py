"""Sync commands of ``xuncha-cli``: export, import, undo-import, merge, package, conflicts.

    xuncha-cli export --db PATH -o FILE.xlsx [--since DATE] [--compound NAME …] [--encrypt]
    xuncha-cli import --db PATH FILE… [--dry-run] [--json]
    xuncha-cli undo-import --db PATH [--force]
    xuncha-cli merge FILE… -o OUT.xlsx [--encrypt]
    xuncha-cli package --db PATH -o FILE.xlsx [--compound NAME …] [--encrypt] [--no-mask]
    xuncha-cli conflicts --db PATH [--all] | conflicts --db PATH --choose KIND ID FIELD VERSION

``--encrypt`` protects the workbook and its photo archive with a password (from
``XUNCHA_EXPORT_PASSWORD``, else typed twice); a protected file to read asks for it too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop import progress, words
from desktop.cli import support
from exports.privacy import policy
from exports.spreadsheet import files, template
from exports.sync import export as sync_export
from exports.sync import importer, scope
from exports.sync import merge as sync_merge
from exports.sync import plan as sync_plan
from storage import kinds
from storage.forms import checklists, validate
from storage.store import conflicts, db
from ui import messages
from ui.messages import sync as sync_messages


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the sync commands to the parser's sub-commands."""
    export = commands.add_parser("export", parents=[common],
                                 help=tr("export the store to a workbook for merging"))
    export.add_argument("-o", "--output", type=Path, required=True, help=tr("the .xlsx to write"))
    export.add_argument("--since", help=tr("only records changed on or after this date "
                                           "(YYYY-MM-DD)"))
    export.add_argument("--compound", action="append", default=[],
                        help=tr("only this compound (name or id); repeat for more"))
    export.add_argument("--no-answers-sheet", action="store_true",
                        help=tr("leave out the long sheet of answers (faster for big exports)"))
    _encrypt_option(export)
    export.set_defaults(handler=_export)
    imp = commands.add_parser("import", parents=[common],
                              help=tr("import officers' workbooks into the store"))
    imp.add_argument("files", nargs="+", type=Path, help=tr("exported workbooks (.xlsx)"))
    imp.add_argument("--dry-run", action="store_true",
                     help=tr("show what would change, change nothing"))
    imp.set_defaults(handler=_import)
    undo = commands.add_parser("undo-import", parents=[common],
                               help=tr("undo the last import (from its backup)"))
    undo.add_argument("--force", action="store_true", help=tr(
        "undo even though the store changed after the import (those changes are lost)"))
    undo.set_defaults(handler=_undo)
    merge = commands.add_parser("merge", parents=[common],
                                help=tr("merge workbooks into one, without a store"))
    merge.add_argument("files", nargs="+", type=Path, help=tr("exported workbooks (.xlsx)"))
    merge.add_argument("-o", "--output", type=Path, required=True, help=tr("the .xlsx to write"))
    _encrypt_option(merge)
    merge.set_defaults(handler=_merge)
    package = commands.add_parser("package", parents=[common], help=tr(
        "write the package for officers: compounds, open findings, checklists"))
    package.add_argument("-o", "--output", type=Path, required=True,
                         help=tr("the .xlsx to write"))
    package.add_argument("--compound", action="append", default=[],
                         help=tr("only this compound (name or id); repeat for more"))
    package.add_argument("--mask", action=argparse.BooleanOptionalAction, default=None,
                         help=tr("mask phone, ID card and bank card numbers in text (default: "
                                 "the store's setting for the package, masked unless changed)"))
    _encrypt_option(package)
    package.set_defaults(handler=_package)
    listing = commands.add_parser("conflicts", parents=[common],
                                  help=tr("list merge conflicts, or choose a value"))
    listing.add_argument("--all", action="store_true", help=tr("include resolved conflicts"))
    listing.add_argument("--choose", nargs=4, metavar=("KIND", "ID", "FIELD", "VERSION"),
                         help=tr("keep the value of this version for the field"))
    listing.set_defaults(handler=_conflicts)


def _encrypt_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--encrypt", action="store_true", help=tr(
        "protect the workbook and its photo archive with a password "
        "(XUNCHA_EXPORT_PASSWORD, else typed twice)"))


def _new_password(args: argparse.Namespace) -> str | None:
    if not args.encrypt:
        return None
    return support.secret(support.EXPORT_PASSWORD, tr("Password for {file}: ").format(
        file=args.output), confirm=True)


def _password(paths: list[Path]) -> str | None:
    """The password of the protected files among ``paths`` (asked once), else None."""
    locked = [path for path in paths if files.is_encrypted(path)]
    if not locked:
        return None
    return support.secret(support.EXPORT_PASSWORD, tr("Password for {file}: ").format(
        file=", ".join(path.name for path in locked)))


def _since(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise support.UsageProblem(tr("--since needs a date like 2026-11-01, not {text}")
                           .format(text=text)) from None


def _export(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    summary = sync_export.export(store, args.output, since=_since(args.since),
                                 compounds=args.compound,
                                 answers_sheet=not args.no_answers_sheet,
                                 progress=progress.bar(tr("Exporting")),
                                 password=_new_password(args))
    support.emit(args, _summary_data(summary), _summary_text(summary))
    return 0


def _summary_data(summary: sync_export.Summary) -> dict[str, Any]:
    return {"file": str(summary.path), "photos_file": str(summary.photos_path or ""),
            "compounds": summary.compounds, "inspections": summary.inspections,
            "findings": summary.findings, "photos": summary.photos,
            "missing_photos": summary.missing_photos}


def _summary_text(summary: sync_export.Summary) -> str:
    text = tr("Wrote {file}: {compounds} compounds, {inspections} inspections, {findings} "
              "findings.").format(file=summary.path, compounds=summary.compounds,
                                  inspections=summary.inspections, findings=summary.findings)
    if summary.photos_path:
        text += " " + tr("{photos} photos in {zip}.").format(photos=summary.photos,
                                                             zip=summary.photos_path)
    if summary.missing_photos:
        text += " " + tr("{count} photo files were missing from the store.").format(
            count=len(summary.missing_photos))
    return text


def _import(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    password = _password(args.files)
    reports, failed = [], False
    batch: dict[str, Path] = {}  # one backup before the first file that writes
    for path in args.files:
        report = _import_one(store, path, args.dry_run, batch, password)
        failed = failed or bool(report["error"]) or bool(report["problems"])
        reports.append(report)
    emit_reports(args, reports)
    return 2 if failed else 0


def _import_one(store: db.Store, path: Path, dry_run: bool, batch: dict[str, Path],
                password: str | None) -> dict[str, Any]:
    report: dict[str, Any] = {"file": str(path), "imported": False, "dry_run": dry_run,
                              "counts": {}, "problems": [], "problem_count": 0,
                              "warnings": [], "error": ""}
    try:
        plan = importer.preview(store, path, progress.bar(tr("Reading {name}").format(
            name=path.name)), password=password)
    except (files.WorkbookError, Exception) as error:  # noqa: BLE001 - worded, or re-raised
        text = messages.describe(error)
        if text is None:
            raise
        report["error"] = text
        return report
    report["counts"] = plan.counts
    report["problems"] = [problem_data(p) for p in plan.problems]
    report["problem_count"] = len(plan.problems)
    report["unchecked"] = plan.unchecked
    report["warnings"] = [sync_messages.warning(c, d) for c, d in plan.warnings]
    report["rows"] = [{"sheet": r.sheet, "row": r.row, "kind": r.kind, "id": r.record_id,
                       "label": r.label, "outcome": r.outcome, "edited": r.edited,
                       "conflicts": list(r.conflicts)}
                      for r in plan.rows if r.outcome != "unchanged"]
    if plan.ok and not dry_run:
        result = importer.apply(store, plan, progress.bar(tr("Importing {name}").format(
            name=path.name)), backup_path=batch.get("backup"))
        if result.backup:
            batch["backup"] = result.backup
        report["imported"] = True
        report["backup"] = str(result.backup or "")
    return report


def problem_data(problem: sync_plan.Problem) -> dict[str, Any]:
    """A problem of an import for ``--json``: where, why, and the sentence."""
    return {"sheet": problem.sheet, "row": problem.row, "column": problem.column,
            "reason": problem.reason, "value": _plain(problem.value),
            "message": sync_messages.problem(problem)}


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | type(None)) else str(value)


def emit_reports(args: argparse.Namespace, reports: list[dict[str, Any]]) -> None:
    """The files' import reports on stdout; each file not imported named on stderr."""
    support.emit(args, reports, "\n".join(report_text(r) for r in reports if not r["error"]))
    for report in reports:
        if args.json:
            continue
        if report["error"]:
            print(f"xuncha-cli: {report['file']}: {report['error']}", file=sys.stderr)
        elif report["problems"]:
            refused = importer.ImportRefused(report["file"], "invalid",
                                             str(report.get("problem_count",
                                                            len(report["problems"]))))
            print(f"xuncha-cli: {sync_messages.describe(refused)}", file=sys.stderr)


def report_text(report: dict[str, Any]) -> str:
    """A file's import report for people (the review's score sheets use it too)."""
    counts = report["counts"]
    order = [*sync_plan.OUTCOMES, *(k for k in counts if k not in sync_plan.OUTCOMES)]
    parts = ", ".join(f"{counts[k]} {sync_messages.outcome(k)}" for k in order
                      if counts.get(k))
    lines = [f"{report['file']}: {parts or tr('no rows')}"]
    lines += [f"  {w}" for w in report["warnings"]]
    lines += [f"  {p['message']}" for p in report["problems"]]
    if report.get("unchecked"):
        lines.append("  " + sync_messages.unchecked(report["unchecked"]))
    if report["problems"]:
        lines.append("  " + tr("Not imported: fix the cells above and import the file again; "
                               "nothing was changed."))
    elif report["dry_run"]:
        lines.append("  " + tr("(dry run: nothing was written)"))
    elif report["imported"] and report.get("backup"):
        lines.append("  " + tr("Imported; backup of the store before: {backup}").format(
            backup=report["backup"]))
    return "\n".join(lines)


def add_template_commands(sub: Any, quarterly: argparse.ArgumentParser,
                          common: argparse.ArgumentParser, workbooks: Any,
                          made_help: str, import_help: str) -> None:
    """``template --quarter Q -o DIR`` and ``import FILE… [--dry-run]`` of score workbooks
    (a module with ``write_all``, ``preview`` and ``apply``: the review's, the property's)."""
    made = sub.add_parser("template", parents=[quarterly], help=made_help)
    made.add_argument("-o", "--output", type=Path, required=True, help=tr("the folder"))
    made.set_defaults(handler=functools.partial(write_templates,
                                                write_all=workbooks.write_all))
    imp = sub.add_parser("import", parents=[common], help=import_help)
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=tr(
        "show what would change, change nothing"))
    imp.set_defaults(handler=functools.partial(import_templates, preview=workbooks.preview,
                                               apply=workbooks.apply))


def write_templates(args: argparse.Namespace,
                    write_all: Callable[[db.Store, str, Path], list[Path]]) -> int:
    """Write a quarter's score workbooks (a department's, a street's) into ``--output``."""
    written = write_all(support.open_store(args), args.quarter, args.output)
    support.emit(args, [str(p) for p in written], tr("Wrote {count} workbooks to {folder}.")
                 .format(count=len(written), folder=args.output))
    return 0


def import_templates(args: argparse.Namespace,
                     preview: Callable[[db.Store, Sequence[Path]], Sequence[template.Preview]],
                     apply: Callable[[db.Store, Sequence[Any]], list[importer.Result]]) -> int:
    """Preview filled-in score workbooks and report them as sync reports its files; import
    those without problems (unless ``--dry-run``), each whole, after one backup."""
    store = support.open_store(args)
    previews = preview(store, args.files)
    done = {} if args.dry_run else {r.path: r for r in apply(store, previews)}
    reports = []
    for found in previews:
        result = done.get(found.path)
        reports.append({"file": str(found.path), "imported": result is not None,
                        "dry_run": args.dry_run, "counts": found.counts,
                        "problems": [problem_data(p) for p in found.problems],
                        "warnings": [sync_messages.warning(c, d) for c, d in found.warnings],
                        "error": "", "backup": str(result.backup or "") if result else ""})
    emit_reports(args, reports)
    return 2 if any(r["problems"] for r in reports) else 0


def _undo(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    undone = importer.undo_last(store, force=args.force)
    support.emit(args, {"undone": undone.file_name, "imported_at": undone.imported_at},
          tr("Undid the import of {file} ({when}).").format(file=undone.file_name,
                                                             when=undone.imported_at))
    return 0


def _merge(args: argparse.Namespace) -> int:
    result = sync_merge.merge(args.files, args.output, progress.bar(tr("Merging")),
                              password=_password(args.files),
                              output_password=_new_password(args))
    data = {**_summary_data(result.summary), "conflicts": result.conflicts,
            "refused": [str(p) for p in result.refused],
            "files": [{"file": str(p.path), "counts": p.counts,
                       "problems": [problem_data(x) for x in p.problems]}
                      for p in result.plans]}
    lines = [_summary_text(result.summary)]
    if result.conflicts:
        lines.append(tr("{count} conflicts kept with a provisional winner.").format(
            count=result.conflicts))
    for plan in result.plans:
        if not plan.ok:
            lines.append(tr("{file} was left out: {count} problems.").format(
                file=plan.path, count=len(plan.problems)))
            lines += [f"  {sync_messages.problem(p)}" for p in plan.problems]
    support.emit(args, data, "\n".join(lines))
    return 2 if result.refused else 0


def _package(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    selection = scope.select_package(store, args.compound)
    summary = sync_export.export(store, args.output, selection=selection,
                                 progress=progress.bar(tr("Exporting")),
                                 password=_new_password(args),
                                 mask=policy.masks(store, "package") if args.mask is None
                                 else args.mask)
    support.emit(args, _summary_data(summary), _summary_text(summary))
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    if args.choose:
        kind_name, record_id, name, version = args.choose
        found = conflicts.get(store, kind_name, record_id, name)
        if found is None or version not in {c.version for c in found.candidates}:
            raise support.UsageProblem(tr("No such conflict or version."))
        conflicts.choose(store, kinds.BY_NAME[kind_name], found, version,
                         derive=_rescore(store) if kind_name == "inspection" else None)
    states = ("open", "confirmed", "resolved") if args.all else ("open",)
    found_all = conflicts.listing(store, states=states)
    data = [{"kind": c.kind, "id": c.record_id, "field": c.field, "state": c.state,
             "winner": c.winner, "chosen_by": c.chosen_by,
             "candidates": [c2.__dict__ for c2 in c.candidates]} for c in found_all]
    lines = [f"{c.kind} {c.record_id} {c.field} [{c.state}]: " + " | ".join(
        f"{'*' if v.version == c.winner else ' '}{v.value!r} ({v.updated_at}, {v.version[:8]})"
        for v in c.candidates) for c in found_all]
    support.emit(args, data, "\n".join(lines) or tr("No conflicts."))
    return 0


def _rescore(store: db.Store) -> Any:
    def derive(content: dict[str, Any]) -> dict[str, Any]:
        checklist = checklists.load(store, content["checklist_version_id"])
        return {**content, "score": validate.score(checklist, content["answers"])}

    return derive
