"""The problem ledger's commands.

    xuncha-cli ledger list [filters] [--limit N] [--json]
    xuncha-cli ledger show NUMBER                     a problem or finding, with its proof
    xuncha-cli ledger add COMPOUND --description TEXT [--source review|helper|other] …
    xuncha-cli ledger from-orders NUMBER… | --compound C [--month YYYY-MM]
    xuncha-cli ledger close NUMBER --verified-by NAME --photo FILE … [--note TEXT]
    xuncha-cli ledger reopen NUMBER | withdraw NUMBER --note TEXT
    xuncha-cli ledger solved [--from D] [--to D] [--district D] [--street S]
    xuncha-cli ledger export -o FILE.xlsx [filters]
    xuncha-cli report ledger -o FILE.pdf [filters]    the printable ledger

Filters: --compound --district --street --department --category --item --source
--state (open|in_progress|awaiting|closed|withdrawn|pending) --overdue --find TEXT
--closed-from --closed-to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
from pathlib import Path
from typing import Any

from desktop import words
from desktop.cli import support
from desktop.cli.support import UsageProblem
from exports.ledger import ledger_file
from storage import clock
from storage.inspection import compounds
from storage.ledger import entries, problems
from storage.manual import items, links
from storage.store import db, photos
from ui.messages import ledger as ledger_text


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("ledger", help=tr(
        "the problem ledger: every problem, its lead department and its closing"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = sub.add_parser("list", parents=[common], help=tr("list problems"))
    add_filters(listing)
    listing.add_argument("--limit", type=int, default=0)
    listing.set_defaults(handler=_list)
    show = sub.add_parser("show", parents=[common], help=tr("one problem and its proof"))
    show.add_argument("number")
    show.set_defaults(handler=_show)
    _add_raising(sub, common)
    _add_closing(sub, common)
    solved = sub.add_parser("solved", parents=[common], help=tr(
        "how many problems were solved (closed) in a period and area"))
    solved.add_argument("--from", dest="start", type=support.day, default=None,
                        help=tr("YYYY-MM-DD"))
    solved.add_argument("--to", dest="end", type=support.day, default=None,
                        help=tr("YYYY-MM-DD"))
    solved.add_argument("--district", default="")
    solved.add_argument("--street", default="")
    solved.set_defaults(handler=_solved)
    export = sub.add_parser("export", parents=[common], help=tr("the ledger as a workbook"))
    export.add_argument("-o", "--output", type=Path, required=True)
    add_filters(export)
    export.set_defaults(handler=_export)


def add_filters(parser: argparse.ArgumentParser) -> None:
    """The options that choose problems (``ledger list``, ``export``, ``report ledger``)."""
    for name in ("compound", "district", "street", "department", "category", "item"):
        parser.add_argument(f"--{name}", default="")
    parser.add_argument("--source", choices=entries.SOURCES, default="")
    parser.add_argument("--state", choices=(*entries.STATES, "pending"), default="")
    parser.add_argument("--overdue", action="store_true")
    parser.add_argument("--find", default="", help=tr("text in the number, description, "
                                                      "party or compound"))
    parser.add_argument("--closed-from", dest="closed_from", type=support.day, default=None)
    parser.add_argument("--closed-to", dest="closed_to", type=support.day, default=None)


def _add_raising(sub: Any, common: argparse.ArgumentParser) -> None:
    add = sub.add_parser("add", parents=[common], help=tr(
        "raise a problem (at a review, by a helper, or otherwise)"))
    add.add_argument("compound")
    add.add_argument("--description", required=True)
    add.add_argument("--source", choices=("review", "helper", "other"), default="other")
    add.add_argument("--ref", default="", help=tr("the review, or the visit's id"))
    add.add_argument("--item", default="", help=tr("the manual item (default: by the text)"))
    add.add_argument("--party", default="", help=tr("the responsible party"))
    add.add_argument("--deadline", type=support.day, default=None,
                     help=tr("YYYY-MM-DD (default: the manual's time limit)"))
    add.add_argument("--raised-by", dest="raised_by", default="")
    add.add_argument("--photo", type=Path, action="append", default=[])
    add.set_defaults(handler=_add)
    orders = sub.add_parser("from-orders", parents=[common], help=tr(
        "turn 12345 work orders into problems"))
    orders.add_argument("numbers", nargs="*", metavar="NUMBER")
    orders.add_argument("--compound", default="", help=tr("every work order of a compound"))
    orders.add_argument("--month", default="", help=tr("only those of a month, YYYY-MM"))
    orders.set_defaults(handler=_from_orders)


def _add_closing(sub: Any, common: argparse.ArgumentParser) -> None:
    close = sub.add_parser("close", parents=[common], help=tr(
        "close (销号) a problem with the proof"))
    close.add_argument("number")
    close.add_argument("--verified-by", dest="verified_by", required=True)
    close.add_argument("--photo", type=Path, action="append", default=[],
                       help=tr("a photo after rectification (repeat for more)"))
    close.add_argument("--note", default="")
    close.add_argument("--no-photo", dest="no_photo", action="store_true",
                       help=tr("close without a photo (say why in --note)"))
    close.set_defaults(handler=_close)
    reopen = sub.add_parser("reopen", parents=[common], help=tr("open a problem again"))
    reopen.add_argument("number")
    reopen.add_argument("--note", default="")
    reopen.set_defaults(handler=_reopen)
    withdraw = sub.add_parser("withdraw", parents=[common], help=tr("withdraw a problem"))
    withdraw.add_argument("number")
    withdraw.add_argument("--note", required=True)
    withdraw.set_defaults(handler=_withdraw)


def filter_of(store: db.Store, args: argparse.Namespace) -> entries.Filter:
    """The ledger filter the command's options describe."""
    return entries.Filter(
        compound_id=compounds.resolve(store, args.compound).id if args.compound else "",
        district=args.district, street=args.street, department=args.department,
        category=args.category, manual_item=args.item, source=args.source, state=args.state,
        overdue=args.overdue, text=args.find,
        closed_from=args.closed_from, closed_to=args.closed_to)


def entry_dict(entry: entries.Entry, today: dt.date) -> dict[str, Any]:
    return {**entry.__dict__, "overdue": entry.overdue(today)}


def _list(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = entries.search(store, filter_of(store, args), args.limit or None)
    today = clock.today_local()
    lines = [f"{e.number:<22} {ledger_text.state_name(e.state):<10} {e.deadline or '':<10}"
             f"{'!' if e.overdue(today) else ' '} {e.lead_department:<8} {e.compound:<12} "
             f"{e.description[:40]}" for e in found]
    support.emit(args, [entry_dict(e, today) for e in found],
                 "\n".join(lines) or tr("No problems match."))
    return 0


def _entry(store: db.Store, number: str) -> entries.Entry:
    found = entries.find(store, number)
    if found is None:
        raise problems.UnknownProblem(number)
    return found


def _show(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    entry = _entry(store, args.number)
    data = entry_dict(entry, clock.today_local())
    data["photos_after"] = [p["photo"] for p in entries.photos_after(store, entry)]
    lines = [f"{entry.number}  {ledger_text.source_name(entry.source)} {entry.source_ref}",
             f"{entry.district} {entry.street} {entry.compound}", entry.description,
             tr("Manual item: {item}").format(item=_item_label(store, entry.manual_item)),
             tr("Lead: {lead}; supporting: {supporting}").format(
                 lead=entry.lead_department or "—", supporting=entry.supporting or "—"),
             tr("Deadline {deadline}, {state}").format(deadline=entry.deadline or "—",
                                                       state=ledger_text.state_name(
                                                           entry.state))]
    if entry.state == "closed":
        lines.append(tr("Closed on {day} by {who}; {count} photos after rectification.")
                     .format(day=entry.closed_on, who=entry.verified_by or "—",
                             count=len(data["photos_after"])))
    support.emit(args, data, "\n".join(lines))
    return 0


def _item_label(store: db.Store, code: str) -> str:
    if not code:
        return "—"
    try:
        return items.find(store, code).label()
    except items.UnknownItem:
        return code


def _add(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    compound = compounds.resolve(store, args.compound)
    problem = problems.Problem(
        compound.id, args.description, source=args.source, source_ref=args.ref,
        responsible_party=args.party, raised_by=args.raised_by or getpass.getuser(),
        raised_on=clock.today_local().isoformat(),
        deadline=args.deadline.isoformat() if args.deadline else None,
        attachments=[{"photo": photos.add(store, p).sha256, "item": "before",
                      "caption": p.stem} for p in args.photo])
    router = links.Router(store)
    item = items.find(store, args.item) if args.item else router.for_text("", args.description)
    saved = problems.raise_problem(store, problems.route(problem, item))
    support.emit(args, {**saved.content(), "id": saved.id}, tr(
        "{number}: raised for {compound}; lead {lead}, deadline {deadline}.").format(
        number=saved.number, compound=compound.name, lead=saved.lead_department or "—",
        deadline=saved.deadline or "—"))
    return 0


def _from_orders(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    numbers = list(args.numbers)
    if args.compound:
        where, params = "compound_id = ?", [compounds.resolve(store, args.compound).id]
        if args.month:
            where += " AND month = ?"
            params.append(args.month)
        numbers += [row[0] for row in store.db.execute(
            f"SELECT number FROM work_orders WHERE {where} ORDER BY received_at", params)]
    if not numbers:
        raise UsageProblem(tr("Name work orders, or a compound with --compound."))
    done = problems.raise_from_work_orders(store, numbers, raised_by=getpass.getuser())
    data = {"created": [p.number for p in done.created], "already": done.already,
            "unmatched": done.unmatched, "unknown": done.unknown}
    support.emit(args, data, tr(
        "{created} problems raised; {already} already in the ledger; {unmatched} without a "
        "compound; {unknown} unknown.").format(created=len(done.created),
                                               already=len(done.already),
                                               unmatched=len(done.unmatched),
                                               unknown=len(done.unknown)))
    return 0


def _close(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    problem = problems.find(store, args.number)
    shots = [{"photo": photos.add(store, p).sha256, "item": "after", "caption": p.stem}
             for p in args.photo]
    closed = problems.close(store, problem, verified_by=args.verified_by, photos=shots,
                            note=args.note, require_photo=not args.no_photo)
    support.emit(args, {**closed.content(), "id": closed.id}, tr(
        "{number} closed (销号), verified by {who}.").format(number=closed.number,
                                                            who=closed.verified_by))
    return 0


def _reopen(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    problem = problems.move(store, problems.find(store, args.number), "open", note=args.note)
    support.emit(args, {**problem.content(), "id": problem.id}, tr("{number} is open again.")
                 .format(number=problem.number))
    return 0


def _withdraw(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    problem = problems.move(store, problems.find(store, args.number), "withdrawn",
                            note=args.note)
    support.emit(args, {**problem.content(), "id": problem.id}, tr("{number} withdrawn.")
                 .format(number=problem.number))
    return 0


def _solved(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = entries.solved(store, start=args.start, end=args.end,
                           district=args.district,
                           street=args.street)
    names = {c.code: c.title for c in items.categories(store)}
    support.emit(args, found.as_dict(), "\n".join(ledger_text.solved_lines(found, names)))
    return 0


def _export(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    count = ledger_file.export(store, args.output, filter_of(store, args))
    support.emit(args, {"file": str(args.output), "problems": count}, tr(
        "Wrote {file} ({count} problems).").format(file=args.output, count=count))
    return 0
