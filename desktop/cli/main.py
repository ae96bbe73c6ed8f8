"""``xuncha-cli``: the command line. Every command takes ``--db``; reports take ``--json``.

An error is one line on stderr and a non-zero exit: 2 for a problem the user can fix
(a wrong file, a locked store), 70 for a bug, whose crash report (desktop/crash_report.py)
goes to the user log folder.

Each command group is a module (``checklists``, ``campaign``, ``reports``, ``sync`` …);
:data:`GROUPS` says which module adds which commands, so a command imports its own group
only (``check`` loads neither openpyxl nor reportlab) and ``--version`` nothing at all.
``--help``, or a command no group names, builds the whole parser.

The command line speaks the system's language without Qt (desktop/words.py reads the
windows' compiled translation), so ``check`` never loads Qt. The group modules word
their results through ui.messages, which is Qt code, and so does the error path: both
get Qt's application speaking the same language first (:func:`install_qt`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import version, words

EXIT_USER_ERROR = 2
EXIT_BUG = 70  # crash_report.EXIT_BUG, which is not imported before a bug (it loads Qt)
Handler = Callable[[argparse.Namespace], int]
# The commands each group module adds (tests/desktop/cli/test_main.py checks the list).
GROUPS: dict[str, tuple[str, ...]] = {
    "checklists": ("checklists",),
    "campaign": ("compounds", "hotline", "rank", "nominate", "campaign"),
    "review": ("review",),
    "property": ("property",),
    "helpers": ("helpers",),
    "manual": ("manual",),
    "ledger": ("ledger",),
    "reports": ("report",),
    "sync": ("export", "import", "undo-import", "merge", "package", "conflicts"),
    "privacy": ("encrypt", "decrypt", "change-passphrase", "access-log"),
}
OWN = ("demo", "check")  # the commands of this module


def tr(text: str) -> str:
    return words.translate("", text)


def install_qt() -> None:
    """Qt's application, speaking the command line's language, for the Qt code a command
    uses (ui.messages words results and errors; the group modules import it)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - not for check

    from desktop import i18n  # noqa: PLC0415

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app, words.language())


def _common() -> argparse.ArgumentParser:
    from storage.store import db  # noqa: PLC0415

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None,
                        help=tr("the store to use (default: {path})")
                        .format(path=db.default_path()))
    common.add_argument("--json", action="store_true", help=tr("print machine-readable JSON"))
    return common


def groups_for(argv: Sequence[str]) -> list[str]:
    """The group modules the command line needs: the command's own, else all of them."""
    command = next((arg for arg in argv if not arg.startswith("-")), "")
    if command in OWN:
        return []
    found = [group for group, names in GROUPS.items() if command in names]
    return found or list(GROUPS)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (every command when None)."""
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
    for group in groups_for(argv) if argv is not None else GROUPS:
        importlib.import_module(f"desktop.cli.{group}").add_commands(commands, common)
    return parser


def _demo(args: argparse.Namespace) -> int:
    from desktop import progress  # noqa: PLC0415
    from desktop.cli import privacy, support  # noqa: PLC0415
    from storage import demo  # noqa: PLC0415
    from storage.store import db, encryption  # noqa: PLC0415

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
        "{findings} findings, {photos} photos, {work_orders} hotline work orders, "
        "{helpers} helpers, {projects} livelihood projects, {problems} ledger problems."
        ).format(path=store.path, **counts))
    return 0


def _check(args: argparse.Namespace) -> int:
    from desktop.cli import support  # noqa: PLC0415
    from exports.spreadsheet import protection  # noqa: PLC0415 - without openpyxl
    from storage import integrity  # noqa: PLC0415

    store = support.open_store(args, builtins=False)
    issues = integrity.check(store)
    protected = protection.active()
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
    from desktop import crash_report  # noqa: PLC0415
    from storage.store import db  # noqa: PLC0415

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
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--version"]:  # answered before Qt or the store are loaded
        print(f"XunCha {version.VERSION}")
        return 0
    from desktop.cli import support  # noqa: PLC0415

    words.install()
    if groups_for(arguments):
        install_qt()
    args = build_parser(arguments).parse_args(arguments)
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
        install_qt()
        from ui import messages  # noqa: PLC0415 - an area's words load with its error

        text = messages.describe(error)
        if text is None:
            return _report_bug(error, args)
        print(f"xuncha-cli: {text}", file=sys.stderr)
    return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
