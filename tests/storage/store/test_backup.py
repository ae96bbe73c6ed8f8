"""Backups before imports: encrypted like the store, put back with the access log kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.inspection import compounds
from storage.inspection.compounds import Compound
from storage.store import access_log, backup, cipher, db, photos
from tests.conftest import PASSPHRASE
from tests.storage.store.test_photos import _jpeg


def test_a_plain_store_has_plain_backups(store: db.Store) -> None:
    copy = backup.take(store)
    assert copy.read_bytes().startswith(cipher.SQLITE_HEADER)


def test_an_encrypted_store_has_backups_under_its_key(encrypted_store: db.Store) -> None:
    compounds.save(encrypted_store, Compound(name="香榭丽舍"))
    copy = backup.take(encrypted_store)
    assert not copy.read_bytes().startswith(cipher.SQLITE_HEADER)
    assert "香榭丽舍".encode() not in copy.read_bytes()
    with pytest.raises(cipher.Error):
        cipher.connect(copy).execute("SELECT count(*) FROM compounds").fetchone()
    opened = db.open_store(copy, passphrase=PASSPHRASE)
    assert opened.db["compounds"].count == 1
    opened.close()


def test_only_the_newest_backups_are_kept(store: db.Store) -> None:
    for _ in range(backup.KEEP + 2):
        backup.take(store)
    assert len(backup.files(store)) == backup.KEEP


@pytest.mark.parametrize("encrypted", [False, True])
def test_restore_keeps_the_access_log_and_the_photo_key(
        store_path: Path, tmp_path: Path, encrypted: bool) -> None:
    """What was logged after the backup, and the key every sealed photo needs, survive."""
    store = db.open_store(store_path, passphrase=PASSPHRASE if encrypted else None)
    photo = photos.add(store, _jpeg(tmp_path / "a.jpg"))
    access_log.record(store, "open", "xuncha")
    copy = backup.take(store)
    compounds.save(store, Compound(name="香榭丽舍"))
    access_log.record(store, "export", "第47周.xlsx")
    backup.restore(store, copy)
    assert store.db["compounds"].count == 0
    assert [e.action for e in access_log.entries(store)] == ["export", "open"]
    assert photos.read(store, photo.sha256, photo.media_type) == \
        (tmp_path / "a.jpg").read_bytes()
    store.close()
