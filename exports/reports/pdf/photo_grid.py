"""Photos for paper: downscaled from the store's files, laid out in a grid with captions."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table
from reportlab.platypus import Image as PdfImage

from exports.reports.pdf.common import Doc
from storage.store import photos
from storage.store.db import Store

# 900 px across a 84 mm cell is about 270 dpi: sharp on paper, small in the file.
MAX_PIXELS = 900


@dataclass(frozen=True)
class Shot:
    sha256: str
    caption: str


class PhotoCache:
    """Downscaled JPEG files per photo in ``folder``, so a photo used twice is decoded once.

    Files, not bytes: reportlab embeds a JPEG file as it is, but decodes an in-memory
    image to name it, which costs more than the downscaling.
    """

    def __init__(self, store: Store, folder: Path) -> None:
        self.store = store
        self.folder = folder
        self._done: dict[str, tuple[Path, int, int] | None] = {}

    def get(self, sha256: str) -> tuple[Path, int, int] | None:
        if sha256 not in self._done:
            self._done[sha256] = self._load(sha256)
        return self._done[sha256]

    def _load(self, sha256: str) -> tuple[Path, int, int] | None:
        meta = photos.get(self.store, sha256)
        if meta is None:
            return None
        picture = _open(self.store, sha256, meta.media_type)
        if picture is None:
            thumb = photos.thumbnail(self.store, sha256)  # the file is gone: the thumbnail
            if not thumb:
                return None
            picture = Image.open(io.BytesIO(thumb)).convert("RGB")
        picture.thumbnail((MAX_PIXELS, MAX_PIXELS))
        target = self.folder / f"{sha256}.jpg"
        picture.save(target, "JPEG", quality=80)
        return target, picture.width, picture.height


def _open(store: Store, sha256: str, media_type: str) -> Image.Image | None:
    try:
        with Image.open(io.BytesIO(photos.read(store, sha256, media_type))) as image:
            # Let the JPEG decoder scale down by 2, 4 or 8 while reading: far faster.
            scale = MAX_PIXELS / max(image.size)
            image.draft("RGB", (int(image.width * scale), int(image.height * scale)))
            return ImageOps.exif_transpose(image).convert("RGB")
    except (OSError, UnidentifiedImageError, photos.PhotoError):
        return None


def grid(
    doc: Doc,
    cache: PhotoCache,
    shots: Sequence[Shot],
    columns: int = 2,
    cell_mm: tuple[float, float] = (84, 60),
) -> list[Flowable]:
    """Photos ``columns`` across, each scaled into a cell with its caption below."""
    cells = [_cell(doc, cache, shot, cell_mm) for shot in shots]
    rows = [cells[n : n + columns] for n in range(0, len(cells), columns)]
    result: list[Flowable] = []
    for row in rows:
        row = row + [""] * (columns - len(row))  # type: ignore[list-item]
        table = Table([row], colWidths=[(cell_mm[0] + 4) * mm] * columns)
        table.setStyle(
            doc.style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
        )
        result.append(KeepTogether([table]))
    return result


def _cell(doc: Doc, cache: PhotoCache, shot: Shot, cell_mm: tuple[float, float]) -> Flowable:
    loaded = cache.get(shot.sha256)
    caption = doc.para(shot.caption, "caption")
    if loaded is None:
        missing = doc.words.translate("reports", "(photo {sha} is missing from the store)").format(
            sha=shot.sha256[:12]
        )
        return Table([[doc.para(missing, "caption")], [caption]], style=doc.style([]))
    path, width, height = loaded
    scale = min(cell_mm[0] * mm / width, cell_mm[1] * mm / height)
    image = PdfImage(str(path), width=width * scale, height=height * scale)
    return Table([[image], [caption]], style=doc.style([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
