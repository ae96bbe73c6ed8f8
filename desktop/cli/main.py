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

from PySide6.QtCore import QCoreApplication

from desktop import crash_report, i18n, progress, version
from desktop.cli import campaign, checklists, reports, support, sync
from exports.spreadsheet import workbook
from storage import demo, integrity
from storage.store import db
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
    demo_parser.set_defaults(handler=_demo)
    check = commands.add_parser("check", parents=[common],
                                help=tr("check the integrity of the store and its photos"))
    check.set_defaults(handler=_check)
    checklists.add_commands(commands, common)
    campaign.add_commands(commands, common)
    reports.add_commands(commands, common)
    sync.add_commands(commands, common)
    return parser


def _demo(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    if store.db["compounds"].count:
        raise support.UsageProblem(tr("{path} already holds data; the demo needs a new store.")
                           .format(path=store.path))
    counts = demo.build(store, progress=progress.bar(tr("Building the demo store")))
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
