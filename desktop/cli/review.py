"""The street quarterly review (提级述职) on the command line.

    xuncha-cli review setup --quarter Q [--department NAME …] [--criterion NAME:WEIGHT:MAX …]
                            [--street DISTRICT/STREET[/SECRETARY] … | --all-streets]
                            [--drop-extremes | --keep-extremes] [--lagging N] [--meeting DATE]
    xuncha-cli review show --quarter Q            the configuration and who has scored
    xuncha-cli review template --quarter Q -o DIR one workbook per department
    xuncha-cli review import FILE… [--dry-run]    the departments' workbooks, safely
    xuncha-cli review rank --quarter Q            totals, ranks, change, hotline figures
    xuncha-cli review interview --quarter Q STREET --by NAME [--date D] [--commitments T]
    xuncha-cli review follow-up ID --outcome kept|partly|not_kept --text T [--date D]
    xuncha-cli review interviews [--quarter Q]
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop import words
from desktop.cli import support
from desktop.cli import sync as sync_cli
from desktop.cli.support import UsageProblem
from exports.review import workbooks
from storage import clock
from storage.review import interviews, plans, ranking
from storage.review.plans import Plan
from ui.messages import review as review_text


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``review`` and its actions to the command line."""
    group = commands.add_parser("review", help=tr("the streets' quarterly review (提级述职)"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    quarterly = argparse.ArgumentParser(add_help=False, parents=[common])
    quarterly.add_argument("--quarter", type=support.quarter, required=True,
                           help=tr("the quarter, e.g. 2026-Q4"))
    _add_setup(sub, quarterly)
    sub.add_parser("show", parents=[quarterly], help=tr(
        "the quarter's departments, criteria, streets and who has scored")).set_defaults(
        handler=_show)
    sync_cli.add_template_commands(
        sub, quarterly, common, workbooks, tr("write one score workbook per department"),
        tr("import the departments' filled-in workbooks"))
    sub.add_parser("rank", parents=[quarterly], help=tr(
        "rank the streets by their weighted totals")).set_defaults(handler=_rank)
    _add_interviews(sub, common, quarterly)


def _add_setup(sub: Any, quarterly: argparse.ArgumentParser) -> None:
    setup = sub.add_parser("setup", parents=[quarterly], help=tr(
        "set up or change a quarter's review (the quarter before is the starting point)"))
    setup.add_argument("--department", action="append", help=tr(
        "a scoring department; repeat for each (replaces the list)"))
    setup.add_argument("--criterion", action="append", metavar="NAME:WEIGHT:MAX", help=tr(
        "a criterion with its weight and maximum score; repeat (replaces the list)"))
    setup.add_argument("--street", action="append", metavar="DISTRICT/STREET[/SECRETARY]",
                       help=tr("a reporting street; repeat (replaces the list)"))
    setup.add_argument("--all-streets", action="store_true", help=tr(
        "every street that has compounds reports"))
    extremes = setup.add_mutually_exclusive_group()
    extremes.add_argument("--drop-extremes", action="store_true", default=None, help=tr(
        "leave out each street's highest and lowest department score"))
    extremes.add_argument("--keep-extremes", dest="drop_extremes", action="store_false")
    setup.add_argument("--lagging", type=int, help=tr(
        "how many streets at the bottom are named as lagging (default 3)"))
    setup.add_argument("--meeting", type=support.day, help=tr("the day of the review meeting"))
    setup.set_defaults(handler=_setup)


def _add_interviews(sub: Any, common: argparse.ArgumentParser,
                    quarterly: argparse.ArgumentParser) -> None:
    held = sub.add_parser("interview", parents=[quarterly], help=tr(
        "record an interview (约谈) of a street's secretary"))
    held.add_argument("street", help=tr("the street, e.g. 兰山街道"))
    held.add_argument("--by", required=True, help=tr("who held the interview"))
    held.add_argument("--secretary", default="", help=tr(
        "who was interviewed (default: the street's secretary)"))
    held.add_argument("--date", type=support.day, help=tr("YYYY-MM-DD (default today)"))
    held.add_argument("--reason", default="")
    held.add_argument("--commitments", default="")
    held.set_defaults(handler=_interview)
    follow = sub.add_parser("follow-up", parents=[common], help=tr(
        "write what became of an interview's commitments"))
    follow.add_argument("interview", help=tr("the interview's id"))
    follow.add_argument("--outcome", required=True, choices=interviews.OUTCOMES[1:])
    follow.add_argument("--text", default="")
    follow.add_argument("--date", type=support.day, help=tr("YYYY-MM-DD (default today)"))
    follow.set_defaults(handler=_follow_up)
    listing = sub.add_parser("interviews", parents=[common], help=tr(
        "list the interviews (of a quarter) and their follow-up"))
    listing.add_argument("--quarter", type=support.quarter)
    listing.set_defaults(handler=_interviews)


def _streets(args: argparse.Namespace, store: Any) -> list[tuple[str, str, str]] | None:
    if args.all_streets:
        return [(d, s, "") for d, s in store.db.execute(
            "SELECT DISTINCT district, street FROM compounds WHERE deleted = 0 AND street <> ''"
            " ORDER BY district, street")]
    return [plans.parse_street(text) for text in args.street] if args.street else None


def _setup(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    criteria = [plans.parse_criterion(t) for t in args.criterion] if args.criterion else None
    plan = plans.setup(store, args.quarter, departments=args.department,
                       criteria=criteria, streets=_streets(args, store),
                       drop_extremes=args.drop_extremes, lagging=args.lagging,
                       meeting_date=args.meeting)
    support.emit(args, _plan_dict(plan), "\n".join(_plan_lines(plan)))
    return 0


def _plan_dict(plan: Plan) -> dict[str, Any]:
    return {"quarter": plan.quarter, "meeting_date": plan.settings.meeting_date,
            "drop_extremes": plan.settings.drop_extremes, "lagging": plan.settings.lagging,
            "departments": [{"id": d.id, "name": d.name} for d in plan.departments],
            "criteria": [{"id": c.id, "name": c.name, "weight": c.weight,
                          "max_score": c.max_score} for c in plan.criteria],
            "streets": [{"id": s.id, "district": s.district, "street": s.street,
                         "secretary": s.secretary} for s in plan.streets]}


def _plan_lines(plan: Plan) -> list[str]:
    lines = [tr("Review of {quarter}: {departments} departments, {criteria} criteria, "
                "{streets} streets; highest and lowest dropped: {drop}; lagging: {lagging}."
                ).format(quarter=plan.quarter, departments=len(plan.departments),
                         criteria=len(plan.criteria), streets=len(plan.streets),
                         drop=tr("yes") if plan.settings.drop_extremes else tr("no"),
                         lagging=plan.settings.lagging)]
    lines += ["  " + "、".join(d.name for d in plan.departments)]
    lines += [f"  {c.name}  {c.weight:g} / {c.max_score:g}" for c in plan.criteria]
    lines += [f"  {s.label}  {s.secretary}" for s in plan.streets]
    return lines


def _show(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = ranking.rank(store, args.quarter, with_previous=False)
    data = {**_plan_dict(found.plan), "coverage": [
        {"department": c.department.name, "given": c.given, "expected": c.expected}
        for c in found.coverage]}
    lines = _plan_lines(found.plan) + review_text.coverage_lines(found)
    support.emit(args, data, "\n".join(lines))
    return 0


def _rank(args: argparse.Namespace) -> int:
    found = ranking.rank(support.open_store(args), args.quarter)
    support.emit(args, [review_text.result_dict(r) for r in found.results],
                 "\n".join(review_text.ranking_lines(found)))
    return 0


def _interview(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    plan = plans.require(store, args.quarter)
    matches = [s for s in plan.streets if args.street.strip() in (s.street, s.label, s.id)]
    if len(matches) != 1:
        raise UsageProblem(tr("“{street}” is not one reporting street of {quarter}: {known}")
                           .format(street=args.street, quarter=plan.quarter,
                                   known="、".join(s.label for s in plan.streets)))
    record = interviews.hold(store, plan.quarter, matches[0].id, interviewer=args.by,
                             held_on=args.date or clock.today_local(),
                             interviewee=args.secretary, reason=args.reason,
                             commitments=args.commitments)
    support.emit(args, record.__dict__, tr("Interview {id} of {name} recorded.").format(
        id=record.id, name=record.interviewee))
    return 0


def _follow_up(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    try:
        record = interviews.follow_up(store, args.interview, text=args.text,
                                      outcome=args.outcome,
                                      on=args.date or clock.today_local())
    except KeyError:
        raise UsageProblem(tr("No interview has the id {id}.").format(
            id=args.interview)) from None
    support.emit(args, record.__dict__, tr("{name}: {outcome}.").format(
        name=record.interviewee, outcome=review_text.outcome_name(record.outcome)))
    return 0


def _interviews(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = interviews.of_quarter(store, args.quarter)
    lines = [f"{i.held_on} {i.quarter} {i.interviewee} ← {i.interviewer}: {i.commitments}  "
             f"[{review_text.outcome_name(i.outcome)}] {i.follow_up}  ({i.id})" for i in found]
    support.emit(args, [i.__dict__ for i in found], "\n".join(lines) or tr("No interviews."))
    return 0
