"""What every ``xuncha-cli`` command shares: opening the store, printing, usage errors."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from storage import quarters
from storage.forms import checklists
from storage.manual import source as manual_source
from storage.store import db


class UsageProblem(Exception):
    """A mistake in how the command was called, worded for the user."""


def open_store(args: argparse.Namespace) -> db.Store:
    """The store named by ``--db`` (the default one otherwise), with the built-ins."""
    store = db.open_store(args.db or db.default_path())
    checklists.install_builtins(store)
    manual_source.install_builtin(store)
    return store


def date_option(text: str, name: str) -> dt.date | None:
    """An option's date (YYYY-MM-DD), None when not given; a usage problem otherwise."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageProblem(QCoreApplication.translate("", "{name} must be written YYYY-MM-DD.")
                           .format(name=name)) from None


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print the report as JSON with ``--json``, else as text for people."""
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)


def who(args: argparse.Namespace, store: db.Store) -> str:
    """Who does it: ``--who``, else the officer named in the settings; never the login."""
    name = (getattr(args, "who", "") or "").strip() or store.officer
    if not name:
        raise UsageProblem(QCoreApplication.translate(
            "", "Who does this? Give --who NAME, or set the officer's name in the settings "
            "of the window."))
    return name


def day(text: str) -> dt.date:
    """A date typed as YYYY-MM-DD (argparse turns the error into a usage message)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(QCoreApplication.translate(
            "", "not a date (YYYY-MM-DD): {text}").format(text=text)) from None


def quarter(text: str) -> str:
    """A quarter typed as YYYY-Qn, as stored."""
    try:
        return quarters.normal(text)
    except ValueError:
        raise argparse.ArgumentTypeError(QCoreApplication.translate(
            "", "not a quarter (YYYY-Qn): {text}").format(text=text)) from None


def positive(text: str) -> int:
    """A whole number of at least 1 (``--top``, ``--months``)."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(QCoreApplication.translate(
            "", "must be a whole number of at least 1, not {text}").format(text=text))
    return number
