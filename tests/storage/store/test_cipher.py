"""Encrypted stores: SQLCipher files that open with their passphrase and with nothing else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storage.errors import StoreError, StoreProblem
from storage.inspection import compounds
from storage.inspection.compounds import Compound
from storage.store import cipher, db
from tests.conftest import PASSPHRASE


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def test_an_encrypted_store_shows_nothing_readable(encrypted_store: db.Store) -> None:
    compounds.save(encrypted_store, Compound(name="香榭丽舍", address="兰山区通达路18号"))
    encrypted_store.close()
    data = encrypted_store.path.read_bytes()
    assert not data.startswith(cipher.SQLITE_HEADER)
    assert "香榭丽舍".encode() not in data and b"compounds" not in data
    assert db.is_encrypted(encrypted_store.path)


def test_it_reopens_with_its_passphrase(encrypted_store: db.Store) -> None:
    compounds.save(encrypted_store, Compound(name="香榭丽舍"))
    device = encrypted_store.device_id
    encrypted_store.close()
    again = db.open_store(encrypted_store.path, passphrase=PASSPHRASE)
    try:
        assert again.encrypted and again.device_id == device
        assert again.db["compounds"].count == 1
        assert again.photo_key is not None and len(again.photo_key) == 32
    finally:
        again.close()


@pytest.mark.parametrize("passphrase", [None, "wrong passphrase", PASSPHRASE + " "])
def test_without_the_passphrase_nothing_is_touched(encrypted_store: db.Store,
                                                   passphrase: str | None) -> None:
    encrypted_store.close()
    before = _files(encrypted_store.path)
    with pytest.raises(StoreError) as caught:
        db.open_store(encrypted_store.path, passphrase=passphrase)
    expected = StoreProblem.ENCRYPTED if passphrase is None else StoreProblem.WRONG_PASSPHRASE
    assert caught.value.problem is expected
    assert _files(encrypted_store.path) == before  # no -wal, no -shm, not a byte changed


def test_any_sqlcipher_tool_opens_it_with_the_passphrase(encrypted_store: db.Store) -> None:
    """The raw key is SQLCipher 4's own derivation: ``PRAGMA key = 'passphrase'`` works too."""
    compounds.save(encrypted_store, Compound(name="香榭丽舍"))
    encrypted_store.close()
    conn = cipher.dbapi.connect(str(encrypted_store.path))
    try:
        conn.execute("PRAGMA key = '{}'".format(PASSPHRASE.replace("'", "''")))
        assert conn.execute("SELECT name FROM compounds").fetchall() == [("香榭丽舍",)]
    finally:
        conn.close()


def test_a_worker_connection_opens_with_the_same_key(encrypted_store: db.Store) -> None:
    compounds.save(encrypted_store, Compound(name="香榭丽舍"))
    other = db.reopen(encrypted_store)
    try:
        assert other.db["compounds"].count == 1
        assert other.photo_key == encrypted_store.photo_key
    finally:
        other.close()


def test_random_bytes_in_whole_pages_ask_for_a_passphrase(tmp_path: Path) -> None:
    """Without its header an encrypted file cannot be told from noise: it takes the key."""
    path = tmp_path / "noise.db"
    noise = os.urandom(2 * cipher.PAGE_SIZE)
    path.write_bytes(noise)
    with pytest.raises(StoreError) as caught:
        db.open_store(path, passphrase=PASSPHRASE)
    assert caught.value.problem is StoreProblem.WRONG_PASSPHRASE
    assert path.read_bytes() == noise


def test_a_passphrase_given_for_a_plain_store_is_ignored(store: db.Store) -> None:
    store.close()
    again = db.open_store(store.path, passphrase=PASSPHRASE)
    try:
        assert not again.encrypted and again.photo_key is None
        assert store.path.read_bytes().startswith(cipher.SQLITE_HEADER)
    finally:
        again.close()


def test_an_empty_passphrase_makes_no_encrypted_store(store_path: Path) -> None:
    db.open_store(store_path, passphrase="").close()
    assert cipher.header(store_path) == "plain"


def test_an_encrypted_store_keeps_more_pages_decrypted(encrypted_store: db.Store,
                                                       tmp_path: Path) -> None:
    """Each page read from disk is decrypted: a larger cache reads fewer (bench/ui_list.py)."""
    plain = db.open_store(tmp_path / "plain.db")
    try:
        assert encrypted_store.db.execute("PRAGMA cache_size").fetchone()[0] == \
            -db.ENCRYPTED_CACHE_KIB != plain.db.execute("PRAGMA cache_size").fetchone()[0]
    finally:
        plain.close()
