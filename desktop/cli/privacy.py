"""Privacy commands of ``xuncha-cli``: encrypt, decrypt, change-passphrase, access-log.

    xuncha-cli encrypt --db PATH             the store, its photos and backups, in place
    xuncha-cli decrypt --db PATH
    xuncha-cli change-passphrase --db PATH
    xuncha-cli access-log --db PATH [--limit N] [--json]

Passphrases come from ``XUNCHA_PASSPHRASE`` (the current one; the new one for
``encrypt``) and ``XUNCHA_NEW_PASSPHRASE``, else they are typed (a new one twice).
A conversion takes the store's lock, so it never runs under an open XunCha window.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop import progress, store_lock, words
from desktop.cli import support
from storage.errors import StoreError, StoreProblem
from storage.store import access_log, db, encryption


def tr(text: str) -> str:
    return words.translate("", text)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the privacy commands to the parser's sub-commands."""
    for name, handler, text in (
            ("encrypt", _encrypt, tr("encrypt the store, its photos and backups in place")),
            ("decrypt", _decrypt, tr("turn an encrypted store back into a plain one")),
            ("change-passphrase", _change, tr("give an encrypted store a new passphrase"))):
        commands.add_parser(name, parents=[common], help=text).set_defaults(handler=handler)
    log = commands.add_parser("access-log", parents=[common],
                              help=tr("who opened the store, exported, printed or imported"))
    log.add_argument("--limit", type=int, default=50, help=tr("the newest N entries (0: all)"))
    log.set_defaults(handler=_access_log)


def new_passphrase(variable: str = support.PASSPHRASE) -> str:
    """A new passphrase (typed twice), long enough to protect anything."""
    chosen = support.secret(variable, tr("New passphrase (at least {n} characters): ")
                            .format(n=encryption.MIN_PASSPHRASE), confirm=True)
    try:
        encryption.check_passphrase(chosen)
    except encryption.WeakPassphrase:
        raise support.UsageProblem(tr("A passphrase needs at least {n} characters.").format(
            n=encryption.MIN_PASSPHRASE)) from None
    return chosen


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    if not path.exists():
        raise StoreError(StoreProblem.CANNOT_OPEN, str(path), "no such file")
    lock = store_lock.acquire_lock(path)
    if lock is None:
        raise StoreError(StoreProblem.IN_USE, str(path))
    try:
        yield
    finally:
        lock.unlock()


def _current(path: Path) -> str:
    return support.secret(support.PASSPHRASE, tr("Passphrase of {path}: ").format(path=path))


def _encrypt(args: argparse.Namespace) -> int:
    path = support.store_path(args)
    with _locked(path):
        chosen = _current(path) if db.is_encrypted(path) else new_passphrase()
        done = encryption.encrypt(path, chosen, progress.bar(tr("Encrypting")))
    return _report(args, done, tr("{path} is encrypted"))


def _decrypt(args: argparse.Namespace) -> int:
    path = support.store_path(args)
    with _locked(path):
        done = encryption.decrypt(path, _current(path), progress.bar(tr("Decrypting")))
    return _report(args, done, tr("{path} is no longer encrypted"))


def _change(args: argparse.Namespace) -> int:
    path = support.store_path(args)
    with _locked(path):
        old = _current(path)
        done = encryption.change_passphrase(path, old, new_passphrase(support.NEW_PASSPHRASE))
    return _report(args, done, tr("{path} has its new passphrase"))


def _report(args: argparse.Namespace, done: encryption.Conversion, headline: str) -> int:
    data = {"path": str(done.path), "database": done.database, "photos": done.photos,
            "backups": done.backups}
    text = headline.format(path=done.path) + tr(
        " (database converted: {database}; photos: {photos}; backups: {backups}).").format(
        database=tr("yes") if done.database else tr("no, it already was"),
        photos=done.photos, backups=done.backups)
    support.emit(args, data, text)
    return 0


def _access_log(args: argparse.Namespace) -> int:
    entries = access_log.entries(support.open_store(args), args.limit or None)
    data = [entry.__dict__ for entry in entries]
    text = "\n".join(f"{e.at}  {e.action:<18} {e.officer or '-'} ({e.account or '-'})  "
                     f"{e.what}  {e.detail}".rstrip() for e in entries)
    support.emit(args, data, text)
    return 0
