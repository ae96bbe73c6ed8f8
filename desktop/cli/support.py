"""What every ``xuncha-cli`` command shares: opening the store, printing, usage errors."""

from __future__ import annotations

import argparse
import json
from typing import Any

from storage.forms import checklists
from storage.store import db, photos


class UsageProblem(Exception):
    """A mistake in how the command was called, worded for the user."""


def open_store(args: argparse.Namespace) -> db.Store:
    """The store named by ``--db`` (the default one otherwise), with the built-ins."""
    store = db.open_store(args.db or db.default_path())
    checklists.install_builtins(store)
    photos.sweep(store)  # what a killed import copied in and never recorded
    return store


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print the report as JSON with ``--json``, else as text for people."""
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)
