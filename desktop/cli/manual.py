"""The responsibility manual's commands.

    xuncha-cli manual list [--category N] [--json]   every item with its category
    xuncha-cli manual show CODE                      one item: who, what, how, basis
    xuncha-cli manual export -o FILE.xlsx            a workbook to edit
    xuncha-cli manual import FILE [--dry-run]        read it back (previewed, whole or nothing)
    xuncha-cli manual route --checklist parking.fire_lane_clear | --finding NUMBER |
                            --work-order NUMBER | --text TEXT [--category TEXT]
    xuncha-cli manual links                          what is not routed, and clashes
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop import words
from desktop.cli import support
from desktop.cli.support import UsageProblem
from exports.manual import manual_file
from storage.campaign import hotline
from storage.inspection import findings
from storage.ledger import routing
from storage.manual import items, links
from storage.manual.items import Item
from storage.store import db
from ui.messages import manual as manual_text


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("manual", help=tr("the responsibility manual (who does what)"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = sub.add_parser("list", parents=[common], help=tr("list the manual's items"))
    listing.add_argument("--category", default="", help=tr("only this category, e.g. 3"))
    listing.set_defaults(handler=_list)
    show = sub.add_parser("show", parents=[common], help=tr("show one item"))
    show.add_argument("code", help=tr("the item's code, e.g. 3.01"))
    show.set_defaults(handler=_show)
    export = sub.add_parser("export", parents=[common], help=tr("export the manual as .xlsx"))
    export.add_argument("-o", "--output", type=Path, required=True, help=tr("the .xlsx to write"))
    export.set_defaults(handler=_export)
    imp = sub.add_parser("import", parents=[common], help=tr("import an edited manual workbook"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=tr("check only, change nothing"))
    imp.set_defaults(handler=_import)
    route = sub.add_parser("route", parents=[common], help=tr(
        "the manual item a checklist item, finding, work order or text is routed to"))
    which = route.add_mutually_exclusive_group(required=True)
    which.add_argument("--checklist", help=tr("FORM.ITEM, e.g. parking.fire_lane_clear"))
    which.add_argument("--finding", help=tr("a finding's number"))
    which.add_argument("--work-order", dest="work_order", help=tr("a work order's number"))
    which.add_argument("--text", help=tr("a complaint's text"))
    route.add_argument("--category", default="", help=tr("the hotline category (with --text)"))
    route.set_defaults(handler=_route)
    sub.add_parser("links", parents=[common], help=tr(
        "checklist items and hotline categories no item covers, and links named twice")
    ).set_defaults(handler=_links)


def _language() -> str:
    return words.checklist_language(words.language())


def item_dict(store: db.Store, item: Item) -> dict[str, Any]:
    return {"code": item.code, "category": item.category,
            "category_title": items.category_title(store, item.category), "title": item.title,
            "title_en": item.title_en, "demand": item.demand, "lead": item.lead,
            "supporting": item.supporting_list, "what": item.what, "how": item.how,
            "cooperation": item.cooperation, "time_limit_days": item.time_limit_days,
            "legal_basis": item.legal_basis, "checklist_items": item.entries("checklist_items"),
            "hotline_categories": item.entries("hotline_categories"),
            "hotline_keywords": item.entries("hotline_keywords"), "id": item.id}


def _list(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = items.all_items(store, category=args.category)
    language = _language()
    lines: list[str] = []
    for category in items.categories(store):
        inside = [i for i in found if i.category == category.code]
        if inside:
            title = category.title_en if language == "en" and category.title_en else \
                category.title
            lines.append(f"{category.code} {title}")
            lines += [f"  {i.label(language):<34} {i.lead:<10} {i.time_limit_days or '':>4}"
                      for i in inside]
    support.emit(args, [item_dict(store, i) for i in found], "\n".join(lines) or tr(
        "The manual has no items."))
    return 0


def _show(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    item = items.find(store, args.code)
    data = item_dict(store, item)
    lines = [item.label(_language()), ""]
    for key in ("category_title", "demand", "lead", "supporting", "what", "how",
                "cooperation", "time_limit_days", "legal_basis", "checklist_items",
                "hotline_categories", "hotline_keywords"):
        value = data[key]
        text = "; ".join(value) if isinstance(value, list) else str(value or "—")
        lines.append(f"{manual_text.field_name(key.removesuffix('_title'))}: {text}")
    support.emit(args, data, "\n".join(lines))
    return 0


def _export(args: argparse.Namespace) -> int:
    count = manual_file.export(support.open_store(args), args.output)
    support.emit(args, {"file": str(args.output), "items": count}, tr(
        "Wrote {file} ({count} items).").format(file=args.output, count=count))
    return 0


def _import(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    plan = manual_file.preview(store, args.file)
    counts = plan.counts
    lines = [", ".join(f"{manual_text.outcome(k)} {v}" for k, v in counts.items())]
    lines += [manual_text.problem(p) for p in plan.problems]
    data: dict[str, Any] = {**counts, "problems": [p.__dict__ for p in plan.problems],
                            "dry_run": args.dry_run, "backup": ""}
    if plan.ok and not args.dry_run:
        data["backup"] = str(manual_file.apply(store, plan))
    elif plan.ok:
        lines.append(tr("(dry run: nothing was written)"))
    else:
        lines.append(tr("Nothing was imported; correct the file and import it again."))
    support.emit(args, data, "\n".join(lines))
    return 0 if plan.ok else 1


def _route(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    router = links.Router(store)
    if args.checklist:
        form, _, name = args.checklist.partition(".")
        item = router.for_checklist(form, name)
    elif args.finding:
        item = routing.finding(store, _finding(store, args.finding), router)
    elif args.work_order:
        order = hotline.get(store, args.work_order.strip())
        if order is None:
            raise UsageProblem(tr("No work order has the number {number}.").format(
                number=args.work_order))
        item = routing.work_order(order, router)
    else:
        item = router.for_text(args.category, args.text)
    support.emit(args, item_dict(store, item) if item else None,
                 manual_text.routed(item, _language()))
    return 0 if item else 1


def _finding(store: db.Store, number: str) -> findings.Finding:
    row = store.db.execute("SELECT id FROM findings WHERE number = ? OR id = ?",
                           [number.strip(), number.strip()]).fetchone()
    if row is None:
        raise UsageProblem(tr("No finding has the number {number}.").format(number=number))
    return findings.get(store, row[0])


def _links(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    router = links.Router(store)
    unrouted_items = [f"{form}.{item}" for form, item in store.db.execute(
        "SELECT DISTINCT v.form_id, i.item FROM checklist_items i JOIN checklist_versions v"
        " ON v.id = i.checklist_version_id WHERE i.scored = 1 ORDER BY 1, 2")
        if router.for_checklist(form, item) is None]
    categories = store.db.execute(
        "SELECT category, count(*) FROM work_orders GROUP BY category ORDER BY 2 DESC"
    ).fetchall()
    unrouted_categories = [{"category": c, "work_orders": n} for c, n in categories
                           if router.for_text(c) is None]
    clashes = [c.__dict__ for c in links.clashes(store)]
    data = {"checklist_items": unrouted_items, "hotline_categories": unrouted_categories,
            "clashes": clashes}
    lines = [tr("Checklist items no manual item covers: {items}").format(
        items=", ".join(unrouted_items) or "—"),
        tr("Hotline categories no manual item covers: {items}").format(items=", ".join(
            f"{c['category'] or '—'} ({c['work_orders']})" for c in unrouted_categories)
            or "—"),
        tr("Links named by several items (the first wins): {items}").format(items="; ".join(
            f"{c['ref']}: {', '.join(c['items'])}" for c in clashes) or "—")]
    support.emit(args, data, "\n".join(lines))
    return 0
