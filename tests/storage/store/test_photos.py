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
