"""Every kind of record that travels between machines, in the order they refer to each other.

Sync, the integrity check and conflict handling go through this one list; a new kind of
record is declared by its own module (``KIND = versioning.Kind(...)``) and added here.
"""

from __future__ import annotations

from storage.inspection import compounds, findings, inspections, reinspection
from storage.store import versioning

# A record's references come before it: compounds, then inspections, then findings, then
# the re-inspections that checked them (a closed finding names its re-inspection, which no
# constraint enforces, so either may arrive first).
ALL: tuple[versioning.Kind, ...] = (compounds.KIND, inspections.KIND, findings.KIND,
                                    reinspection.KIND)
BY_NAME: dict[str, versioning.Kind] = {kind.name: kind for kind in ALL}
