"""Short human references for paper: ``XC-2026-7F3A-000123`` beside the UUIDs.

Numbers count per kind, year and device; the device tag keeps numbers issued offline on
different laptops from ever colliding after a merge.
"""

from __future__ import annotations

from storage.store.db import Store

PREFIXES = {"inspection": "XC", "finding": "ZG", "notice": "TZ", "reinspection": "FC",
            "problem": "WT"}


def device_tag(device_id: str) -> str:
    return device_id.replace("-", "")[:4].upper()


def next_number(store: Store, kind: str, year: int, device_id: str | None = None) -> str:
    """Take the next number of ``kind`` for ``year`` on a device (this one by default)."""
    device_id = device_id or store.device_id
    with store.atomic():
        store.db.execute(
            "INSERT INTO sequences (kind, year, device_id, last) VALUES (?, ?, ?, 1)"
            " ON CONFLICT (kind, year, device_id) DO UPDATE SET last = last + 1",
            [kind, year, device_id],
        )
        (last,) = store.db.execute(
            "SELECT last FROM sequences WHERE kind = ? AND year = ? AND device_id = ?",
            [kind, year, device_id],
        ).fetchone()
    return f"{PREFIXES[kind]}-{year}-{device_tag(device_id)}-{last:06d}"
