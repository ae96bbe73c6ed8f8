"""A realistic demo store, built part by part: the officers' work, the campaign, the street
reviews, the property companies, the helpers and the ledger.

Each part of the product adds its own module here (``inspection``, ``campaign``,
``review``, ``property``, ``helpers``, ``ledger``) with a ``build`` that takes the store,
one random generator (so a seed gives the same store) and what the earlier parts made.
"""

from __future__ import annotations

import datetime as dt
import random

from storage import clock
from storage.demo import campaign, helpers, inspection, ledger, property, review
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
    pictures = [r[0] for r in store.db.execute("SELECT sha256 FROM photos"
                                               " ORDER BY added_at, sha256")]
    with store.atomic():
        counts |= review.build(store, rng, places, today)
        counts |= property.build(store, rng, places, pictures, today, store.officer)
        counts |= helpers.build(store, rng, places, today, pictures)
        counts |= ledger.build(store, rng, places, today, pictures)
    return counts
