"""The three-ones helpers' commands.

    xuncha-cli helpers summary [--district D] [--street S] [--from D] [--to D] [--json]
    xuncha-cli helpers list [--role leader|secretary|unit] [--find TEXT]
    xuncha-cli helpers show COMPOUND                 its helpers, visits, funds, projects
    xuncha-cli helpers add --role R --name N [--post --unit --contact --phone --district]
    xuncha-cli helpers assign COMPOUND HELPER [--since D] [--reason R] [--replace]
    xuncha-cli helpers end COMPOUND HELPER [--until D] [--reason R]
    xuncha-cli helpers visit COMPOUND --day D --decisions TEXT [--helper H] …
    xuncha-cli helpers fund COMPOUND --amount 12.5 --day D [--source S] [--use U] …
    xuncha-cli helpers project COMPOUND --name N [--budget B] [--state S] [--photo F] …
    xuncha-cli helpers import FILE [--map FIELD=HEADER] [--preview] [--dry-run]
    xuncha-cli helpers template -o FILE.xlsx         an empty roster to fill in
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from desktop import progress, words
from desktop.cli import support
from desktop.cli.support import UsageProblem
from exports.roster import roster_file
from storage import clock
from storage.helpers import assignments, people, summary, work
from storage.inspection import compounds
from storage.store import db, photos
from ui.messages import helpers as helper_text


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("helpers", help=tr(
        "three-ones helpers: leaders, red-collar secretaries, units, their work"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    _add_summary(sub, common)
    listing = sub.add_parser("list", parents=[common], help=tr("list people and units"))
    listing.add_argument("--role", choices=people.ROLES, default="")
    listing.add_argument("--find", default="", help=tr("text in the name, post, unit or phone"))
    listing.set_defaults(handler=_list)
    show = sub.add_parser("show", parents=[common], help=tr(
        "a compound's helpers, visits, funds and projects"))
    show.add_argument("compound", help=tr("the compound's id or name"))
    show.set_defaults(handler=_show)
    _add_editing(sub, common)
    _add_import(sub, common)


def _add_summary(sub: Any, common: argparse.ArgumentParser) -> None:
    found = sub.add_parser("summary", parents=[common], help=tr(
        "totals for the city, a district or a street: people, units, funds, projects"))
    found.add_argument("--district", default="")
    found.add_argument("--street", default="")
    found.add_argument("--from", dest="start", type=support.day, default=None,
                       help=tr("YYYY-MM-DD"))
    found.add_argument("--to", dest="end", type=support.day, default=None,
                       help=tr("YYYY-MM-DD"))
    found.add_argument("--on", type=support.day, default=None,
                       help=tr("count the helpers of this day"))
    found.set_defaults(handler=_summary)


def _add_editing(sub: Any, common: argparse.ArgumentParser) -> None:
    add = sub.add_parser("add", parents=[common], help=tr("add a person or a unit"))
    add.add_argument("--role", choices=people.ROLES, required=True)
    add.add_argument("--name", required=True)
    for name in ("post", "unit", "contact", "phone", "district", "note"):
        add.add_argument(f"--{name}", default="")
    add.set_defaults(handler=_add)
    assign = sub.add_parser("assign", parents=[common], help=tr(
        "assign a helper to a compound (a new leader or secretary replaces the one before)"))
    assign.add_argument("compound")
    assign.add_argument("helper", help=tr("the helper's id or name"))
    assign.add_argument("--since", default="", help=tr("YYYY-MM-DD (default today)"))
    assign.add_argument("--reason", default="")
    assign.add_argument("--replace", action="store_true", help=tr("a unit replaces the units"))
    assign.set_defaults(handler=_assign)
    end = sub.add_parser("end", parents=[common], help=tr(
        "end a helper's assignment to a compound (nobody replaces them)"))
    end.add_argument("compound")
    end.add_argument("helper", help=tr("the helper's id or name"))
    end.add_argument("--until", type=support.day, default=None,
                     help=tr("the last day, YYYY-MM-DD (default today)"))
    end.add_argument("--reason", default="")
    end.set_defaults(handler=_end)
    visit = sub.add_parser("visit", parents=[common], help=tr("record a visit"))
    visit.add_argument("compound")
    visit.add_argument("--day", default="", help=tr("YYYY-MM-DD (default today)"))
    visit.add_argument("--helper", default="", help=tr("who came (id or name)"))
    visit.add_argument("--people", default="", help=tr("who else took part"))
    visit.add_argument("--purpose", default="")
    visit.add_argument("--decisions", default="", help=tr("what was decided"))
    visit.set_defaults(handler=_visit)
    fund = sub.add_parser("fund", parents=[common], help=tr("record funds brought (万元)"))
    fund.add_argument("compound")
    fund.add_argument("--amount", required=True, help=tr("in 10,000 yuan (万元), e.g. 12.5"))
    fund.add_argument("--day", default="", help=tr("YYYY-MM-DD (default today)"))
    fund.add_argument("--helper", default="")
    fund.add_argument("--source", default="")
    fund.add_argument("--use", default="")
    fund.set_defaults(handler=_fund)
    _add_project(sub, common)


def _add_project(sub: Any, common: argparse.ArgumentParser) -> None:
    project = sub.add_parser("project", parents=[common], help=tr(
        "add a livelihood project, or change one (--id)"))
    project.add_argument("compound")
    project.add_argument("--id", default="", help=tr("the project to change"))
    project.add_argument("--name", default="")
    project.add_argument("--budget", default=None, help=tr("in 10,000 yuan (万元)"))
    project.add_argument("--state", choices=work.PROJECT_STATES, default=None)
    project.add_argument("--start", default=None)
    project.add_argument("--finish", default=None)
    project.add_argument("--helper", default="")
    project.add_argument("--description", default=None)
    project.add_argument("--photo", type=Path, action="append", default=[])
    project.set_defaults(handler=_project)


def _add_import(sub: Any, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser("import", parents=[common], help=tr(
        "import the roster counties keep (a row per compound)"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                     help=tr("map a field to a column by its header (电话#2 for the second)"))
    imp.add_argument("--preview", action="store_true",
                     help=tr("show the header and mapping found, import nothing"))
    imp.add_argument("--dry-run", action="store_true",
                     help=tr("count what the import would do, change nothing"))
    imp.set_defaults(handler=_import)
    template = sub.add_parser("template", parents=[common], help=tr(
        "write an empty roster to fill in"))
    template.add_argument("-o", "--output", type=Path, required=True)
    template.set_defaults(handler=_template)


def _summary(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = summary.summary(store, summary.Area(args.district, args.street),
                            start=args.start, end=args.end, on=args.on)
    support.emit(args, found.as_dict(), "\n".join(helper_text.summary_lines(found)))
    return 0


def _helper_dict(helper: people.Helper) -> dict[str, Any]:
    return {**helper.content(), "id": helper.id, "deleted": helper.deleted}


def _list(args: argparse.Namespace) -> int:
    found = people.search(support.open_store(args), args.find, role=args.role)
    support.emit(args, [_helper_dict(h) for h in found], "\n".join(
        f"{helper_text.role_name(h.role):<12} {h.label():<28} {h.unit or h.contact:<16} "
        f"{h.phone:<14} {h.district}" for h in found) or tr("No helpers yet."))
    return 0


def compound_report(store: db.Store, compound_id: str) -> dict[str, Any]:
    """Everything about one compound's helpers, as the command and the tests read it."""
    def name(helper_id: str | None) -> str:
        return people.get(store, helper_id).label() if helper_id else ""
    today = clock.today_local()
    return {
        "assignments": [{**a.content(), "helper": name(a.helper_id), "active": a.active(today),
                         "id": a.id} for a in assignments.for_compound(store, compound_id)],
        "visits": [{**work.content(v), "helper": name(v.helper_id), "id": v.id}
                   for v in work.visits(store, compound_id)],
        "funds": [{**work.content(f), "helper": name(f.helper_id), "id": f.id}
                  for f in work.funds(store, compound_id)],
        "projects": [{**work.content(p), "helper": name(p.helper_id), "id": p.id}
                     for p in work.projects(store, compound_id)],
    }


def _show(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    compound = compounds.resolve(store, args.compound)
    data = {"compound": compound.name, "compound_id": compound.id,
            **compound_report(store, compound.id)}
    lines = [compound.name]
    lines += [f"  {helper_text.role_name(a['role']):<12} {a['helper']:<28} {a['since']} – "
              f"{a['until'] or tr('now')}  {a['reason']}" for a in data["assignments"]]
    lines += [tr("Visits:")] + [f"  {v['day']} {v['helper']}: {v['purpose']} → "
                                f"{v['decisions']}" for v in data["visits"]]
    lines += [tr("Funds (10,000 yuan):")] + [
        f"  {f['day']} {helper_text.wan(f['amount_wan']):>10} {f['source']} {f['use']}"
        for f in data["funds"]]
    lines += [tr("Livelihood projects:")] + [
        f"  {p['name']} ({helper_text.project_state(p['state'])}) "
        f"{helper_text.wan(p['budget_wan'])} {p['start'] or ''} – {p['finish'] or ''}"
        for p in data["projects"]]
    support.emit(args, data, "\n".join(lines))
    return 0


def _add(args: argparse.Namespace) -> int:
    helper = people.save(support.open_store(args), people.Helper(
        args.role, args.name, post=args.post, unit=args.unit, contact=args.contact,
        phone=args.phone, district=args.district, note=args.note))
    support.emit(args, _helper_dict(helper), tr("Added {name} ({role}).").format(
        name=helper.label(), role=helper_text.role_name(helper.role)))
    return 0


def _assign(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    compound = compounds.resolve(store, args.compound)
    helper = people.resolve(store, args.helper)
    made = assignments.assign(store, compound.id, helper.id, since=args.since or None,
                              reason=args.reason, replace=args.replace)
    support.emit(args, {**made.content(), "id": made.id}, tr(
        "{helper} helps {compound} as {role} since {since}.").format(
        helper=helper.label(), compound=compound.name, role=helper_text.role_name(made.role),
        since=made.since))
    return 0


def _end(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    compound = compounds.resolve(store, args.compound)
    helper = people.resolve(store, args.helper)
    current = [a for a in assignments.current(store, compound.id) if a.helper_id == helper.id]
    if not current:
        raise UsageProblem(tr("{helper} does not help {compound} now.").format(
            helper=helper.label(), compound=compound.name))
    until = args.until or clock.today_local()
    ended = assignments.end(store, current[0], until.isoformat(), args.reason)
    support.emit(args, {**ended.content(), "id": ended.id}, tr(
        "{helper} helped {compound} until {until}.").format(
        helper=helper.label(), compound=compound.name, until=ended.until))
    return 0


def _who(store: db.Store, text: str) -> str | None:
    return people.resolve(store, text).id if text else None


def _today(text: str) -> str:
    return text or clock.today_local().isoformat()


def _visit(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    compound = compounds.resolve(store, args.compound)
    visit = work.save_visit(store, work.Visit(
        compound.id, _today(args.day), _who(store, args.helper), people=args.people,
        purpose=args.purpose, decisions=args.decisions))
    support.emit(args, {**work.content(visit), "id": visit.id}, tr(
        "Visit of {day} recorded for {compound}.").format(day=visit.day, compound=compound.name))
    return 0


def _fund(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    compound = compounds.resolve(store, args.compound)
    fund = work.save_fund(store, work.Fund(
        compound.id, work.wan(args.amount) or 0.0, _today(args.day), _who(store, args.helper),
        source=args.source, use=args.use))
    support.emit(args, {**work.content(fund), "id": fund.id}, tr(
        "{amount} (10,000 yuan) recorded for {compound}.").format(
        amount=helper_text.wan(fund.amount_wan), compound=compound.name))
    return 0


def _project(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    compound = compounds.resolve(store, args.compound)
    project = work.get_project(store, args.id) if args.id else work.Project(args.name,
                                                                             compound.id)
    for name in ("name", "state", "start", "finish", "description"):
        value = getattr(args, name)
        if value not in (None, ""):
            setattr(project, name, value)
    if args.budget is not None:
        project.budget_wan = work.wan(args.budget, "budget_wan", optional=True)
    if args.helper:
        project.helper_id = _who(store, args.helper)
    project.attachments += [{"photo": photos.add(store, path).sha256, "item": "",
                             "caption": path.stem} for path in args.photo]
    saved = work.save_project(store, project)
    support.emit(args, {**work.content(saved), "id": saved.id}, tr(
        "Project {name} of {compound}: {state}.").format(
        name=saved.name, compound=compound.name, state=helper_text.project_state(saved.state)))
    return 0


def _mapped(preview: roster_file.Preview, overrides: list[str]) -> None:
    headers = preview.layout.headers
    for item in overrides:
        field, _, header = item.partition("=")
        index = roster_file.column_index(headers, header)
        if field not in roster_file.ALL_FIELDS or index is None:
            raise UsageProblem(tr("--map {item}: fields are {fields}; headers are {headers}.")
                               .format(item=item, fields=", ".join(roster_file.ALL_FIELDS),
                                       headers=", ".join(roster_file.column_label(headers, n)
                                                         for n, h in enumerate(headers) if h)))
        preview.layout.mapping[field] = index


def _import(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    preview = roster_file.inspect(store, args.file)
    _mapped(preview, args.map)
    layout = preview.layout
    mapping = {f: roster_file.column_label(layout.headers, i) for f, i in layout.mapping.items()}
    if args.preview:
        lines = [tr("Sheet {sheet}, header in row {row}, {rows} rows; mapping {how}.").format(
            sheet=layout.sheet, row=layout.header_row + 1, rows=len(preview.rows),
            how=tr("remembered") if layout.remembered else tr("guessed"))]
        lines += [f"  {f:<18} {helper_text.field_name(f)}: {mapping.get(f, '—')}"
                  for f in roster_file.ALL_FIELDS]
        support.emit(args, {"sheet": layout.sheet, "header_row": layout.header_row + 1,
                            "rows": len(preview.rows), "remembered": layout.remembered,
                            "mapping": mapping}, "\n".join(lines))
        return 0
    report = roster_file.run(store, preview, who=getpass.getuser(), dry_run=args.dry_run,
                        progress=progress.bar(tr("Importing helpers")))
    lines = [helper_text.import_summary(report)]
    if args.dry_run:
        lines.append(tr("(dry run: nothing was written)"))
    lines += [helper_text.problem(p) for p in report.problems]
    support.emit(args, report.as_dict(), "\n".join(lines))
    return 1 if report.problems else 0


def _template(args: argparse.Namespace) -> int:
    roster_file.template(args.output)
    support.emit(args, {"file": str(args.output)}, tr("Wrote {file}.").format(
        file=args.output))
    return 0
