"""Photos for paper: downscaled from the store's files, as thumbnails beside what they show
(up to four a row, captioned with the item and the time), in a grid, or full size in an
annex at the end of a document."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table
from reportlab.platypus import Image as PdfImage

from exports.reports.pdf.common import Doc
from storage import clock
from storage.store import photos
from storage.store.db import Store

# 900 px across a 84 mm cell is about 270 dpi: sharp on paper, small in the file; a
# thumbnail of 40 mm needs 450, a full page photo 1600.
SIZES = {"thumbnail": 450, "grid": 900, "full": 1600}
ACROSS = 4  # thumbnails a row


@dataclass(frozen=True)
class Shot:
    sha256: str
    caption: str


class PhotoCache:
    """Downscaled JPEG files per photo and size in ``folder``, so a photo used twice is
    decoded once.

    Files, not bytes: reportlab embeds a JPEG file as it is, but decodes an in-memory
    image to name it, which costs more than the downscaling.
    """

    def __init__(self, store: Store, folder: Path) -> None:
        self.store = store
        self.folder = folder
        self._done: dict[tuple[str, int], tuple[Path, int, int] | None] = {}

    def get(self, sha256: str, size: str = "grid") -> tuple[Path, int, int] | None:
        key = (sha256, SIZES[size])
        if key not in self._done:
            self._done[key] = self._load(*key)
        return self._done[key]

    def _load(self, sha256: str, pixels: int) -> tuple[Path, int, int] | None:
        meta = photos.get(self.store, sha256)
        if meta is None:
            return None
        picture = _open(photos.path_of(self.store, sha256, meta.media_type), pixels)
        if picture is None:
            thumb = photos.thumbnail(self.store, sha256)  # the file is gone: the thumbnail
            if not thumb:
                return None
            picture = Image.open(io.BytesIO(thumb)).convert("RGB")
        picture.thumbnail((pixels, pixels))
        target = self.folder / f"{sha256}-{pixels}.jpg"
        picture.save(target, "JPEG", quality=80)
        return target, picture.width, picture.height


def _open(path: Path, pixels: int) -> Image.Image | None:
    try:
        with Image.open(path) as image:
            # Let the JPEG decoder scale down by 2, 4 or 8 while reading: far faster.
            scale = pixels / max(image.size)
            image.draft("RGB", (int(image.width * scale), int(image.height * scale)))
            return ImageOps.exif_transpose(image).convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None


def shots(store: Store, attachments: Sequence[Mapping[str, str]],
          label: Callable[[str], str] = str) -> list[Shot]:
    """Photos attached to a record, captioned "item · caption · time taken"; ``label``
    names a checklist item."""
    found = []
    for attachment in attachments:
        sha = attachment.get("photo", "")
        if not sha:
            continue
        item = attachment.get("item", "")
        parts = (label(item) if item else "", attachment.get("caption", ""), taken(store, sha))
        found.append(Shot(sha, " · ".join(p for p in parts if p)))
    return found


def taken(store: Store, sha256: str) -> str:
    """When a photo was taken (the camera's time), else when it was added: 2026-11-02 10:30."""
    row = store.db.execute("SELECT taken_at, added_at FROM photos WHERE sha256 = ?",
                           [sha256]).fetchone()
    if row is None:
        return ""
    if row[0]:
        return str(row[0])[:16].replace("T", " ")
    moment = clock.local_naive(row[1])
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


def thumbnails(doc: Doc, cache: PhotoCache, chosen: Sequence[Shot],
               width_mm: float | None = None) -> list[Flowable]:
    """Small photos, up to four a row across ``width_mm`` (the text block), captioned."""
    if not chosen:
        return []
    width = (width_mm or doc.width / mm) / ACROSS
    return grid(doc, cache, chosen, ACROSS, (width - 4, width * 0.75), "thumbnail")


def grid(doc: Doc, cache: PhotoCache, chosen: Sequence[Shot], columns: int = 2,
         cell_mm: tuple[float, float] = (84, 60), size: str = "grid") -> list[Flowable]:
    """Photos ``columns`` across, each scaled into a cell with its caption below."""
    cells = [_cell(doc, cache, shot, cell_mm, size) for shot in chosen]
    result: list[Flowable] = []
    for start in range(0, len(cells), columns):
        row: list[object] = list(cells[start : start + columns])
        row += [""] * (columns - len(row))
        table = Table([row], colWidths=[(cell_mm[0] + 4) * mm] * columns, hAlign="LEFT")
        table.setStyle(doc.style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
        result.append(table)  # one row: never split from its captions
    return result


def annex(doc: Doc, cache: PhotoCache, title: str,
          groups: Sequence[tuple[str, Sequence[Shot]]]) -> list[Flowable]:
    """An annex of the photos at full size, two a page, under ``title``; each group
    (a finding, an inspection) under its own heading."""
    if not any(chosen for _, chosen in groups):
        return []
    width = doc.width / mm
    story: list[Flowable] = [PageBreak(), doc.para(title, "title")]
    for heading, chosen in groups:
        if chosen:
            story.append(doc.para(heading, "h2"))
            story += grid(doc, cache, chosen, 1, (width - 8, 100), "full")
    return story


def _cell(doc: Doc, cache: PhotoCache, shot: Shot, cell_mm: tuple[float, float],
          size: str) -> Flowable:
    loaded = cache.get(shot.sha256, size)
    caption = doc.para(shot.caption, "caption")
    if loaded is None:
        missing = doc.words.translate("reports", "(photo {sha} is missing from the store)").format(
            sha=shot.sha256[:12]
        )
        return Table([[doc.para(missing, "caption")], [caption]], style=doc.style([]))
    path, width, height = loaded
    scale = min(cell_mm[0] * mm / width, cell_mm[1] * mm / height)
    image = PdfImage(str(path), width=width * scale, height=height * scale)
    return Table([[image], [caption]], colWidths=[cell_mm[0] * mm],
                 style=doc.style([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
