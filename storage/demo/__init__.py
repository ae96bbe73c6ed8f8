"""A realistic demo store, built part by part: the officers' work, the campaign, its helpers
and its ledger.

Each part of the product adds its own module here (``inspection``, ``campaign`` …) with a
``build`` that takes the store, one random generator (so a seed gives the same store)
and what the earlier parts made.
"""

from __future__ import annotations

import datetime as dt
import random

from storage import clock
from storage.demo import campaign, helpers, inspection, ledger
from storage.demo.inspection import OFFICERS
from storage.jobs import Progress
from storage.manual import source
from storage.store.db import Store

__all__ = ["OFFICERS", "build"]


def build(store: Store, *, compounds: int = 60, inspections: int = 480, months: int = 8,
          seed: int = 2026, today: dt.date | None = None,
          progress: Progress | None = None) -> dict[str, int]:
    """Fill an empty store with demo data; return how many of each were made."""
    rng = random.Random(seed)
    today = today or clock.today_local()
    places, counts = inspection.build(store, rng, compounds=compounds, inspections=inspections,
                                      months=months, today=today, progress=progress)
    source.install_builtin(store)
    with store.atomic():
        counts |= campaign.build(store, rng, places, today)
        pictures = [row[0] for row in store.db.execute("SELECT sha256 FROM photos"
                                                       " ORDER BY added_at, sha256")]
        counts |= helpers.build(store, rng, places, today, pictures)
        counts |= ledger.build(store, rng, places, today, pictures)
    return counts
