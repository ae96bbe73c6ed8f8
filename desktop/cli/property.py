"""Property companies and their evaluation (抓物业攻坚) on the command line.

    xuncha-cli property company NAME [--code C] [--contact P] [--phone T] [--address A]
    xuncha-cli property companies [--search TEXT]
    xuncha-cli property assign COMPANY COMPOUND [--date D] [--manager M] [--reason R]
    xuncha-cli property check COMPOUND --inspector NAME [--score N] [--findings T] [--photo F …]
    xuncha-cli property measure supervision|interview|manager_replacement|expulsion COMPANY
                                --reason R [--compound C] [--new-manager M] [--date D]
    xuncha-cli property outcome MEASURE_ID TEXT [--date D]
    xuncha-cli property record COMPANY            a company's record across its compounds
    xuncha-cli property weights --quarter Q [--party-branch N --satisfaction N …]
    xuncha-cli property score --quarter Q COMPOUND [--party-branch N] [--satisfaction N]
    xuncha-cli property template --quarter Q -o DIR   one workbook per street
    xuncha-cli property import FILE… [--dry-run]
    xuncha-cli property evaluate --quarter Q [--by-company]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop import words
from desktop.cli import support
from desktop.cli import sync as sync_cli
from desktop.cli.support import UsageProblem
from exports.property import workbooks
from storage import clock
from storage.inspection import compounds
from storage.property import checks, companies, evaluation, measures, projects, record
from storage.store.db import Store
from ui.messages import property as property_text


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``property`` and its actions to the command line."""
    group = commands.add_parser("property", help=tr(
        "property companies, their measures and evaluation (抓物业攻坚)"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    quarterly = argparse.ArgumentParser(add_help=False, parents=[common])
    quarterly.add_argument("--quarter", type=support.quarter, required=True,
                           help=tr("the quarter, e.g. 2026-Q4"))
    dated = argparse.ArgumentParser(add_help=False, parents=[common])
    dated.add_argument("--date", type=support.day, help=tr("YYYY-MM-DD (default today)"))
    _add_records(sub, common, dated)
    _add_evaluation(sub, quarterly, common)


def _add_records(sub: Any, common: argparse.ArgumentParser,
                 dated: argparse.ArgumentParser) -> None:
    company = sub.add_parser("company", parents=[common], help=tr(
        "add a company, or change the one with this name or credit code"))
    company.add_argument("name")
    for option in ("code", "contact", "phone", "address"):
        company.add_argument(f"--{option}", default=None)
    company.set_defaults(handler=_company)
    listing = sub.add_parser("companies", parents=[common], help=tr("list the companies"))
    listing.add_argument("--search", default="")
    listing.set_defaults(handler=_companies)
    assign = sub.add_parser("assign", parents=[dated], help=tr(
        "a company manages a compound from a day on"))
    assign.add_argument("company")
    assign.add_argument("compound")
    assign.add_argument("--manager", default="", help=tr("the project manager"))
    assign.add_argument("--phone", default="")
    assign.add_argument("--reason", default="", help=tr(
        "why the company before leaves (needed when there is one)"))
    assign.set_defaults(handler=_assign)
    check = sub.add_parser("check", parents=[dated], help=tr(
        "record a covert check (暗访) of a compound's property project"))
    check.add_argument("compound")
    check.add_argument("--inspector", required=True)
    check.add_argument("--findings", default="")
    check.add_argument("--score", default=None, help=tr("0 to 100"))
    check.add_argument("--photo", action="append", type=Path, default=[])
    check.set_defaults(handler=_check)
    measure = sub.add_parser("measure", parents=[dated], help=tr(
        "take a measure against a company"))
    measure.add_argument("kind", choices=measures.MEASURES)
    measure.add_argument("company")
    measure.add_argument("--reason", required=True)
    measure.add_argument("--compound", default="", help=tr("the compound it concerns"))
    measure.add_argument("--new-manager", default="")
    measure.add_argument("--phone", default="")
    measure.add_argument("--who", default="", help=tr(
        "who issues it (default: the officer in the settings)"))
    measure.set_defaults(handler=_measure)
    outcome = sub.add_parser("outcome", parents=[dated], help=tr(
        "what came of a measure"))
    outcome.add_argument("measure", help=tr("the measure's id"))
    outcome.add_argument("text")
    outcome.set_defaults(handler=_outcome)
    history = sub.add_parser("record", parents=[common], help=tr(
        "a company's record across all its compounds"))
    history.add_argument("company")
    history.set_defaults(handler=_record)


def _add_evaluation(sub: Any, quarterly: argparse.ArgumentParser,
                    common: argparse.ArgumentParser) -> None:
    weights = sub.add_parser("weights", parents=[quarterly], help=tr(
        "show or change how the quarter's evaluation weighs its parts (per cent)"))
    for part in evaluation.PARTS:
        weights.add_argument("--" + part.replace("_", "-"), type=float, dest=part)
    weights.set_defaults(handler=_weights)
    score = sub.add_parser("score", parents=[quarterly], help=tr(
        "the party branch's score (and survey) of a compound's property project"))
    score.add_argument("compound")
    score.add_argument("--party-branch", default=None, help=tr("0 to 100"))
    score.add_argument("--satisfaction", default=None, help=tr("surveyed, per cent"))
    score.set_defaults(handler=_score)
    sync_cli.add_template_commands(
        sub, quarterly, common, workbooks,
        tr("write one workbook per street for the party branches' scores"),
        tr("import the streets' filled-in workbooks"))
    evaluate = sub.add_parser("evaluate", parents=[quarterly], help=tr(
        "evaluate and rank the property projects of a quarter"))
    evaluate.add_argument("--by-company", action="store_true", help=tr(
        "rank the companies by the mean of their projects"))
    evaluate.set_defaults(handler=_evaluate)


def _today(args: argparse.Namespace) -> Any:
    return args.date or clock.today_local()


def _company(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    try:
        found = companies.resolve(store, args.code or args.name)
    except companies.UnknownCompany:
        found = companies.Company(args.name)
    found.name = args.name
    for option, attribute in (("code", "credit_code"), ("contact", "contact"),
                              ("phone", "phone"), ("address", "address")):
        if getattr(args, option) is not None:
            setattr(found, attribute, getattr(args, option))
    saved = companies.save(store, found)
    support.emit(args, saved.__dict__, tr("{name} ({code}) saved.").format(
        name=saved.name, code=saved.credit_code or "—"))
    return 0


def _companies(args: argparse.Namespace) -> int:
    found = companies.search(support.open_store(args), args.search)
    support.emit(args, [c.__dict__ for c in found], "\n".join(
        f"{c.credit_code or '—':<18}  {c.name}  {c.contact} {c.phone}" for c in found)
        or tr("No companies."))
    return 0


def _project_of(store: Store, compound: str) -> projects.Project:
    place = compounds.resolve(store, compound)
    project = projects.current(store, place.id)
    if project is None:
        raise UsageProblem(tr("No company manages {name} now.").format(name=place.name))
    return project


def _assign(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    company = companies.resolve(store, args.company)
    place = compounds.resolve(store, args.compound)
    project = projects.assign(store, company.id, place.id, _today(args), manager=args.manager,
                              phone=args.phone, reason=args.reason)
    support.emit(args, project.__dict__, tr("{company} manages {compound} from {date}.").format(
        company=company.name, compound=place.name, date=project.started_on))
    return 0


def _check(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    project = _project_of(store, args.compound)
    found = checks.record(store, project.id, checked_on=_today(args), inspector=args.inspector,
                          findings=args.findings, score=args.score, pictures=args.photo)
    support.emit(args, found.__dict__, tr("Covert check recorded ({photos} photos).").format(
        photos=len(found.attachments)))
    return 0


def _measure(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    company = companies.resolve(store, args.company)
    project = _project_of(store, args.compound) if args.compound else None
    taken = measures.take(store, args.kind, company.id, on=_today(args), reason=args.reason,
                          project_id=project.id if project else None,
                          issued_by=support.who(args, store), new_manager=args.new_manager,
                          phone=args.phone)
    support.emit(args, taken.__dict__, tr("{measure} of {company} on {date} ({id}).").format(
        measure=property_text.measure_name(taken.measure), company=company.name,
        date=taken.taken_on, id=taken.id))
    return 0


def _outcome(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    done = measures.record_outcome(store, args.measure, args.text, _today(args))
    support.emit(args, done.__dict__, tr("Outcome recorded."))
    return 0


def _record(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = record.of_company(store, companies.resolve(store, args.company).id)
    support.emit(args, _record_dict(found), "\n".join(property_text.record_lines(found)))
    return 0


def _record_dict(found: record.CompanyRecord) -> dict[str, Any]:
    return {"company": found.company.__dict__, "tally": found.tally,
            "projects": [{"compound": r.compound.name, **r.project.__dict__,
                          "managers": [m.__dict__ for m in r.managers],
                          "covert_checks": len(r.checks),
                          "results": [{"quarter": x.quarter,
                                       "total": x.total, "rank": x.rank, "grade": x.grade}
                                      for x in r.results]} for r in found.projects],
            "measures": [m.__dict__ for m in found.measures]}


def _weights(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    given = {p: getattr(args, p) for p in evaluation.PARTS if getattr(args, p) is not None}
    found = evaluation.set_scheme(store, args.quarter, **given) if given else \
        evaluation.scheme(store, args.quarter)
    support.emit(args, found.weights(), "\n".join(
        f"{property_text.part_name(p):<12} {w:g} %" for p, w in found.weights().items()))
    return 0


def _score(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    project = _project_of(store, args.compound)
    given = evaluation.give(store, args.quarter, project.id,
                            party_branch_score=args.party_branch, satisfaction=args.satisfaction,
                            assessor=support.who(args, store))
    support.emit(args, given.__dict__, tr("Recorded."))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    results = evaluation.evaluate(support.open_store(args), args.quarter)
    if args.by_company:
        ranked = evaluation.by_company(results)
        support.emit(args, [c.__dict__ for c in ranked], "\n".join(
            f"{c.rank or '—':>4}  {property_text.score(c.mean):>6}  {c.evaluated}/{c.projects}"
            f"  {c.name}" for c in ranked) or tr("No projects in {quarter}.").format(
            quarter=args.quarter))
        return 0
    support.emit(args, [property_text.result_dict(r) for r in results], "\n".join(
        [property_text.result_header(), *map(property_text.result_line, results)])
        if results else tr("No projects in {quarter}.").format(quarter=args.quarter))
    return 0
