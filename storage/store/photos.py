"""Photos: files named by their SHA-256 in a folder beside the database, metadata in it.

In an encrypted store each file is sealed (AES-GCM, :mod:`storage.store.sealing`) with
the store's photo key; its name stays the SHA-256 of the photo itself, so ``check``
still verifies every file. :func:`read` is the one way to get a photo's bytes back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
import uuid
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from storage import clock
from storage.errors import StoreError
from storage.store import sealing
from storage.store.db import Store

if TYPE_CHECKING:
    from PIL import Image

THUMBNAIL_SIZE = (320, 320)
MAX_PIXELS = 100_000_000  # a 100-megapixel photo is the largest a phone takes
_MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp",
                "GIF": "image/gif", "BMP": "image/bmp", "TIFF": "image/tiff"}
_SUFFIXES = {v: "." + k.lower().replace("jpeg", "jpg") for k, v in _MEDIA_TYPES.items()}
_EXIF_DATETIME_ORIGINAL = 0x9003
_EXIF_IFD = 0x8769


class PhotoError(ValueError):
    """A file that cannot be used as a photo (not an image, too large, unreadable)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason  # not_an_image | too_large | unreadable | sealed


@dataclass(frozen=True)
class Photo:
    sha256: str
    media_type: str
    size: int
    width: int
    height: int
    taken_at: str | None
    original_name: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def path_of(store: Store, sha256: str, media_type: str) -> Path:
    return store.photos_dir / sha256[:2] / (sha256 + _SUFFIXES.get(media_type, ""))


def add(store: Store, source: Path, original_name: str | None = None) -> Photo:
    """Copy a photo into the store (once, whatever its name) and record its thumbnail.

    ``original_name`` is the name it had on the camera or laptop (a photo extracted from
    an archive is named by its hash); by default the source's name.
    """
    try:
        digest = sha256_of(source)
        known = get(store, digest)
        if known and path_of(store, digest, known.media_type).exists():
            return known
        photo, thumbnail = _describe(source, digest)
        name = original_name or (known.original_name if known else "") or source.name
        photo = dataclasses.replace(photo, original_name=name)
    except OSError as error:
        raise PhotoError(source.name, "unreadable") from error
    target = path_of(store, digest, photo.media_type)
    if not target.exists():
        _write_atomically(target, source, store.photo_key, digest)
    with store.atomic():
        store.db.table("photos").upsert(
            {**photo.__dict__, "thumbnail": thumbnail, "added_at": clock.now()},
            pk="sha256")
    return photo


def add_bytes(store: Store, data: bytes, name: str) -> Photo:
    """Add an image made here (a signature, an annotated copy) as if it were a file ``name``."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / name
        source.write_bytes(data)
        return add(store, source)


def add_expected(store: Store, sha256: str, media_type: str, size: int,
                 original_name: str = "") -> None:
    """Record a photo known only by its hash, whose file has not arrived yet.

    An import without its photo archive does this, so the records that show the photo
    can be stored; ``check`` reports the file as missing until :func:`add` brings it.
    """
    with store.atomic():
        store.db.table("photos").insert(
            {"sha256": sha256, "media_type": media_type, "size": size, "width": 0,
             "height": 0, "taken_at": None, "original_name": original_name, "thumbnail": b"",
             "added_at": clock.now()}, ignore=True)


def has_file(store: Store, sha256: str) -> bool:
    """Whether the store holds the photo's file (not only its hash)."""
    known = get(store, sha256)
    return known is not None and path_of(store, sha256, known.media_type).exists()


def _describe(source: Path, digest: str) -> tuple[Photo, bytes]:
    # Pillow is loaded by the first photo added: reading the store (check, lists) needs
    # only the files' names and hashes.
    from PIL import Image, ImageOps, UnidentifiedImageError  # noqa: PLC0415

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source)
        with image:
            media_type = _MEDIA_TYPES.get(image.format or "")
            if media_type is None:
                raise PhotoError(source.name, "not_an_image")
            width, height = image.size
            taken_at = _taken_at(image)
            image.draft("RGB", (THUMBNAIL_SIZE[0] * 2, THUMBNAIL_SIZE[1] * 2))
            thumb = ImageOps.exif_transpose(image).convert("RGB")
            thumb.thumbnail(THUMBNAIL_SIZE)
            buffer = io.BytesIO()
            thumb.save(buffer, "JPEG", quality=80)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(source.name, "too_large") from None
    except UnidentifiedImageError:
        raise PhotoError(source.name, "not_an_image") from None
    photo = Photo(digest, media_type, source.stat().st_size, width, height, taken_at,
                  source.name)
    return photo, buffer.getvalue()


def _taken_at(image: Image.Image) -> str | None:
    exif = image.getexif().get_ifd(_EXIF_IFD)
    text = exif.get(_EXIF_DATETIME_ORIGINAL)
    if not isinstance(text, str) or len(text) < 19:
        return None
    return text[:10].replace(":", "-") + "T" + text[11:19]  # local time, as the camera says


def _write_atomically(target: Path, source: Path | bytes, key: bytes | None,
                      sha256: str) -> None:
    """Put a photo's file in place whole or not at all, sealed when the store has a key."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    os.close(handle)
    try:
        if key is None and isinstance(source, Path):
            shutil.copyfile(source, temporary)
        else:
            data = source.read_bytes() if isinstance(source, Path) else source
            Path(temporary).write_bytes(sealing.seal(data, key, sha256) if key else data)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def read(store: Store, sha256: str, media_type: str) -> bytes:
    """The photo's own bytes (unsealed in an encrypted store); OSError if the file is gone.

    A sealed file that does not open with the store's key raises PhotoError ``sealed``.
    """
    data = path_of(store, sha256, media_type).read_bytes()
    if not sealing.is_sealed(data):
        return data
    if store.photo_key is None:
        raise PhotoError(sha256, "sealed")
    try:
        return sealing.unseal(data, store.photo_key, sha256)
    except sealing.SealError:
        raise PhotoError(sha256, "sealed") from None


def is_sealed(store: Store, sha256: str, media_type: str) -> bool:
    """Whether the photo's file is sealed (encrypted) on disk."""
    with path_of(store, sha256, media_type).open("rb") as handle:
        return sealing.is_sealed(handle.read(len(sealing.MAGIC)))


def reseal(store: Store, sha256: str, media_type: str, key: bytes | None) -> bool:
    """Rewrite one photo's file sealed with ``key`` (plain with None); False if it was so.

    The file is replaced whole (a kill leaves the old or the new file), which is how a
    store's photos are encrypted and decrypted one by one.
    """
    if is_sealed(store, sha256, media_type) == (key is not None):
        return False
    _write_atomically(path_of(store, sha256, media_type), read(store, sha256, media_type),
                      key, sha256)
    return True


def get(store: Store, sha256: str) -> Photo | None:
    row = store.db.execute(
        "SELECT sha256, media_type, size, width, height, taken_at, original_name"
        " FROM photos WHERE sha256 = ?", [sha256]).fetchone()
    return Photo(*row) if row else None


def thumbnail(store: Store, sha256: str) -> bytes | None:
    row = store.db.execute("SELECT thumbnail FROM photos WHERE sha256 = ?", [sha256]).fetchone()
    return bytes(row[0]) if row else None


def path_of_suffix(media_type: str) -> str:
    """The file suffix the store gives a photo of this media type (``.jpg`` …)."""
    return _SUFFIXES.get(media_type, "")


# --- Photos copied in by an import that may not commit --------------------------------------

_JOURNAL = ".incoming-*.json"


@contextlib.contextmanager
def incoming(store: Store, shas: Iterable[str]) -> Iterator[None]:
    """Photos copied in during this block are listed in a journal beside them.

    Wrap a transaction that copies photos: if the process is killed before it commits,
    :func:`sweep` (at the next open) removes the copied files no row names.
    """
    wanted = sorted(shas)
    if not wanted:
        yield
        return
    store.photos_dir.mkdir(parents=True, exist_ok=True)
    journal = store.photos_dir / f".incoming-{uuid.uuid4().hex}.json"
    journal.write_text(json.dumps(wanted), encoding="utf-8")
    try:
        yield
    finally:
        journal.unlink(missing_ok=True)


def sweep(store: Store) -> list[str]:
    """Remove the photos a killed import copied in but never recorded; returns their hashes.

    Done only while no other connection writes (an import in progress holds the lock).
    """
    journals = sorted(store.photos_dir.glob(_JOURNAL)) if store.photos_dir.exists() else []
    if not journals:
        return []
    removed: list[str] = []
    conn = store.db.conn
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN IMMEDIATE")
    except (sqlite3.OperationalError, StoreError):
        return []  # another import is writing (the store is busy): its journal is not stale
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    try:
        for journal in journals:
            for sha in json.loads(journal.read_text(encoding="utf-8")):
                if get(store, sha) is None:
                    for path in store.photos_dir.glob(f"{sha[:2]}/{sha}*"):
                        path.unlink(missing_ok=True)
                    removed.append(sha)
            journal.unlink(missing_ok=True)
    finally:
        conn.execute("ROLLBACK")
    return removed
