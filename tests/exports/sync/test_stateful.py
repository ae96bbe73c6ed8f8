"""The whole sync as a state machine: devices edit, export, import, choose and undo at random.

2–4 devices start from one package. Steps are typed edits and clears, hand edits of
exported cells, exports and imports in any order, conflict choices and undo. Then every
device sends a last file, one merges them all and sends the result back. Invariants: no
exception but the known refusals; devices that have imported every file hold the same
records and the same unresolved conflicts; nothing typed is lost from the history; the
integrity check passes everywhere.

``SYNC_STATEFUL_EXAMPLES`` sets how many runs (CI: the default; more to hunt for bugs).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from exports.sync import importer
from storage import integrity, kinds
from storage.inspection import findings, inspections
from storage.inspection.compounds import KIND as COMPOUND
from storage.inspection.compounds import get as get_compound
from storage.inspection.inspections import KIND as INSPECTION
from storage.store import conflicts, edits, records, versioning
from storage.store.db import Store
from tests.exports.sync import helpers as h

EXAMPLES = int(os.environ.get("SYNC_STATEFUL_EXAMPLES", "50"))
STAMPS = st.sampled_from(["2026-11-20T08:00:00.000Z", "2026-11-21T08:00:00.000Z", None])
# What people type: any text a cell can hold (no control characters but the line break).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x7f")
               | st.just("\n"), max_size=12)
# Two fields most edits go to, so that devices often change the same one (a conflict).
TYPED = ("place", "remarks") * 4 + ("address", "note", "responsible_party", "ebike_count",
                                    "fire_lane_clear", "blocking_types")
CLEARED = ("remarks", "ebike_count", "blocking_types", "note")
HAND = {"place": TEXT, "answers.remarks": TEXT | st.none(), "address": TEXT,
        "answers.ebike_count": st.integers(1, 500) | st.sampled_from([-5, 600, None]),
        "answers.fire_lane_clear": st.sampled_from(["符合", "不符合", "ok", "也许", None]),
        "answers.blocking_types": st.sampled_from(["私家车", "私家车；杂物", "杂物、电动车",
                                                   "car goods", "飞机", None])}


class Sync(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="xuncha-stateful-"))
        origin = h.new_store(self.folder / "origin" / "x.db")
        self.seeded = h.seed(origin, self.folder)
        self.base = h.export(origin, self.folder / "base.xlsx")
        origin.close()
        self.devices: list[Store] = []
        self.files: list[Path] = []
        self.typed: set[tuple[str, str, str]] = set()

    @initialize(count=st.integers(2, 4))
    def start(self, count: int) -> None:
        for n in range(count):
            device = h.new_store(self.folder / f"device{n}" / "x.db")
            h.import_file(device, self.base)
            self.devices.append(device)

    def _device(self, n: int) -> Store:
        return self.devices[n % len(self.devices)]

    def _file(self) -> Path:
        return self.folder / f"file{len(self.files)}.xlsx"

    @rule(n=st.integers(0, 3), field=st.sampled_from(TYPED), value=TEXT, stamp=STAMPS,
          number=st.integers(1, 500))
    def type_edit(self, n: int, field: str, value: str, stamp: str | None,
                  number: int) -> None:
        device = self._device(n)
        if not self._has_records(device):  # its package import was undone
            return
        if field == "address":
            compound = get_compound(device, self.seeded["compound"].id)
            compound.address = value
            self._typed(device, COMPOUND, compound.id, compound.content(), stamp)
        elif field == "responsible_party":
            finding = findings.get(device, self.seeded["finding"].id)
            finding.responsible_party = value
            self._typed(device, findings.KIND, finding.id, finding.content(), stamp)
        else:
            inspection = inspections.get(device, self.seeded["inspections"][1].id)
            answers = inspection.answers
            if field in ("place", "note"):
                setattr(inspection, field, value)
            elif field == "remarks":
                answers["remarks"] = value
            elif field == "ebike_count":
                answers["ebike_count"] = number
            elif field == "fire_lane_clear":
                answers["fire_lane_clear"] = ("ok", "issue", "na")[number % 3]
            else:
                answers["blocking_types"] = [("car", "goods", "ebike")[number % 3]]
            self._inspection(device, inspection, stamp)

    @rule(n=st.integers(0, 3), field=st.sampled_from(CLEARED), stamp=STAMPS)
    def clear(self, n: int, field: str, stamp: str | None) -> None:
        device = self._device(n)
        if not self._has_records(device):
            return
        inspection = inspections.get(device, self.seeded["inspections"][1].id)
        if field == "note":
            inspection.note = ""
        else:
            inspection.answers.pop(field, None)
        self._inspection(device, inspection, stamp)

    def _has_records(self, device: Store) -> bool:
        return device.db.execute("SELECT count(*) FROM findings").fetchone()[0] > 0

    def _inspection(self, device: Store, inspection: Any, stamp: str | None) -> None:
        before = records.current(device, INSPECTION, inspection.id)
        version = h.write_inspection(device, inspection, updated_at=stamp)
        if before is None or before["version"] != version:  # else nothing was typed
            self.typed.add(("inspection", inspection.id, version))

    def _typed(self, device: Store, kind: versioning.Kind, ident: str,
               content: dict[str, Any], stamp: str | None) -> None:
        before = records.current(device, kind, ident)
        version = edits.write(device, kind, ident, content, updated_at=stamp)
        if before is None or before["version"] != version:  # else nothing was typed
            self.typed.add((kind.name, ident, version))

    @rule(n=st.integers(0, 3), data=st.data())
    def hand_edit(self, n: int, data: st.DataObject) -> None:
        """A cell changed in the exported workbook, imported back (and sent on)."""
        device = self._device(n)
        if not self._has_records(device):
            return
        code = data.draw(st.sampled_from(sorted(HAND)))
        value = data.draw(HAND[code])
        owner = self.seeded["compound"].id if code == "address" else \
            self.seeded["inspections"][1].id
        path = h.edit_cell(h.export(device, self._file()), owner, code, value)
        self.files.append(path)
        self._import(device, path)

    @rule(n=st.integers(0, 3))
    def export(self, n: int) -> None:
        self.files.append(h.export(self._device(n), self._file()))

    @rule(n=st.integers(0, 3), other=st.integers(1, 3))
    def send(self, n: int, other: int) -> None:
        """One device's week goes to another (the usual way of a file)."""
        path = h.export(self._device(n), self._file())
        self.files.append(path)
        self._import(self._device(n + other), path)

    @precondition(lambda self: self.files)
    @rule(n=st.integers(0, 3), data=st.data())
    def import_file(self, n: int, data: st.DataObject) -> None:
        self._import(self._device(n), data.draw(st.sampled_from(self.files)))

    def _import(self, device: Store, path: Path) -> None:
        try:
            result = importer.import_file(device, path)
            event(f"import: {'writes' if result.import_id else 'changes nothing'}")
        except importer.ImportRefused as refused:  # a hand edit that breaks a rule
            assert refused.reason == "invalid"
            event("import: refused")

    @rule(n=st.integers(0, 3), data=st.data())
    def choose(self, n: int, data: st.DataObject) -> None:
        device = self._device(n)
        found = conflicts.listing(device)
        if not found:
            return
        conflict = data.draw(st.sampled_from(found))
        candidate = data.draw(st.sampled_from(conflict.candidates))
        derive = h.rescore(device) if conflict.kind == "inspection" else None
        conflicts.choose(device, kinds.BY_NAME[conflict.kind], conflict, candidate.version,
                         derive=derive)
        event("conflict chosen")

    @rule(n=st.integers(0, 3))
    def undo(self, n: int) -> None:
        device = self._device(n)
        done = [i for i in importer.history(device) if i.state == "done"]
        if done and done[0].file_name == self.base.name:
            return  # the package stays: without it the device has nothing to work on
        try:
            importer.undo_last(device)
            event("undo: done")
        except importer.UndoRefused as refused:
            assert refused.reason in ("nothing", "changed_since")
            event(f"undo: {refused.reason}")

    def teardown(self) -> None:
        try:
            if self.devices:
                self._converge()
        finally:
            for device in self.devices:
                device.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _converge(self) -> None:
        """Everyone sends a last file; one merges them all and sends the result back."""
        last = [h.export(d, self.folder / f"last{n}.xlsx") for n, d in enumerate(self.devices)]
        first, *others = self.devices
        for path in last:
            h.import_file(first, path)
        for conflict in conflicts.listing(first):  # the supervisor flips every conflict
            derive = h.rescore(first) if conflict.kind == "inspection" else None
            conflicts.choose(first, kinds.BY_NAME[conflict.kind], conflict,
                             conflict.candidates[-1].version, derive=derive)
            event("conflict flipped at the end")
        merged = h.export(first, self.folder / "merged.xlsx")
        for device in others:
            h.import_file(device, merged)
        expected = _state(first)
        event(f"conflicts at the end: {min(len(expected[1]), 3)}")
        for device in self.devices:
            assert _state(device) == expected
            history = set(device.db.execute("SELECT kind, record_id, version FROM history"))
            assert self.typed <= history, self.typed - history
            assert integrity.check(device) == []


def _state(store: Store) -> tuple[dict[tuple[str, str], str], set[Any]]:
    """Every record's version, and the conflicts not resolved (with their candidates)."""
    versions = {(kind.name, rid): version for kind in kinds.ALL
                for rid, version in store.db.execute(f"SELECT id, version FROM {kind.table}")}
    unresolved = {(c.kind, c.record_id, c.field, frozenset(v.version for v in c.candidates))
                  for c in conflicts.listing(store, states=("open", "confirmed"))}
    return versions, unresolved


Sync.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=12, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
test_the_whole_sync = Sync.TestCase
