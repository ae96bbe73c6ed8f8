"""``xuncha-cli report KIND … -o FILE.pdf``: every printout from the command line.

    report inspection NUMBER|ID …           inspection records (several into one PDF)
    report notice FINDING … | --compound C  rectification notices with their stubs
    report brief --from DATE --to DATE      the meeting brief of a period
    report street NAME --quarter YYYY-Qn    a street's quarterly report
    report compound NAME|ID                 a compound's file
    report circular --quarter YYYY-Qn       the street review's circular (通报)
    report property --quarter YYYY-Qn       the property companies' ranking
    report ledger [filters]                 the problem ledger (filters as ``ledger list``)
    report settings [--notice-code …]       the agency code, office, brief unit …

Warnings (a font face replaced, characters printed as □) go to stderr; a font file named
with ``--font`` that cannot be used is refused. A new notice whose deadline is already
past, or whose findings are in another notice, is refused unless ``--force``. The
document is Chinese when the interface language is (``--language`` to choose).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

# cli imports this module too; both only use each other's names when a command runs.
from desktop import i18n, progress, words
from desktop.cli import ledger as cli_ledger
from desktop.cli import support
from exports.privacy import policy
from exports.reports import brief as report_brief
from exports.reports import circular as report_circular
from exports.reports import compound as report_compound
from exports.reports import inspection as report_inspection
from exports.reports import ledger as report_ledger
from exports.reports import notice as report_notice
from exports.reports import property_ranking, queries
from exports.reports import street as report_street
from exports.reports.pdf.common import Setup
from storage import clock
from storage.inspection import compounds, findings, notices
from storage.store import access_log, db, documents
from ui.messages import reports as report_messages

Render = Callable[[db.Store, argparse.Namespace, Setup], int]


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``report`` and its kinds to the command line."""
    group = commands.add_parser("report", help=tr("print a document to PDF"))
    kinds = group.add_subparsers(dest="kind", required=True, metavar="KIND")
    shared = _shared(common)
    inspection = kinds.add_parser("inspection", parents=[shared], help=tr("inspection records"))
    inspection.add_argument(
        "numbers",
        nargs="+",
        metavar="NUMBER",
        help=tr("inspection numbers (e.g. XC-2026-7F3A-000123) or ids"),
    )
    inspection.set_defaults(handler=_handler(_inspection))
    notice = kinds.add_parser("notice", parents=[shared], help=tr("rectification notices"))
    notice.add_argument(
        "findings",
        nargs="*",
        metavar="FINDING",
        help=tr("finding numbers or ids, all in one notice"),
    )
    notice.add_argument(
        "--compound",
        help=tr(
            "a notice per responsible party for all open findings of this compound (name or id)"
        ),
    )
    notice.add_argument(
        "--office", default="", help=tr("the issuing office, printed above the date")
    )
    notice.add_argument("--force", action="store_true", help=tr(
        "issue new notices even with deadlines already past or findings already notified"))
    notice.set_defaults(handler=_handler(_notice))
    brief = kinds.add_parser("brief", parents=[shared], help=tr("the meeting brief"))
    brief.add_argument(
        "--from",
        dest="start",
        type=_date,
        help=tr("first day, YYYY-MM-DD (default: six days before the last)"),
    )
    brief.add_argument("--to", dest="end", type=_date, help=tr("last day (default: today)"))
    brief.set_defaults(handler=_handler(_brief))
    street = kinds.add_parser("street", parents=[shared], help=tr("a street's quarterly report"))
    street.add_argument("name", help=tr("the street, e.g. 兰山街道"))
    street.add_argument(
        "--quarter", type=_quarter, help=tr("the quarter, e.g. 2026-Q3 (default: the current one)")
    )
    street.set_defaults(handler=_handler(_street))
    compound = kinds.add_parser("compound", parents=[shared], help=tr("a compound's file"))
    compound.add_argument("compound", metavar="NAME", help=tr("the compound's name or id"))
    compound.set_defaults(handler=_handler(_compound))
    circular = kinds.add_parser("circular", parents=[shared], help=tr(
        "the circular (通报) of a quarter's street review"))
    circular.add_argument("--quarter", type=support.quarter, required=True,
                          help=tr("the quarter, e.g. 2026-Q3"))
    circular.add_argument("--office", default="", help=tr(
        "the issuing office, printed above the date"))
    circular.add_argument("--code", default="", help=tr(
        "the office's code before the number, e.g. 临组通"))
    circular.set_defaults(handler=_handler(_circular))
    ranking = kinds.add_parser("property", parents=[shared], help=tr(
        "the property projects and companies ranked for a quarter"))
    ranking.add_argument("--quarter", type=support.quarter, required=True,
                         help=tr("the quarter, e.g. 2026-Q3"))
    ranking.set_defaults(handler=_handler(_property))
    ledger = kinds.add_parser("ledger", parents=[shared], help=tr("the problem ledger"))
    cli_ledger.add_filters(ledger)
    ledger.set_defaults(handler=_handler(_ledger))
    _add_settings(kinds, common)


def _add_settings(kinds: Any, common: argparse.ArgumentParser) -> None:
    chosen = kinds.add_parser("settings", parents=[common],
                              help=tr("the issuing agency's code, office and brief header"))
    chosen.add_argument("--notice-code", help=tr("the agency code of notices, e.g. 兰综执改"))
    chosen.add_argument("--office", help=tr("the issuing office printed on notices"))
    chosen.add_argument("--next-notice", type=int, metavar="N", help=tr(
        "the next notice number this year (to follow a paper register)"))
    chosen.add_argument("--brief-unit", help=tr("the unit that issues the brief"))
    chosen.add_argument("--brief-to", help=tr("whom the brief is sent to"))
    chosen.set_defaults(handler=_settings)


def _settings(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    current = notices.settings(store)
    chosen = notices.NoticeSettings(code=args.notice_code or current.code,
                                    office=current.office if args.office is None else args.office)
    notices.save_settings(store, chosen)
    options = {key: value for key, value in ((report_brief.UNIT_KEY, args.brief_unit),
                                             (report_brief.TO_KEY, args.brief_to))
               if value is not None}
    documents.set_options(store, options)
    year = clock.today_local().year
    if args.next_notice is not None:
        try:
            documents.set_next(store, chosen.code, year, args.next_notice)
        except documents.NumberBehind as behind:
            raise support.UsageProblem(tr(
                "{code}〔{year}〕{last}号 was already given: numbers never repeat.").format(
                code=behind.code, year=behind.year, last=behind.last)) from behind
    following = documents.peek(store, chosen.code, year)
    data = {"notice_code": chosen.code, "office": chosen.office,
            "next_notice": following.text(),
            "brief_unit": documents.option(store, report_brief.UNIT_KEY),
            "brief_to": documents.option(store, report_brief.TO_KEY)}
    support.emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0


def _shared(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    shared = argparse.ArgumentParser(add_help=False, parents=[common])
    shared.add_argument("-o", "--output", type=Path, required=True, help=tr("the PDF to write"))
    shared.add_argument(
        "--language",
        choices=words.LANGUAGES,
        help=tr("the language of the document (default: the interface's)"),
    )
    shared.add_argument("--font", type=Path, help=tr("a TrueType font file to print with"))
    shared.add_argument("--body-font", type=Path, help=tr(
        "the FangSong font file for the body of notices (e.g. simfang.ttf)"))
    shared.add_argument("--title-font", type=Path, help=tr(
        "the XiaoBiaoSong font file for the titles of notices (e.g. FZXBSJW.TTF)"))
    shared.add_argument("--photos", choices=("thumbnails", "annex", "none"),
                        default="thumbnails", help=tr(
                            "photos beside each finding, full size in an annex, or none"))
    shared.add_argument(
        "--mask",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=tr("mask phone, ID card and bank card numbers (default: the store's setting "
                "for this document, masked unless changed)"),
    )
    shared.add_argument(
        "--strict-fonts",
        action="store_true",
        help=tr("refuse to print when the font lacks a character of the data"),
    )
    return shared


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("not a date (YYYY-MM-DD): {text}").format(text=text)
        ) from None


def _quarter(text: str) -> queries.Period:
    try:
        return queries.quarter(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("not a quarter (YYYY-Qn): {text}").format(text=text)
        ) from None


def _handler(render: Render) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        if args.language:  # the printout's words and ui.messages' warnings alike
            i18n.install(QCoreApplication.instance() or QCoreApplication(sys.argv[:1]),
                         args.language)
        language = words.language()
        store = support.open_store(args)
        setup = Setup(
            translate=words.translate,
            language=words.checklist_language(language),
            font_path=args.font,
            role_fonts={role: path for role, path in (("body", args.body_font),
                                                      ("title", args.title_font)) if path},
            strict_fonts=args.strict_fonts,
            photos=args.photos,
            progress=progress.bar(tr("Printing")),
            mask=policy.masks(store, args.kind) if args.mask is None else args.mask,
        )
        pages = render(store, args, setup)
        access_log.record(store, "print", str(args.output), args.kind)
        warnings = [report_messages.warning(w) for w in setup.warnings]
        for text in warnings:
            print(tr("warning: {text}").format(text=text), file=sys.stderr)
        data = {"file": str(args.output), "pages": pages, "warnings": warnings}
        support.emit(
            args, data, tr("Wrote {file} ({pages} pages).").format(file=args.output, pages=pages)
        )
        return 0

    return run


def _inspection(store: db.Store, args: argparse.Namespace, setup: Setup) -> int:
    ids = [report_inspection.find(store, n) for n in args.numbers]
    return report_inspection.render(store, ids, args.output, setup)


def _notice(store: db.Store, args: argparse.Namespace, setup: Setup) -> int:
    if bool(args.findings) == bool(args.compound):
        raise support.UsageProblem(tr("Name the findings, or give --compound, not both."))
    if args.compound:
        groups = report_notice.groups_for_compound(
            store, compounds.resolve(store, args.compound).id
        )
    else:
        chosen = [findings.get(store, report_notice.find(store, f)) for f in args.findings]
        if len({f.compound_id for f in chosen}) > 1:
            raise support.UsageProblem(
                tr("One notice is for one compound; these findings are in several.")
            )
        groups = [chosen]
    found = report_notice.problems(store, groups)
    if found and not args.force:
        lines = [report_messages.problem(p) for p in found]
        raise support.UsageProblem("\n".join([*lines, tr(
            "Nothing was issued. Correct the findings, or add --force to issue all the same.")]))
    return report_notice.render(store, groups, args.output, setup, office=args.office)


def _brief(store: db.Store, args: argparse.Namespace, setup: Setup) -> int:
    end = args.end or clock.today_local()
    start = args.start or end - dt.timedelta(days=6)
    if start > end:
        raise support.UsageProblem(tr("--from is after --to."))
    return report_brief.render(store, queries.Period(start, end), args.output, setup)


def _street(store: db.Store, args: argparse.Namespace, setup: Setup) -> int:
    period = args.quarter or _current_quarter()
    return report_street.render(store, args.name, period, args.output, setup)


def _current_quarter() -> queries.Period:
    today = clock.today_local()
    return queries.quarter(f"{today.year}-Q{(today.month - 1) // 3 + 1}")


def _ledger(store: db.Store, args: argparse.Namespace, setup: Setup) -> int:
    return report_ledger.render(store, cli_ledger.filter_of(store, args), args.output, setup)


def _compound(store: db.Store, args: argparse.Namespace, setup: Setup) -> int:
    return report_compound.render(
        store, compounds.resolve(store, args.compound).id, args.output, setup
    )


def _circular(store: db.Store, args: argparse.Namespace, setup: Setup) -> int:
    return report_circular.render(store, args.quarter, args.output, setup, office=args.office,
                                  code=args.code)


def _property(store: db.Store, args: argparse.Namespace, setup: Setup) -> int:
    return property_ranking.render(store, args.quarter, args.output, setup)
