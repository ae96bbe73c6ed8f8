"""Photos: content-addressed files, thumbnails, refusal of what is not a photo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from storage import integrity
from storage.store import db, photos


def _jpeg(path: Path, size: tuple[int, int] = (1600, 1200), colour: str = "red") -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def test_photo_is_stored_once_by_its_hash(store: db.Store, tmp_path: Path) -> None:
    first = photos.add(store, _jpeg(tmp_path / "a.jpg"))
    again = photos.add(store, _jpeg(tmp_path / "copy-of-a.jpg"))
    assert first.sha256 == again.sha256
    stored = photos.path_of(store, first.sha256, first.media_type)
    assert stored.parent.parent == store.photos_dir
    assert photos.sha256_of(stored) == first.sha256
    assert (first.width, first.height) == (1600, 1200)
    assert store.db["photos"].count == 1


def test_thumbnail_is_small_jpeg(store: db.Store, tmp_path: Path) -> None:
    photo = photos.add(store, _jpeg(tmp_path / "big.jpg", (4000, 3000)))
    data = photos.thumbnail(store, photo.sha256)
    assert data is not None and data[:2] == b"\xff\xd8"
    thumbnail = Image.open(__import__("io").BytesIO(data))
    assert max(thumbnail.size) <= 320


def test_a_text_file_is_not_a_photo(store: db.Store, tmp_path: Path) -> None:
    fake = tmp_path / "photo.jpg"
    fake.write_text("not an image")
    with pytest.raises(photos.PhotoError) as caught:
        photos.add(store, fake)
    assert caught.value.reason == "not_an_image"
    assert store.db["photos"].count == 0


def test_a_decompression_bomb_is_refused(store: db.Store, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(photos, "MAX_PIXELS", 1000)
    with pytest.raises(photos.PhotoError) as caught:
        photos.add(store, _jpeg(tmp_path / "huge.jpg", (200, 200)))
    assert caught.value.reason == "too_large"


def test_check_finds_missing_and_damaged_photo_files(store: db.Store, tmp_path: Path) -> None:
    kept = photos.add(store, _jpeg(tmp_path / "a.jpg", colour="blue"))
    lost = photos.add(store, _jpeg(tmp_path / "b.jpg", colour="green"))
    assert integrity.check(store) == []
    photos.path_of(store, lost.sha256, lost.media_type).unlink()
    photos.path_of(store, kept.sha256, kept.media_type).write_bytes(b"changed")
    codes = {issue.code for issue in integrity.check(store)}
    assert codes == {"photo_missing", "photo_damaged"}


def test_an_encrypted_store_seals_its_photos(encrypted_store: db.Store, tmp_path: Path) -> None:
    """The file on disk is AES-GCM, named by the photo's own SHA-256; read() opens it."""
    source = _jpeg(tmp_path / "a.jpg", colour="navy")
    photo = photos.add(encrypted_store, source)
    stored = photos.path_of(encrypted_store, photo.sha256, photo.media_type)
    assert photo.sha256 == photos.sha256_of(source)
    assert stored.read_bytes()[:2] != b"\xff\xd8" and source.read_bytes() not in \
        stored.read_bytes()
    assert photos.read(encrypted_store, photo.sha256, photo.media_type) == source.read_bytes()
    assert integrity.check(encrypted_store) == []


def test_check_knows_a_sealed_photo_from_a_damaged_or_unsealed_one(
        encrypted_store: db.Store, tmp_path: Path) -> None:
    sealed = photos.add(encrypted_store, _jpeg(tmp_path / "a.jpg", colour="blue"))
    other = photos.add(encrypted_store, _jpeg(tmp_path / "b.jpg", colour="green"))
    path = photos.path_of(encrypted_store, sealed.sha256, sealed.media_type)
    damaged = bytearray(path.read_bytes())
    damaged[-1] ^= 1
    path.write_bytes(bytes(damaged))
    photos.reseal(encrypted_store, other.sha256, other.media_type, None)  # left plain
    found = {(issue.code, issue.subject) for issue in integrity.check(encrypted_store)}
    assert found == {("photo_damaged", sealed.sha256), ("photo_not_sealed", other.sha256)}


def test_a_sealed_photo_moved_under_another_name_does_not_open(
        encrypted_store: db.Store, tmp_path: Path) -> None:
    first = photos.add(encrypted_store, _jpeg(tmp_path / "a.jpg", colour="blue"))
    second = photos.add(encrypted_store, _jpeg(tmp_path / "b.jpg", colour="green"))
    photos.path_of(encrypted_store, second.sha256, second.media_type).write_bytes(
        photos.path_of(encrypted_store, first.sha256, first.media_type).read_bytes())
    with pytest.raises(photos.PhotoError) as caught:
        photos.read(encrypted_store, second.sha256, second.media_type)
    assert caught.value.reason == "sealed"
