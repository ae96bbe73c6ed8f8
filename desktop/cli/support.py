"""What every ``xuncha-cli`` command shares: opening the store, passphrases, printing, errors."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop import words
from storage.store import access_log, db, photos

PASSPHRASE = "XUNCHA_PASSPHRASE"  # an encrypted store's passphrase, for scripts
NEW_PASSPHRASE = "XUNCHA_NEW_PASSPHRASE"  # the new one, for change-passphrase
EXPORT_PASSWORD = "XUNCHA_EXPORT_PASSWORD"  # the password of encrypted workbooks


def tr(text: str) -> str:
    return words.translate("", text)


class UsageProblem(Exception):
    """A mistake in how the command was called, worded for the user."""


def store_path(args: argparse.Namespace) -> Path:
    return Path(args.db or db.default_path())


def open_store(args: argparse.Namespace, *, new_passphrase: str | None = None,
               builtins: bool = True) -> db.Store:
    """The store named by ``--db`` (the default one otherwise), with the built-ins.

    An encrypted store asks for its passphrase (``XUNCHA_PASSPHRASE``, else a prompt); a
    new store is created encrypted with ``new_passphrase``. The opening is logged. A
    command that only reads (``check``) goes without ``builtins``: the built-in checklists
    and manual, and the form model they load, are installed by every other command.
    """
    path = store_path(args)
    passphrase = new_passphrase
    if db.is_encrypted(path):
        passphrase = secret(PASSPHRASE, tr("Passphrase of {path}: ").format(path=path))
    store = db.open_store(path, passphrase=passphrase)
    if builtins:
        from storage.forms import checklists  # noqa: PLC0415 - the form model, not for check
        from storage.manual import source as manual_source  # noqa: PLC0415

        checklists.install_builtins(store)
        manual_source.install_builtin(store)
    photos.sweep(store)  # what a killed import copied in and never recorded
    access_log.record(store, "open", f"xuncha-cli {args.command}")
    return store


def secret(variable: str, prompt: str, *, confirm: bool = False) -> str:
    """A passphrase or password: from ``variable``, else typed (twice with ``confirm``).

    Without a terminal to type in, and without the variable, the command cannot go on.
    """
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageProblem(tr("{what} is needed: set {variable}, or run the command in a "
                              "terminal to type it.").format(what=prompt.strip(" :："),
                                                            variable=variable))
    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass(tr("Once more: ")) != typed:
        raise UsageProblem(tr("The two entries differ; nothing was changed."))
    return typed


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print the report as JSON with ``--json``, else as text for people."""
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)


def who(args: argparse.Namespace, store: db.Store) -> str:
    """Who does it: ``--who``, else the officer named in the settings; never the login."""
    name = (getattr(args, "who", "") or "").strip() or store.officer
    if not name:
        raise UsageProblem(tr(
            "Who does this? Give --who NAME, or set the officer's name in the settings "
            "of the window."))
    return name


def day(text: str) -> dt.date:
    """A date typed as YYYY-MM-DD (argparse turns the error into a usage message)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr(
            "not a date (YYYY-MM-DD): {text}").format(text=text)) from None


def quarter(text: str) -> str:
    """A quarter typed as YYYY-Qn, as stored."""
    from storage import quarters  # noqa: PLC0415 - for the commands that take one

    try:
        return quarters.normal(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(
            "not a quarter (YYYY-Qn): {text}").format(text=text)) from None


def positive(text: str) -> int:
    """A whole number of at least 1 (``--top``, ``--months``)."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(tr(
            "must be a whole number of at least 1, not {text}").format(text=text))
    return number
