"""Encrypting, decrypting and re-keying a store in place: database, photos and backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from storage import integrity
from storage.errors import StoreError, StoreProblem
from storage.forms import checklists
from storage.inspection import compounds
from storage.inspection.compounds import Compound
from storage.store import access_log, backup, cipher, db, encryption, photos
from tests.conftest import PASSPHRASE, Template, copy_files, own_clock, template
from tests.storage.store.test_photos import _jpeg

NEW = "另一个 口令 2027"


@dataclass(frozen=True)
class Filled:
    """A store with a compound, a photo and a backup, plain and encrypted with PASSPHRASE
    (templates, built once), and the photo as stored and as it was taken."""

    plain: Template
    encrypted: Template
    photo: photos.Photo
    original: bytes


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    folder = tmp_path_factory.mktemp("filled")
    source = _jpeg(folder / "a.jpg", colour="navy")
    added: list[photos.Photo] = []

    def fill(store: db.Store) -> None:
        checklists.install_builtins(store)
        compounds.save(store, Compound(name="香榭丽舍", address="通达路18号"))
        added.append(photos.add(store, source))
        backup.take(store)

    plain = template(folder / "plain" / "xuncha.db", fill)
    with own_clock() as readings:
        path = copy_files(plain, folder / "encrypted" / "xuncha.db")
        encryption.encrypt(path, PASSPHRASE)
        encrypted = Template(path, readings(), PASSPHRASE)
    return Filled(plain, encrypted, added[0], source.read_bytes())


@pytest.fixture
def filled(templates: Filled, store_path: Path) -> tuple[Path, photos.Photo, bytes]:
    """A plain store with a compound, a photo and a backup; closed."""
    return copy_files(templates.plain, store_path), templates.photo, templates.original


@pytest.fixture
def encrypted(templates: Filled, store_path: Path) -> tuple[Path, photos.Photo, bytes]:
    """The filled store after ``encryption.encrypt`` with PASSPHRASE; closed."""
    return copy_files(templates.encrypted, store_path), templates.photo, templates.original


def _open(path: Path, passphrase: str | None) -> db.Store:
    return db.open_store(path, passphrase=passphrase)


def test_encrypt_converts_the_database_photos_and_backups(filled: tuple) -> None:
    path, photo, original = filled
    done = encryption.encrypt(path, PASSPHRASE)
    assert (done.database, done.photos, done.backups) == (True, 1, 1)
    assert cipher.header(path) == "encrypted"
    store = _open(path, PASSPHRASE)
    try:
        assert store.db["compounds"].count == 1
        assert photos.is_sealed(store, photo.sha256, photo.media_type)
        assert photos.read(store, photo.sha256, photo.media_type) == original
        assert all(cipher.header(b) == "encrypted" for b in backup.files(store))
        assert integrity.check(store) == []
        assert access_log.entries(store)[0].action == "encrypt"
    finally:
        store.close()
    assert not list(path.parent.glob("*.converting*"))


def test_decrypt_gives_back_a_plain_store_without_its_photo_key(encrypted: tuple) -> None:
    path, photo, original = encrypted
    done = encryption.decrypt(path, PASSPHRASE)
    assert (done.database, done.photos, done.backups) == (True, 1, 1)
    store = _open(path, None)
    try:
        assert not store.encrypted and store.db["compounds"].count == 1
        assert photos.read(store, photo.sha256, photo.media_type) == original
        assert store.db.execute("SELECT count(*) FROM settings WHERE key = ?",
                                [db.PHOTO_KEY]).fetchone()[0] == 0
        assert all(cipher.header(b) == "plain" for b in backup.files(store))
        assert integrity.check(store) == []
    finally:
        store.close()


def test_change_passphrase_keeps_photos_and_rekeys_backups(encrypted: tuple) -> None:
    path, photo, original = encrypted
    sealed = photos.path_of(_probe := _open(path, PASSPHRASE), photo.sha256,
                            photo.media_type).read_bytes()
    _probe.close()
    done = encryption.change_passphrase(path, PASSPHRASE, NEW)
    assert (done.database, done.backups) == (True, 1)
    with pytest.raises(StoreError) as caught:
        _open(path, PASSPHRASE)
    assert caught.value.problem is StoreProblem.WRONG_PASSPHRASE
    store = _open(path, NEW)
    try:
        assert photos.path_of(store, photo.sha256, photo.media_type).read_bytes() == sealed
        assert photos.read(store, photo.sha256, photo.media_type) == original
        for copy in backup.files(store):
            assert cipher.salt_of(copy) == cipher.salt_of(path)
        assert integrity.check(store) == []
    finally:
        store.close()


def test_running_again_finishes_and_changes_nothing_more(encrypted: tuple) -> None:
    path, _, _ = encrypted
    again = encryption.encrypt(path, PASSPHRASE)
    assert (again.database, again.photos, again.backups) == (False, 0, 0)
    encryption.change_passphrase(path, PASSPHRASE, NEW)
    resumed = encryption.change_passphrase(path, PASSPHRASE, NEW)
    assert (resumed.database, resumed.backups) == (False, 0)


def test_a_wrong_passphrase_converts_nothing(encrypted: tuple) -> None:
    path, _, _ = encrypted
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        encryption.decrypt(path, "not the passphrase")
    assert caught.value.problem is StoreProblem.WRONG_PASSPHRASE
    assert path.read_bytes() == before


def test_a_short_passphrase_is_refused(filled: tuple) -> None:
    path, _, _ = filled
    with pytest.raises(encryption.WeakPassphrase):
        encryption.encrypt(path, "1234567")
    assert cipher.header(path) == "plain"


def test_a_store_open_elsewhere_is_not_swapped(filled: tuple) -> None:
    """Another program's open write-ahead log would be moved under the new file: refused."""
    path, _, _ = filled
    other = cipher.connect(path)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("INSERT INTO settings VALUES ('held', 'open')")
    try:
        with pytest.raises(StoreError) as caught:
            encryption.encrypt(path, PASSPHRASE)
        assert caught.value.problem is StoreProblem.IN_USE
    finally:
        other.close()
    assert cipher.header(path) == "plain"
