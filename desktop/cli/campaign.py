"""The campaign's commands: compounds and hotline imports, rankings, nominations, states.

    xuncha-cli compounds import FILE
    xuncha-cli hotline import FILE [--map FIELD=HEADER] [--preview] [--dry-run] [--json]
    xuncha-cli hotline unmatched | alias TEXT COMPOUND
    xuncha-cli rank --month YYYY-MM [--by compound|street|district] [--limit N] [--category C]
    xuncha-cli nominate --year YYYY [--top 50] [--months 2] [--category C]
    xuncha-cli campaign board | move COMPOUND STATE | warnings [--apply] | settings [--top-n N …]
    xuncha-cli campaign history COMPOUND | cohort [--from YYYY-MM] [--to YYYY-MM]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop import progress, words
from desktop.cli import support
from desktop.cli.support import UsageProblem
from exports.campaign import hotline_import, register
from exports.spreadsheet import column_mapping
from storage.campaign import (
    cohort,
    history,
    hotline,
    matching,
    nominations,
    rankings,
    relapse,
    states,
)
from storage.inspection import compounds
from ui.messages import campaign as campaign_text


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the campaign's commands to ``xuncha-cli``."""
    _add_compounds(commands, common)
    _add_hotline(commands, common)
    rank = commands.add_parser("rank", parents=[common],
                               help=tr("rank compounds, streets or districts by complaints"))
    rank.add_argument("--month", required=True, help=tr("the month, YYYY-MM"))
    rank.add_argument("--by", choices=rankings.LEVELS, default="compound")
    rank.add_argument("--limit", type=support.positive, default=None,
                      help=tr("show only the first N"))
    rank.add_argument("--category", choices=hotline.CATEGORY_KEYS, default=None,
                      help=tr("rank by the complaints of one category (e.g. property)"))
    rank.set_defaults(handler=_rank)
    nominate = commands.add_parser("nominate", parents=[common], help=tr(
        "propose compounds in the monthly top N in at least K months of a year"))
    nominate.add_argument("--year", type=int, required=True)
    nominate.add_argument("--top", type=support.positive, default=None,
                          help=tr("N (default 50)"))
    nominate.add_argument("--months", type=support.positive, default=None,
                          help=tr("K (default 2)"))
    nominate.add_argument("--category", choices=hotline.CATEGORY_KEYS, default=None,
                          help=tr("count the complaints of one category (e.g. property)"))
    nominate.set_defaults(handler=_nominate)
    _add_campaign(commands, common)


def _add_compounds(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("compounds", help=tr("import the register of compounds"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = sub.add_parser("import", parents=[common], help=tr("import compounds from a file"))
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_compounds_import)


def _add_hotline(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("hotline", help=tr("12345 hotline work orders"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = sub.add_parser("import", parents=[common], help=tr("import a hotline export"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                     help=tr("map a field to a column by its header, e.g. number=工单号"))
    imp.add_argument("--preview", action="store_true",
                     help=tr("show the header and mapping found, import nothing"))
    imp.add_argument("--dry-run", action="store_true",
                     help=tr("count what the import would do, change nothing"))
    imp.set_defaults(handler=_hotline_import)
    sub.add_parser("unmatched", parents=[common], help=tr(
        "list the texts no compound was matched to")).set_defaults(handler=_unmatched)
    alias = sub.add_parser("alias", parents=[common], help=tr(
        "confirm a text as another name of a compound"))
    alias.add_argument("text")
    alias.add_argument("compound", help=tr("the compound's id or exact name"))
    alias.add_argument("--district", default="", help=tr("only for this district"))
    alias.set_defaults(handler=_alias)


def _add_campaign(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("campaign", help=tr("the rectification campaign"))
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub.add_parser("board", parents=[common], help=tr("compounds by campaign state")
                   ).set_defaults(handler=_board)
    move = sub.add_parser("move", parents=[common], help=tr("move a compound to a state"))
    move.add_argument("compound", help=tr("the compound's id or exact name"))
    move.add_argument("state", choices=states.STATES)
    move.add_argument("--why", default="")
    move.add_argument("--who", default="", help=tr(
        "who takes the step (default: the officer in the settings)"))
    move.add_argument("--date", type=support.day, default=None,
                      help=tr("YYYY-MM-DD (default today)"))
    move.add_argument("--force", action="store_true",
                      help=tr("close before the observation period ends (with --why)"))
    move.set_defaults(handler=_move)
    warnings = sub.add_parser("warnings", parents=[common], help=tr(
        "compounds that re-entered the monthly top N in observation or after exit"))
    warnings.add_argument("--category", choices=hotline.CATEGORY_KEYS, default=None)
    warnings.add_argument("--apply", action="store_true", help=tr(
        "take them back in: observation → relapsed, closed → enrolled"))
    warnings.add_argument("--who", default="")
    warnings.set_defaults(handler=_warnings)
    history = sub.add_parser("history", parents=[common], help=tr(
        "a compound's course through the campaign"))
    history.add_argument("compound", help=tr("the compound's id or exact name"))
    history.set_defaults(handler=_history)
    cohort = sub.add_parser("cohort", parents=[common], help=tr(
        "the key compounds' complaints year on year, before and after, satisfaction"))
    cohort.add_argument("--from", dest="first", default=None, help=tr("YYYY-MM"))
    cohort.add_argument("--to", dest="last", default=None, help=tr("YYYY-MM"))
    cohort.set_defaults(handler=_cohort)
    settings = sub.add_parser("settings", parents=[common], help=tr(
        "show or change the campaign's numbers"))
    for key in states.DEFAULTS:
        settings.add_argument("--" + key.split(".")[1].replace("_", "-"), type=int,
                              dest=key.split(".")[1], default=None)
    settings.set_defaults(handler=_settings)


def _who(args: argparse.Namespace, store: Any) -> str:
    """Who confirms an import or alias: ``--who`` or the officer in the settings, if any."""
    return getattr(args, "who", "") or store.officer


def _compounds_import(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    report = register.import_file(store, args.file, who=_who(args, store),
                                          progress=progress.bar(tr("Importing compounds")))
    lines = [tr("{rows} rows: {added} new, {updated} updated, {unchanged} unchanged, "
                "{aliases} aliases.").format(**report.as_dict())]
    lines += [campaign_text.problem(p) for p in report.problems]
    support.emit(args, report.as_dict(), "\n".join(lines))
    return 1 if report.problems else 0


def _mapped(preview: hotline_import.Preview, overrides: list[str]) -> None:
    headers = [h.strip() for h in preview.layout.headers]
    for item in overrides:
        field, _, header = item.partition("=")
        if field not in column_mapping.HOTLINE_FIELDS or header.strip() not in headers:
            raise UsageProblem(tr("--map {item}: fields are {fields}; headers are {headers}.")
                         .format(item=item, fields=", ".join(column_mapping.HOTLINE_FIELDS),
                                 headers=", ".join(h for h in headers if h)))
        preview.layout.mapping[field] = headers.index(header.strip())


def _preview_text(preview: hotline_import.Preview) -> str:
    layout = preview.layout
    lines = [tr("Sheet {sheet}, header in row {row}, about {rows} rows; mapping {how}.").format(
        sheet=layout.sheet, row=layout.header_row + 1, rows=preview.total,
        how=tr("remembered") if layout.remembered else tr("guessed"))]
    lines += [f"  {field:<13} {campaign_text.field_name(field)}: "
              f"{layout.headers[layout.mapping[field]] if field in layout.mapping else '—'}"
              for field in column_mapping.HOTLINE_FIELDS]
    return "\n".join(lines)


def _hotline_import(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    preview = hotline_import.inspect(store, args.file)
    _mapped(preview, args.map)
    if args.preview:
        layout = preview.layout
        support.emit(args, {"sheet": layout.sheet, "header_row": layout.header_row + 1,
                                "rows": preview.total, "remembered": layout.remembered,
                                "mapping": {f: layout.headers[i]
                                            for f, i in layout.mapping.items()}},
                         _preview_text(preview))
        return 0
    report = hotline_import.run(store, preview, who=_who(args, store), dry_run=args.dry_run,
                                progress=progress.bar(tr("Importing work orders")))
    lines = [campaign_text.import_summary(report)]
    if args.dry_run:
        lines.append(tr("(dry run: nothing was written)"))
    lines += [campaign_text.problem(p) for p in report.problems]
    if report.unmatched_texts:
        lines.append(tr("Not matched to a compound (confirm with “hotline alias”):"))
        top = sorted(report.unmatched_texts.items(), key=lambda item: -item[1])[:30]
        lines += [f"  {count:>6}  {text}" for text, count in top]
    support.emit(args, report.as_dict(), "\n".join(lines))
    return 0


def _unmatched(args: argparse.Namespace) -> int:
    rows = hotline.unmatched(support.open_store(args))
    support.emit(args, [r.__dict__ for r in rows], "\n".join(
        f"{r.count:>6}  {r.text}  ({r.district} {r.street})" for r in rows)
        or tr("Every work order is matched to a compound."))
    return 0


def _alias(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    target = compounds.resolve(store, args.compound)
    count = matching.confirm_alias(store, args.text, target.id, who=_who(args, store),
                                   district=args.district)
    support.emit(args, {"compound_id": target.id, "matched": count}, tr(
        "“{text}” is now a name of {name}; {count} work orders matched.").format(
        text=args.text, name=target.name, count=count))
    return 0


def _rank(args: argparse.Namespace) -> int:
    try:
        rankings.check_month(args.month)
    except ValueError:
        raise UsageProblem(tr("The month must be written YYYY-MM, e.g. 2026-03.")) from None
    rows = rankings.rank(support.open_store(args), args.month, args.by, args.limit,
                         args.category)
    data = [campaign_text.rank_dict(r) for r in rows]
    text = "\n".join([campaign_text.rank_header(), *map(campaign_text.rank_line, rows)])
    support.emit(args, data, text if rows else tr("No work orders in {month}.").format(
        month=args.month))
    return 0


def _nominate(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = nominations.nominate(store, args.year, args.top, args.months, args.category)
    data = [{"compound_id": n.compound_id, "name": n.name, "district": n.district,
             "street": n.street, "state": n.state, "dismissed": n.dismissed,
             "months": [m.__dict__ for m in n.months]} for n in found]
    lines = [f"{n.district} {n.street} {n.name}: " + ", ".join(
        f"{m.month} #{m.rank} ({m.complaints})" for m in n.months)
        + (f"  [{campaign_text.state_name(n.state)}]" if n.state else "") for n in found]
    support.emit(args, data, "\n".join(lines) or tr("No compound meets the rule."))
    return 0


def _board(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    entries = states.board(store)
    counts = states.counts(store)
    lines = ["  ".join(f"{campaign_text.state_name(s)} {n}" for s, n in counts.items())]
    lines += [f"{campaign_text.state_name(e.state):<8} {e.since} {e.district} {e.street} "
              f"{e.name}  {e.why}" for e in entries]
    support.emit(args, {"counts": counts, "compounds": [e.__dict__ for e in entries]},
          "\n".join(lines))
    return 0


def _move(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    target = compounds.resolve(store, args.compound)
    event = states.move(store, target.id, args.state, who=support.who(args, store),
                        why=args.why, on=args.date, force=args.force)
    support.emit(args, event.__dict__, tr("{name}: {state} since {date}.").format(
        name=target.name, state=campaign_text.state_name(event.state), date=event.on_date))
    return 0


def _warnings(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    found = relapse.pending(store, category=args.category)
    lines = [campaign_text.relapse(r) for r in found] or [tr("No relapses.")]
    if args.apply and found:
        steps = relapse.apply(store, found, who=support.who(args, store))
        lines.append(tr("{count} compounds taken back into the campaign.").format(
            count=len(steps)))
    support.emit(args, [r.__dict__ for r in found], "\n".join(lines))
    return 0


def _history(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    target = compounds.resolve(store, args.compound)
    found = history.of_compound(store, target.id)
    support.emit(args, {"compound": target.name, "steps": [e.__dict__ for e in found.steps],
                        "months": [m.__dict__ for m in found.months],
                        "relapses": [r.__dict__ for r in found.relapses],
                        "dismissals": found.dismissals},
                 "\n".join(campaign_text.history_lines(target.name, found)))
    return 0


def _cohort(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    span = rankings.month_range(store)
    if span is None:
        raise UsageProblem(tr("No work orders in the store."))
    try:
        first = rankings.check_month(args.first or span[0])
        last = rankings.check_month(args.last or span[1])
    except ValueError:
        raise UsageProblem(tr("The month must be written YYYY-MM, e.g. 2026-03.")) from None
    start = dt.date.fromisoformat(first + "-01")
    end = (dt.date.fromisoformat(last + "-01") + dt.timedelta(days=31)).replace(day=1) \
        - dt.timedelta(days=1)
    found = cohort.cohort(store, start, end)
    support.emit(args, campaign_text.cohort_dict(found),
                 "\n".join(campaign_text.cohort_lines(found)))
    return 0


def _settings(args: argparse.Namespace) -> int:
    store = support.open_store(args)
    for key in states.DEFAULTS:
        value = getattr(args, key.split(".")[1])
        if value is not None:
            if value < 1:
                raise UsageProblem(tr("{name} must be at least 1.").format(name=key))
            states.set_setting(store, key, value)
    values = {key: states.setting(store, key) for key in states.DEFAULTS}
    support.emit(args, values, "\n".join(f"{key:<30} {value}" for key, value in values.items()))
    return 0
