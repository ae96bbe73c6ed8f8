"""What every ``xuncha-cli`` command shares: opening the store, printing, usage errors."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication

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
